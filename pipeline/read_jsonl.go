package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aidextract/aidextract/pipeline/model"
)

// JSONL corpora.
//
// Each non-blank line is one JSON object, one document:
//
//	{"id": "...", "text": "..." | "html": "...", "date": "...", "title": "..."}
//
// id is a string or a number; when it is missing, null or "", the id is
// "<file base name>-<line number>". text is taken as is; html goes through
// the HTML reader (the format stays "jsonl"); when both are given, text
// wins. A record with neither is an error; an empty string is an empty
// document. date is "YYYY-MM-DD" or an RFC 3339 timestamp, of which the
// date part as written counts (no conversion to UTC); a missing, null or
// empty date leaves the document date to --doc-date. title overrides the
// title the text or HTML would give. Other keys are ignored, so corpora
// may carry their own metadata.
//
// A line may be as long as --max-line-bytes (16 MiB by default), not
// counting its line ending; the reader never holds more than one line in
// memory. A UTF-8 byte order mark before the first line is skipped. A few
// invalid UTF-8 sequences in a line are repaired as in text files (at most
// one per 1,000 bytes of the line, rounded up) and counted in the
// record's Document.Repaired. Errors name the path and the 1-based line;
// byte offsets count from the start of the file, from 0. A line that
// cannot be read, too long or not a valid record, is one failed document:
// with ReadOptions.OnError the reader goes on with the next line.

// readJSONL reads the records of one JSONL stream and passes each to
// r.emit, and each line that is not a valid record to r.fail. Errors from
// either are returned as is.
func (r *reader) readJSONL(name string, in io.Reader) error {
	lr := &lineReader{br: bufio.NewReaderSize(in, 64<<10), limit: r.maxLine}
	base := baseID(name)
	var offset int64 // of the current line in the stream
	for line := 1; ; line++ {
		b, n, long, err := lr.next()
		if err != nil && err != io.EOF {
			// The stream is broken: no later line can be read.
			return r.fail(&ReadError{Path: name, Line: line, Err: err})
		}
		defaultID := func() string { return base + "-" + strconv.Itoa(line) }
		switch {
		case long:
			e := &ReadError{Path: name, Line: line, DocID: defaultID(), Err: errLineTooLong(line, r.maxLine)}
			if err := r.fail(e); err != nil {
				return err
			}
		case len(b) > 0:
			d, e := r.jsonlRecord(name, line, offset, b)
			if e != nil {
				if e.DocID == "" {
					e.DocID = defaultID()
				}
				if err := r.fail(e); err != nil {
					return err
				}
				break
			}
			if d == nil {
				break // a blank line
			}
			if d.ID == "" {
				d.ID = defaultID()
			}
			if err := r.emit(d); err != nil {
				return err
			}
		}
		offset += n
		if err == io.EOF {
			return nil
		}
	}
}

// lineReader splits a stream into lines, holding at most one line of up
// to limit bytes (plus its line ending) in memory.
type lineReader struct {
	br    *bufio.Reader
	limit int
	buf   []byte
}

