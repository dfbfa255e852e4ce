// Package aidbeam runs the aidextract extractors as an Apache Beam
// pipeline, so that a corpus too large for one machine is processed on a
// Flink, Spark or Dataflow cluster (or on Prism, in process, for local
// runs and tests).
//
// The pipeline:
//
//	inputs (paths, directories, globs; gs:// and s3:// globs)
//	  -> expand: the files to read, one element each
//	  -> reshuffle -> read each file whole (JSONL, JSONL.gz, text, HTML)
//	     with the readers of package pipeline
//	  -> reshuffle -> process each document with the same extractors and
//	     resolvers as 'aidextract extract', its rows encoded
//	  -> key by shard = FNV-1a(doc_id) mod shards -> group by shard
//	  -> write each shard sorted: <output>/<table>/part-00003-of-00016.parquet
//	     and .csv, through the project's own writers
//
// 'aidextract merge' turns the shards into the single-file outputs,
// byte-identical to those of 'aidextract extract' on the same corpus.
package aidbeam

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/aidextract/aidextract/pipeline"
	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*inputDoc)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*docRows)(nil)).Elem())
	register.DoFn3x1[context.Context, string, func(string), error](&expandFn{})
	register.DoFn3x1[context.Context, string, func(inputDoc), error](&readFn{})
	register.DoFn3x0[context.Context, inputDoc, func(int, docRows)](&processFn{})
	register.DoFn3x1[context.Context, int, func(*docRows) bool, error](&writeShardFn{})
	register.Function2x0[int, func(int, docRows)](emptyShard)
	register.Emitter1[string]()
	register.Emitter1[inputDoc]()
	register.Emitter2[int, docRows]()
	register.Iter1[docRows]()
}

// Options is one run of the pipeline.
type Options struct {
	// Inputs are files, directories (read as 'aidextract extract' reads
	// them), and globs; a glob keeps the files whose names are inputs
	// (.txt, .md, .html, .htm, .jsonl, each also .gz). Paths with a scheme
	// (gs://, s3://) go through Beam's file systems: files and globs.
	Inputs []string
	// Output is the folder of shards (local, gs:// or s3://).
	Output string
	// Shards is the number of shards of every table.
	Shards int
	// Formats are the shard formats: csv and/or parquet. 'aidextract
	// merge' reads the Parquet shards when there are any.
	Formats []string
	// DocDate is the document date (YYYY-MM-DD) for inputs that give none,
	// as --doc-date of 'aidextract extract'; "" for none.
	DocDate string
	// Limits of the readers; 0 takes the defaults of 'aidextract extract'.
	MaxDocBytes  int64
	MaxLineBytes int
	MaxHTMLDepth int
}

// Check reports options that cannot work.
func (o *Options) Check() error {
	if len(o.Inputs) == 0 {
		return errors.New("no input; name files, directories or globs")
	}
	if o.Output == "" {
		return errors.New("no output folder (--output)")
	}
	if o.Shards <= 0 || o.Shards > 99999 {
		return fmt.Errorf("--shards %d: want 1 to 99999", o.Shards)
	}
	if len(o.Formats) == 0 {
		return errors.New("no shard format (want csv and/or parquet)")
	}
	for _, f := range o.Formats {
		if f != "csv" && f != "parquet" {
			return fmt.Errorf("unknown shard format %q (want csv or parquet)", f)
		}
	}
	if o.DocDate != "" {
		if _, err := time.Parse(time.DateOnly, o.DocDate); err != nil {
			return fmt.Errorf("--doc_date %q: want YYYY-MM-DD", o.DocDate)
		}
	}
	if o.MaxDocBytes < 0 || o.MaxLineBytes < 0 || o.MaxHTMLDepth < 0 {
		return errors.New("reader limits must not be negative")
	}
	for _, in := range o.Inputs {
		if in == "-" {
			return errors.New("standard input cannot be read by a Beam pipeline; name files")
		}
	}
	return nil
}

