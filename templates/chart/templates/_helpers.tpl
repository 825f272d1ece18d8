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

{{/* Chart name and version as the helm.sh/chart label; `+` is not allowed in label values. */}}
{{- define "module.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
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
app.kubernetes.io/version: {{ .Chart.AppVersion | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service | quote }}
{{- end }}

{{- define "module.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "module.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The image tag defaults to the chart version: the pipeline gives chart and image one version. */}}
{{- define "module.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.Version) }}
{{- end }}

{{/* An HTTP probe on the container's `http` port; every other key of the probe is passed through. */}}
{{- define "module.probe" -}}
httpGet:
  path: {{ .path | quote }}
  port: http
{{- with (omit . "path") }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Replicas that are always running: what a PodDisruptionBudget can protect. */}}
{{- define "module.minReplicas" -}}
{{- if .Values.autoscaling.enabled }}
{{- .Values.autoscaling.minReplicas }}
{{- else }}
{{- .Values.replicaCount }}
{{- end }}
{{- end }}
