package pipeline

import (
	"bufio"
	"fmt"
	"math"
	"path/filepath"
	"runtime"
	"sync"
	"unsafe"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/compress"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/metadata"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"
)

// parquetBatchRows is the number of rows buffered per table before they are
// written out as one row group.
const parquetBatchRows = 64 << 10

// The Parquet library encodes definition levels into pooled buffers that
// it grows by a few bytes at a time (PooledBufferWriter.Reserve adds the
// buffer's offset to its capacity on every call), and its pool allocates
// from memory.DefaultAllocator. With the Go allocator, whose buffers have
// no room to spare, each of those steps copies the whole buffer: writing
// a row group took time quadratic in its rows. growAllocator gives a
// growing buffer twice the room it had, so the steps are mostly free. The
// bytes written do not change: only where buffers live.
func init() { memory.DefaultAllocator = growAllocator{} }

// growAllocator is memory.GoAllocator (64-byte aligned buffers from the Go
// heap) whose Reallocate doubles the capacity of a buffer it must move.
// Freed buffers are left to the collector: the library still reads some
// of them after freeing them (reusing them made the files differ).
type growAllocator struct{}

func (growAllocator) Allocate(size int) []byte { return alignedBytes(size, size) }

func (growAllocator) Reallocate(size int, b []byte) []byte {
	if cap(b) >= size {
		return b[:size]
	}
	nb := alignedBytes(size, max(size, 2*cap(b)))
	copy(nb, b)
	return nb
}

func (growAllocator) Free([]byte) {}

// alignedBytes returns size zero bytes with room for capacity, starting
// at a multiple of 64 bytes.
func alignedBytes(size, capacity int) []byte {
	const align = 64
	buf := make([]byte, capacity+align)
	shift := int(-uintptr(unsafe.Pointer(unsafe.SliceData(buf))) & (align - 1))
	return buf[shift : shift+size : shift+capacity]
}

// Parquet key-value metadata keys.
const (
	MetaSchemaVersion = "aidextract.schema_version"
	MetaToolVersion   = "aidextract.tool_version"
	MetaFXSource      = "aidextract.fx_source"
)

// parquetCreatedBy is the pinned created_by of the file footer, so that
// the bytes do not change with the version of the Parquet library.
const parquetCreatedBy = "aidextract"

// arrowType maps a column type to its Arrow type.
func arrowType(t ColType) arrow.DataType {
	switch t {
	case String:
		return arrow.BinaryTypes.String
	case Int:
		return arrow.PrimitiveTypes.Int64
	case Float:
		return arrow.PrimitiveTypes.Float64
	case Date:
		return arrow.FixedWidthTypes.Date32
	case Bool:
		return arrow.FixedWidthTypes.Boolean
	}
	panic(fmt.Sprintf("pipeline: no Arrow type for %v", t))
}

// ArrowSchema derives the Arrow schema of t: one nullable field per column.
func ArrowSchema(t *Table) *arrow.Schema {
	fields := make([]arrow.Field, len(t.Columns))
	for i, c := range t.Columns {
		fields[i] = arrow.Field{Name: c.Name, Type: arrowType(c.Type), Nullable: true}
	}
	return arrow.NewSchema(fields, nil)
}

// parquetZstdLevel is the ZSTD level of every Parquet file.
const parquetZstdLevel = 1

// parquetProps pins every writer option that shapes the bytes of the file:
// codec, format and page versions, dictionary columns and created_by.
func parquetProps(t *Table, mem memory.Allocator) *parquet.WriterProperties {
	opts := []parquet.WriterProperty{
		parquet.WithAllocator(mem),
		parquet.WithCompression(compress.Codecs.Zstd),
		// Level 1, the fastest (Arrow C++'s default): the library's
		// default, 3, spent twice the time for files 2.5% smaller.
		parquet.WithCompressionLevel(parquetZstdLevel),
		parquet.WithVersion(parquet.V2_6),
		parquet.WithDataPageVersion(parquet.DataPageV1),
		parquet.WithCreatedBy(parquetCreatedBy),
		parquet.WithMaxRowGroupLength(parquetBatchRows),
		parquet.WithStats(true),
		parquet.WithDictionaryDefault(false),
		// No limit on a dictionary: a column that outgrew its limit would
		// fall back to plain pages, and the Parquet library then lists
		// the chunk's page encodings in map order, so that the same rows
		// gave different bytes from run to run. A dictionary holds at most
		// the distinct values of one row group, already buffered whole.
		parquet.WithDictionaryPageSizeLimit(math.MaxInt64),
	}
	for _, c := range t.Columns {
		if c.Dict {
			opts = append(opts, parquet.WithDictionaryFor(c.Name, true))
		}
	}
	return parquet.NewWriterProperties(opts...)
}

