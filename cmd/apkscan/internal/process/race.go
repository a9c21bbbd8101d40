//go:build race

package process

// raceEnabled: built with -race. The race detector shadows every mapped
// heap range, so an advised range would cost shadow memory up front, and
// under --isolate's RLIMIT_DATA that was enough to stop children from
// starting (TestBatchFaults with -race). Speed is not the point there.
const raceEnabled = true
