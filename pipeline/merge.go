package pipeline

import (
	"container/heap"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"
)

// MergeSummary counts what Merge did.
type MergeSummary struct {
	Shards    int
	Format    string // the shards' format read: parquet or csv
	Documents int    // distinct doc_ids written
	Rows      map[string]int
}

// Merge reads the shards in shardsDir (see ShardFile) and writes the
// single-file outputs into outDir in the given formats, as Run writes
// them: every table sorted by doc_id, each document's rows in their order.
// Given the shards of a corpus, the files are byte-identical to those Run
// writes for that corpus (when no doc_id occurs in two input files, which
// Run would rename).
//
// The Parquet shards are read when there are any (they keep every type
// and null), else the CSV shards. Every table must have the same number of
// shards, none missing. Memory holds a batch of rows per shard and table.
func Merge(shardsDir, outDir string, formats []string) (*MergeSummary, error) {
	if err := CheckFormats(formats); err != nil {
		return nil, err
	}
	ext, n, err := findShards(shardsDir)
	if err != nil {
		return nil, err
	}
	sum := &MergeSummary{Shards: n, Format: ext, Rows: map[string]int{}}
	parts := make([]*shardParts, n)
	defer func() {
		for _, p := range parts {
			if p != nil {
				p.close()
			}
		}
	}()
	for k := range n {
		p := &shardParts{k: k, heads: make([]Row, len(Tables)), readers: make([]partReader, len(Tables))}
		parts[k] = p
		for i, t := range Tables {
			name := filepath.Join(shardsDir, filepath.FromSlash(ShardFile(t, k, n, ext)))
			var r partReader
			var err error
			if ext == "parquet" {
				r, err = openParquetPart(t, name)
			} else {
				r, err = openCSVPart(t, name)
			}
			if err != nil {
				return nil, err
			}
			p.readers[i] = r
			if err := p.advance(i); err != nil {
				return nil, err
			}
		}
	}

	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, err
	}
	sinks, err := openSinks(outDir, formats)
	if err != nil {
		return nil, err
	}
	if err := mergeParts(parts, sinks, sum); err != nil {
		sinks.Abort()
		return nil, err
	}
	if err := sinks.Close(); err != nil {
		return nil, err
	}
	return sum, nil
}

// mergeParts writes the documents of every shard in doc_id order: each
// doc_id is in one shard, so whole documents are merged, table by table.
func mergeParts(parts []*shardParts, sinks Sinks, sum *MergeSummary) error {
	h := &shardHeap{}
	for _, p := range parts {
		if p.next() {
			heap.Push(h, p)
		}
	}
	last, started := "", false
	for h.Len() > 0 {
		p := heap.Pop(h).(*shardParts)
		id := p.docID
		if started && id < last {
			return fmt.Errorf("shard %d: doc_id %q after %q: the shard is not sorted", p.k, id, last)
		}
		if !started || id != last {
			sum.Documents++
		}
		last, started = id, true
		for i, t := range Tables {
			for p.heads[i] != nil && docIDOf(t, p.heads[i]) == id {
				if err := sinks.Write(t, p.heads[i]); err != nil {
					return err
				}
				sum.Rows[t.Name]++
				if err := p.advance(i); err != nil {
					return err
				}
			}
		}
		if p.next() {
			heap.Push(h, p)
		}
	}
	return nil
}

// shardParts reads every table of one shard.
type shardParts struct {
	k       int
	readers []partReader // per table, in the order of Tables
	heads   []Row        // the next row of each table; nil at its end
	docID   string       // the smallest doc_id of the heads, set by next
}

// advance reads the next row of table i.
func (p *shardParts) advance(i int) error {
	r, err := p.readers[i].next()
	if err == io.EOF {
		p.heads[i] = nil
		return nil
	}
	if err != nil {
		return err
	}
	p.heads[i] = r
	return nil
}

// next sets docID to the doc_id of the shard's next document and reports
// whether there is one.
func (p *shardParts) next() bool {
	found := false
	for i, t := range Tables {
		if r := p.heads[i]; r != nil {
			if id := docIDOf(t, r); !found || id < p.docID {
				p.docID, found = id, true
			}
		}
	}
	return found
}

