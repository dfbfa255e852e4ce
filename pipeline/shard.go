package pipeline

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/aidextract/aidextract/pipeline/model"
)

// Shards split the output of one run by document into n parts, so that
// many machines can write them at once (the Apache Beam pipeline in beam/
// does). Shard k of n of table t is the file
//
//	<dir>/<table>/part-0000k-of-0000n.<csv|parquet>
//
// in the format of <table>.csv or <table>.parquet. Every shard has a file
// for every table, also when it has no rows, and each document's rows are
// all in one shard. Within a shard the rows are in the order of the
// single-file outputs: by doc_id, then by input (path, then position in the
// file), and within a document in the order ResultRows gives. Merge turns
// the shards back into the single-file outputs of Run.
//
// Between the stages that make and write shards, a document's rows travel
// in the binary encoding of the spill file (EncodeRows/DecodeRows), which
// is private to one build of the tool: the processes of one run share it.

// ShardFormats are the formats a shard can be written in.
var ShardFormats = []string{"csv", "parquet"}

// ShardFile is the name of shard k of n of table t in the format ext
// ("csv" or "parquet"), relative to the shards folder, with "/" between
// the table's folder and the file.
func ShardFile(t *Table, k, n int, ext string) string {
	return fmt.Sprintf("%s/part-%05d-of-%05d.%s", t.Name, k, n, ext)
}

// IsInput reports whether a directory walk reads a file of this name:
// .txt, .md, .html, .htm or .jsonl, each also with .gz after it.
func IsInput(name string) bool { return inputKind(name) != "" }

// ProcessEncoded runs doc through every stage as Run does and returns the
// document's rows encoded: its documents, mention and events rows, or, when
// a stage fails on it (a panic fails the document, not the run), its errors
// row, and then ok is false. docID is the doc_id of those rows.
func (p *Pipeline) ProcessEncoded(doc *model.Document) (docID string, rows []byte, ok bool) {
	d := p.processOne(0, doc, nil)
	return d.docID, d.blob, d.result != nil
}

// EncodeReadError returns the errors row of a document that could not be
// read, encoded, as Run writes it; docID is its doc_id.
func EncodeReadError(e *ReadError) (docID string, rows []byte) {
	d := failed(0, e.DocID, e.Path, "read", e)
	return d.docID, d.blob
}

// EncodeFileError returns the errors row of an input file that could not
// be opened or read, err being the file system's error, as Run writes it.
func EncodeFileError(path string, err error) (docID string, rows []byte) {
	return EncodeReadError(pathError(path, fileDocID(path), err))
}

// EncodeRows appends row r of table t to b in the encoding of ProcessEncoded.
func EncodeRows(b []byte, t *Table, r Row) ([]byte, error) { return appendRow(b, t, r) }

// DecodeRows calls fn with every row encoded in b, in order. The row passed
// to fn is reused by the next call.
func DecodeRows(b []byte, fn func(*Table, Row) error) error { return decodeRows(b, fn) }

// ShardWriter writes one shard of every table. Documents are added in any
// order and spilled to a temporary file; Close sorts them and writes the
// shard's files. Memory holds one small index entry per document.
type ShardWriter struct {
	dir           string
	shard, shards int
	formats       []string
	tmp           string // temporary folder in dir
	f             *os.File
	w             *bufio.Writer
	off           int64
	index         []shardEntry
	rows          map[string]int
}

type shardEntry struct {
	docID, input string
	seq          int
	off          int64
	n            int
}

