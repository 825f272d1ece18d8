// The Pod Security Standard `baseline`, as the API server's Pod Security Admission enforces it
// (kubernetes/pod-security-admission, policy/check_*.go with Level: api.LevelBaseline): the
// controls a pod must pass to run in a namespace labelled pod-security.kubernetes.io/enforce:
// baseline. Restated from that source for the agent pods gatehouse writes; returns one sentence
// per violation, empty when the pod is admitted.

interface SecurityContext {
  privileged?: boolean;
  capabilities?: { add?: string[] };
  seccompProfile?: { type?: string };
  appArmorProfile?: { type?: string };
  seLinuxOptions?: { type?: string; user?: string; role?: string };
  procMount?: string;
  windowsOptions?: { hostProcess?: boolean };
  sysctls?: { name: string }[];
}
type Handler = { httpGet?: { host?: string }; tcpSocket?: { host?: string } } | undefined;
interface Container {
  name: string;
  securityContext?: SecurityContext;
  ports?: { hostPort?: number }[];
  livenessProbe?: Handler;
  readinessProbe?: Handler;
  startupProbe?: Handler;
  lifecycle?: { postStart?: Handler; preStop?: Handler };
}
export interface PodManifest {
  metadata?: { annotations?: Record<string, string> };
  spec: {
    hostNetwork?: boolean;
    hostPID?: boolean;
    hostIPC?: boolean;
    securityContext?: SecurityContext;
    volumes?: { name: string; hostPath?: unknown }[];
    containers: Container[];
    initContainers?: Container[];
    ephemeralContainers?: Container[];
  };
}

/** check_capabilities_baseline.go: the container runtime's default set. */
const DEFAULT_CAPABILITIES = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);
/** check_seLinuxOptions.go, from Kubernetes 1.31. */
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);
/** check_sysctls.go: namespaced, isolated sysctls. */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes', 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem',
  'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat',
]);
const PROFILE_TYPES = new Set(['RuntimeDefault', 'Localhost']);

function contextViolations(where: string, context: SecurityContext | undefined): string[] {
  if (!context) return [];
  const found: string[] = [];
  if (context.privileged === true) found.push(`${where}: privileged`);
  const added = (context.capabilities?.add ?? []).filter((c) => !DEFAULT_CAPABILITIES.has(c));
  if (added.length > 0) found.push(`${where}: adds capabilities ${added.join(', ')}`);
  const seccomp = context.seccompProfile?.type;
  if (seccomp !== undefined && !PROFILE_TYPES.has(seccomp)) found.push(`${where}: seccomp profile ${seccomp}`);
  const appArmor = context.appArmorProfile?.type;
  if (appArmor !== undefined && !PROFILE_TYPES.has(appArmor)) found.push(`${where}: AppArmor profile ${appArmor}`);
  const seLinux = context.seLinuxOptions;
  if (seLinux && (!SELINUX_TYPES.has(seLinux.type ?? '') || seLinux.user || seLinux.role)) found.push(`${where}: custom SELinux options`);
  if (context.procMount !== undefined && context.procMount !== 'Default') found.push(`${where}: procMount ${context.procMount}`);
  if (context.windowsOptions?.hostProcess === true) found.push(`${where}: Windows host process`);
  const unsafe = (context.sysctls ?? []).map((s) => s.name).filter((n) => !SAFE_SYSCTLS.has(n));
  if (unsafe.length > 0) found.push(`${where}: unsafe sysctls ${unsafe.join(', ')}`);
  return found;
}

function containerViolations(container: Container): string[] {
  const where = `container ${container.name}`;
  const found = contextViolations(where, container.securityContext);
  if ((container.ports ?? []).some((p) => (p.hostPort ?? 0) !== 0)) found.push(`${where}: host port`);
  const handlers: Handler[] = [container.livenessProbe, container.readinessProbe, container.startupProbe, container.lifecycle?.postStart, container.lifecycle?.preStop];
  if (handlers.some((h) => (h?.httpGet?.host ?? '') !== '' || (h?.tcpSocket?.host ?? '') !== '')) found.push(`${where}: probe or lifecycle host`);
  return found;
}

export function baselineViolations(pod: PodManifest): string[] {
  const { spec } = pod;
  const found: string[] = [];
  for (const key of ['hostNetwork', 'hostPID', 'hostIPC'] as const) if (spec[key] === true) found.push(`pod: ${key}`);
  found.push(...contextViolations('pod', spec.securityContext));
  if ((spec.volumes ?? []).some((v) => v.hostPath !== undefined)) found.push('pod: hostPath volume');
  for (const [key, value] of Object.entries(pod.metadata?.annotations ?? {})) {
    const allowed = value === '' || value === 'runtime/default' || value.startsWith('localhost/');
    if (key.startsWith('container.apparmor.security.beta.kubernetes.io/') && !allowed) found.push(`annotation ${key}: ${value}`);
  }
  for (const container of [...spec.containers, ...(spec.initContainers ?? []), ...(spec.ephemeralContainers ?? [])]) found.push(...containerViolations(container));
  return found;
}
