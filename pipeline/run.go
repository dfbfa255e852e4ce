package pipeline

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/aidextract/aidextract/extractors/dates"
	"github.com/aidextract/aidextract/extractors/events"
	"github.com/aidextract/aidextract/extractors/fx"
	"github.com/aidextract/aidextract/extractors/materiel"
	"github.com/aidextract/aidextract/extractors/money"
	"github.com/aidextract/aidextract/extractors/personnel"
	"github.com/aidextract/aidextract/pipeline/model"
)

// Version is the tool version written into the outputs' metadata. It is a
// constant, not a build stamp, so that outputs stay byte-identical.
const Version = "0.1.0"

// FXSource names the exchange-rate source in the outputs' metadata.
const FXSource = fx.Source

// Pipeline holds the stages, built once and shared by all workers. The
// stages are listed here, in order, so the pipeline reads top to bottom:
// prepare (view and sentences) -> extractors -> resolvers -> event linking.
type Pipeline struct {
	extractors []model.Extractor
	money      *money.Extractor
	rates      *fx.Rates
	linker     *events.Linker
}

// New builds the pipeline, loading every extractor's data once.
func New() (*Pipeline, error) {
	m, err := money.New()
	if err != nil {
		return nil, err
	}
	mt, err := materiel.New()
	if err != nil {
		return nil, err
	}
	ps, err := personnel.New()
	if err != nil {
		return nil, err
	}
	rates, err := fx.Default()
	if err != nil {
		return nil, err
	}
	linker, err := events.New()
	if err != nil {
		return nil, err
	}
	return &Pipeline{
		extractors: []model.Extractor{
			m,
			dates.New(),
			mt,
			ps,
		},
		money:  m,
		rates:  rates,
		linker: linker,
	}, nil
}

// Result is one document after every stage.
type Result struct {
	Doc      *model.Doc
	Mentions []model.Mention // sorted by Start, End, Kind
	Events   []model.Event   // in text order
	// Unconverted counts amounts left without a US dollar value: a
	// currency the ECB does not quote, or no date to take a rate from.
	Unconverted int
}

// Process runs one document through every stage.
func (p *Pipeline) Process(doc *model.Document) *Result {
	d := model.Prepare(doc)
	var ms []model.Mention
	for _, s := range d.Sentences {
		for _, x := range p.extractors {
			ms = append(ms, x.Extract(d, s)...)
		}
	}
	sortMentions(ms)
	p.money.Dollars(d.View.Text, ms)
	p.money.Parts(d, ms)
	if doc.Date.IsZero() {
		// A dateline is the document's date when the input gives none.
		if day, ok := dateline(d, ms); ok {
			doc.Date = day
		}
	}
	ms = dates.Resolve(d, ms)
	unconverted := resolveUSD(d, ms, p.rates)
	evs := p.linker.Link(d, ms)
	unconverted += eventUSD(d, ms, evs, p.rates)
	return &Result{Doc: d, Mentions: ms, Events: evs, Unconverted: unconverted}
}

func sortMentions(ms []model.Mention) {
	slices.SortStableFunc(ms, func(a, b model.Mention) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Kind, b.Kind))
	})
}

// Config is one extract run.
type Config struct {
	Paths    []string
	Stdin    io.Reader
	OutDir   string
	Formats  []string // any of csv, xlsx, parquet
	Read     ReadOptions
	EmitText bool // write each document's text to OutDir/text/<doc_id>.txt
	Workers  int  // 0 = one per CPU
	FailFast bool // stop at the first document that fails
	// Progress, when set, is called from one goroutine after each document.
	Progress func(Progress)
	// OnFailure, when set, is called from one goroutine with each document
	// that fails, as its errors row has it: the source ("path" or
	// "path:line") and the reason.
	OnFailure func(source, message string)

	// wrapSinks, when set, wraps the sinks (tests: a disk that fills up).
	wrapSinks func(Sinks) Sinks
}

// Progress reports how far a run has come.
type Progress struct {
	Documents int
	Bytes     int64 // bytes of document text processed
	Failed    int
}

// Summary counts what a run did.
type Summary struct {
	Documents, Sentences int
	// Failed counts documents that could not be read or processed; each
	// has a row in the errors table.
	Failed int
	// Unconverted counts amounts without a US dollar value (see Result).
	Unconverted int
	// Repaired counts invalid UTF-8 sequences replaced while reading.
	Repaired int
	Rows     map[string]int
	Bytes    int64
	Elapsed  time.Duration
}

// ErrDocuments is returned by Run, wrapped, when the run completed but
// some documents failed; the outputs are written and list them in the
// errors table.
var ErrDocuments = errors.New("some documents failed")

