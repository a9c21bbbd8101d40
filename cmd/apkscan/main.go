// Command apkscan reads an Android app without running or decompiling it and
// reports the tracking SDKs, endpoints and identifiers it uses.
package main

import (
	"context"
	"os"

	"github.com/apkscan/apkscan/cmd/apkscan/internal/cli"
)

func main() {
	os.Exit(cli.Run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}
