package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/Masterminds/semver"
)

type renderJob struct {
	// Chart files by their path inside the chart (Chart.yaml, values.yaml, templates/...).
	Files map[string]string `json:"files"`
	// Chart paths of the files given with -f, in order.
	ValueFiles  []string   `json:"valueFiles"`
	Release     releaseJob `json:"release"`
	KubeVersion string     `json:"kubeVersion"`
	// API versions the cluster serves (.Capabilities.APIVersions).
	APIVersions []string `json:"apiVersions"`
	// Live objects the `lookup` function finds (helm asks the cluster; here the test says what is there).
	Cluster []map[string]interface{} `json:"cluster"`
}

type releaseJob struct {
	Name      string `json:"name"`
	Namespace string `json:"namespace"`
	Revision  int    `json:"revision"`
	IsInstall bool   `json:"isInstall"`
	IsUpgrade bool   `json:"isUpgrade"`
}

type renderResult struct {
	Error     string     `json:"error,omitempty"`
	Manifests []manifest `json:"manifests"`
	Notes     string     `json:"notes"`
}

// manifest is one YAML document of a rendered template, as text and as the JSON object the
// Kubernetes client would send to the API server.
type manifest struct {
	Template string      `json:"template"`
	Source   string      `json:"source"`
	Object   interface{} `json:"object"`
	Error    string      `json:"error,omitempty"`
}

type kubeVersion struct {
	Version string
	Major   string
	Minor   string
}

type versionSet []string

// Has is .Capabilities.APIVersions.Has "group/version" or "group/version/Kind".
func (v versionSet) Has(apiVersion string) bool {
	for _, x := range v {
		if x == apiVersion {
			return true
		}
	}
	return false
}

type capabilities struct {
	KubeVersion kubeVersion
	APIVersions versionSet
	HelmVersion map[string]string
}

func renderChart(job renderJob) renderResult {
	manifests, notes, err := render(job)
	if err != nil {
		return renderResult{Error: err.Error(), Manifests: []manifest{}}
	}
	return renderResult{Manifests: manifests, Notes: notes}
}

func render(job renderJob) ([]manifest, string, error) {
	md, err := loadMetadata(job.Files["Chart.yaml"])
	if err != nil {
		return nil, "", err
	}
	caps, err := newCapabilities(job)
	if err != nil {
		return nil, "", err
	}
	if err := checkKubeVersion(md, job.KubeVersion); err != nil {
		return nil, "", err
	}
	values, err := mergedValues(job)
	if err != nil {
		return nil, "", err
	}
	top := map[string]interface{}{
		"Chart":        chartObject{md, true},
		"Capabilities": caps,
		"Release": map[string]interface{}{
			"Name": job.Release.Name, "Namespace": job.Release.Namespace, "Revision": job.Release.Revision,
			"IsInstall": job.Release.IsInstall, "IsUpgrade": job.Release.IsUpgrade, "Service": "Helm",
		},
		"Values": values,
	}
	templates := map[string]string{}
	for path, text := range job.Files {
		if strings.HasPrefix(path, "templates/") {
			templates[md.Name+"/"+path] = text
		}
	}
	rendered, err := renderTemplates(templates, top, job.Cluster)
	if err != nil {
		return nil, "", err
	}
	notes := rendered[md.Name+"/templates/NOTES.txt"]
	delete(rendered, md.Name+"/templates/NOTES.txt")
	return splitManifests(rendered), notes, nil
}

func newCapabilities(job renderJob) (capabilities, error) {
	v, err := semver.NewVersion(job.KubeVersion)
	if err != nil {
		return capabilities{}, fmt.Errorf("kubeVersion %q: %v", job.KubeVersion, err)
	}
	return capabilities{
		KubeVersion: kubeVersion{Version: "v" + v.String(), Major: fmt.Sprint(v.Major()), Minor: fmt.Sprint(v.Minor())},
		APIVersions: versionSet(job.APIVersions),
		HelmVersion: map[string]string{"Version": "v3"},
	}, nil
}

// mergedValues: the chart's values.yaml, then each -f file merged over the previous ones.
func mergedValues(job renderJob) (map[string]interface{}, error) {
	defaults, err := readValues(job.Files["values.yaml"])
	if err != nil {
		return nil, fmt.Errorf("values.yaml: %v", err)
	}
	user := map[string]interface{}{}
	for _, path := range job.ValueFiles {
		text, ok := job.Files[path]
		if !ok {
			return nil, fmt.Errorf("values file %s: not in the chart", path)
		}
		next, err := readValues(text)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		user = mergeValueFiles(user, next)
	}
	return coalesce(user, defaults), nil
}

// helm's releaseutil.SplitManifests separator.
var documentSeparator = regexp.MustCompile(`(?:^|\s*\n)---\s*`)

func splitManifests(rendered map[string]string) []manifest {
	names := make([]string, 0, len(rendered))
	for name := range rendered {
		names = append(names, name)
	}
	sort.Strings(names)
	out := []manifest{}
	for _, name := range names {
		for _, doc := range documentSeparator.Split(rendered[name], -1) {
			if strings.TrimSpace(doc) == "" || onlyComments(doc) {
				continue
			}
			m := manifest{Template: name, Source: doc}
			object, err := parseYAML(doc)
			if err != nil {
				m.Error = err.Error()
			} else {
				m.Object = object
			}
			out = append(out, m)
		}
	}
	return out
}

// onlyComments: a document of comments and blank lines is empty to helm (it parses to null).
func onlyComments(doc string) bool {
	for _, line := range strings.Split(doc, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed != "" && !strings.HasPrefix(trimmed, "#") {
			return false
		}
	}
	return true
}
