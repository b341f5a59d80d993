//go:build unix

package input

import "syscall"

// openFlags opens without waiting: a named pipe opened for reading
// otherwise blocks until something writes to it. For a regular file the
// flag changes nothing.
const openFlags = syscall.O_NONBLOCK
