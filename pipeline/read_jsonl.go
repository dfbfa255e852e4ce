package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
// Lines may be of any length. A UTF-8 byte order mark before the first
// line is skipped. Errors name the path and the 1-based line; byte offsets
// count from the start of the file, from 0.

// readJSONL reads the records of one JSONL stream and passes each to
// emit. Errors from emit are returned as is.
func readJSONL(name string, r io.Reader, emit func(*model.Document) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	base := baseID(name)
	var offset int64 // of the current line in the stream
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			d, rerr := jsonlRecord(name, line, offset, b)
			if rerr != nil {
				return rerr
			}
			if d != nil {
				if d.ID == "" {
					d.ID = fmt.Sprintf("%s-%d", base, line)
				}
				if err := emit(d); err != nil {
					return err
				}
			}
			offset += int64(len(b))
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return &ReadError{Path: name, Line: line, Err: err}
		}
	}
}

// jsonlRecord decodes one line (with its newline) into a document, or nil
// for a blank line. The id is "" when the record has none.
func jsonlRecord(name string, line int, offset int64, b []byte) (*model.Document, error) {
	fail := func(err error) (*model.Document, error) {
		return nil, &ReadError{Path: name, Line: line, Err: err}
	}
	if offset == 0 && bytes.HasPrefix(b, utf8BOM) {
		b = b[len(utf8BOM):]
		offset += int64(len(utf8BOM))
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return fail(errBinary)
	}
	if i := invalidUTF8(b); i >= 0 {
		return fail(fmt.Errorf("invalid UTF-8 at byte %d", offset+int64(i)))
	}
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil, nil
	}

	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return fail(errors.New("want a JSON object"))
		}
		return fail(fmt.Errorf("invalid JSON: %v", err))
	}
	if obj == nil { // the line is "null"
		return fail(errors.New("want a JSON object"))
	}

	d := &model.Document{Source: fmt.Sprintf("%s:%d", name, line), Format: FormatJSONL}
	id, err := jsonID(obj["id"])
	if err != nil {
		return fail(err)
	}
	d.ID = id
	text, err := jsonString(obj, "text")
	if err != nil {
		return fail(err)
	}
	markup, err := jsonString(obj, "html")
	if err != nil {
		return fail(err)
	}
	switch {
	case text != nil:
		if strings.IndexByte(*text, 0) >= 0 {
			return fail(errors.New(`"text" holds a NUL character`))
		}
		d.Text = *text
		d.Title = textTitle(d.Text, false)
	case markup != nil:
		d.Title, d.Text = htmlText(*markup)
	default:
		return fail(errors.New(`record has neither "text" nor "html"`))
	}
	title, err := jsonString(obj, "title")
	if err != nil {
		return fail(err)
	}
	if title != nil {
		if t := collapseSpace(*title); t != "" {
			d.Title = t
		}
	}
	date, err := jsonString(obj, "date")
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
