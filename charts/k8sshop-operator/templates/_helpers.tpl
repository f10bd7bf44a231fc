{{- define "k8sshop-operator.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "k8sshop-operator.serviceAccountName" -}}
{{- default (include "k8sshop-operator.fullname" .) .Values.serviceAccount.name -}}
{{- end -}}

{{- define "k8sshop-operator.selectorLabels" -}}
app.kubernetes.io/name: k8sshop-operator
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "k8sshop-operator.labels" -}}
{{ include "k8sshop-operator.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: k8sshop
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* The rules the operator needs on Storefronts and on what it creates; nothing more. Kept in step with ResourceKinds.cs by a test. */}}
{{- define "k8sshop-operator.rules" -}}
- apiGroups: ["k8sshop.io"]
  resources: ["storefronts"]
  verbs: ["get", "list", "watch"]
- apiGroups: ["k8sshop.io"]
  resources: ["storefronts/status"]
  verbs: ["get", "patch", "update"]
# Every kind the operator creates: watched (readiness gates, drift repair), applied (server-side apply creates and patches) and pruned.
- apiGroups: [""]
  resources: ["configmaps", "serviceaccounts", "services"]
  verbs: ["list", "watch", "create", "patch", "delete"]
- apiGroups: ["apps"]
  resources: ["deployments"]
  verbs: ["list", "watch", "create", "patch", "delete"]
- apiGroups: ["batch"]
  resources: ["jobs"]
  verbs: ["list", "watch", "create", "patch", "delete"]
- apiGroups: ["autoscaling"]
  resources: ["horizontalpodautoscalers"]
  verbs: ["list", "watch", "create", "patch", "delete"]
- apiGroups: ["policy"]
  resources: ["poddisruptionbudgets"]
  verbs: ["list", "watch", "create", "patch", "delete"]
- apiGroups: ["networking.k8s.io"]
  resources: ["networkpolicies", "ingresses"]
  verbs: ["list", "watch", "create", "patch", "delete"]
- apiGroups: ["source.toolkit.fluxcd.io"]
  resources: ["helmrepositories"]
  verbs: ["list", "watch", "create", "patch", "delete"]
- apiGroups: ["helm.toolkit.fluxcd.io"]
  resources: ["helmreleases"]
  verbs: ["list", "watch", "create", "patch", "delete"]
- apiGroups: [""]
  resources: ["events"]
  verbs: ["create", "patch"]
{{- end -}}
