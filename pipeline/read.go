package pipeline

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aidextract/aidextract/pipeline/model"
)

// Input formats, as written to the documents table.
const (
	FormatText  = "text"
	FormatHTML  = "html"
	FormatJSONL = "jsonl"
)

// maxTitleRunes is the longest first line a plain text document takes as
// its title; a longer first line is a paragraph, not a title.
const maxTitleRunes = 200

// Default limits of ReadOptions, used when a limit is 0.
const (
	DefaultMaxDocBytes  = 64 << 20
	DefaultMaxLineBytes = 16 << 20
	DefaultMaxHTMLDepth = 256
)

// htmlParserDepth is the deepest nesting the HTML parser itself accepts:
// it refuses more open elements than this whatever MaxHTMLDepth says.
const htmlParserDepth = 512

// ReadOptions tunes ReadAll.
type ReadOptions struct {
	// DocDate is the document date used when the input gives none
	// (--doc-date). The zero value means none.
	DocDate time.Time

	// OnError, when set, is called with every document that cannot be
	// read, and reading goes on with the next document (the next file, or
	// the next JSONL line). When it returns an error, ReadAll stops and
	// returns that error as is. When OnError is nil, the first document
	// that cannot be read stops ReadAll, which returns its *ReadError.
	OnError func(*ReadError) error

	// MaxDocBytes bounds the size of one document: a text or HTML file,
	// standard input, or the text (or html) of one JSONL record
	// (--max-doc-bytes; 0 means DefaultMaxDocBytes, 64 MiB).
	MaxDocBytes int64
	// MaxLineBytes bounds the length of one line, without its line
	// ending, of a plain text input and of a JSONL file (--max-line-bytes;
	// 0 means DefaultMaxLineBytes, 16 MiB). It is also the most a JSONL
	// line ever holds in memory.
	MaxLineBytes int
	// MaxHTMLDepth bounds the nesting of elements in an HTML document,
	// counting the html and body elements the parser adds
	// (--max-html-depth; 0 means DefaultMaxHTMLDepth, 256). The HTML
	// parser refuses more than 512 open elements, so a larger value acts
	// as 512.
	MaxHTMLDepth int
}

// ReadError is a document that cannot be read. Path is the path as given
// ("stdin" for standard input, the joined path for a file found in a
// directory); Line is the 1-based JSONL line, or 0. DocID is the id the
// document would have had, when known: the file's base name without its
// extension, "stdin", or for a JSONL line the record's id, else
// "<file base name>-<line>"; it is "" for a directory or a whole JSONL
// file. DocIDs and document ids share one space: each is unique within
// one ReadAll call, a repeated one getting "-2", "-3", ... in the order
// read. Source gives the input as the documents table names it.
type ReadError struct {
	Path  string
	Line  int
	DocID string
	Err   error

	stdin bool // the input is standard input
}

func (e *ReadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *ReadError) Unwrap() error { return e.Err }

// Source names the input as Document.Source does: the path, "-" for
// standard input, or "path:line" for a JSONL line.
func (e *ReadError) Source() string {
	switch {
	case e.stdin:
		return "-"
	case e.Line > 0:
		return e.Path + ":" + strconv.Itoa(e.Line)
	}
	return e.Path
}

// Reasons a ReadError carries. errNoSuchFile matches fs.ErrNotExist under
// errors.Is, and reads the same on every platform.
var (
	errNoSuchFile = reason{"no such file or directory", fs.ErrNotExist}
	errBinary     = errors.New("binary file")
	errUTF16      = errors.New("UTF-16 text is not supported; convert the file to UTF-8")
)

type reason struct {
	msg string
	is  error
}

func (r reason) Error() string        { return r.msg }
func (r reason) Is(target error) bool { return target == r.is }

// errDocTooLarge is the reason for a document larger than limit bytes.
func errDocTooLarge(limit int64) error {
	return fmt.Errorf("document is larger than the limit of %s (--max-doc-bytes)", formatSize(limit))
}

// errLineTooLong is the reason for a line longer than limit bytes.
func errLineTooLong(line, limit int) error {
	return fmt.Errorf("line %d is longer than the limit of %s (--max-line-bytes)", line, formatSize(int64(limit)))
}