func (p *shardParts) close() {
	for _, r := range p.readers {
		if r != nil {
			r.close()
		}
	}
}

func docIDOf(t *Table, r Row) string {
	s, _ := r[docIDColumn[t]].(string)
	return s
}

var docIDColumn = func() map[*Table]int {
	m := map[*Table]int{}
	for _, t := range Tables {
		m[t] = t.Index("doc_id")
	}
	return m
}()

type shardHeap []*shardParts

func (h shardHeap) Len() int { return len(h) }
func (h shardHeap) Less(i, j int) bool {
	if h[i].docID != h[j].docID {
		return h[i].docID < h[j].docID
	}
	return h[i].k < h[j].k
}
func (h shardHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *shardHeap) Push(x any)   { *h = append(*h, x.(*shardParts)) }
func (h *shardHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

var shardName = regexp.MustCompile(`^part-(\d{5,})-of-(\d{5,})\.(csv|parquet)$`)

// findShards returns the format to read (parquet when there are Parquet
// shards, else csv) and the number of shards, checking that every table
// has every shard.
func findShards(dir string) (ext string, n int, err error) {
	if fi, err := os.Stat(dir); err != nil {
		return "", 0, err
	} else if !fi.IsDir() {
		return "", 0, fmt.Errorf("%s: not a folder of shards", dir)
	}
	counts := map[string]map[int]bool{} // ext -> shard counts seen
	for _, t := range Tables {
		entries, err := os.ReadDir(filepath.Join(dir, t.Name))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", 0, err
		}
		for _, e := range entries {
			m := shardName.FindStringSubmatch(e.Name())
			if m == nil {
				continue
			}
			total, _ := strconv.Atoi(m[2])
			if counts[m[3]] == nil {
				counts[m[3]] = map[int]bool{}
			}
			counts[m[3]][total] = true
		}
	}
	switch {
	case len(counts["parquet"]) > 0:
		ext = "parquet"
	case len(counts["csv"]) > 0:
		ext = "csv"
	default:
		return "", 0, fmt.Errorf("%s: no shards (want %s)", dir, ShardFile(DocumentsTable, 0, 16, "parquet"))
	}
	if len(counts[ext]) > 1 {
		var ns []int
		for k := range counts[ext] {
			ns = append(ns, k)
		}
		slices.Sort(ns)
		return "", 0, fmt.Errorf("%s: shards of more than one run (of %v shards); write each run to its own folder", dir, ns)
	}
	for k := range counts[ext] {
		n = k
	}
	if n <= 0 {
		return "", 0, fmt.Errorf("%s: bad shard count 0", dir)
	}
	var missing []string
	for _, t := range Tables {
		for k := range n {
			name := ShardFile(t, k, n, ext)
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
				missing = append(missing, name)
			}
		}
	}
	if len(missing) > 0 {
		more := ""
		if len(missing) > 5 {
			more = fmt.Sprintf(" and %d more", len(missing)-5)
			missing = missing[:5]
		}
		return "", 0, fmt.Errorf("%s: incomplete shards: missing %v%s", dir, missing, more)
	}
	return ext, n, nil
}

// partReader reads the rows of one shard file of one table, in order.
type partReader interface {
	// next returns the next row (a new Row each call), or io.EOF.
	next() (Row, error)
	close()
}

// parquetPart reads a Parquet shard, batch by batch.
type parquetPart struct {
	t    *Table
	name string
	pf   *file.Reader
	rr   pqarrow.RecordReader
	rec  arrow.Record
	i    int
}

