{{/* The module's name, at most 63 characters (a Kubernetes label value). */}}
{{- define "module.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Object names. The pipelines name the release after the module, so objects are called just
`<module>`; any other release name is prefixed to keep two releases in one namespace apart.
*/}}
{{- define "module.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
A label value from any text: at most 63 characters, then trimmed until it ends with a letter or
digit (a label value may not end in "-", "_" or "."; a cut version such as "1.2.3-alpha." would).
*/}}
{{- define "module.labelValue" -}}
{{- regexReplaceAll "[-_.]+$" (trunc 63 .) "" }}
{{- end }}

{{/* Chart name and version as the helm.sh/chart label; `+` is not allowed in label values. */}}
{{- define "module.chart" -}}
{{- include "module.labelValue" (printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_") }}
{{- end }}

{{/*
Label values and names are quoted everywhere: helm reads the rendered YAML as YAML 1.1, where a
module called `on`, `yes` or `null` would otherwise become a boolean or null.
*/}}

{{/*
Selector labels: they end up in spec.selector, which is immutable, so they never carry a
version; a version here would make every upgrade fail.
*/}}
{{- define "module.selectorLabels" -}}
app.kubernetes.io/name: {{ include "module.name" . | quote }}
app.kubernetes.io/instance: {{ .Release.Name | quote }}
{{- end }}

{{/* Labels for every object: the selector labels plus version and ownership. */}}
{{- define "module.labels" -}}
helm.sh/chart: {{ include "module.chart" . | quote }}
{{ include "module.selectorLabels" . }}
app.kubernetes.io/version: {{ include "module.labelValue" .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service | quote }}
{{- end }}

{{- define "module.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "module.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The image tag defaults to the chart version: the pipeline gives chart and image one version.
     A digest, when set, pins the image: the container runtime pulls by the digest, not the tag. */}}
{{- define "module.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.Version) }}
{{- with .Values.image.digest }}@{{ . }}{{ end }}
{{- end }}

{{/* Replicas that are always running: what a PodDisruptionBudget can protect. */}}
{{- define "module.minReplicas" -}}
{{- if .Values.autoscaling.enabled }}
{{- .Values.autoscaling.minReplicas }}
{{- else }}
{{- .Values.replicaCount }}
{{- end }}
{{- end }}

{{/*
spec.replicas. With autoscaling on, the HorizontalPodAutoscaler owns the count, but leaving the
field out is not safe: helm's three-way merge then patches `replicas: null` and Kubernetes resets
the Deployment to 1 pod (helm/helm#12650). So the live count is kept (the HPA's latest decision)
and a first install starts at minReplicas. `helm template` has no cluster and renders minReplicas.
*/}}
{{- define "module.replicas" -}}
{{- if .Values.autoscaling.enabled }}
{{- $live := lookup "apps/v1" "Deployment" .Release.Namespace (include "module.fullname" .) }}
{{- if and $live $live.spec $live.spec.replicas }}
{{- $live.spec.replicas }}
{{- else }}
{{- .Values.autoscaling.minReplicas }}
{{- end }}
{{- else }}
{{- .Values.replicaCount }}
{{- end }}
{{- end }}

{{/* The container's env, envFrom and volume mounts; the test pod of a worker runs with the same. */}}
{{- define "module.containerEnvironment" -}}
{{- with .Values.env }}
env:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.envFrom }}
envFrom:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- if or .Values.securityContext.readOnlyRootFilesystem .Values.volumes }}
volumeMounts:
  {{- if .Values.securityContext.readOnlyRootFilesystem }}
  # A read-only root filesystem still needs a writable /tmp for most runtimes.
  - name: tmp
    mountPath: /tmp
  {{- end }}
  {{- range .Values.volumes }}
  - name: {{ .name | quote }}
    mountPath: {{ .mountPath | quote }}
    readOnly: {{ .readOnly }}
  {{- end }}
{{- end }}
{{- end }}

{{/* The pod's volumes, matching module.containerEnvironment's mounts. */}}
{{- define "module.podVolumes" -}}
{{- if or .Values.securityContext.readOnlyRootFilesystem .Values.volumes }}
volumes:
  {{- if .Values.securityContext.readOnlyRootFilesystem }}
  - name: tmp
    emptyDir:
      sizeLimit: {{ .Values.tmpDir.sizeLimit | quote }}
  {{- end }}
  {{- range .Values.volumes }}
  - name: {{ .name | quote }}
    {{- toYaml .source | nindent 4 }}
  {{- end }}
{{- end }}
{{- end }}
