// helm-render: renders gatehouse's charts the way `helm template` / `helm upgrade --install` do,
// for the test suite (no helm binary here). It is gatehouse's own small re-implementation of the
// parts of helm 3's pkg/engine and pkg/chartutil the charts depend on, built on the same libraries
// helm uses: Go's text/template, Masterminds/sprig v3 and sigs.k8s.io/yaml (YAML 1.1 through
// go-yaml v2). test/helm/README.md lists what it implements and how it differs from helm.
//
// Protocol: one JSON request on stdin, one JSON response on stdout, so a test run starts the
// process once for every chart, environment and YAML document it checks.
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type request struct {
	Renders []renderJob `json:"renders"`
	// YAML texts to read with the YAML 1.1 reader helm uses for values and manifests.
	Parses []string `json:"parses"`
}

type response struct {
	Renders []renderResult `json:"renders"`
	Parses  []parseResult  `json:"parses"`
}

type parseResult struct {
	Value interface{} `json:"value"`
	Error string      `json:"error,omitempty"`
}

func main() {
	var req request
	decoder := json.NewDecoder(os.Stdin)
	if err := decoder.Decode(&req); err != nil {
		fmt.Fprintf(os.Stderr, "helm-render: bad request: %v\n", err)
		os.Exit(2)
	}
	res := response{Renders: []renderResult{}, Parses: []parseResult{}}
	for _, job := range req.Renders {
		res.Renders = append(res.Renders, renderChart(job))
	}
	for _, text := range req.Parses {
		value, err := parseYAML(text)
		if err != nil {
			res.Parses = append(res.Parses, parseResult{Error: err.Error()})
		} else {
			res.Parses = append(res.Parses, parseResult{Value: value})
		}
	}
	if err := json.NewEncoder(os.Stdout).Encode(res); err != nil {
		fmt.Fprintf(os.Stderr, "helm-render: cannot write the response: %v\n", err)
		os.Exit(2)
	}
}