// Build adds the pipeline to s.
func Build(s beam.Scope, o Options) error {
	if err := o.Check(); err != nil {
		return err
	}
	patterns := beam.CreateList(s.Scope("Inputs"), o.Inputs)
	files := beam.ParDo(s.Scope("Expand"), &expandFn{}, patterns)
	files = beam.Reshuffle(s.Scope("SpreadFiles"), files)
	docs := beam.ParDo(s.Scope("Read"), &readFn{
		DocDate: o.DocDate, MaxDocBytes: o.MaxDocBytes, MaxLineBytes: o.MaxLineBytes, MaxHTMLDepth: o.MaxHTMLDepth,
	}, files)
	docs = beam.Reshuffle(s.Scope("SpreadDocuments"), docs)
	keyed := beam.ParDo(s.Scope("Process"), &processFn{Shards: o.Shards}, docs)

	// One empty element per shard, so that every shard is written, also
	// one that no document hashes to.
	ks := make([]int, o.Shards)
	for i := range ks {
		ks[i] = i
	}
	empty := beam.ParDo(s.Scope("EveryShard"), emptyShard, beam.CreateList(s.Scope("ShardNumbers"), ks))
	grouped := beam.GroupByKey(s.Scope("GroupByShard"), beam.Flatten(s.Scope("AllShards"), keyed, empty))
	beam.ParDo0(s.Scope("WriteShards"), &writeShardFn{
		Output: o.Output, Shards: o.Shards, Formats: o.Formats,
	}, grouped)
	return nil
}

// Shard is the shard of a doc_id: the 32-bit FNV-1a hash of its UTF-8
// bytes modulo shards. It is stable across runs, machines and versions.
func Shard(docID string, shards int) int {
	h := fnv.New32a()
	h.Write([]byte(docID))
	return int(h.Sum32() % uint32(shards))
}

// Counters, in the namespace "aidextract".
var (
	documentsRead  = beam.NewCounter("aidextract", "documents")
	documentsFail  = beam.NewCounter("aidextract", "failed")
	filesRead      = beam.NewCounter("aidextract", "files")
	shardsWritten  = beam.NewCounter("aidextract", "shards")
	rowsCounters   = map[string]beam.Counter{}
	rowsCountersMu sync.Mutex
)

func rowsCounter(table string) beam.Counter {
	rowsCountersMu.Lock()
	defer rowsCountersMu.Unlock()
	c, ok := rowsCounters[table]
	if !ok {
		c = beam.NewCounter("aidextract", "rows."+table)
		rowsCounters[table] = c
	}
	return c
}

// CheckLocalInputs reports a local glob that matches no input file, before
// a job is submitted for nothing. (The pipeline checks again, and checks
// gs:// and s3:// globs, when it runs.)
func CheckLocalInputs(inputs []string) error {
	for _, in := range inputs {
		if !isLocal(in) || !hasWildcard(in) {
			continue
		}
		names, err := filepath.Glob(in)
		if err != nil {
			return fmt.Errorf("%q: %w", in, err)
		}
		if !slices.ContainsFunc(names, func(n string) bool {
			fi, err := os.Stat(n)
			return err == nil && !fi.IsDir() && pipeline.IsInput(n) && !strings.HasPrefix(filepath.Base(n), ".")
		}) {
			return fmt.Errorf("no input file matches %q", in)
		}
	}
	return nil
}

// isLocal reports whether p is a path of the local file system (no scheme).
func isLocal(p string) bool { return !strings.Contains(p, "://") }

func hasWildcard(p string) bool { return strings.ContainsAny(p, "*?[") }

// expandFn turns an input into the files to read: a local directory is
// walked as 'aidextract extract' walks it, a glob is listed through Beam's
// file systems (keeping input file names only), a plain path is read as
// it is (and reported in the errors table when it cannot be).
type expandFn struct{}

func (f *expandFn) ProcessElement(ctx context.Context, pattern string, emit func(string)) error {
	if isLocal(pattern) {
		if fi, err := os.Stat(pattern); err == nil && fi.IsDir() {
			return walkLocal(pattern, emit)
		}
	}
	if !hasWildcard(pattern) {
		emit(pattern)
		return nil
	}
	fsys, err := filesystem.New(ctx, pattern)
	if err != nil {
		return err
	}
	defer fsys.Close()
	names, err := fsys.List(ctx, pattern)
	if err != nil {
		return fmt.Errorf("listing %s: %w", pattern, err)
	}
	n := 0
	for _, name := range names {
		if isLocal(name) {
			if fi, err := os.Stat(name); err == nil && fi.IsDir() {
				continue // globs match files; name a directory to walk it
			}
		}
		if pipeline.IsInput(name) && !strings.HasPrefix(pathBase(name), ".") {
			emit(name)
			n++
		}
	}
	if n == 0 {
		return fmt.Errorf("no input file matches %q", pattern)
	}
	log.Infof(ctx, "%s: %d files", pattern, n)
	return nil
}

