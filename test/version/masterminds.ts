// A test oracle: Masterminds semver v3's prerelease comparison and strict parsing rules (the library
// Helm uses), re-stated from its documented behaviour: numeric identifiers compare as numbers and
// below alphanumeric ones, alphanumeric ones compare in ASCII order, fewer identifiers sort lower,
// a version without prerelease sorts above its prereleases, all-digit identifiers with a leading
// zero are rejected, build metadata is ignored.

const STRICT = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

export function mastermindsStrictValid(version: string): boolean {
  const match = STRICT.exec(version);
  if (!match) return false;
  const pre = match[4];
  const meta = match[5];
  if (pre !== undefined && pre.split('.').some((p) => p === '' || (/^\d+$/.test(p) && p.length > 1 && p.startsWith('0')))) return false;
  return meta === undefined || meta.split('.').every((p) => p !== '');
}

export function mastermindsCompare(a: string, b: string): number {
  const [ma, mb] = [STRICT.exec(a), STRICT.exec(b)];
  if (!ma || !mb) throw new Error(`not comparable: ${a} ${b}`);
  for (let i = 1; i <= 3; i++) {
    const d = Math.sign(Number(ma[i]) - Number(mb[i]));
    if (d !== 0) return d;
  }
  const [pa, pb] = [ma[4] ?? '', mb[4] ?? ''];
  if (pa === pb) return 0;
  if (pa === '') return 1;
  if (pb === '') return -1;
  const [sa, sb] = [pa.split('.'), pb.split('.')];
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const d = comparePart(sa[i] ?? '', sb[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

function comparePart(s: string, o: string): number {
  if (s === o) return 0;
  if (s === '') return -1;
  if (o === '') return 1;
  const [sn, on] = [/^\d+$/.test(s), /^\d+$/.test(o)];
  if (sn && on) return Math.sign(Number(BigInt(s) - BigInt(o)));
  if (sn) return -1;
  if (on) return 1;
  return s > o ? 1 : -1;
}
