package cli

import (
	"runtime"
	"sync"
)

// inOrder runs work(i) for every i below n on up to jobs goroutines (one
// per core when jobs < 1), and hands each result to done in the order of
// i, as soon as it and every one before it are ready: what done prints is
// what one goroutine doing them one after another would print. At most a
// few results per worker wait for done, so a slow writer holds back the
// workers rather than letting finished documents pile up in memory.
func inOrder[T any](n, jobs int, work func(i int) T, done func(i int, r T)) {
	if jobs < 1 {
		jobs = runtime.GOMAXPROCS(0)
	}
	jobs = max(1, min(jobs, n))
	if jobs == 1 {
		for i := range n {
			done(i, work(i))
		}
		return
	}
	ready := make([]chan T, n)
	for i := range ready {
		ready[i] = make(chan T, 1)
	}
	next := make(chan int)
	ahead := make(chan struct{}, 4*jobs) // a token per result not yet done
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				ready[i] <- work(i)
			}
		}()
	}
	go func() {
		for i := range n {
			ahead <- struct{}{}
			next <- i
		}
		close(next)
	}()
	for i := range n {
		done(i, <-ready[i])
		<-ahead
	}
	wg.Wait()
}
