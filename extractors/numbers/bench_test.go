package numbers

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkScan scans every line of the reference article, past the
// cache of recent results.
func BenchmarkScan(b *testing.B) {
	text, err := os.ReadFile("../../testdata/corpus/seed.txt")
	if err != nil {
		b.Skip(err)
	}
	c, err := NewCountScanner()
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(text), "\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			c.scan(l)
		}
	}
}

func TestIsYear(t *testing.T) {
	re := regexp.MustCompile(`^(?:1[89]|20)\d\d$`)
	for _, s := range []string{"", "1", "1799", "1800", "1999", "2000", "2099", "2100", "18000", "180", "18a0", "2024 ", "20,0"} {
		if isYear(s) != re.MatchString(s) {
			t.Errorf("isYear(%q) = %v", s, isYear(s))
		}
	}
	for n := range 10000 {
		s := strconv.Itoa(n)
		if isYear(s) != re.MatchString(s) {
			t.Errorf("isYear(%q) = %v", s, isYear(s))
		}
	}
}