type parquetSink struct {
	state  sinkState
	tables map[*Table]*parquetTable
	row    cells // the row being written, reused
}

// parquetTable is one table's file. Full row groups are encoded and
// written on a goroutine of the table's own while the next one fills, so
// the tables are encoded in parallel with each other and with the rows
// still coming in.
//
// The rows go to the library's column chunk writers as the Arrow writer
// would hand them over (see writeColumn), without building Arrow arrays
// first: the values of each column are buffered as the chunk writers take
// them, in chunks of a batch of rows that are reused once written.
type parquetTable struct {
	table *Table
	file  *tempFile
	buf   *bufio.Writer
	w     *file.Writer
	batch int           // rows per chunk: the writers' batch size
	group *parquetGroup // the row group filling

	groups chan *parquetGroup // to the writing goroutine; nil once closed
	done   chan struct{}      // closed when the writing goroutine has ended
	mu     sync.Mutex
	err    error               // the first error writing a row group
	spare  []*parquetChunk     // written chunks, for reuse
	values []parquet.ByteArray // the writing goroutine's, reused
}

// parquetGroup is the rows of a row group, in chunks.
type parquetGroup struct {
	rows   int
	chunks []*parquetChunk
}

// parquetChunk is a batch of rows of a group, column by column. Only the
// last chunk of a group may hold fewer.
type parquetChunk struct {
	rows int
	cols []parquetColumn
}

// parquetColumn is a column of a chunk as the column chunk writers take
// it: a definition level per row (0 null, 1 a value) and the values of
// the rows that are not null, in the slice of the column's type.
type parquetColumn struct {
	typ    ColType
	def    []int16
	data   []byte // String: the values one after the other
	ends   []int  // String: where each value ends in data (an int: a batch of long values may pass 2 GiB)
	ints   []int64
	dates  []int32
	floats []float64
	bools  []bool
}

// chunk returns the chunk to add a row to, a new one if the last is full.
func (pt *parquetTable) chunk() *parquetChunk {
	g := pt.group
	var last *parquetChunk
	if n := len(g.chunks); n > 0 {
		last = g.chunks[n-1]
		if last.rows < pt.batch {
			return last
		}
	}
	pt.mu.Lock()
	var ch *parquetChunk
	if n := len(pt.spare); n > 0 {
		ch = pt.spare[n-1]
		pt.spare = pt.spare[:n-1]
	}
	pt.mu.Unlock()
	if ch == nil {
		ch = pt.newChunk(last)
	}
	g.chunks = append(g.chunks, ch)
	return ch
}

// newChunk returns an empty chunk with room for a batch of rows; for the
// bytes of its strings, as many as in prev, if not nil.
func (pt *parquetTable) newChunk(prev *parquetChunk) *parquetChunk {
	n := pt.batch
	ch := &parquetChunk{cols: make([]parquetColumn, len(pt.table.Columns))}
	for i, col := range pt.table.Columns {
		c := &ch.cols[i]
		c.typ = col.Type
		c.def = make([]int16, 0, n)
		switch c.typ {
		case String:
			if prev != nil {
				c.data = make([]byte, 0, len(prev.cols[i].data))
			}
			c.ends = make([]int, 0, n)
		case Int:
			c.ints = make([]int64, 0, n)
		case Float:
			c.floats = make([]float64, 0, n)
		case Date:
			c.dates = make([]int32, 0, n)
		case Bool:
			c.bools = make([]bool, 0, n)
		}
	}
	return ch
}

// reset empties ch, keeping its room.
func (ch *parquetChunk) reset() {
	ch.rows = 0
	for i := range ch.cols {
		c := &ch.cols[i]
		*c = parquetColumn{typ: c.typ, def: c.def[:0], data: c.data[:0], ends: c.ends[:0],
			ints: c.ints[:0], dates: c.dates[:0], floats: c.floats[:0], bools: c.bools[:0]}
	}
}