// Run reads every input, processes documents on a pool of workers and
// writes every table in every format asked for.
//
// Memory stays flat as the corpus grows: documents stream from the readers
// through the workers, and each document's rows are encoded to a temporary
// spill file as soon as it is done; only at the end are they read back in
// doc_id order and streamed to the sinks. Outputs are written to temporary
// files and renamed into place only when every one of them is complete, so
// a failed run leaves earlier outputs untouched. A document that fails is
// reported in the errors table and the run goes on (unless FailFast); Run
// then returns the summary and an error wrapping ErrDocuments.
func Run(cfg Config) (*Summary, error) {
	start := time.Now()
	if err := CheckFormats(cfg.Formats); err != nil {
		return nil, err
	}
	p, err := New()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
		return nil, outDirError(cfg.OutDir, err)
	}
	sp, err := newSpill(cfg.OutDir)
	if err != nil {
		return nil, outDirError(cfg.OutDir, err)
	}
	defer sp.close()
	var text *textDir
	if cfg.EmitText {
		if text, err = newTextDir(cfg.OutDir); err != nil {
			return nil, outDirError(cfg.OutDir, err)
		}
		defer text.abort()
	}

	sum := &Summary{Rows: map[string]int{}}
	if err := p.spillAll(cfg, sp, text, sum); err != nil {
		return nil, err
	}

	sinks, err := openSinks(cfg.OutDir, cfg.Formats)
	if err != nil {
		return nil, err
	}
	if cfg.wrapSinks != nil {
		sinks = cfg.wrapSinks(sinks)
	}
	err = sp.each(func(blob []byte) error {
		return decodeCells(blob, func(t *Table, c cells) error {
			sum.Rows[t.Name]++
			return sinks.writeCells(t, c)
		})
	})
	if err != nil {
		sinks.Abort()
		return nil, err
	}
	if err := sinks.Close(); err != nil {
		return nil, err
	}
	if text != nil {
		if err := text.commit(); err != nil {
			return nil, err
		}
	}
	sum.Elapsed = time.Since(start)
	if sum.Failed > 0 {
		return sum, fmt.Errorf("%d of %d documents failed (see errors table): %w", sum.Failed, sum.Failed+sum.Documents, ErrDocuments)
	}
	return sum, nil
}

// outDirError is the error of an output folder that cannot be created or
// written to, naming the folder rather than a temporary file in it:
// "output folder out: permission denied".
func outDirError(dir string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && (filepath.Clean(pe.Path) == filepath.Clean(dir) || filepath.Dir(pe.Path) == filepath.Clean(dir)) {
		err = pe.Err
	}
	return fmt.Errorf("output folder %s: %w", dir, err)
}

// done is one document's outcome, on its way from a worker to the spill.
type done struct {
	seq    int
	docID  string
	blob   []byte
	result *Result // nil when the document failed
	fail   error
	row    Row // the errors row of a failed document
	// out is an error writing the outputs (an --emit-text file): not the
	// document's failure but the run's.
	out error
}

// spillAll runs the readers, the workers and the collector: documents go
// out in input order, come back in any order, and are appended to sp.
func (p *Pipeline) spillAll(cfg Config, sp *spill, text *textDir, sum *Summary) error {
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		doc *model.Document
	}
	jobs := make(chan job, workers)
	dones := make(chan done, workers)
	stop := make(chan struct{}) // closed when the collector gives up
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d := p.processOne(j.seq, j.doc, text)
				select {
				case dones <- d:
				case <-stop:
				}
			}
		}()
	}

	// The reader feeds the workers; read failures go straight to the
	// collector as failed documents.
	readErr := make(chan error, 1)
	go func() {
		seq := 0
		opt := cfg.Read
		opt.OnError = func(e *ReadError) error {
			d := failed(seq, e.DocID, e.Path, "read", e)
			seq++
			select {
			case dones <- d:
			case <-stop:
				return errStopped
			}
			if cfg.FailFast {
				return e
			}
			return nil
		}
		err := ReadAll(cfg.Paths, cfg.Stdin, opt, func(doc *model.Document) error {
			select {
			case jobs <- job{seq, doc}:
				seq++
				return nil
			case <-stop:
				return errStopped
			}
		})
		close(jobs)
		readErr <- err
	}()
	// Workers end when the reader has closed jobs, and the reader sends no
	// more failures after that: then nothing writes to dones.
	go func() {
		wg.Wait()
		close(dones)
	}()

	var collectErr error
	var prog Progress
	for d := range dones {
		if collectErr != nil {
			continue // drain what the workers still send
		}
		if d.out != nil {
			collectErr = d.out
			halt()
			continue
		}
		if err := sp.add(d.docID, d.seq, d.blob); err != nil {
			collectErr = fmt.Errorf("spill file: %w", err)
			halt()
			continue
		}
		putBlob(d.blob)
		if r := d.result; r != nil {
			sum.Documents++
			sum.Sentences += len(r.Doc.Sentences)
			sum.Bytes += int64(len(r.Doc.Text))
			sum.Unconverted += r.Unconverted
			sum.Repaired += r.Doc.Repaired
			prog.Documents++
			prog.Bytes += int64(len(r.Doc.Text))
		} else {
			sum.Failed++
			prog.Failed++
			if cfg.OnFailure != nil {
				cfg.OnFailure(d.row[1].(string), d.row[3].(string))
			}
			if cfg.FailFast {
				collectErr = fmt.Errorf("stopped at the first document that failed (--fail-fast): %w", ErrDocuments)
				halt()
			}
		}
		if cfg.Progress != nil {
			cfg.Progress(prog)
		}
	}
	if err := <-readErr; collectErr == nil && err != nil && !errors.Is(err, errStopped) {
		collectErr = err
	}
	return collectErr
}

