package cli

import (
	"os"
	"testing"
)

// TestMain runs the tests with no language in the environment, so that
// render speaks English to them whatever the machine's locale; a test of
// the keyboard's language sets its own.
func TestMain(m *testing.M) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		os.Unsetenv(name)
	}
	os.Exit(m.Run())
}
