// Package tsv reads the tab-separated data files the extractors embed:
// lexicons, cue lists and grammars that people edit by hand.
//
// A file is a header line naming the columns, then one row per line.
// Blank lines and lines whose first non-blank character is '#' are
// comments. Every fault is reported as "file:line: what", so that a typo
// in a lexicon points at itself.
package tsv

import (
	"fmt"
	"strings"
)

// Error is a fault at one line of a data file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Read calls row for every data row of the file name holding data. The
// header must be exactly columns, in order; every row must have one field
// per column. A field is neither empty nor padded with spaces, unless
// Loose is among the options. An error returned by row is reported at the
// row's line (unless it is already an *Error) and stops the reading.
func Read(name string, data []byte, columns []string, row func(line int, fields []string) error, opts ...Option) error {
	loose := false
	for _, o := range opts {
		loose = loose || o == Loose
	}
	header := false
	for i, raw := range strings.Split(string(data), "\n") {
		line := i + 1
		raw = strings.TrimSuffix(raw, "\r")
		if t := strings.TrimSpace(raw); t == "" || t[0] == '#' {
			continue
		}
		fields := strings.Split(raw, "\t")
		if !header {
			if strings.Join(fields, "\t") != strings.Join(columns, "\t") {
				return &Error{name, line, fmt.Sprintf("header must be %s; got %q", strings.Join(columns, ", "), raw)}
			}
			header = true
			continue
		}
		if len(fields) != len(columns) {
			return &Error{name, line, fmt.Sprintf("want %d columns, got %d", len(columns), len(fields))}
		}
		for j, f := range fields {
			if loose {
				fields[j] = strings.TrimSpace(f)
			} else if f == "" || strings.TrimSpace(f) != f {
				return &Error{name, line, fmt.Sprintf("column %s is empty or padded", columns[j])}
			}
		}
		if err := row(line, fields); err != nil {
			if _, ok := err.(*Error); ok {
				return err
			}
			return &Error{name, line, err.Error()}
		}
	}
	if !header {
		return &Error{name, 1, "no header"}
	}
	return nil
}

// Option changes how Read checks fields.
type Option int

const (
	// Loose trims the spaces around fields and allows empty ones.
	Loose Option = iota + 1
)