// errStopped ends the readers when the run has already failed.
var errStopped = errors.New("run stopped")

// processOne runs one document through the pipeline and encodes its rows.
// A panic in a stage fails the document, not the run.
func (p *Pipeline) processOne(seq int, doc *model.Document, text *textDir) (d done) {
	defer func() {
		if r := recover(); r != nil {
			d = failed(seq, doc.ID, doc.Source, "extract", fmt.Errorf("internal error: %v", r))
		}
	}()
	r := p.Process(doc)
	blob, err := encodeResult(getBlob(), r)
	if err != nil {
		return failed(seq, doc.ID, doc.Source, "extract", err)
	}
	if text != nil {
		if err := textFileName(doc.ID); err != nil {
			return failed(seq, doc.ID, doc.Source, "extract", err)
		}
		if err := text.write(doc.ID, doc.Text); err != nil {
			// The output folder, not the document, is at fault.
			return done{seq: seq, docID: doc.ID, out: fmt.Errorf("text file: %w", err)}
		}
	}
	return done{seq: seq, docID: doc.ID, blob: blob, result: r}
}

// ResultRows calls fn with every row of one document: its documents row,
// then its mentions in text order, then its events. Within each table the
// rows come in the tables' order (char_start, char_end).
func ResultRows(r *Result, fn func(*Table, Row) error) error {
	return resultCells(r, nil, func(t *Table, c cells) error { return fn(t, c.row()) })
}

// resultCells is ResultRows with the rows as cells, which fn must not keep:
// they are reused by the next call. When sb is not nil, the strings a row
// builds live in it (see rowStrings) and are overwritten by the next row's:
// fn must not keep them either.
func resultCells(r *Result, sb *rowStrings, fn func(*Table, cells) error) error {
	var c cells
	emit := func(t *Table) error {
		if err := c.check(t); err != nil {
			return err
		}
		return fn(t, c)
	}
	c.document(r.Doc.Document)
	if err := emit(DocumentsTable); err != nil {
		return err
	}
	for i := range r.Mentions {
		c = c[:0]
		sb.reset()
		if t := c.mention(r.Doc, &r.Mentions[i], sb); t != nil {
			if err := emit(t); err != nil {
				return err
			}
		}
	}
	for i := range r.Events {
		c = c[:0]
		sb.reset()
		c.event(r.Doc, &r.Events[i], sb)
		if err := emit(EventsTable); err != nil {
			return err
		}
	}
	return nil
}

// ErrorRow is the errors table row of a document that failed at stage
// ("read" or "extract").
func ErrorRow(docID, source, stage string, err error) Row {
	msg := err.Error()
	var re *ReadError
	if errors.As(err, &re) {
		msg = re.Err.Error()
		source = re.Source()
	}
	if docID == "" {
		docID = source
	}
	return Row{docID, source, stage, msg}
}

// encodeResult encodes every row of a document, table by table.
// It appends to b, which may hold a buffer to reuse.
func encodeResult(b []byte, r *Result) ([]byte, error) {
	// every row is copied into b before the next one is built
	var sb rowStrings
	err := resultCells(r, &sb, func(t *Table, c cells) error {
		b = appendCells(b, t, c)
		return nil
	})
	return b, err
}

// blobs recycles the buffers documents' rows are encoded into: each lives
// only until the collector has copied it to the spill file.
var blobs sync.Pool

func getBlob() []byte {
	if b, ok := blobs.Get().(*[]byte); ok {
		return (*b)[:0]
	}
	return nil
}

