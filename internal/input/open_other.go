//go:build !unix

package input

// openFlags is empty where there are no named pipes to wait on.
const openFlags = 0
