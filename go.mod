module coregroup

go 1.26.8

require (
	github.com/nicksnyder/go-i18n/v2 v2.7.0
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/text v0.44.0
)

require github.com/santhosh-tekuri/jsonschema/v6 v6.0.3 // indirect