// errHTMLTooDeep is the reason for HTML nested deeper than limit elements.
func errHTMLTooDeep(limit int) error {
	return fmt.Errorf("HTML nested deeper than %d elements (--max-html-depth)", limit)
}

// formatSize writes a byte count as people set it: "64 MiB", "4 KiB",
// "100 bytes".
func formatSize(n int64) string {
	switch {
	case n > 0 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n > 0 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n == 1:
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

// ReadAll reads every input in order and calls fn once per document.
//
// A path is a file, a directory or "-" for standard input. Directories are
// walked recursively in lexical order, taking only .txt, .md, .html, .htm
// and .jsonl files (extensions compared without case) and skipping every
// file or directory whose name starts with "."; symbolic links to files
// are read, symbolic links to directories are not followed. A file named
// explicitly is read whatever its extension: .html/.htm as HTML, .jsonl as
// JSONL, anything else as plain text. A ".gz" extension is decompressed
// first and then ignored: "news.jsonl.gz" is a gzip-compressed JSONL file
// (and is walked like one). Standard input is plain text with
// doc_id "stdin" and source "-".
//
// Every path is checked before the first document is read, so a mistyped
// path is reported before any work is done. Document ids are unique
// within the call: a repeated id gets "-2", "-3", ... in input order (for
// file names and JSONL record ids alike). A document's date is its JSONL
// record's date, else opt.DocDate, else zero.
//
// A text or HTML file is read whole, after its size is checked against
// opt.MaxDocBytes; a JSONL file is read line by line and never held whole
// in memory. Text must be UTF-8 (a leading byte order mark is dropped). A
// few invalid UTF-8 sequences, at most one per 1,000 bytes (rounded up, so
// a short text may have one), are each replaced with U+FFFD and counted in
// Document.Repaired (a run of invalid bytes is one sequence); the document
// text is the repaired text, so offsets into it stay consistent. More than
// that, a NUL byte (a binary file) or a UTF-16 byte order mark makes the
// document unreadable. Empty inputs are not errors: an empty file is a
// document with empty text, an empty JSONL file holds no documents.
//
// A document that cannot be read yields a *ReadError naming the path (and
// the line for JSONL), which goes to opt.OnError when set (see
// ReadOptions) and otherwise stops the walk. An error returned by fn
// stops the walk and is returned as is.
func ReadAll(paths []string, stdin io.Reader, opt ReadOptions, fn func(*model.Document) error) error {
	r := newReader(opt, fn)
	missing := make([]bool, len(paths))
	for i, p := range paths {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			if err := r.fail(pathError(p, fileDocID(p), err)); err != nil {
				return err
			}
			missing[i] = true
		}
	}
	for i, p := range paths {
		var err error
		switch {
		case missing[i]:
			continue
		case p == "-":
			err = r.readStdin(stdin)
		default:
			err = r.readPath(p)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// reader holds the state of one ReadAll call.
type reader struct {
	fn       func(*model.Document) error
	onError  func(*ReadError) error
	date     time.Time      // default document date, UTC midnight, or zero
	ids      map[string]int // id -> next suffix to try on a collision
	maxDoc   int64
	maxLine  int
	maxDepth int
}

// newReader returns a reader for opt with the default limits filled in.
func newReader(opt ReadOptions, fn func(*model.Document) error) *reader {
	r := &reader{
		fn:       fn,
		onError:  opt.OnError,
		ids:      make(map[string]int),
		maxDoc:   opt.MaxDocBytes,
		maxLine:  opt.MaxLineBytes,
		maxDepth: opt.MaxHTMLDepth,
	}
	if r.maxDoc <= 0 {
		r.maxDoc = DefaultMaxDocBytes
	}
	if r.maxLine <= 0 {
		r.maxLine = DefaultMaxLineBytes
	}
	if r.maxDepth <= 0 {
		r.maxDepth = DefaultMaxHTMLDepth
	}
	if !opt.DocDate.IsZero() {
		y, m, d := opt.DocDate.Date()
		r.date = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return r
}

// emit makes d's id unique, fills in the default date and hands d on.
func (r *reader) emit(d *model.Document) error {
	d.ID = r.unique(d.ID)
	if d.Date.IsZero() {
		d.Date = r.date
	}
	return r.fn(d)
}

// fail reports a document that cannot be read: it makes e's DocID unique
// and hands e to OnError, or returns e when there is no OnError. A nil
// result means reading goes on.
func (r *reader) fail(e *ReadError) error {
	if e.DocID != "" {
		e.DocID = r.unique(e.DocID)
	}
	if r.onError == nil {
		return e
	}
	return r.onError(e)
}

// unique returns id, or id-2, id-3, ... when id is taken.
func (r *reader) unique(id string) string {
	n, taken := r.ids[id]
	if !taken {
		r.ids[id] = 2
		return id
	}
	for ; ; n++ {
		c := id + "-" + strconv.Itoa(n)
		if _, ok := r.ids[c]; !ok {
			r.ids[id] = n + 1
			r.ids[c] = 2
			return c
		}
	}
}

// ReadInput reads one input named name from in, as ReadAll reads a file
// of that name: the kind comes from the extension (".gz" is decompressed
// first), and ids are unique within the call. It lets callers that fetch
// bytes themselves, from object stores or archives, share the readers.
func ReadInput(name string, in io.Reader, opt ReadOptions, fn func(*model.Document) error) error {
	return newReader(opt, fn).readStream(name, in, inputKind(name))
}

func (r *reader) readStdin(in io.Reader) error {
	const name = "stdin"
	fail := func(err error) error {
		return r.fail(&ReadError{Path: name, DocID: name, Err: err, stdin: true})
	}
	if in == nil {
		return fail(errors.New("standard input is not available"))
	}
	data, err := io.ReadAll(io.LimitReader(in, r.maxDoc+1))
	if err != nil {
		return fail(err)
	}
	if int64(len(data)) > r.maxDoc {
		return fail(errDocTooLarge(r.maxDoc))
	}
	d := &model.Document{ID: name, Source: "-"}
	if err := r.build(d, data, kindText); err != nil {
		return fail(err)
	}
	return r.emit(d)
}

// readPath reads a path given on the command line.
func (r *reader) readPath(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		return r.fail(pathError(p, fileDocID(p), err))
	}
	if fi.IsDir() {
		return r.walk(p)
	}
	return r.readFile(p, inputKind(p))
}

// walk reads the inputs under dir in lexical order.
func (r *reader) walk(dir string) error {
	return WalkInputs(dir,
		func(p string) error { return r.readFile(p, inputKind(p)) },
		func(p string, isDir bool, err error) error {
			id := ""
			if !isDir {
				id = fileDocID(p)
			}
			return r.fail(pathError(p, id, err))
		})
}

// WalkInputs calls file with every input file under dir, in lexical order,
// as ReadAll walks a directory: names starting with "." are skipped, only
// input file names (.txt, .md, .html, .htm, .jsonl, each perhaps with .gz)
// are taken, links to files are followed and links to directories are not.
// A directory that cannot be read, or a link whose target is missing, goes
// to fail (isDir tells which); when fail returns nil the walk goes on, with
// the entries read before the failure. An error from file or fail stops
// the walk and is returned.
func WalkInputs(dir string, file func(path string) error, fail func(path string, isDir bool, err error) error) error {
	entries, err := os.ReadDir(dir) // sorted by file name
	if err != nil {
		if err := fail(dir, true, err); err != nil {
			return err
		}
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			if inputKind(p) == "" {
				continue // not an input, whatever it links to
			}
			fi, err := os.Stat(p)
			if err != nil {
				if err := fail(p, false, err); err != nil {
					return err
				}
				continue
			}
			if !fi.Mode().IsRegular() {
				continue // links to directories are not followed
			}
			mode = 0
		}
		switch {
		case mode.IsDir():
			if err := WalkInputs(p, file, fail); err != nil {
				return err
			}
		case mode.IsRegular() && inputKind(p) != "":
			if err := file(p); err != nil {
				return err
			}
		}
	}
	return nil
}

// Input kinds, by file extension.
const (
	kindText     = "text"
	kindMarkdown = "md"
	kindHTML     = "html"
	kindJSONL    = "jsonl"
)

// inputKind returns the kind of input a file name names, or "" for an
// extension a directory walk skips.
func inputKind(p string) string {
	switch strings.ToLower(filepath.Ext(trimGzip(p))) {
	case ".txt":
		return kindText
	case ".md":
		return kindMarkdown
	case ".html", ".htm":
		return kindHTML
	case ".jsonl":
		return kindJSONL
	}
	return ""
}

// baseID is a file's base name without its extension (the whole base name
// when that would leave nothing, as for ".txt").
func baseID(p string) string {
	base := filepath.Base(trimGzip(p))
	if id := strings.TrimSuffix(base, filepath.Ext(base)); id != "" {
		return id
	}
	return base
}

// fileDocID is the DocID of an error about path p: its base id, or "" for
// a JSONL file, which holds any number of documents.
func fileDocID(p string) string {
	if inputKind(p) == kindJSONL {
		return ""
	}
	return baseID(p)
}

// isGzip reports whether p names a gzip-compressed input.
func isGzip(p string) bool {
	return strings.EqualFold(filepath.Ext(p), ".gz")
}

// trimGzip drops a ".gz" extension, so that "news.jsonl.gz" is read as
// JSONL once decompressed.
func trimGzip(p string) string {
	if isGzip(p) {
		return p[:len(p)-len(".gz")]
	}
	return p
}

// readFile reads one file of the given kind ("" reads as plain text).
func (r *reader) readFile(p, kind string) error {
	f, err := os.Open(p)
	if err != nil {
		return r.fail(pathError(p, fileDocID(p), err))
	}
	defer f.Close()
	if isGzip(p) {
		return r.readStream(p, f, kind)
	}
	if kind == kindJSONL {
		return r.readJSONL(p, f)
	}
	id := baseID(p)
	data, err := r.readWhole(f)
	if err != nil {
		return r.fail(pathError(p, id, err))
	}
	return r.readData(p, id, data, kind)
}

// readStream reads one input named p from in, decompressing it when p
// ends in ".gz". Unlike readFile it cannot check the size first.
func (r *reader) readStream(p string, in io.Reader, kind string) error {
	if isGzip(p) {
		zr, err := gzip.NewReader(in)
		if err != nil {
			switch {
			case err == io.EOF:
				err = errors.New("gzip: empty file")
			case err == io.ErrUnexpectedEOF:
				err = fmt.Errorf("gzip: truncated file: %w", err)
			case !strings.HasPrefix(err.Error(), "gzip: "):
				err = fmt.Errorf("gzip: %w", err)
			}
			return r.fail(pathError(p, fileDocID(p), err))
		}
		defer zr.Close()
		in = gzipReader{zr}
	}
	if kind == kindJSONL {
		return r.readJSONL(p, in)
	}
	id := baseID(p)
	data, err := io.ReadAll(io.LimitReader(in, r.maxDoc+1))
	if err != nil {
		return r.fail(pathError(p, id, err))
	}
	if int64(len(data)) > r.maxDoc {
		return r.fail(pathError(p, id, errDocTooLarge(r.maxDoc)))
	}
	return r.readData(p, id, data, kind)
}

// gzipReader names a truncated gzip stream: the gzip package reports it as
// a bare "unexpected EOF".
type gzipReader struct{ r io.Reader }

func (g gzipReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err == io.ErrUnexpectedEOF {
		err = fmt.Errorf("gzip: truncated file: %w", err)
	}
	return n, err
}

// readData builds and emits the document of a text or HTML input.
func (r *reader) readData(p, id string, data []byte, kind string) error {
	d := &model.Document{ID: id, Source: p}
	if err := r.build(d, data, kind); err != nil {
		return r.fail(&ReadError{Path: p, DocID: id, Err: err})
	}
	return r.emit(d)
}

// readWhole reads an open text or HTML file, failing without reading it
// when it is larger than the document limit.
func (r *reader) readWhole(f *os.File) ([]byte, error) {
	if fi, err := f.Stat(); err != nil {
		return nil, err
	} else if fi.Size() > r.maxDoc {
		return nil, errDocTooLarge(r.maxDoc)
	}
	// The file may grow, or not be a regular file: read no more than the
	// limit allows.
	data, err := io.ReadAll(io.LimitReader(f, r.maxDoc+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > r.maxDoc {
		return nil, errDocTooLarge(r.maxDoc)
	}
	return data, nil
}

// build fills in the format, title and text of d from the bytes of a text
// or HTML input of the given kind, or returns why it cannot.
func (r *reader) build(d *model.Document, data []byte, kind string) error {
	text, repaired, err := decodeText(data)
	if err != nil {
		return err
	}
	d.Repaired = repaired
	if kind == kindHTML {
		d.Format = FormatHTML
		d.Title, d.Text, err = htmlText(text, r.maxDepth)
		return err
	}
	if n := longLine(data, r.maxLine); n > 0 {
		return errLineTooLong(n, r.maxLine)
	}
	d.Format = FormatText
	d.Title, d.Text = textTitle(text, kind == kindMarkdown), text
	return nil
}

// longLine returns the 1-based number of the first line of data longer
// than limit bytes, not counting its line ending, or 0.
func longLine(data []byte, limit int) int {
	for n := 1; len(data) > 0; n++ {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if len(bytes.TrimSuffix(line, []byte{'\r'})) > limit {
			return n
		}
	}
	return 0
}

// pathError turns an error from the os package into a *ReadError naming p
// and the bare reason ("permission denied"). docID is the DocID.
func pathError(p, docID string, err error) *ReadError {
	if errors.Is(err, fs.ErrNotExist) {
		return &ReadError{Path: p, DocID: docID, Err: errNoSuchFile}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &ReadError{Path: p, DocID: docID, Err: err}
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeText validates a whole text or HTML input and returns its text,
// repaired, without a leading UTF-8 byte order mark, and the number of
// invalid sequences repaired. A NUL byte anywhere marks a binary file;
// byte offsets in errors count from the start of the input, from 0.
func decodeText(data []byte) (string, int, error) {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return "", 0, errUTF16
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", 0, errBinary
	}
	data, n, err := repairUTF8(data, 0)
	if err != nil {
		return "", 0, err
	}
	return string(bytes.TrimPrefix(data, utf8BOM)), n, nil
}

// repairUTF8 replaces each run of invalid UTF-8 in b with U+FFFD, as
// strings.ToValidUTF8 does, and returns the result and the number of runs
// replaced. It fails when b holds more than one run per 1,000 bytes,
// rounded up; offset is b's offset in its input, for the error. Valid
// input is returned as is.
func repairUTF8(b []byte, offset int64) ([]byte, int, error) {
	if utf8.Valid(b) {
		return b, 0, nil
	}
	budget := (len(b) + 999) / 1000
	out := make([]byte, 0, len(b)+16)
	n, first := 0, -1
	invalid := false // the previous byte was invalid
	for i := 0; i < len(b); {
		c, size := utf8.DecodeRune(b[i:])
		if c == utf8.RuneError && size == 1 {
			if !invalid {
				if first < 0 {
					first = i
				}
				if n++; n > budget {
					return nil, 0, fmt.Errorf("invalid UTF-8 beyond repair at byte %d", offset+int64(first))
				}
				out = append(out, "\uFFFD"...)
			}
			invalid = true
			i++
			continue
		}
		invalid = false
		out = append(out, b[i:i+size]...)
		i += size
	}
	return out, n, nil
}

// textTitle picks a plain text document's title. For Markdown it is the
// first level-one ATX heading ("# Title", outside fenced code blocks);
// otherwise, and for Markdown without one, it is the first non-empty line
// when that line has at most 200 characters, else "". Whitespace in the
// title is collapsed.
func textTitle(text string, markdown bool) string {
	if markdown {
		fenced := false
		for line := range strings.Lines(text) {
			t := strings.TrimSpace(line)
			if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
				fenced = !fenced
				continue
			}
			if fenced || !strings.HasPrefix(t, "# ") {
				continue
			}
			h := strings.TrimSpace(t[2:])
			// An optional closing sequence of #s must follow a space.
			if c := strings.TrimRight(h, "#"); c == "" || strings.HasSuffix(c, " ") {
				h = c
			}
			if h = collapseSpace(h); h != "" {
				return h
			}
		}
	}
	for line := range strings.Lines(text) {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if utf8.RuneCountInString(t) > maxTitleRunes {
			return ""
		}
		return collapseSpace(t)
	}
	return ""
}

// collapseSpace replaces every run of white space in s with one space and
// trims both ends.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