// append adds a row's value to the column. The field of x read is the one
// of the column's type, as an Arrow builder of that type would.
func (c *parquetColumn) append(x *cell) {
	if x.kind == nullCell {
		c.def = append(c.def, 0)
		return
	}
	c.def = append(c.def, 1)
	switch c.typ {
	case String:
		c.data = append(c.data, x.s...)
		c.ends = append(c.ends, len(c.data))
	case Int:
		c.ints = append(c.ints, x.n)
	case Float:
		c.floats = append(c.floats, x.f)
	case Date:
		c.dates = append(c.dates, int32(x.n))
	case Bool:
		c.bools = append(c.bools, x.n != 0)
	default:
		panic(fmt.Sprintf("pipeline: no Parquet column for %v", c.typ))
	}
}

// parquetEncoders bounds the row groups being encoded at once to the
// number of CPUs: more would only hold more memory (each encoder keeps a
// window of several megabytes).
var parquetEncoders = make(chan struct{}, runtime.GOMAXPROCS(0))

// writeGroups writes the row groups it is given, in order, until groups
// is closed. After an error it only recycles them. It touches none of
// pt's fields but w, values, file, mu, err and spare.
func (pt *parquetTable) writeGroups(groups <-chan *parquetGroup) {
	defer close(pt.done)
	for g := range groups {
		if pt.failed() == nil {
			parquetEncoders <- struct{}{}
			err := pt.writeGroup(g)
			<-parquetEncoders
			if err != nil {
				pt.mu.Lock()
				pt.err = fmt.Errorf("%s: %w", pt.file.final, err)
				pt.mu.Unlock()
			}
		}
		pt.mu.Lock()
		for _, ch := range g.chunks {
			ch.reset()
			pt.spare = append(pt.spare, ch)
		}
		pt.mu.Unlock()
	}
}

// writeGroup writes g as one row group. A column is written a chunk at a
// time: as the writers cut what they are given into batches of the same
// size, the batches are those of the column written at once.
func (pt *parquetTable) writeGroup(g *parquetGroup) error {
	rg := pt.w.AppendRowGroup()
	for i := range pt.table.Columns {
		cw, err := rg.NextColumn()
		if err != nil {
			return err
		}
		for _, ch := range g.chunks {
			if err := pt.writeColumn(cw, &ch.cols[i]); err != nil {
				return err
			}
		}
	}
	return rg.Close()
}

// writeColumn writes c to its column chunk. The Arrow writer writes a
// column with nulls with WriteBatchSpaced, values in the slots of the
// nulls too; WriteBatch with the values alone cuts the same pages, and
// puts the same values into the encoder and the statistics. Like the
// Arrow writer, it gives a definition level for every row even when none
// is null: without them the pages would have none.
func (pt *parquetTable) writeColumn(cw file.ColumnChunkWriter, c *parquetColumn) error {
	var err error
	switch w := cw.(type) {
	case *file.ByteArrayColumnChunkWriter:
		vals := pt.values[:0]
		start := 0
		for _, end := range c.ends {
			vals = append(vals, c.data[start:end])
			start = end
		}
		pt.values = vals
		_, err = w.WriteBatch(vals, c.def, nil)
	case *file.Int64ColumnChunkWriter:
		_, err = w.WriteBatch(c.ints, c.def, nil)
	case *file.Float64ColumnChunkWriter:
		_, err = w.WriteBatch(c.floats, c.def, nil)
	case *file.Int32ColumnChunkWriter:
		_, err = w.WriteBatch(c.dates, c.def, nil)
	case *file.BooleanColumnChunkWriter:
		_, err = w.WriteBatch(c.bools, c.def, nil)
	default:
		err = fmt.Errorf("no writer for %v column %s", c.typ, cw.Descr().Name())
	}
	return err
}

func (pt *parquetTable) failed() error {
	pt.mu.Lock()
	defer pt.mu.Unlock()
	return pt.err
}

// stop lets the writing goroutine end, once it has written what it holds,
// and waits for it.
func (pt *parquetTable) stop() {
	if pt.groups != nil {
		close(pt.groups)
		pt.groups = nil
		<-pt.done
	}
}

// NewParquetSink returns a sink that writes dir/<table>.parquet for every
// table in Tables, ZSTD-compressed, with meta and the schema version in the
// key-value metadata. The directory must exist.
//
// The files are written on a goroutine of their own (see asyncSink).
func NewParquetSink(dir string, meta Meta) (Sink, error) {
	s, err := newParquetSink(dir, meta, memory.DefaultAllocator)
	if err != nil {
		return nil, err
	}
	return newAsyncSink("parquet", s), nil
}

