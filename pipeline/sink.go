package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Sink receives the rows of every table and writes them in one format.
//
// A sink writes into temporary files beside the final ones (named like
// ".money.csv.tmp-123456"), so a run that fails leaves earlier outputs
// untouched. Rows arrive sorted and are written in the order given, as
// they come: no sink holds a whole table in memory. Every table of Tables
// is written, also when it has no rows.
type Sink interface {
	// Write appends r to table t.
	Write(t *Table, r Row) error
	// Finish completes every temporary file; nothing is renamed yet.
	Finish() error
	// Commit renames every temporary file to its final name.
	Commit() error
	// Abort removes the temporary files. It never touches final names and
	// may be called at any time, also after an error or a Commit.
	Abort()
}

// ErrAborted is returned by a sink used after Abort.
var ErrAborted = errors.New("pipeline: sink aborted")

// Sinks fans rows out to several sinks and commits them together.
type Sinks []Sink

// Write writes r to every sink. On the first error it aborts every sink and
// returns the error; a later Close then fails too and commits nothing.
func (s Sinks) Write(t *Table, r Row) error {
	for _, k := range s {
		if err := k.Write(t, r); err != nil {
			s.Abort()
			return err
		}
	}
	return nil
}

// Close finishes every sink, then commits every sink. On any error it
// aborts every sink and returns the error, so that no final file is
// replaced by a failed run. (A rename that fails after others succeeded
// cannot be undone; the files already renamed are complete.)
func (s Sinks) Close() error {
	for _, k := range s {
		if err := k.Finish(); err != nil {
			s.Abort()
			return err
		}
	}
	for _, k := range s {
		if err := k.Commit(); err != nil {
			s.Abort()
			return err
		}
	}
	return nil
}

// Abort aborts every sink.
func (s Sinks) Abort() {
	for _, k := range s {
		k.Abort()
	}
}

// tempFile is an output written under a temporary name in the directory of
// its final name.
type tempFile struct {
	final string
	f     *os.File // open while writing
	name  string   // temporary name; "" once renamed or removed
}

func createTemp(final string) (*tempFile, error) {
	f, err := os.CreateTemp(filepath.Dir(final), "."+filepath.Base(final)+".tmp-*")
	if err != nil {
		return nil, err
	}
	return &tempFile{final: final, f: f, name: f.Name()}, nil
}

// close syncs and closes the file and gives it ordinary permissions
// (os.CreateTemp makes it private).
func (t *tempFile) close() error {
	if t.f == nil {
		return nil
	}
	f := t.f
	t.f = nil
	err := f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(t.name, 0o644)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", t.final, err)
	}
	return nil
}

func (t *tempFile) commit() error {
	if t.name == "" {
		return nil
	}
	if t.f != nil {
		return fmt.Errorf("%s: commit before finish", t.final)
	}
	if err := os.Rename(t.name, t.final); err != nil {
		return err
	}
	t.name = ""
	return nil
}

func (t *tempFile) remove() {
	if t.f != nil {
		t.f.Close()
		t.f = nil
	}
	if t.name != "" {
		os.Remove(t.name)
		t.name = ""
	}
}

// sinkState is the life cycle shared by the sinks.
type sinkState int

const (
	writing sinkState = iota
	finished
	committed
	aborted
)

func (s sinkState) check(want sinkState, op string) error {
	if s == want {
		return nil
	}
	if s == aborted {
		return ErrAborted
	}
	return fmt.Errorf("pipeline: %s on a sink that is %s", op, [...]string{"writing", "finished", "committed", "aborted"}[s])
}
