package main

import (
	"encoding/json"

	"sigs.k8s.io/yaml"
)

// parseYAML reads YAML the way helm reads values files (chartutil.ReadValues) and the way the
// Kubernetes client reads rendered manifests: sigs.k8s.io/yaml converts YAML 1.1 (go-yaml v2) to
// JSON. Strict: a duplicate key is an error, as with the API server's strict field validation.
func parseYAML(text string) (interface{}, error) {
	data, err := yaml.YAMLToJSONStrict([]byte(text))
	if err != nil {
		return nil, err
	}
	var value interface{}
	if err := json.Unmarshal(data, &value); err != nil {
		return nil, err
	}
	return value, nil
}

// readValues is chartutil.ReadValues: an empty file is an empty map.
func readValues(text string) (map[string]interface{}, error) {
	values := map[string]interface{}{}
	if err := yaml.Unmarshal([]byte(text), &values); err != nil {
		return nil, err
	}
	if values == nil {
		values = map[string]interface{}{}
	}
	return values, nil
}

// mergeValueFiles is what `-f a.yaml -f b.yaml` does (cli/values.Options.MergeValues): maps merge
// key by key, any other value of a later file replaces.
func mergeValueFiles(base, next map[string]interface{}) map[string]interface{} {
	out := make(map[string]interface{}, len(base))
	for k, v := range base {
		out[k] = v
	}
	for k, v := range next {
		if nextMap, ok := v.(map[string]interface{}); ok {
			if baseMap, ok := out[k].(map[string]interface{}); ok {
				out[k] = mergeValueFiles(baseMap, nextMap)
				continue
			}
		}
		out[k] = v
	}
	return out
}

// coalesce puts the user's values over the chart's defaults (chartutil.CoalesceValues): maps
// merge key by key, the user's value wins, and a user null removes the key.
func coalesce(user, defaults map[string]interface{}) map[string]interface{} {
	out := map[string]interface{}{}
	for k, v := range defaults {
		out[k] = v
	}
	for k, v := range user {
		if v == nil {
			delete(out, k)
			continue
		}
		userMap, userIsMap := v.(map[string]interface{})
		defaultMap, defaultIsMap := out[k].(map[string]interface{})
		if userIsMap && defaultIsMap {
			out[k] = coalesce(userMap, defaultMap)
		} else {
			out[k] = v
		}
	}
	return out
}