func newParquetSink(dir string, meta Meta, mem memory.Allocator) (Sink, error) {
	s := &parquetSink{tables: make(map[*Table]*parquetTable, len(Tables))}
	for _, t := range Tables {
		pt, err := newParquetTable(t, filepath.Join(dir, t.Name+".parquet"), meta, mem)
		if err != nil {
			s.Abort()
			return nil, err
		}
		s.tables[t] = pt
	}
	return s, nil
}

func newParquetTable(t *Table, final string, meta Meta, mem memory.Allocator) (*parquetTable, error) {
	tf, err := createTemp(final)
	if err != nil {
		return nil, err
	}
	pt := &parquetTable{table: t, file: tf, buf: bufio.NewWriterSize(tf.f, 256<<10)}
	props := parquetProps(t, mem)
	// The Parquet schema is the one the Arrow writer derives. The Arrow
	// schema itself is not stored: the Parquet logical types already say
	// utf8, int64, float64, date32 and boolean, and the footer stays
	// independent of the IPC encoding.
	sc, err := pqarrow.ToParquet(ArrowSchema(t), props, pqarrow.NewArrowWriterProperties(pqarrow.WithAllocator(mem)))
	if err != nil {
		tf.remove()
		return nil, err
	}
	pt.w = file.NewParquetWriter(pt.buf, sc.Root(), file.WithWriterProps(props), file.WithWriteMetadata(metadata.KeyValueMetadata{}))
	for _, kv := range [][2]string{
		{MetaSchemaVersion, SchemaVersion},
		{MetaToolVersion, meta.ToolVersion},
		{MetaFXSource, meta.FXSource},
	} {
		if err := pt.w.AppendKeyValueMetadata(kv[0], kv[1]); err != nil {
			pt.w.Close()
			tf.remove()
			return nil, err
		}
	}
	pt.group = new(parquetGroup)
	pt.batch = int(props.WriteBatchSize())
	pt.groups, pt.done = make(chan *parquetGroup), make(chan struct{})
	go pt.writeGroups(pt.groups)
	return pt, nil
}

func (s *parquetSink) Write(t *Table, r Row) error { return writeRow(s, &s.row, t, r) }

func (s *parquetSink) writeCells(t *Table, c cells) error {
	if err := s.state.check(writing, "Write"); err != nil {
		return err
	}
	pt := s.tables[t]
	if pt == nil {
		return fmt.Errorf("parquet: unknown table %q", t.Name)
	}
	ch := pt.chunk()
	for i := range c {
		ch.cols[i].append(&c[i])
	}
	ch.rows++
	pt.group.rows++
	if pt.group.rows >= parquetBatchRows {
		return pt.flush()
	}
	return nil
}

// flush hands the buffered rows over to be written as one row group. It
// returns the error of an earlier row group, if any.
func (pt *parquetTable) flush() error {
	if err := pt.failed(); err != nil {
		return err
	}
	if pt.group.rows == 0 {
		return nil
	}
	pt.groups <- pt.group
	pt.group = new(parquetGroup)
	return nil
}

// finish writes the last row group and the footer. A table without rows
// has no row group; its footer still carries the full schema.
func (pt *parquetTable) finish() error {
	if pt.w == nil {
		return nil
	}
	err := pt.flush()
	pt.stop()
	if err == nil {
		err = pt.failed()
	}
	w := pt.w
	pt.w = nil
	if cerr := w.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("%s: %w", pt.file.final, cerr)
	}
	if err == nil {
		if err = pt.buf.Flush(); err != nil {
			err = fmt.Errorf("%s: %w", pt.file.final, err)
		}
	}
	if err == nil {
		err = pt.file.close()
	}
	return err
}

func (s *parquetSink) Finish() error {
	if err := s.state.check(writing, "Finish"); err != nil {
		return err
	}
	// hand every table's last row group over first, so that they are
	// encoded in parallel
	for _, t := range Tables {
		if err := s.tables[t].flush(); err != nil {
			return err
		}
	}
	for _, t := range Tables {
		if err := s.tables[t].finish(); err != nil {
			return err
		}
	}
	s.state = finished
	return nil
}

func (s *parquetSink) Commit() error {
	if err := s.state.check(finished, "Commit"); err != nil {
		return err
	}
	for _, t := range Tables {
		if err := s.tables[t].file.commit(); err != nil {
			return err
		}
	}
	s.state = committed
	return nil
}

func (s *parquetSink) Abort() {
	for _, pt := range s.tables {
		pt.stop()
		if pt.w != nil {
			// Closing releases the writer's buffers; its output goes to a
			// temporary file that is removed next.
			pt.w.Close()
			pt.w = nil
		}
		pt.file.remove()
	}
	s.state = aborted
}
