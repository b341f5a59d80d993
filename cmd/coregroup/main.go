// Command coregroup checks child protection core group case files and
// writes the core group's documents from them. Run "coregroup help".
package main

import (
	"os"

	"coregroup/internal/cli"
)

func main() {
	tuneGC()
	os.Exit(int(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)))
}
