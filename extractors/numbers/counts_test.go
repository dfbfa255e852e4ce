package numbers

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func newCounts(t *testing.T) *CountScanner {
	t.Helper()
	c, err := NewCountScanner()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestScanCounts(t *testing.T) {
	c := newCounts(t)
	for _, tc := range []struct {
		in                string
		text              string // the count as written
		value, max        float64
		qual, vague, head string
	}{
		{"more than 17,000 anti-tank weapons", "17,000", 17000, 0, "more_than", "", "anti-tank"},
		{"2.75 million rounds", "2.75 million", 2750000, 0, "exact", "", "rounds"},
		{"20 million rounds", "20 million", 20000000, 0, "exact", "", "rounds"},
		{"about 4m rounds", "4m", 4000000, 0, "approx", "", "rounds"},
		{"10k drones", "10k", 10000, 0, "exact", "", "drones"},
		{"four more HIMARS", "four", 4, 0, "exact", "", "HIMARS"},
		{"a dozen drones", "a dozen", 12, 0, "exact", "", "drones"},
		{"one million shells", "one million", 1000000, 0, "exact", "", "shells"},
		{"5,000 to 6,000 rounds", "5,000 to 6,000", 5000, 6000, "exact", "", "rounds"},
		{"20-25 tanks", "20-25", 20, 25, "exact", "", "tanks"},
		{"two or three jets", "two or three", 2, 3, "exact", "", "jets"},
		{"between 5 and 10 jets", "5 and 10", 5, 10, "exact", "", "jets"},
		{"up to 24 radars", "24", 24, 0, "up_to", "", "radars"},
		{"nearly 50 tanks", "50", 50, 0, "approx", "", "tanks"},
		{"at least 14 pilots", "14", 14, 0, "at_least", "", "pilots"},
		{"over 3,000,000 rounds", "3,000,000", 3000000, 0, "more_than", "", "rounds"},
		{"had exceeded 100,000 rounds", "100,000", 100000, 0, "more_than", "", "rounds"},
		{"surpassed 500 tanks", "500", 500, 0, "more_than", "", "tanks"},
		{"handed over 20 tanks", "20", 20, 0, "exact", "", "tanks"},
		{"dozens of drones", "dozens of", 0, 0, "vague", "dozens", "drones"},
		{"tens of thousands of shells", "tens of thousands of", 0, 0, "vague", "tens of thousands", "shells"},
		{"several dozen AMX-10s", "several dozen", 0, 0, "vague", "dozens", "AMX-10s"},
		{"hundreds of thousands more pieces", "hundreds of thousands more", 0, 0, "vague", "hundreds of thousands", "pieces"},
		{"several hundred thousand pieces", "several hundred thousand", 0, 0, "vague", "hundreds of thousands", "pieces"},
		{"5 million 729 thousand refugees", "5 million 729 thousand", 5729000, 0, "exact", "", "refugees"},
		{"\"hundreds\" of missiles", "\"hundreds\" of", 0, 0, "vague", "hundreds", "missiles"},
		{"100 additional M113s", "100", 100, 0, "exact", "", "M113s"},
	} {
		got := c.Scan(tc.in)
		if len(got) != 1 {
			t.Errorf("%q: %d counts, want 1: %+v", tc.in, len(got), got)
			continue
		}
		g := got[0]
		if tc.in[g.Start:g.End] != tc.text || g.Value != tc.value || g.Max != tc.max || g.Qualifier != tc.qual || g.Vague != tc.vague ||
			!strings.HasPrefix(tc.in[g.HeadStart:], tc.head) {
			t.Errorf("%q: got %q %v..%v %s %q head %q", tc.in, tc.in[g.Start:g.End], g.Value, g.Max, g.Qualifier, g.Vague, tc.in[g.HeadStart:])
		}
	}
}

func TestScanNotCounts(t *testing.T) {
	c := newCounts(t)
	for _, in := range []string{
		"F-16", "T-72s", "MiG-29", "2A4s", "M1A1", "AS-90", "155 mm", "155mm", "155-mm", "25 mm", "20%", "20 percent",
		"150 km", "150-km", "$350 million", "€450 million", "US$502 million", "in 2022", "since 2014", "in February 2022",
		"the 30th", "21st", "Type 99", "Block 5", "three years", "500 tons", "2014-2021", "a 12-tank company", "two-thirds", "million",
		"Leopard 02 A6 tanks", "007 agents",
	} {
		if got := c.Scan(in); len(got) != 0 {
			t.Errorf("%q: got %+v, want no count", in, got)
		}
	}
}

func TestCountTableRejects(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{
		"phrase\tkind\n",
		"phrase\tkind\tvalue\nup to\tqualifier\tbogus\n",
		"phrase\tkind\tvalue\nfoo\tbogus\t-\n",
		"phrase\tkind\tvalue\nmm\tmeasure\tx\n",
		"phrase\tkind\tvalue\nmm\tmeasure\t-\nmm\tmeasure\t-\n",
		"phrase\tkind\tvalue\ndozens of\tvague\t-\n",
	} {
		if _, err := ParseCountScanner(lex, "c.tsv", []byte(bad)); err == nil || !strings.HasPrefix(err.Error(), "c.tsv:") {
			t.Errorf("%q: err %v, want a c.tsv:line error", bad, err)
		}
	}
}

func FuzzScanCounts(f *testing.F) {
	for _, s := range []string{"more than 17,000 and \"hundreds\" of", "between two and 2.5 million", "ÿ\xff 1,2,3 - to or"} {
		f.Add(s)
	}
	c, err := NewCountScanner()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		valid := utf8.ValidString(s)
		boundary := func(i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
		for _, n := range c.Scan(s) {
			if n.QualStart < 0 || n.QualStart > n.Start || n.Start < prev || n.Start >= n.End || n.End > n.HeadStart || n.HeadStart > len(s) {
				t.Fatalf("bad offsets %+v in %d bytes", n, len(s))
			}
			if valid && !(boundary(n.QualStart) && boundary(n.Start) && boundary(n.End) && boundary(n.HeadStart)) {
				t.Fatalf("offsets %+v not on rune boundaries of %q", n, s)
			}
			switch {
			case n.HasValue != (n.Qualifier != "vague"):
				t.Fatalf("HasValue %v with qualifier %q", n.HasValue, n.Qualifier)
			case !n.HasValue && (n.Vague == "" || n.Value != 0 || n.Max != 0):
				t.Fatalf("bad vague count %+v", n)
			case n.HasValue && (!countQualifiers[n.Qualifier] || n.Vague != ""):
				t.Fatalf("bad qualifier of %+v", n)
			case n.HasValue && !(n.Value >= 1 && n.Value < 1e13 && n.Value == math.Trunc(n.Value)):
				t.Fatalf("bad value %v of %q", n.Value, s[n.Start:n.End])
			case n.Max != 0 && !(n.Max > n.Value && n.Max < 1e13):
				t.Fatalf("bad range %v-%v of %q", n.Value, n.Max, s[n.Start:n.End])
			}
			prev = n.End
		}
	})
}
