package pipeline

import (
	"bytes"
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

// ReadOptions tunes ReadAll.
type ReadOptions struct {
	// DocDate is the document date used when the input gives none
	// (--doc-date). The zero value means none.
	DocDate time.Time
}

// ReadError is an input that cannot be read. Path is the path as given
// ("stdin" for standard input); Line is the 1-based JSONL line, or 0.
type ReadError struct {
	Path string
	Line int
	Err  error
}

func (e *ReadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *ReadError) Unwrap() error { return e.Err }

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

// ReadAll reads every input in order and calls fn once per document.
//
// A path is a file, a directory or "-" for standard input. Directories are
// walked recursively in lexical order, taking only .txt, .md, .html, .htm
// and .jsonl files (extensions compared without case) and skipping every
// file or directory whose name starts with "."; symbolic links to files
// are read, symbolic links to directories are not followed. A file named
// explicitly is read whatever its extension: .html/.htm as HTML, .jsonl as
// JSONL, anything else as plain text. Standard input is plain text with
// doc_id "stdin" and source "-".
//
// Every path is checked before the first document is read, so a mistyped
// path fails the run before any work is done. Document ids are unique
// within the call: a repeated id gets "-2", "-3", ... in input order (for
// file names and JSONL record ids alike). A document's date is its JSONL
// record's date, else opt.DocDate, else zero.
//
// Unreadable inputs yield a *ReadError naming the path (and the line for
// JSONL). An error returned by fn stops the walk and is returned as is.
func ReadAll(paths []string, stdin io.Reader, opt ReadOptions, fn func(*model.Document) error) error {
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			return pathError(p, err)
		}
	}
	r := &reader{fn: fn, ids: make(map[string]int)}
	if !opt.DocDate.IsZero() {
		y, m, d := opt.DocDate.Date()
		r.date = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	for _, p := range paths {
		var err error
		if p == "-" {
			err = r.readStdin(stdin)
		} else {
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
	fn   func(*model.Document) error
	date time.Time      // default document date, UTC midnight, or zero
	ids  map[string]int // id -> next suffix to try on a collision
}

// emit makes d's id unique, fills in the default date and hands d on.
func (r *reader) emit(d *model.Document) error {
	d.ID = r.unique(d.ID)
	if d.Date.IsZero() {
		d.Date = r.date
	}
	return r.fn(d)
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

func (r *reader) readStdin(in io.Reader) error {
	const name = "stdin"
	if in == nil {
		return &ReadError{Path: name, Err: errors.New("standard input is not available")}
	}
	data, err := io.ReadAll(in)
	if err != nil {
		return &ReadError{Path: name, Err: err}
	}
	text, err := checkText(name, data)
	if err != nil {
		return err
	}
	return r.emit(&model.Document{
		ID: "stdin", Source: "-", Format: FormatText,
		Title: textTitle(text, false), Text: text,
	})
}

// readPath reads a path given on the command line.
func (r *reader) readPath(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		return pathError(p, err)
	}
	if fi.IsDir() {
		return r.walk(p)
	}
	return r.readFile(p, inputKind(p))
}

// walk reads the inputs under dir in lexical order.
func (r *reader) walk(dir string) error {
	entries, err := os.ReadDir(dir) // sorted by file name
	if err != nil {
		return pathError(dir, err)
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				return pathError(p, err)
			}
			if !fi.Mode().IsRegular() {
				continue // links to directories are not followed
			}
			mode = 0
		}
		switch {
		case mode.IsDir():
			if err := r.walk(p); err != nil {
				return err
			}
		case mode.IsRegular():
			kind := inputKind(p)
			if kind == "" {
				continue
			}
			if err := r.readFile(p, kind); err != nil {
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
	switch strings.ToLower(filepath.Ext(p)) {
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
	base := filepath.Base(p)
	if id := strings.TrimSuffix(base, filepath.Ext(base)); id != "" {
		return id
	}
	return base
}

// readFile reads one file of the given kind ("" reads as plain text).
func (r *reader) readFile(p, kind string) error {
	if kind == kindJSONL {
		f, err := os.Open(p)
		if err != nil {
			return pathError(p, err)
		}
		defer f.Close()
		return readJSONL(p, f, r.emit)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return pathError(p, err)
	}
	text, err := checkText(p, data)
	if err != nil {
		return err
	}
	d := &model.Document{ID: baseID(p), Source: p}
	switch kind {
	case kindHTML:
		d.Format = FormatHTML
		d.Title, d.Text = htmlText(text)
	default:
		d.Format = FormatText
		d.Title, d.Text = textTitle(text, kind == kindMarkdown), text
	}
	return r.emit(d)
}

// pathError turns an error from the os package into a *ReadError naming p
// and the bare reason ("permission denied").
func pathError(p string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return &ReadError{Path: p, Err: errNoSuchFile}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &ReadError{Path: p, Err: err}
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// checkText validates a whole text or HTML file and returns its text
// without a leading UTF-8 byte order mark. A NUL byte anywhere marks a
// binary file; byte offsets in errors count from the start of the file,
// from 0.
func checkText(name string, data []byte) (string, error) {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return "", &ReadError{Path: name, Err: errUTF16}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", &ReadError{Path: name, Err: errBinary}
	}
	if i := invalidUTF8(data); i >= 0 {
		return "", &ReadError{Path: name, Err: fmt.Errorf("invalid UTF-8 at byte %d", i)}
	}
	return string(bytes.TrimPrefix(data, utf8BOM)), nil
}

// invalidUTF8 returns the offset of the first byte that is not valid
// UTF-8, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		c, size := utf8.DecodeRune(b[i:])
		if c == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
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