func putBlob(b []byte) {
	if cap(b) > 0 && cap(b) <= 16<<20 {
		blobs.Put(&b)
	}
}

// failed is a document that could not be read or processed: one row of
// the errors table.
func failed(seq int, docID, source, stage string, err error) done {
	row := ErrorRow(docID, source, stage, err)
	blob, _ := appendRow(nil, ErrorsTable, row)
	return done{seq: seq, docID: row[0].(string), blob: blob, fail: err, row: row}
}

// CheckFormats reports an empty or unknown list of output formats.
func CheckFormats(formats []string) error {
	if len(formats) == 0 {
		return errors.New("no output format (want csv, xlsx or parquet)")
	}
	for _, f := range formats {
		switch f {
		case "csv", "xlsx", "parquet":
		default:
			return fmt.Errorf("unknown format %q (want csv, xlsx or parquet)", f)
		}
	}
	return nil
}

// textDir collects --emit-text files in a temporary folder that replaces
// OUT/text only when the run succeeds.
type textDir struct {
	final, tmp string
}

func newTextDir(out string) (*textDir, error) {
	tmp, err := os.MkdirTemp(out, ".text.tmp-*")
	if err != nil {
		return nil, err
	}
	return &textDir{final: filepath.Join(out, "text"), tmp: tmp}, nil
}

// textFileName reports a doc_id that cannot name its --emit-text file
// OUT/text/<doc_id>.txt: one that would write outside OUT/text or that no
// file system takes. JSONL record ids can be any string.
func textFileName(id string) error {
	sep := func(r rune) bool { return r == 0 || r == '/' || r < utf8.RuneSelf && os.IsPathSeparator(uint8(r)) }
	if strings.ContainsFunc(id, sep) || len(id)+len(".txt") > 255 {
		return fmt.Errorf("doc_id %q cannot be a file name for --emit-text", abbreviate(id))
	}
	return nil
}

func (t *textDir) write(id, text string) error {
	return os.WriteFile(filepath.Join(t.tmp, id+".txt"), []byte(text), 0o644)
}

func (t *textDir) commit() error {
	old := t.final + ".old"
	os.RemoveAll(old)
	if err := os.Rename(t.final, old); err != nil && !os.IsNotExist(err) {
		return err
	}
	if err := os.Chmod(t.tmp, 0o755); err != nil {
		return err
	}
	if err := os.Rename(t.tmp, t.final); err != nil {
		return err
	}
	return os.RemoveAll(old)
}

func (t *textDir) abort() { os.RemoveAll(t.tmp) }

// ProcessAll reads the inputs and runs every document through the
// pipeline on a pool of workers. Results come back sorted by doc_id, the
// order of every output table.
func (p *Pipeline) ProcessAll(paths []string, stdin io.Reader, opt ReadOptions, workers int) ([]*Result, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		i   int
		doc *model.Document
	}
	jobs := make(chan job)
	var (
		mu      sync.Mutex
		results []*Result
		wg      sync.WaitGroup
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := p.Process(j.doc)
				mu.Lock()
				for len(results) <= j.i {
					results = append(results, nil)
				}
				results[j.i] = r
				mu.Unlock()
			}
		}()
	}
	n := 0
	err := ReadAll(paths, stdin, opt, func(doc *model.Document) error {
		jobs <- job{n, doc}
		n++
		return nil
	})
	close(jobs)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(results, func(a, b *Result) int { return cmp.Compare(a.Doc.ID, b.Doc.ID) })
	return results, nil
}

// OpenSinks opens a sink for each format in dir: csv (with
// datapackage.json), parquet, and xlsx (one aid.xlsx).
func OpenSinks(dir string, formats []string) (Sinks, error) {
	if err := CheckFormats(formats); err != nil {
		return nil, err
	}
	return openSinks(dir, formats)
}

func openSinks(dir string, formats []string) (Sinks, error) {
	meta := Meta{ToolVersion: Version, FXSource: FXSource}
	var sinks Sinks
	for _, f := range formats {
		var s Sink
		var err error
		switch f {
		case "csv":
			s, err = NewCSVSink(dir)
			if err == nil {
				var dp Sink
				if dp, err = NewDataPackageSink(dir, meta); err == nil {
					sinks = append(sinks, dp)
				} else {
					s.Abort()
				}
			}
		case "parquet":
			s, err = NewParquetSink(dir, meta)
		case "xlsx":
			s, err = NewXLSXSink(filepath.Join(dir, "aid.xlsx"), meta)
		default:
			err = fmt.Errorf("unknown format %q (want csv, xlsx or parquet)", f)
		}
		if err != nil {
			sinks.Abort()
			return nil, err
		}
		sinks = append(sinks, s)
	}
	return sinks, nil
}
