package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/aidextract/aidextract/pipeline"
)

// progressBar redraws one status line on stderr, at most ten times a
// second, and only when stderr is a terminal: logs and CI output stay
// clean.
type progressBar struct {
	w     io.Writer
	on    bool
	start time.Time
	last  time.Time
	drawn bool
}

func newProgressBar(w io.Writer, quiet bool) *progressBar {
	return &progressBar{w: w, on: !quiet && isTerminal(w), start: time.Now()}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (b *progressBar) update(p pipeline.Progress) {
	if !b.on {
		return
	}
	now := time.Now()
	if now.Sub(b.last) < 100*time.Millisecond {
		return
	}
	b.last = now
	mb := float64(p.Bytes) / 1e6
	rate := mb / max(now.Sub(b.start).Seconds(), 1e-3)
	fmt.Fprintf(b.w, "\r\x1b[K%d documents, %.1f MB, %.1f MB/s", p.Documents, mb, rate)
	if p.Failed > 0 {
		fmt.Fprintf(b.w, ", %d failed", p.Failed)
	}
	b.drawn = true
}

// clear erases the status line so that other output starts on a clean line.
func (b *progressBar) clear() {
	if b.drawn {
		fmt.Fprint(b.w, "\r\x1b[K")
		b.drawn = false
	}
}