func openParquetPart(t *Table, name string) (*parquetPart, error) {
	pf, err := file.OpenParquetFile(name, false)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := &parquetPart{t: t, name: name, pf: pf}
	if v := pf.MetaData().KeyValueMetadata().FindValue(MetaSchemaVersion); v == nil || *v != SchemaVersion {
		got := "none"
		if v != nil {
			got = *v
		}
		p.close()
		return nil, fmt.Errorf("%s: schema version %s, want %s", name, got, SchemaVersion)
	}
	fr, err := pqarrow.NewFileReader(pf, pqarrow.ArrowReadProperties{BatchSize: 4096}, memory.DefaultAllocator)
	if err != nil {
		p.close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	want := ArrowSchema(t)
	got, err := fr.Schema()
	if err != nil {
		p.close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(got.Fields()) != len(want.Fields()) {
		p.close()
		return nil, fmt.Errorf("%s: %d columns, want %d (%s)", name, len(got.Fields()), len(want.Fields()), t.Name)
	}
	for i, f := range want.Fields() {
		if g := got.Field(i); g.Name != f.Name || !arrow.TypeEqual(g.Type, f.Type) {
			p.close()
			return nil, fmt.Errorf("%s: column %d is %s %s, want %s %s", name, i, g.Name, g.Type, f.Name, f.Type)
		}
	}
	p.rr, err = fr.GetRecordReader(context.Background(), nil, nil)
	if err != nil {
		p.close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

func (p *parquetPart) next() (Row, error) {
	for p.rec == nil || p.i >= int(p.rec.NumRows()) {
		if !p.rr.Next() {
			if err := p.rr.Err(); err != nil && err != io.EOF {
				return nil, fmt.Errorf("%s: %w", p.name, err)
			}
			return nil, io.EOF
		}
		p.rec, p.i = p.rr.Record(), 0
	}
	r := make(Row, len(p.t.Columns))
	for c, col := range p.rec.Columns() {
		if col.IsNull(p.i) {
			continue
		}
		switch a := col.(type) {
		case *array.String:
			r[c] = strings.Clone(a.Value(p.i))
		case *array.Int64:
			r[c] = a.Value(p.i)
		case *array.Float64:
			r[c] = a.Value(p.i)
		case *array.Date32:
			r[c] = a.Value(p.i).ToTime().UTC()
		case *array.Boolean:
			r[c] = a.Value(p.i)
		default:
			return nil, fmt.Errorf("%s: column %s: unexpected %s", p.name, p.t.Columns[c].Name, col.DataType())
		}
	}
	p.i++
	return r, nil
}

func (p *parquetPart) close() {
	if p.rr != nil {
		p.rr.Release()
		p.rr = nil
	}
	if p.pf != nil {
		p.pf.Close()
		p.pf = nil
	}
}

// csvPart reads a CSV shard. CSV has no nulls apart from empty cells: an
// empty cell reads as null, also in text columns.
type csvPart struct {
	t    *Table
	name string
	f    *os.File
	r    *csv.Reader
}

func openCSVPart(t *Table, name string) (*csvPart, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	p := &csvPart{t: t, name: name, f: f, r: csv.NewReader(f)}
	p.r.FieldsPerRecord = len(t.Columns)
	p.r.ReuseRecord = true
	header, err := p.r.Read()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: header: %w", name, err)
	}
	for i, c := range t.Columns {
		if header[i] != c.Name {
			f.Close()
			return nil, fmt.Errorf("%s: column %d is %q, want %q", name, i+1, header[i], c.Name)
		}
	}
	return p, nil
}

func (p *csvPart) next() (Row, error) {
	rec, err := p.r.Read()
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.name, err)
	}
	r := make(Row, len(rec))
	for i, s := range rec {
		if s == "" {
			continue
		}
		c := p.t.Columns[i]
		var v any
		switch c.Type {
		case String:
			v = s
		case Int:
			v, err = strconv.ParseInt(s, 10, 64)
		case Float:
			v, err = strconv.ParseFloat(s, 64)
		case Date:
			v, err = time.Parse(time.DateOnly, s)
		case Bool:
			v, err = strconv.ParseBool(s)
		}
		if err != nil {
			line, _ := p.r.FieldPos(i)
			return nil, fmt.Errorf("%s:%d: column %s: %w", p.name, line, c.Name, err)
		}
		r[i] = v
	}
	return r, nil
}

func (p *csvPart) close() { p.f.Close() }
