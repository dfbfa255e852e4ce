package numbers

import (
	"errors"
	"math"
	"regexp"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"0", 0}, {"155", 155}, {"75,000", 75000}, {"2.75", 2.75}, {"1,234.5", 1234.5}, {".5", 0.5},
		{"1 000", 1000}, {"1 000 000", 1e6}, {"2.8bn", 2.8e9}, {"2.8 bn", 2.8e9}, {"400-million", 4e8},
		{"9.6 million", 9.6e6}, {"5m", 5e6}, {"5M", 5e6}, {"5 mn", 5e6}, {"25k", 25e3}, {"1 tn", 1e12},
		{"44 billion", 44e9}, {"1.5 trillion", 1.5e12}, {"5 hundred thousand", 5e5}, {"3 dozen", 36},
		{"one", 1}, {"Eleven", 11}, {"twenty-one", 21}, {"twenty one", 21}, {"ninety-nine", 99},
		{"one hundred", 100}, {"a hundred", 100}, {"one hundred and five", 105}, {"two hundred thousand", 2e5},
		{"one million", 1e6}, {"two billion", 2e9}, {"a billion", 1e9}, {"billion", 1e9},
		{"half", 0.5}, {"half-billion", 5e8}, {"a half-billion", 5e8}, {"half a billion", 5e8},
		{"one and a half billion", 1.5e9}, {"a dozen", 12}, {"two dozen", 24},
		{"three million four hundred thousand", 3.4e6}, {"a thousand million", 1e9},
		{"seventy-five thousand", 75000}, {"  42  ", 42},
	}
	for _, tc := range tests {
		got, err := Parse(tc.in)
		if err != nil || math.Abs(got-tc.want) > 1e-9*math.Max(1, tc.want) {
			t.Errorf("Parse(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrSyntax}, {"a", ErrSyntax}, {"and", ErrSyntax}, {"dozens", ErrSyntax}, {"hundreds", ErrSyntax},
		{"one two", ErrSyntax}, {"twenty thirty", ErrSyntax}, {"twenty eleven", ErrSyntax}, {"5 apples", ErrSyntax},
		{"m", ErrSyntax}, {"bn", ErrSyntax}, {"F-16", ErrSyntax}, {"a five", ErrSyntax}, {"one and", ErrSyntax},
		{"1e400", ErrSyntax}, {"9" + strings.Repeat("9", 400) + " trillion", ErrRange},
	}
	for _, tc := range tests {
		got, err := Parse(tc.in)
		var ne *NumError
		if !errors.As(err, &ne) || !errors.Is(err, tc.want) || ne.Input != tc.in || ne.Func != "Parse" || got != 0 {
			t.Errorf("Parse(%q) = %v, %v; want a *NumError wrapping %v", tc.in, got, err, tc.want)
		}
	}
}

func TestMagnitude(t *testing.T) {
	tests := map[string]float64{
		"thousand": 1e3, "million": 1e6, "Billion": 1e9, "trillion": 1e12,
		"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "BN": 1e9, "tn": 1e12,
		"hundred": 0, "one": 0, "dozen": 0, "half": 0, "millions": 0, "": 0,
	}
	for w, want := range tests {
		if got := Magnitude(w); got != want {
			t.Errorf("Magnitude(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestPatterns(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	whole := func(p string) *regexp.Regexp { return regexp.MustCompile(`^(?:` + p + `)$`) }
	digits, spaced, words, mag := whole(DigitsPattern), whole(SpacedDigitsPattern), whole(l.WordsPattern()), whole(l.MagnitudePattern())
	for _, s := range []string{"75,000", "2.75", "155", "1,000,000.5"} {
		if !digits.MatchString(s) || !spaced.MatchString(s) {
			t.Errorf("digit patterns miss %q", s)
		}
	}
	if digits.MatchString("1 000") || !spaced.MatchString("1 000 000") {
		t.Error("only the spaced pattern reads space-grouped thousands")
	}
	for _, s := range []string{"one", "Twenty-one", "one hundred", "one million", "half-billion", "one and a half billion", "half a billion", "dozen"} {
		if !words.MatchString(s) {
			t.Errorf("WordsPattern misses %q", s)
		} else if _, err := l.Parse(s); err != nil {
			t.Errorf("WordsPattern matches %q but Parse fails: %v", s, err)
		}
	}
	for _, s := range []string{"a", "a billion", "someone", "millions", "tone"} {
		if words.MatchString(s) {
			t.Errorf("WordsPattern matches %q", s)
		}
	}
	for _, s := range []string{"million", "bn", "M", "k", "tn"} {
		if !mag.MatchString(s) {
			t.Errorf("MagnitudePattern misses %q", s)
		}
	}
	if regexp.MustCompile(l.MagnitudePattern()).MatchString("more") {
		t.Error(`MagnitudePattern matches inside "more"`)
	}
}

func TestParseLexiconErrors(t *testing.T) {
	h := "word\tvalue\tkind\n"
	tests := []struct{ data, want string }{
		{"", "w.tsv:1: no header"},
		{"word\tvalue\n", "w.tsv:1: header"},
		{h + "one\t1\n", "w.tsv:2: want 3 columns"},
		{h + "one\tx\tunit\n", "w.tsv:2: bad value"},
		{h + "one\t-1\tunit\n", "w.tsv:2: bad value"},
		{h + "one\t1\tnumber\n", "w.tsv:2: unknown kind"},
		{h + "one\t1\tunit\n# c\nOne\t1\tunit\n", "w.tsv:4: duplicate word"},
		{h + "twenty one\t21\tunit\n", "w.tsv:2: word must be one token"},
	}
	for _, tc := range tests {
		_, err := ParseLexicon("w.tsv", []byte(tc.data))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want prefix %q", tc.data, err, tc.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"75,000", "2.8bn", "half a billion", "one and a half billion", "1 000", "a dozen", "9e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			var ne *NumError
			if !errors.As(err, &ne) || ne.Input != s || v != 0 {
				t.Fatalf("Parse(%q): bad error %v", s, err)
			}
			return
		}
		if v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
			t.Fatalf("Parse(%q) = %v", s, v)
		}
	})
}
