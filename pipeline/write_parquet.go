package pipeline

import (
	"bufio"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"unsafe"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/compress"
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

// parquetProps pins every writer option that shapes the bytes of the file:
// codec, format and page versions, dictionary columns and created_by.
func parquetProps(t *Table, mem memory.Allocator) *parquet.WriterProperties {
	opts := []parquet.WriterProperty{
		parquet.WithAllocator(mem),
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithVersion(parquet.V2_6),
		parquet.WithDataPageVersion(parquet.DataPageV1),
		parquet.WithCreatedBy(parquetCreatedBy),
		parquet.WithMaxRowGroupLength(parquetBatchRows),
		parquet.WithStats(true),
		parquet.WithDictionaryDefault(false),
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
type parquetTable struct {
	table *Table
	file  *tempFile
	buf   *bufio.Writer
	w     *pqarrow.FileWriter
	b     *array.RecordBuilder
	rows  int

	groups chan arrow.Record // to the writing goroutine; nil once closed
	done   chan struct{}     // closed when the writing goroutine has ended
	mu     sync.Mutex
	err    error // the first error writing a row group
}

// parquetEncoders bounds the row groups being encoded at once to the
// number of CPUs: more would only hold more memory (each encoder keeps a
// window of several megabytes).
var parquetEncoders = make(chan struct{}, runtime.GOMAXPROCS(0))

// writeGroups writes the row groups it is given, in order, until groups
// is closed. After an error it only releases them. It touches none of
// pt's fields but w, file, mu and err.
func (pt *parquetTable) writeGroups(groups <-chan arrow.Record) {
	defer close(pt.done)
	for rec := range groups {
		if pt.failed() == nil {
			parquetEncoders <- struct{}{}
			err := pt.w.Write(rec)
			<-parquetEncoders
			if err != nil {
				pt.mu.Lock()
				pt.err = fmt.Errorf("%s: %w", pt.file.final, err)
				pt.mu.Unlock()
			}
		}
		rec.Release()
	}
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
	schema := ArrowSchema(t)
	// The Arrow schema itself is not stored (no WithStoreSchema): the
	// Parquet logical types already say utf8, int64, float64, date32 and
	// boolean, and the footer stays independent of the IPC encoding.
	pt.w, err = pqarrow.NewFileWriter(schema, pt.buf, parquetProps(t, mem), pqarrow.NewArrowWriterProperties(pqarrow.WithAllocator(mem)))
	if err != nil {
		tf.remove()
		return nil, err
	}
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
	pt.b = array.NewRecordBuilder(mem, schema)
	pt.groups, pt.done = make(chan arrow.Record), make(chan struct{})
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
	for i := range c {
		appendToBuilder(pt.b.Field(i), &c[i])
	}
	pt.rows++
	if pt.rows >= parquetBatchRows {
		return pt.flush()
	}
	return nil
}

// appendToBuilder appends a value to the builder of its column.
func appendToBuilder(b array.Builder, x *cell) {
	if x.kind == nullCell {
		b.AppendNull()
		return
	}
	switch b := b.(type) {
	case *array.StringBuilder:
		b.Append(x.s)
	case *array.Int64Builder:
		b.Append(x.n)
	case *array.Float64Builder:
		b.Append(x.f)
	case *array.Date32Builder:
		b.Append(arrow.Date32(x.n))
	case *array.BooleanBuilder:
		b.Append(x.n != 0)
	default:
		panic(fmt.Sprintf("pipeline: unexpected builder %T", b))
	}
}

// flush hands the buffered rows over to be written as one row group. It
// returns the error of an earlier row group, if any.
func (pt *parquetTable) flush() error {
	if err := pt.failed(); err != nil {
		return err
	}
	if pt.rows == 0 {
		return nil
	}
	full := pt.rows >= parquetBatchRows
	var data []int // each string column's bytes
	if full {
		data = make([]int, len(pt.b.Fields()))
		for i, f := range pt.b.Fields() {
			if sb, ok := f.(*array.StringBuilder); ok {
				data[i] = sb.DataLen()
			}
		}
	}
	rec := pt.b.NewRecord()
	pt.rows = 0
	pt.groups <- rec
	if full {
		// The next group is likely as large as this one: room for it up
		// front spares the builders growing by doubling and copying.
		for i, f := range pt.b.Fields() {
			f.Reserve(parquetBatchRows)
			if sb, ok := f.(*array.StringBuilder); ok {
				sb.ReserveData(data[i])
			}
		}
	}
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
	pt.release()
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

func (pt *parquetTable) release() {
	if pt.b != nil {
		pt.b.Release()
		pt.b = nil
	}
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
		pt.release()
		pt.file.remove()
	}
	s.state = aborted
}