func pathBase(p string) string {
	if i := strings.LastIndexAny(p, "/\\"); i >= 0 {
		return p[i+1:]
	}
	return p
}

// walkLocal emits the input files under dir in the order and with the
// rules of 'aidextract extract' (pipeline.WalkInputs). A dangling link is
// emitted for the reader to report; a directory that cannot be read fails
// the job.
func walkLocal(dir string, emit func(string)) error {
	return pipeline.WalkInputs(dir,
		func(p string) error { emit(p); return nil },
		func(p string, isDir bool, err error) error {
			if isDir {
				return err
			}
			emit(p)
			return nil
		})
}

// inputDoc is a document as read, on its way to the extractors, or the
// errors row of one that could not be read.
type inputDoc struct {
	Input string // the file it was read from
	Seq   int    // its position in that file (documents and failures)

	ID, Source, Format, Title string
	Date                      string // YYYY-MM-DD; "" when unknown
	Text                      string
	Repaired                  int

	// Failed is the encoded errors row of a document that could not be
	// read (ID is then its doc_id); nil for a document read.
	Failed []byte
}

// readFn reads one file whole through Beam's file systems, with the
// readers of 'aidextract extract' (the format from the extension; .gz is
// decompressed as it is read, to its end).
type readFn struct {
	DocDate      string
	MaxDocBytes  int64
	MaxLineBytes int
	MaxHTMLDepth int
}

func (f *readFn) ProcessElement(ctx context.Context, path string, emit func(inputDoc)) error {
	filesRead.Inc(ctx, 1)
	opt := pipeline.ReadOptions{MaxDocBytes: f.MaxDocBytes, MaxLineBytes: f.MaxLineBytes, MaxHTMLDepth: f.MaxHTMLDepth}
	if f.DocDate != "" {
		t, err := time.Parse(time.DateOnly, f.DocDate)
		if err != nil {
			return fmt.Errorf("doc date %q: %w", f.DocDate, err)
		}
		opt.DocDate = t
	}
	seq := 0
	opt.OnError = func(e *pipeline.ReadError) error {
		id, rows := pipeline.EncodeReadError(e)
		emit(inputDoc{Input: path, Seq: seq, ID: id, Failed: rows})
		seq++
		return nil
	}
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return err // no file system for the scheme: the run cannot work
	}
	defer fsys.Close()
	rc, err := fsys.OpenRead(ctx, path)
	if err != nil {
		id, rows := pipeline.EncodeFileError(path, err)
		emit(inputDoc{Input: path, Seq: 0, ID: id, Failed: rows})
		return nil
	}
	defer rc.Close()
	return pipeline.ReadInput(path, rc, opt, func(d *model.Document) error {
		doc := inputDoc{
			Input: path, Seq: seq,
			ID: d.ID, Source: d.Source, Format: d.Format, Title: d.Title,
			Text: d.Text, Repaired: d.Repaired,
		}
		if !d.Date.IsZero() {
			doc.Date = d.Date.Format(time.DateOnly)
		}
		emit(doc)
		seq++
		return nil
	})
}

// docRows is one document's rows, encoded, keyed by its shard.
type docRows struct {
	DocID string
	Input string
	Seq   int
	Rows  []byte // nil for the element that stands for an empty shard
}

var (
	sharedOnce     sync.Once
	sharedPipeline *pipeline.Pipeline
	sharedErr      error
)

// extractors returns the pipeline of extractors, built once per process
// and shared by every DoFn (Process is safe for concurrent use).
func extractors() (*pipeline.Pipeline, error) {
	sharedOnce.Do(func() { sharedPipeline, sharedErr = pipeline.New() })
	return sharedPipeline, sharedErr
}