// next returns the next line with its line ending and the number of bytes
// it took in the stream. A line longer than the limit is skipped: next
// reports it as long, with no bytes. err is io.EOF when the stream ends
// after the line (which may then be empty), or the error that broke the
// stream.
func (lr *lineReader) next() (b []byte, n int64, long bool, err error) {
	if cap(lr.buf) > 1<<20 {
		lr.buf = nil // do not keep a long line's buffer for the next ones
	}
	lr.buf = lr.buf[:0]
	for {
		chunk, e := lr.br.ReadSlice('\n')
		n += int64(len(chunk))
		if !long {
			lr.buf = append(lr.buf, chunk...)
			if len(lr.buf)-len("\r\n") > lr.limit {
				long = true
				lr.buf = lr.buf[:0]
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		err = e
		break
	}
	if !long {
		line := bytes.TrimSuffix(bytes.TrimSuffix(lr.buf, []byte{'\n'}), []byte{'\r'})
		long = len(line) > lr.limit
	}
	if long {
		return nil, n, true, err
	}
	return lr.buf, n, false, err
}

// jsonlRecord decodes one line (with its newline) into a document, or nil
// for a blank line. The id is "" when the record has none; so is the
// DocID of an error before the id is known.
func (r *reader) jsonlRecord(name string, line int, offset int64, b []byte) (*model.Document, *ReadError) {
	id := ""
	fail := func(err error) (*model.Document, *ReadError) {
		return nil, &ReadError{Path: name, Line: line, DocID: id, Err: err}
	}
	if offset == 0 && bytes.HasPrefix(b, utf8BOM) {
		b = b[len(utf8BOM):]
		offset += int64(len(utf8BOM))
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return fail(errBinary)
	}
	b, repaired, err := repairUTF8(b, offset)
	if err != nil {
		return fail(err)
	}
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil, nil
	}

	var field func(key string) (*string, error)
	if id, field, err = jsonlObject(b); err != nil {
		return fail(err)
	}
	d := &model.Document{ID: id, Source: fmt.Sprintf("%s:%d", name, line), Format: FormatJSONL, Repaired: repaired}
	text, err := field("text")
	if err != nil {
		return fail(err)
	}
	markup, err := field("html")
	if err != nil {
		return fail(err)
	}
	switch {
	case text != nil:
		if int64(len(*text)) > r.maxDoc {
			return fail(errDocTooLarge(r.maxDoc))
		}
		if strings.IndexByte(*text, 0) >= 0 {
			return fail(errors.New(`"text" holds a NUL character`))
		}
		d.Text = *text
		d.Title = textTitle(d.Text, false)
	case markup != nil:
		if int64(len(*markup)) > r.maxDoc {
			return fail(errDocTooLarge(r.maxDoc))
		}
		if d.Title, d.Text, err = htmlText(*markup, r.maxDepth); err != nil {
			return fail(err)
		}
	default:
		return fail(errors.New(`record has neither "text" nor "html"`))
	}
	title, err := field("title")
	if err != nil {
		return fail(err)
	}
	if title != nil {
		if t := collapseSpace(*title); t != "" {
			d.Title = t
		}
	}
	date, err := field("date")
	if err != nil {
		return fail(err)
	}
	if date != nil && *date != "" {
		if d.Date, err = parseDocDate(*date); err != nil {
			return fail(err)
		}
	}
	return d, nil
}

// jsonlObject decodes the JSON object of a record. It returns the id and
// a function giving the value of a string key, nil when the key is missing
// or null. A value of the wrong type is an error only when asked for, so
// that errors come in the order the caller asks for values.
func jsonlObject(b []byte) (id string, field func(key string) (*string, error), err error) {
	if f, ok := scanRecord(b); ok {
		return f.id, f.field, nil
	}
	// The slow path, for records the fast path does not take.
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return "", nil, errors.New("want a JSON object")
		}
		return "", nil, fmt.Errorf("invalid JSON: %v", err)
	}
	if obj == nil { // the line is "null"
		return "", nil, errors.New("want a JSON object")
	}
	if id, err = jsonID(obj["id"]); err != nil {
		return "", nil, err
	}
	return id, func(key string) (*string, error) { return jsonString(obj, key) }, nil
}

// jsonString returns obj[key] as a string, or nil when it is missing or
// null.
func jsonString(obj map[string]json.RawMessage, key string) (*string, error) {
	raw, ok := obj[key]
	if !ok || string(raw) == "null" {
		return nil, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("%q: want a string, got %s", key, abbreviate(string(raw)))
	}
	return &s, nil
}

// jsonID returns a record id given as a string or a number ("" for none).
func jsonID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf(`"id": want a string or a number, got %s`, abbreviate(string(raw)))
}

// parseDocDate parses "YYYY-MM-DD" or an RFC 3339 timestamp into UTC
// midnight of the date as written.
func parseDocDate(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t, err = time.Parse(time.RFC3339, s)
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("bad date %q: want YYYY-MM-DD or an RFC 3339 timestamp", abbreviate(s))
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
}

// abbreviate shortens s for an error message.
func abbreviate(s string) string {
	const limit = 40
	if len(s) <= limit {
		return s
	}
	i := limit
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}
