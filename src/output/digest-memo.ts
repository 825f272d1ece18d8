// Hashing is most of what the writer spends per file, and most of a module's files repeat in the
// next module: the chart's static templates and schema are two thirds of the bytes at 1000
// modules. So the last file of each name inside a module's directory is remembered, and the next
// module's file of that name is compared with it (a string or memory compare, about a tenth of
// the cost) and hashed only when it differs. Equal bytes have equal hashes, so this never changes
// a result. Project-wide files (unit '') all have names of their own and are not remembered.
import { sha256Hex } from './manifest.js';

export interface Encoded {
  bytes: Buffer;
  sha256: string;
}

interface Remembered extends Encoded {
  /** The emitted text these bytes encode; undefined for bytes read from disk. */
  text: string | undefined;
}

export class DigestMemo {
  private readonly byName = new Map<string, Remembered>();

  /** The UTF-8 bytes of `text`, emitted at `path` by the unit owning `unitDir`, and their SHA-256. */
  encode(unitDir: string, path: string, text: string): Encoded {
    const name = nameInUnit(unitDir, path);
    const last = name === undefined ? undefined : this.byName.get(name);
    if (last !== undefined && last.text === text) return last;
    const bytes = Buffer.from(text, 'utf8');
    const encoded = { bytes, sha256: sha256Hex(bytes), text };
    if (name !== undefined) this.byName.set(name, encoded);
    return encoded;
  }

  /** The SHA-256 of `bytes`, read from `path` of the unit owning `unitDir`; `bytes` may be reused by the caller afterwards. */
  digest(unitDir: string, path: string, bytes: Buffer): string {
    const name = nameInUnit(unitDir, path);
    const last = name === undefined ? undefined : this.byName.get(name);
    if (last !== undefined && last.bytes.equals(bytes)) return last.sha256;
    const sha256 = sha256Hex(bytes);
    if (name !== undefined) this.byName.set(name, { bytes: Buffer.from(bytes), sha256, text: undefined });
    return sha256;
  }
}

/** `modules/auth/chart/Chart.yaml` in unit `modules/auth` -> `chart/Chart.yaml`; undefined for project-wide files. */
function nameInUnit(unitDir: string, path: string): string | undefined {
  return unitDir === '' ? undefined : path.slice(unitDir.length + 1);
}
