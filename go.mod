module github.com/apkscan/apkscan

go 1.24

require (
	github.com/4kills/go-libdeflate/v2 v2.2.1
	github.com/avast/apkparser v0.0.0-20260423123151-7fcaee440f68
	github.com/goccy/go-yaml v1.19.2
	github.com/klauspost/compress v1.18.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.1
	github.com/schollz/progressbar/v3 v3.18.0
	github.com/shogo82148/androidbinary v1.0.6
	github.com/spf13/cobra v1.8.1
	go.yaml.in/yaml/v3 v3.0.4
	golang.org/x/term v0.28.0
	google.golang.org/protobuf v1.36.5
)

require (
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
	golang.org/x/sys v0.29.0 // indirect
	golang.org/x/text v0.14.0 // indirect
)
