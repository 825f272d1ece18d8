package main

import (
	"fmt"
	"strings"

	"github.com/Masterminds/semver"
	"sigs.k8s.io/yaml"
)

// chartMetadata has the fields and JSON names of helm's chart.Metadata (Chart.yaml); templates
// read them as .Chart.Name, .Chart.Version, ...
type chartMetadata struct {
	Name         string            `json:"name"`
	Home         string            `json:"home,omitempty"`
	Sources      []string          `json:"sources,omitempty"`
	Version      string            `json:"version"`
	Description  string            `json:"description,omitempty"`
	Keywords     []string          `json:"keywords,omitempty"`
	Maintainers  []interface{}     `json:"maintainers,omitempty"`
	Icon         string            `json:"icon,omitempty"`
	APIVersion   string            `json:"apiVersion"`
	Condition    string            `json:"condition,omitempty"`
	Tags         string            `json:"tags,omitempty"`
	AppVersion   string            `json:"appVersion,omitempty"`
	Deprecated   bool              `json:"deprecated,omitempty"`
	Annotations  map[string]string `json:"annotations,omitempty"`
	KubeVersion  string            `json:"kubeVersion,omitempty"`
	Dependencies []interface{}     `json:"dependencies,omitempty"`
	Type         string            `json:"type,omitempty"`
}

// chartObject is what helm passes as .Chart: the metadata plus IsRoot.
type chartObject struct {
	chartMetadata
	IsRoot bool
}

// loadMetadata reads Chart.yaml as helm's loader does (a string field given a number fails, which
// is why version and appVersion must be quoted) and checks what helm's Metadata.Validate checks.
func loadMetadata(text string) (chartMetadata, error) {
	var md chartMetadata
	if err := yaml.Unmarshal([]byte(text), &md); err != nil {
		return md, fmt.Errorf("Chart.yaml: %v", err)
	}
	if md.APIVersion != "v2" {
		return md, fmt.Errorf("Chart.yaml: apiVersion %q, want v2", md.APIVersion)
	}
	if md.Name == "" || strings.ContainsAny(md.Name, "/\\") {
		return md, fmt.Errorf("Chart.yaml: invalid name %q", md.Name)
	}
	if _, err := semver.StrictNewVersion(md.Version); err != nil {
		return md, fmt.Errorf("Chart.yaml: version %q is not strict SemVer 2: %v", md.Version, err)
	}
	if md.Type != "" && md.Type != "application" && md.Type != "library" {
		return md, fmt.Errorf("Chart.yaml: unknown type %q", md.Type)
	}
	return md, nil
}

// checkKubeVersion is the install action's check of Chart.yaml's kubeVersion range.
func checkKubeVersion(md chartMetadata, kubeVersion string) error {
	if md.KubeVersion == "" {
		return nil
	}
	constraint, err := semver.NewConstraint(md.KubeVersion)
	if err != nil {
		return fmt.Errorf("Chart.yaml: kubeVersion %q: %v", md.KubeVersion, err)
	}
	version, err := semver.NewVersion(kubeVersion)
	if err != nil {
		return err
	}
	if !constraint.Check(version) {
		return fmt.Errorf("chart requires kubeVersion: %s which is incompatible with Kubernetes %s", md.KubeVersion, kubeVersion)
	}
	return nil
}
