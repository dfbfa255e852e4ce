package tsv

import (
	"errors"
	"slices"
	"testing"
)

func TestRead(t *testing.T) {
	data := "# a comment\n\nword\tvalue\n  # indented comment\none\t1\r\ntwo\t2\n"
	var got [][]string
	var lines []int
	err := Read("n.tsv", []byte(data), []string{"word", "value"}, func(line int, f []string) error {
		got = append(got, slices.Clone(f))
		lines = append(lines, line)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0][0] != "one" || got[0][1] != "1" || got[1][1] != "2" || !slices.Equal(lines, []int{5, 6}) {
		t.Fatalf("rows %q at lines %v", got, lines)
	}
}

func TestReadErrors(t *testing.T) {
	cols := []string{"word", "value"}
	ok := func(int, []string) error { return nil }
	tests := []struct {
		data string
		row  func(int, []string) error
		opts []Option
		want string
	}{
		{"", ok, nil, "n.tsv:1: no header"},
		{"# only comments\n", ok, nil, "n.tsv:1: no header"},
		{"word\tvalues\n", ok, nil, `n.tsv:1: header must be word, value; got "word\tvalues"`},
		{"word\tvalue\none\n", ok, nil, "n.tsv:2: want 2 columns, got 1"},
		{"word\tvalue\none\t1\textra\n", ok, nil, "n.tsv:2: want 2 columns, got 3"},
		{"word\tvalue\none\t\n", ok, nil, "n.tsv:2: column value is empty or padded"},
		{"word\tvalue\n one\t1\n", ok, nil, "n.tsv:2: column word is empty or padded"},
		{"word\tvalue\n\none\t1\n", func(int, []string) error { return errors.New("bad value") }, nil, "n.tsv:3: bad value"},
		{"word\tvalue\none\t1\n", func(int, []string) error { return &Error{"other.tsv", 9, "kept"} }, nil, "other.tsv:9: kept"},
	}
	for _, tt := range tests {
		err := Read("n.tsv", []byte(tt.data), cols, tt.row, tt.opts...)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q: error %v, want %q", tt.data, err, tt.want)
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%q: %T is not an *Error", tt.data, err)
		}
	}
}

func TestReadLoose(t *testing.T) {
	var got []string
	err := Read("n.tsv", []byte("word\tvalue\n one \t\n"), []string{"word", "value"}, func(_ int, f []string) error {
		got = append(got, f...)
		return nil
	}, Loose)
	if err != nil || !slices.Equal(got, []string{"one", ""}) {
		t.Fatalf("got %q, %v", got, err)
	}
}
