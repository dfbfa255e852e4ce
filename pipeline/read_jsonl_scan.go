package pipeline

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A fast path for JSONL records.
//
// Decoding a record with encoding/json into a map of raw messages, and
// then each value again, reads every byte of the line several times and
// copies the values twice. scanRecord reads the common record, a flat
// object, in one pass. It accepts only what encoding/json accepts, yields
// the same values, and gives up on anything else, so that the caller falls
// back to encoding/json and its error messages.

// jsonlFields holds the values of the keys a record is read from: "" for
// an id that is missing or null, nil for a string that is.
type jsonlFields struct {
	id                      string
	text, html, title, date *string
}

// field returns the value of the string key, which is one of "text",
// "html", "title" and "date".
func (f *jsonlFields) field(key string) (*string, error) {
	switch key {
	case "text":
		return f.text, nil
	case "html":
		return f.html, nil
	case "title":
		return f.title, nil
	case "date":
		return f.date, nil
	}
	panic("jsonlFields: unknown key " + key)
}

// maxScanDepth bounds the nesting of the values scanRecord skips; deeper
// records take the slow path, which has its own limit.
const maxScanDepth = 64

// recordScanner reads a JSON object from b.
type recordScanner struct {
	b []byte
	i int // the next byte to read
}

// scanRecord decodes the object b as encoding/json would into
// jsonlFields. ok is false when b is not an object, is not valid JSON, or
// holds a value of a type the reader does not take for a key it uses;
// then encoding/json must decide.
func scanRecord(b []byte) (f jsonlFields, ok bool) {
	s := recordScanner{b: b}
	s.space()
	if !s.consume('{') {
		return f, false
	}
	s.space()
	if !s.consume('}') {
		for {
			if !s.member(&f) {
				return f, false
			}
			s.space()
			if s.consume('}') {
				break
			}
			if !s.consume(',') {
				return f, false
			}
			s.space()
		}
	}
	s.space()
	return f, s.i == len(s.b)
}

// member reads one key, its colon and its value into f.
func (s *recordScanner) member(f *jsonlFields) bool {
	raw, plain, ok := s.str()
	if !ok {
		return false
	}
	key := raw
	if !plain {
		key = []byte(unquote(raw))
	}
	s.space()
	if !s.consume(':') {
		return false
	}
	s.space()
	// The last of repeated keys wins, as in a map.
	switch string(key) {
	case "id":
		return s.id(&f.id)
	case "text":
		return s.optString(&f.text)
	case "html":
		return s.optString(&f.html)
	case "title":
		return s.optString(&f.title)
	case "date":
		return s.optString(&f.date)
	}
	return s.skip(0)
}

// id reads an id: a string, a number as written, or null for none.
func (s *recordScanner) id(dst *string) bool {
	switch s.peek() {
	case '"':
		var ok bool
		*dst, ok = s.strValue()
		return ok
	case 'n':
		*dst = ""
		return s.literal("null")
	}
	start := s.i
	if !s.number() {
		return false
	}
	*dst = string(s.b[start:s.i])
	return true
}

// optString reads a string, or null for nil.
func (s *recordScanner) optString(dst **string) bool {
	if s.peek() == 'n' {
		*dst = nil
		return s.literal("null")
	}
	if s.peek() != '"' {
		return false
	}
	v, ok := s.strValue()
	*dst = &v
	return ok
}

// skip reads a value of any type, depth levels deep.
func (s *recordScanner) skip(depth int) bool {
	switch c := s.peek(); {
	case c == '"':
		_, _, ok := s.str()
		return ok
	case c == '{' || c == '[':
		return depth < maxScanDepth && s.skipComposite(depth+1)
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	}
	return s.number()
}

// skipComposite reads an object or an array.
func (s *recordScanner) skipComposite(depth int) bool {
	end := byte(']')
	if s.b[s.i] == '{' {
		end = '}'
	}
	s.i++
	s.space()
	if s.consume(end) {
		return true
	}
	for {
		if end == '}' {
			if _, _, ok := s.str(); !ok {
				return false
			}
			s.space()
			if !s.consume(':') {
				return false
			}
			s.space()
		}
		if !s.skip(depth) {
			return false
		}
		s.space()
		if s.consume(end) {
			return true
		}
		if !s.consume(',') {
			return false
		}
		s.space()
	}
}

