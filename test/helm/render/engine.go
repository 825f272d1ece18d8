package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig"
	"sigs.k8s.io/yaml"
)

// helm wraps the messages of required and fail in these markers to tell them from other errors.
const (
	userErrorStart = "HELM_ERR_START"
	userErrorEnd   = "HELM_ERR_END"
	// includeDepthLimit is helm's recursionMaxNums: deeper nesting of one named template fails.
	includeDepthLimit = 1000
)

// funcMap is helm's: Sprig's text functions without env and expandenv, the YAML/JSON helpers,
// and include, tpl, required, fail and lookup bound to the template being rendered.
func funcMap(t *template.Template, depth map[string]int, cluster []map[string]interface{}) template.FuncMap {
	f := sprig.TxtFuncMap()
	delete(f, "env")
	delete(f, "expandenv")
	// helm answers DNS lookups with "" unless --enable-dns.
	f["getHostByName"] = func(string) string { return "" }
	f["toYaml"] = toYAML
	f["fromYaml"] = fromYAML
	f["fromYamlArray"] = fromYAMLArray
	f["toJson"] = toJSON
	f["fromJson"] = fromJSON
	f["fromJsonArray"] = fromJSONArray
	f["include"] = includeFunc(t, depth)
	f["tpl"] = tplFunc(t, depth)
	f["required"] = required
	f["fail"] = func(msg string) (string, error) { return "", errors.New(userErrorStart + msg + userErrorEnd) }
	f["lookup"] = lookupFunc(cluster)
	return f
}

func includeFunc(t *template.Template, depth map[string]int) func(string, interface{}) (string, error) {
	return func(name string, data interface{}) (string, error) {
		if depth[name] > includeDepthLimit {
			return "", fmt.Errorf("rendering template has a nested reference name: %s", name)
		}
		depth[name]++
		defer func() { depth[name]-- }()
		var buf strings.Builder
		err := t.ExecuteTemplate(&buf, name, data)
		return buf.String(), err
	}
}

// tplFunc renders a string as a template that sees every named template of the chart.
func tplFunc(parent *template.Template, depth map[string]int) func(string, interface{}) (string, error) {
	return func(text string, data interface{}) (string, error) {
		t, err := parent.Clone()
		if err != nil {
			return "", err
		}
		t.Option("missingkey=zero")
		t.Funcs(template.FuncMap{"include": includeFunc(t, depth), "tpl": tplFunc(t, depth)})
		t, err = t.New(parent.Name()).Parse(text)
		if err != nil {
			return "", fmt.Errorf("cannot parse template %q: %v", text, err)
		}
		var buf strings.Builder
		if err := t.Execute(&buf, data); err != nil {
			return "", fmt.Errorf("error during tpl function execution for %q: %v", text, err)
		}
		return strings.ReplaceAll(buf.String(), "<no value>", ""), nil
	}
}

func required(msg string, value interface{}) (interface{}, error) {
	if s, ok := value.(string); value == nil || (ok && s == "") {
		return value, errors.New(userErrorStart + msg + userErrorEnd)
	}
	return value, nil
}

func toYAML(v interface{}) string {
	data, err := yaml.Marshal(v)
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(string(data), "\n")
}

func fromYAML(text string) map[string]interface{} {
	m := map[string]interface{}{}
	if err := yaml.Unmarshal([]byte(text), &m); err != nil {
		m["Error"] = err.Error()
	}
	return m
}

func fromYAMLArray(text string) []interface{} {
	a := []interface{}{}
	if err := yaml.Unmarshal([]byte(text), &a); err != nil {
		a = []interface{}{err.Error()}
	}
	return a
}

// renderTemplates parses every template into one template set (so named templates are shared)
// and executes each file that is not a partial, in helm's order: shallow paths first.
func renderTemplates(templates map[string]string, top map[string]interface{}, cluster []map[string]interface{}) (map[string]string, error) {
	t := template.New("gotpl")
	t.Option("missingkey=zero")
	depth := map[string]int{}
	t.Funcs(funcMap(t, depth, cluster))
	names := make([]string, 0, len(templates))
	for name := range templates {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		di, dj := strings.Count(names[i], "/"), strings.Count(names[j], "/")
		if di != dj {
			return di < dj
		}
		return names[i] < names[j]
	})
	for _, name := range names {
		if _, err := t.New(name).Parse(templates[name]); err != nil {
			return nil, fmt.Errorf("parse error in %s: %v", name, err)
		}
	}
	out := map[string]string{}
	for _, name := range names {
		if strings.HasPrefix(name[strings.LastIndex(name, "/")+1:], "_") {
			continue
		}
		vals := map[string]interface{}{}
		for k, v := range top {
			vals[k] = v
		}
		vals["Template"] = map[string]interface{}{"Name": name, "BasePath": name[:strings.Index(name, "/templates/")+len("/templates")]}
		var buf strings.Builder
		if err := t.ExecuteTemplate(&buf, name, vals); err != nil {
			return nil, cleanExecError(err)
		}
		out[name] = strings.ReplaceAll(buf.String(), "<no value>", "")
	}
	return out, nil
}

// cleanExecError shows only the message of required and fail, like helm.
func cleanExecError(err error) error {
	msg := err.Error()
	start, end := strings.Index(msg, userErrorStart), strings.LastIndex(msg, userErrorEnd)
	if start < 0 || end < start {
		return err
	}
	location := ""
	if parts := strings.SplitN(msg, ": ", 3); len(parts) == 3 {
		location = parts[1]
	}
	return fmt.Errorf("execution error at (%s): %s", location, msg[start+len(userErrorStart):end])
}

// lookupFunc is helm's lookup against the given live objects: one object by apiVersion, kind,
// namespace and name, or a List of every match when name is "". Nothing found is an empty map,
// which is also what `helm template` (no cluster) returns.
func lookupFunc(cluster []map[string]interface{}) func(string, string, string, string) (map[string]interface{}, error) {
	return func(apiVersion, kind, namespace, name string) (map[string]interface{}, error) {
		items := []interface{}{}
		for _, object := range cluster {
			metadata, _ := object["metadata"].(map[string]interface{})
			if object["apiVersion"] != apiVersion || object["kind"] != kind || (namespace != "" && metadata["namespace"] != namespace) {
				continue
			}
			if name == "" {
				items = append(items, object)
			} else if metadata["name"] == name {
				return object, nil
			}
		}
		if name == "" {
			return map[string]interface{}{"apiVersion": "v1", "kind": kind + "List", "items": items}, nil
		}
		return map[string]interface{}{}, nil
	}
}