// processFn runs one document through the extractors and resolvers.
type processFn struct {
	Shards int
	p      *pipeline.Pipeline
}

func (f *processFn) Setup() error {
	p, err := extractors()
	f.p = p
	return err
}

func (f *processFn) ProcessElement(ctx context.Context, d inputDoc, emit func(int, docRows)) {
	if d.Failed != nil {
		documentsFail.Inc(ctx, 1)
		emit(Shard(d.ID, f.Shards), docRows{DocID: d.ID, Input: d.Input, Seq: d.Seq, Rows: d.Failed})
		return
	}
	doc := &model.Document{
		ID: d.ID, Source: d.Source, Format: d.Format, Title: d.Title,
		Text: d.Text, Repaired: d.Repaired,
	}
	if d.Date != "" {
		doc.Date, _ = time.Parse(time.DateOnly, d.Date)
	}
	id, rows, ok := f.p.ProcessEncoded(doc)
	if ok {
		documentsRead.Inc(ctx, 1)
	} else {
		documentsFail.Inc(ctx, 1)
	}
	emit(Shard(id, f.Shards), docRows{DocID: id, Input: d.Input, Seq: d.Seq, Rows: rows})
}

func emptyShard(k int, emit func(int, docRows)) { emit(k, docRows{}) }

// writeShardFn writes one shard of every table, sorted, with the
// project's writers: into the output folder when it is local, else into a
// local temporary folder whose files are then copied to the output
// through Beam's file system.
type writeShardFn struct {
	Output  string
	Shards  int
	Formats []string
}

func (f *writeShardFn) ProcessElement(ctx context.Context, k int, docs func(*docRows) bool) (err error) {
	dir := f.Output
	if !isLocal(f.Output) {
		if dir, err = os.MkdirTemp("", "aidextract-shard-*"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	w, err := pipeline.NewShardWriter(dir, k, f.Shards, f.Formats)
	if err != nil {
		return err
	}
	defer w.Abort()
	var d docRows
	for docs(&d) {
		if d.Rows == nil {
			continue
		}
		if err := w.Add(d.DocID, d.Input, d.Seq, d.Rows); err != nil {
			return err
		}
	}
	files, rows, err := w.Close()
	if err != nil {
		return fmt.Errorf("shard %d of %d: %w", k, f.Shards, err)
	}
	for _, t := range pipeline.Tables {
		rowsCounter(t.Name).Inc(ctx, int64(rows[t.Name]))
	}
	if !isLocal(f.Output) {
		for _, name := range files {
			if err := upload(ctx, filepath.Join(dir, filepath.FromSlash(name)), strings.TrimSuffix(f.Output, "/")+"/"+name); err != nil {
				return err
			}
		}
	}
	shardsWritten.Inc(ctx, 1)
	return nil
}

// upload copies a local file to a path of a Beam file system.
func upload(ctx context.Context, local, remote string) error {
	in, err := os.Open(local)
	if err != nil {
		return err
	}
	defer in.Close()
	fsys, err := filesystem.New(ctx, remote)
	if err != nil {
		return err
	}
	defer fsys.Close()
	w, err := fsys.OpenWrite(ctx, remote)
	if err != nil {
		return fmt.Errorf("%s: %w", remote, err)
	}
	if _, err := io.Copy(w, in); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", remote, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("%s: %w", remote, err)
	}
	return nil
}

var partName = regexp.MustCompile(`^part-\d{5,}-of-\d{5,}\.(csv|parquet)$`)

// RemoveShards removes the shard files of earlier runs from a local output
// folder, so that a run that fails leaves an incomplete set, which
// 'aidextract merge' refuses, rather than a mix of two runs. Anything that
// is not a shard is left alone. An output with a scheme (gs://, s3://) is
// left as it is: give each run a folder of its own there.
func RemoveShards(output string) error {
	if !isLocal(output) {
		return nil
	}
	for _, t := range pipeline.Tables {
		dir := filepath.Join(output, t.Name)
		entries, err := os.ReadDir(dir)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return err
		}
		for _, e := range entries {
			if partName.MatchString(e.Name()) {
				if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
