// Command caseload writes a caseload of invented case files to measure
// coregroup with (make bench):
//
//	go run ./internal/cmd/caseload [-n 1000] [-seed 1] -o DIR
package main

import (
	"flag"
	"fmt"
	"os"

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
	if err := caseload.Write(*out, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "caseload:", err)
		os.Exit(1)
	}
}
