// Command caseload writes a caseload of invented case files to measure
// coregroup with (make bench):
//
//	go run ./internal/cmd/caseload [-n 1000] [-seed 1] -o DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"coregroup/internal/caseload"
)

func main() {
	n := flag.Int("n", 1000, "how many cases")
	seed := flag.Uint64("seed", 1, "the seed: the same seed and -n give the same files")
	out := flag.String("o", "", "the directory to write the case files into")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: caseload [-n 1000] [-seed 1] -o DIR")
		os.Exit(2)
	}
	if err := write(*out, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "caseload:", err)
		os.Exit(1)
	}
}

func write(dir string, n int, seed uint64) error {
	cases, err := caseload.Generate(n, seed)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	for _, c := range cases {
		if err := os.WriteFile(filepath.Join(dir, c.Name), c.Data, 0o600); err != nil {
			return err
		}
	}
	return nil
}