// str reads a string and returns its contents as written, and whether
// they are plain: valid UTF-8 without escapes, the same once unquoted.
func (s *recordScanner) str() (raw []byte, plain, ok bool) {
	if !s.consume('"') {
		return nil, false, false
	}
	start := s.i
	plain = true
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c == '"':
			s.i++
			return s.b[start : s.i-1], plain, true
		case c < ' ':
			return nil, false, false
		case c == '\\':
			n := escapeLen(s.b[s.i:])
			if n == 0 {
				return nil, false, false
			}
			plain = false
			s.i += n
		case c < utf8.RuneSelf:
			s.i++
		default:
			// encoding/json takes invalid UTF-8 but replaces it.
			r, size := utf8.DecodeRune(s.b[s.i:])
			if r == utf8.RuneError && size == 1 {
				plain = false
			}
			s.i += size
		}
	}
	return nil, false, false
}

// strValue reads a string and returns its value.
func (s *recordScanner) strValue() (string, bool) {
	raw, plain, ok := s.str()
	if plain {
		return string(raw), ok
	}
	return unquote(raw), ok
}

// escapeLen returns the length of the JSON escape sequence b starts with,
// or 0 if there is none.
func escapeLen(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	switch b[1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2
	case 'u':
		if hex4(b) >= 0 {
			return 6
		}
	}
	return 0
}

// unquote returns the value of the contents of a valid JSON string as
// encoding/json gives it: escapes decoded, a lone surrogate and each byte
// of invalid UTF-8 replaced by U+FFFD.
func unquote(raw []byte) string {
	var out strings.Builder
	out.Grow(len(raw)) // enough unless there is invalid UTF-8
	for i := 0; i < len(raw); {
		// Copy the run of bytes that stay as they are.
		j := i
		for j < len(raw) && raw[j] != '\\' && raw[j] < utf8.RuneSelf {
			j++
		}
		out.Write(raw[i:j])
		if i = j; i == len(raw) {
			break
		}
		if raw[i] == '\\' {
			r, n := unescape(raw[i:])
			out.WriteRune(r)
			i += n
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size == 1 {
			out.WriteRune(utf8.RuneError)
		} else {
			out.Write(raw[i : i+size])
		}
		i += size
	}
	return out.String()
}

// unescape returns the character of the valid escape sequence b starts
// with, and the sequence's length.
func unescape(b []byte) (rune, int) {
	c := b[1]
	switch c {
	case 'b':
		return '\b', 2
	case 'f':
		return '\f', 2
	case 'n':
		return '\n', 2
	case 'r':
		return '\r', 2
	case 't':
		return '\t', 2
	case 'u':
		return unescapeUnicode(b)
	}
	return rune(c), 2 // '"', '\\' or '/'
}

// unescapeUnicode is unescape for a \uXXXX sequence.
func unescapeUnicode(b []byte) (rune, int) {
	r := hex4(b)
	if !utf16.IsSurrogate(r) {
		return r, 6
	}
	// A pair is read together; a lone half is replaced.
	if dec := utf16.DecodeRune(r, hex4(b[6:])); dec != utf8.RuneError {
		return dec, 12
	}
	return utf8.RuneError, 6
}

// hex4 returns the code unit of the \uXXXX escape b starts with, or -1.
func hex4(b []byte) rune {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range b[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// number reads a number as JSON spells it.
func (s *recordScanner) number() bool {
	s.consume('-')
	switch {
	case s.consume('0'):
	case s.digits() == 0:
		return false
	}
	if s.consume('.') && s.digits() == 0 {
		return false
	}
	if s.consume('e') || s.consume('E') {
		if !s.consume('+') {
			s.consume('-')
		}
		if s.digits() == 0 {
			return false
		}
	}
	return true
}

// digits reads decimal digits and returns how many.
func (s *recordScanner) digits() int {
	start := s.i
	for s.i < len(s.b) && '0' <= s.b[s.i] && s.b[s.i] <= '9' {
		s.i++
	}
	return s.i - start
}

// literal reads the word lit.
func (s *recordScanner) literal(lit string) bool {
	if len(s.b)-s.i < len(lit) || string(s.b[s.i:s.i+len(lit)]) != lit {
		return false
	}
	s.i += len(lit)
	return true
}

// space skips JSON white space.
func (s *recordScanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// consume reads c if it is the next byte.
func (s *recordScanner) consume(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// peek returns the next byte, or 0 at the end.
func (s *recordScanner) peek() byte {
	if s.i < len(s.b) {
		return s.b[s.i]
	}
	return 0
}