// NewShardWriter returns a writer of shard k of n into dir (created if
// missing) in the given formats, csv and/or parquet.
func NewShardWriter(dir string, k, n int, formats []string) (*ShardWriter, error) {
	if n <= 0 || k < 0 || k >= n {
		return nil, fmt.Errorf("shard %d of %d: want 0 <= shard < shards", k, n)
	}
	if len(formats) == 0 {
		return nil, fmt.Errorf("no shard format (want csv or parquet)")
	}
	for _, f := range formats {
		if !slices.Contains(ShardFormats, f) {
			return nil, fmt.Errorf("unknown shard format %q (want csv or parquet)", f)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(dir, fmt.Sprintf(".part-%05d-of-%05d.tmp-*", k, n))
	if err != nil {
		return nil, err
	}
	f, err := os.Create(filepath.Join(tmp, "spill"))
	if err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	return &ShardWriter{
		dir: dir, shard: k, shards: n, formats: formats, tmp: tmp,
		f: f, w: bufio.NewWriterSize(f, 1<<20), rows: map[string]int{},
	}, nil
}

// Add adds one document's encoded rows (from ProcessEncoded or an Encode
// function). input and seq are its place in the input: the path of the
// file and its position in that file; they order documents that share a
// doc_id.
func (w *ShardWriter) Add(docID, input string, seq int, rows []byte) error {
	if _, err := w.w.Write(rows); err != nil {
		return fmt.Errorf("shard spill file: %w", err)
	}
	w.index = append(w.index, shardEntry{docID: docID, input: input, seq: seq, off: w.off, n: len(rows)})
	w.off += int64(len(rows))
	return nil
}

// Documents returns the number of documents added.
func (w *ShardWriter) Documents() int { return len(w.index) }

// Close writes the shard's files, each under a temporary name renamed
// into place when all are complete, and returns their names relative to
// dir (as ShardFile gives them) and the rows written per table. On error
// nothing is renamed and the temporary files are removed.
func (w *ShardWriter) Close() (files []string, rows map[string]int, err error) {
	defer w.Abort()
	if err := w.w.Flush(); err != nil {
		return nil, nil, fmt.Errorf("shard spill file: %w", err)
	}
	slices.SortFunc(w.index, func(a, b shardEntry) int {
		return cmp.Or(cmp.Compare(a.docID, b.docID), cmp.Compare(a.input, b.input), cmp.Compare(a.seq, b.seq))
	})
	meta := Meta{ToolVersion: Version, FXSource: FXSource}
	var sinks Sinks
	for _, f := range w.formats {
		var s Sink
		var err error
		if f == "csv" {
			s, err = NewCSVSink(w.tmp)
		} else {
			s, err = NewParquetSink(w.tmp, meta)
		}
		if err != nil {
			sinks.Abort()
			return nil, nil, err
		}
		sinks = append(sinks, s)
	}
	var buf []byte
	for _, e := range w.index {
		if cap(buf) < e.n {
			buf = make([]byte, e.n)
		}
		buf = buf[:e.n]
		if _, err := w.f.ReadAt(buf, e.off); err != nil {
			sinks.Abort()
			return nil, nil, fmt.Errorf("reading back the shard spill file: %w", err)
		}
		err := decodeCells(buf, func(t *Table, c cells) error {
			w.rows[t.Name]++
			return sinks.writeCells(t, c)
		})
		if err != nil {
			sinks.Abort()
			return nil, nil, err
		}
	}
	if err := sinks.Close(); err != nil {
		return nil, nil, err
	}
	for _, t := range Tables {
		if err := os.MkdirAll(filepath.Join(w.dir, t.Name), 0o755); err != nil {
			return nil, nil, err
		}
	}
	for _, t := range Tables {
		for _, f := range w.formats {
			name := ShardFile(t, w.shard, w.shards, f)
			if err := os.Rename(filepath.Join(w.tmp, t.Name+"."+f), filepath.Join(w.dir, filepath.FromSlash(name))); err != nil {
				return nil, nil, err
			}
			files = append(files, name)
		}
	}
	return files, w.rows, nil
}

// Abort removes the temporary files. It may be called at any time, also
// after Close.
func (w *ShardWriter) Abort() {
	if w.f != nil {
		w.f.Close()
		w.f = nil
	}
	if w.tmp != "" {
		os.RemoveAll(w.tmp)
		w.tmp = ""
	}
}
