//go:build unix

package input

import (
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A named pipe with no writer would block an ordinary open forever.
func TestReadFileRefusesANamedPipeWithoutBlocking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.yaml")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := ReadFile(path, 100)
		done <- err
	}()
	select {
	case err := <-done:
		var nr *NotRegularError
		if !errors.As(err, &nr) || !strings.Contains(err.Error(), "a named pipe (FIFO), not a file") {
			t.Errorf("got %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("ReadFile blocked on a named pipe")
	}
	if err := CheckRegular(path); err == nil {
		t.Error("CheckRegular accepted a named pipe")
	}
}
