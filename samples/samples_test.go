package samples

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestDayIsDate(t *testing.T) {
	if Day.IsZero() || Day.Format(time.DateOnly) != Date || Day.Location() != time.UTC {
		t.Errorf("Day = %v, Date = %s", Day, Date)
	}
}

// TestMakefileReadsTheDate: make demo checks and renders the samples as on
// the same day as the tests.
func TestMakefileReadsTheDate(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("no make")
	}
	if _, err := os.Stat("../Makefile"); err != nil {
		t.Skip(err)
	}
	out, err := exec.Command("make", "-s", "-C", "..", "print-sample-day").Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(string(out)); got != Date {
		t.Errorf("the Makefile's SAMPLE_DAY is %q, want %q", got, Date)
	}
}
