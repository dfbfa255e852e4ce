package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
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

// cellWriter is a sink that also takes rows as cells: the run hands over
// rows straight from the spill file that way, already normalized and
// without boxing every value into a Row.
type cellWriter interface {
	writeCells(t *Table, c cells) error
}

// writeCells is Write for rows as cells. c is normalized, has a value per
// column of t, and is not kept by any sink. A sink that only takes rows
// gets one, boxed once for all of them.
func (s Sinks) writeCells(t *Table, c cells) error {
	var r Row
	for _, k := range s {
		var err error
		if w, ok := k.(cellWriter); ok {
			err = w.writeCells(t, c)
		} else {
			if r == nil {
				r = c.row()
			}
			err = k.Write(t, r)
		}
		if err != nil {
			s.Abort()
			return err
		}
	}
	return nil
}

// Close finishes every sink, then commits every sink. On any error it
// aborts every sink and returns the error (the first sink's, in order),
// so that no final file is replaced by a failed run. (A rename that fails
// after others succeeded cannot be undone; the files already renamed are
// complete.)
//
// The sinks finish at the same time: each writes its last rows and
// completes its own files (a workbook is zipped, every file synced to
// disk), so the formats' ends overlap rather than follow each other.
func (s Sinks) Close() error {
	errs := make([]error, len(s))
	var wg sync.WaitGroup
	for i, k := range s {
		wg.Go(func() { errs[i] = k.Finish() })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
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

// asyncSink runs a sink on a goroutine of its own, so that the formats of
// a run are written in parallel: Write checks a row as the sink would
// (state, table, values), copies it into a batch and hands full batches
// over; the sink writes them while the caller reads on. An error of the
// sink itself (a full disk) comes back from a later Write or from Finish.
// Batches are recycled, so at most asyncBatches of them are in flight.
type asyncSink struct {
	name  string // the format, for errors
	inner Sink
	cw    cellWriter // inner, when it takes cells
	state sinkState

	cur  *rowBatch
	work chan *rowBatch // to the goroutine; closed by Finish or Abort
	free chan *rowBatch // back from it
	done chan struct{}  // closed when the goroutine has ended
	stop chan struct{}  // closed by Abort: drop what is left

	mu  sync.Mutex
	err error // the first error of the inner sink
}

const (
	asyncBatchRows = 2048
	asyncBatches   = 4
)

// rowBatch is rows of any tables, in order; their values share one slice:
// cells for an inner sink that takes them, else vals, as the inner sink's
// Write takes them, so that they are boxed only once.
type rowBatch struct {
	tables []*Table
	ends   []int // row i is cells or vals [ends[i-1]:ends[i]]
	cells  cells
	vals   []any
}

func (b *rowBatch) reset() {
	b.tables = b.tables[:0]
	b.ends = b.ends[:0]
	clear(b.cells) // let the strings go
	b.cells = b.cells[:0]
	clear(b.vals)
	b.vals = b.vals[:0]
}

// newAsyncSink starts the goroutine of inner.
func newAsyncSink(name string, inner Sink) *asyncSink {
	a := &asyncSink{
		name:  name,
		inner: inner,
		work:  make(chan *rowBatch, asyncBatches),
		free:  make(chan *rowBatch, asyncBatches),
		done:  make(chan struct{}),
		stop:  make(chan struct{}),
	}
	a.cw, _ = inner.(cellWriter)
	for range asyncBatches {
		a.free <- &rowBatch{}
	}
	go a.run(a.work)
	return a
}

func (a *asyncSink) run(work <-chan *rowBatch) {
	defer close(a.done)
	for b := range work {
		select {
		case <-a.stop:
		default:
			if a.failed() == nil {
				if err := a.write(b); err != nil {
					a.fail(err)
				}
			}
		}
		b.reset()
		a.free <- b
	}
}

// write writes the rows of b to the inner sink.
func (a *asyncSink) write(b *rowBatch) error {
	start := 0
	for i, t := range b.tables {
		var err error
		if a.cw != nil {
			err = a.cw.writeCells(t, b.cells[start:b.ends[i]])
		} else {
			err = a.inner.Write(t, Row(b.vals[start:b.ends[i]]))
		}
		if err != nil {
			return err
		}
		start = b.ends[i]
	}
	return nil
}

func (a *asyncSink) fail(err error) {
	a.mu.Lock()
	if a.err == nil {
		a.err = err
	}
	a.mu.Unlock()
}

func (a *asyncSink) failed() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.err
}

func (a *asyncSink) Write(t *Table, r Row) error {
	if err := a.check(t); err != nil {
		return err
	}
	r, err := normalize(t, r)
	if err != nil {
		return err
	}
	b := a.batch()
	if a.cw == nil {
		b.vals = append(b.vals, r...)
		a.add(t, len(b.vals))
		return nil
	}
	n := len(b.cells)
	if b.cells, err = rowCells(b.cells, t, r); err != nil {
		b.cells = b.cells[:n]
		return err
	}
	a.add(t, len(b.cells))
	return nil
}

func (a *asyncSink) writeCells(t *Table, c cells) error {
	if err := a.check(t); err != nil {
		return err
	}
	b := a.batch()
	if a.cw == nil {
		b.vals = c.appendTo(b.vals)
		a.add(t, len(b.vals))
		return nil
	}
	b.cells = append(b.cells, c...)
	a.add(t, len(b.cells))
	return nil
}

// check checks a row of t as the inner sink would, before it is taken.
func (a *asyncSink) check(t *Table) error {
	if err := a.state.check(writing, "Write"); err != nil {
		return err
	}
	if !isTable(t) {
		return fmt.Errorf("%s: unknown table %q", a.name, t.Name)
	}
	return a.failed()
}

// batch is the batch that takes the next row.
func (a *asyncSink) batch() *rowBatch {
	if a.cur == nil {
		a.cur = <-a.free
	}
	return a.cur
}

// add ends the row of t whose values were appended to the batch, up to
// end, and hands the batch over when it is full.
func (a *asyncSink) add(t *Table, end int) {
	b := a.cur
	b.tables = append(b.tables, t)
	b.ends = append(b.ends, end)
	if len(b.tables) >= asyncBatchRows {
		a.work <- b
		a.cur = nil
	}
}

// drain hands over the last batch, lets the goroutine end and waits.
func (a *asyncSink) drain() {
	if a.work == nil {
		return
	}
	if a.cur != nil && len(a.cur.tables) > 0 {
		a.work <- a.cur
	}
	a.cur = nil
	close(a.work)
	a.work = nil
	<-a.done
}

func (a *asyncSink) Finish() error {
	if err := a.state.check(writing, "Finish"); err != nil {
		return err
	}
	a.drain()
	if err := a.failed(); err != nil {
		return err
	}
	if err := a.inner.Finish(); err != nil {
		return err
	}
	a.state = finished
	return nil
}

func (a *asyncSink) Commit() error {
	if err := a.state.check(finished, "Commit"); err != nil {
		return err
	}
	if err := a.inner.Commit(); err != nil {
		return err
	}
	a.state = committed
	return nil
}

func (a *asyncSink) Abort() {
	if a.work != nil {
		close(a.stop)
		a.drain()
	}
	a.inner.Abort()
	a.state = aborted
}
