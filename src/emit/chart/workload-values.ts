// modules.yaml's env, envFrom and volumes as the Kubernetes lists the templates print with toYaml.
// Maps are written in name order, so the output does not depend on the order keys were written.
import type { EnvFromSource, EnvValue, Volume } from '../../model/types.js';
import { compareCodeUnits } from '../../util/compare.js';

export function envVars(env: Record<string, EnvValue>): Record<string, unknown>[] {
  return byName(env).map(([name, value]) => {
    if (typeof value === 'string') return { name, value };
    if ('secret' in value) return { name, valueFrom: { secretKeyRef: { name: value.secret, key: value.key } } };
    return { name, valueFrom: { configMapKeyRef: { name: value.configMap, key: value.key } } };
  });
}

export function envFromSources(sources: EnvFromSource[]): Record<string, unknown>[] {
  return sources.map((source) => ('secret' in source ? { secretRef: { name: source.secret } } : { configMapRef: { name: source.configMap } }));
}

/** Each volume with its mount and its Kubernetes volume source. */
export function volumeList(volumes: Record<string, Volume>): Record<string, unknown>[] {
  return byName(volumes).map(([name, volume]) => ({
    name,
    mountPath: volume.mountPath,
    readOnly: volume.readOnly ?? (volume.configMap !== undefined || volume.secret !== undefined),
    source: volumeSource(volume),
  }));
}

function volumeSource(volume: Volume): Record<string, unknown> {
  if (volume.configMap !== undefined) return { configMap: { name: volume.configMap } };
  if (volume.secret !== undefined) return { secret: { secretName: volume.secret } };
  if (volume.persistentVolumeClaim !== undefined) return { persistentVolumeClaim: { claimName: volume.persistentVolumeClaim } };
  return { emptyDir: volume.emptyDir ?? {} };
}

function byName<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => compareCodeUnits(a, b));
}
