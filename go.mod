module coregroup

go 1.26.8

require (
	codeberg.org/go-pdf/fpdf v0.12.0
	github.com/nicksnyder/go-i18n/v2 v2.7.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/yuin/goldmark v1.8.7
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/image v0.48.0
	golang.org/x/text v0.44.0
)

// fpdf with zlib writers reused and font ids remembered: third_party/fpdf-v0.12.0/PATCH.md
replace codeberg.org/go-pdf/fpdf => ./third_party/fpdf-v0.12.0
