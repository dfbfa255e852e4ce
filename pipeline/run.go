package pipeline

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"time"

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
	if doc.Date.IsZero() {
		// A dateline is the document's date when the input gives none.
		if day, ok := dateline(d, ms); ok {
			doc.Date = day
		}
	}
	ms = dates.Resolve(d, ms)
	unconverted := resolveUSD(d, ms, p.rates)
	evs := p.linker.Link(d, ms)
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
	DocDate  time.Time
	EmitText bool // write each document's text to OutDir/text/<doc_id>.txt
	Workers  int  // 0 = one per CPU
}

// Summary counts what a run did.
type Summary struct {
	Documents, Sentences int
	// Unconverted counts amounts without a US dollar value (see Result).
	Unconverted int
	Rows        map[string]int
	Bytes       int64
	Elapsed     time.Duration
}

// Run reads every input, processes documents in parallel and writes all
// tables. Outputs are written to temporary files and renamed into place only
// when every one of them is complete, so a failed run leaves earlier
// outputs untouched.
func Run(cfg Config) (*Summary, error) {
	start := time.Now()
	p, err := New()
	if err != nil {
		return nil, err
	}
	results, err := p.ProcessAll(cfg.Paths, cfg.Stdin, ReadOptions{DocDate: cfg.DocDate}, cfg.Workers)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
		return nil, err
	}
	sinks, err := openSinks(cfg.OutDir, cfg.Formats)
	if err != nil {
		return nil, err
	}
	sum := &Summary{Rows: map[string]int{}}
	write := func(t *Table, r Row) error {
		sum.Rows[t.Name]++
		return sinks.Write(t, r)
	}
	if err := writeResults(results, write); err != nil {
		sinks.Abort()
		return nil, err
	}
	if cfg.EmitText {
		if err := emitText(cfg.OutDir, results); err != nil {
			sinks.Abort()
			return nil, err
		}
	}
	if err := sinks.Close(); err != nil {
		return nil, err
	}
	for _, r := range results {
		sum.Documents++
		sum.Sentences += len(r.Doc.Sentences)
		sum.Bytes += int64(len(r.Doc.Text))
		sum.Unconverted += r.Unconverted
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}

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

// writeResults writes every table in table order, each sorted by
// (doc_id, char_start, char_end).
func writeResults(results []*Result, write func(*Table, Row) error) error {
	for _, r := range results {
		if err := write(DocumentsTable, DocumentRow(r.Doc.Document)); err != nil {
			return err
		}
	}
	for _, t := range []*Table{MoneyTable, DatesTable, MaterielTable, PersonnelTable} {
		kind := tableKinds[t]
		for _, r := range results {
			for i := range r.Mentions {
				if r.Mentions[i].Kind != kind {
					continue
				}
				if mt, row := MentionRow(r.Doc, &r.Mentions[i]); mt == t {
					if err := write(t, row); err != nil {
						return err
					}
				}
			}
		}
	}
	for _, r := range results {
		for i := range r.Events {
			if err := write(EventsTable, EventRow(r.Doc, &r.Events[i])); err != nil {
				return err
			}
		}
	}
	return nil
}

var tableKinds = map[*Table]model.Kind{
	MoneyTable:     model.KindMoney,
	DatesTable:     model.KindDate,
	MaterielTable:  model.KindMateriel,
	PersonnelTable: model.KindPersonnel,
}

func emitText(dir string, results []*Result) error {
	td := filepath.Join(dir, "text")
	if err := os.MkdirAll(td, 0o755); err != nil {
		return err
	}
	for _, r := range results {
		if err := writeFileAtomic(filepath.Join(td, r.Doc.ID+".txt"), []byte(r.Doc.Text)); err != nil {
			return err
		}
	}
	return nil
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	return os.Rename(f.Name(), path)
}
