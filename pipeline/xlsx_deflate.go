package pipeline

import (
	"bytes"
	"runtime"
	"sync"

	"github.com/klauspost/compress/flate"
)

// xlsxChunkSize is how much of a sheet's row XML is deflated as one piece.
// A workbook's sheets hold about ten times the bytes of the corpus, and
// deflating them on one goroutine left a core idle while every other
// output was done; pieces this size are deflated on several goroutines.
// Each piece starts a new Deflate state and ends on a byte boundary (a
// sync flush), so the pieces, written in order, make one stream that any
// unzip reads, as the sheet's head and tail around them already do (see
// xlsxZip.writeSheet). Cutting costs a few bytes and the back-references
// across a cut; a megabyte makes that negligible. (A variable so that
// tests can make pieces small.)
var xlsxChunkSize = 1 << 20

// deflateJob is one piece of a sheet's rows.
type deflateJob struct {
	sheet *xlsxSheet
	in    []byte
	out   bytes.Buffer
	err   error
	done  chan struct{} // receives once the piece is deflated
}

// deflater deflates pieces of sheets on a pool of goroutines, and writes
// them to their sheets' row files in the order they were handed in, so
// that the bytes do not depend on which goroutine finished first. It is
// used from one goroutine (the sink's); only the workers run beside it.
type deflater struct {
	jobs    chan *deflateJob
	pending []*deflateJob // handed in, not yet written; oldest first
	free    []*deflateJob
	workers sync.WaitGroup
	closed  bool
}

func newDeflater() *deflater {
	n := runtime.GOMAXPROCS(0)
	d := &deflater{jobs: make(chan *deflateJob, 2*n+1)}
	for range n {
		d.workers.Add(1)
		go d.work()
	}
	return d
}

func (d *deflater) work() {
	defer d.workers.Done()
	var fw *flate.Writer
	for j := range d.jobs {
		if fw == nil {
			fw, j.err = flate.NewWriter(&j.out, xlsxDeflateLevel)
		} else {
			fw.Reset(&j.out)
		}
		if j.err == nil {
			if _, j.err = fw.Write(j.in); j.err == nil {
				j.err = fw.Flush()
			}
		}
		j.done <- struct{}{}
	}
}

// add hands in sh's buffered rows, then writes finished pieces until no
// more than the pool can work on and queue are pending.
func (d *deflater) add(sh *xlsxSheet) error {
	if len(sh.pend) == 0 {
		return nil
	}
	var j *deflateJob
	if n := len(d.free); n > 0 {
		j, d.free = d.free[n-1], d.free[:n-1]
	} else {
		j = &deflateJob{done: make(chan struct{}, 1)}
	}
	j.sheet, j.err = sh, nil
	j.out.Reset()
	// the job takes the rows; the sheet goes on in the job's old buffer
	j.in, sh.pend = sh.pend, j.in[:0]
	d.pending = append(d.pending, j)
	d.jobs <- j // never blocks: no more than cap(d.jobs) are pending
	for len(d.pending) >= cap(d.jobs) {
		if err := d.writeOldest(); err != nil {
			return err
		}
	}
	return nil
}

// writeOldest waits for the oldest pending piece and writes it to its
// sheet's row file.
func (d *deflater) writeOldest() error {
	j := d.pending[0]
	d.pending = d.pending[1:]
	<-j.done
	err := j.err
	if err == nil {
		_, err = j.sheet.buf.Write(j.out.Bytes())
	}
	j.sheet = nil
	d.free = append(d.free, j)
	return err
}

// flush writes every pending piece.
func (d *deflater) flush() error {
	for len(d.pending) > 0 {
		if err := d.writeOldest(); err != nil {
			return err
		}
	}
	return nil
}

// close stops the workers, once the pieces they hold are done; pending
// pieces are dropped. It may be called more than once.
func (d *deflater) close() {
	if d.closed {
		return
	}
	d.closed = true
	close(d.jobs)
	d.workers.Wait()
	d.pending = nil
}
