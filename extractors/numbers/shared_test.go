package numbers

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// ScanShared, whatever the number of counts, must give scan's counts,
// clipped, and give them again from its cache; Scan a copy of them.
func TestScanSharedSameAsScan(t *testing.T) {
	c := newCounts(t)
	pieces := []string{"1", "12", "3.5", "two", "a dozen", "several", "tanks", "soldiers", "and", "to", " ", "the", "hundreds", "about", "-", ",", "é"}
	r := rand.New(rand.NewPCG(9, 10))
	byLen := map[int]int{}
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(16) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			b.WriteByte(' ')
		}
		s := b.String()
		want := c.scan(s)
		got := c.ScanShared(s)
		if !reflect.DeepEqual(got, want) || cap(got) != len(got) {
			t.Fatalf("ScanShared(%q) = %+v (cap %d), want %+v", s, got, cap(got), want)
		}
		if again := c.ScanShared(s); len(again) > 0 && &again[0] != &got[0] {
			t.Fatalf("ScanShared(%q) again: not the cached counts", s)
		}
		if cp := c.Scan(s); !reflect.DeepEqual(cp, want) || len(cp) > 0 && &cp[0] == &got[0] {
			t.Fatalf("Scan(%q) = %+v, want a copy of %+v", s, cp, want)
		}
		byLen[min(len(want), 3)]++
	}
	for n := range 4 {
		if byLen[n] < 100 {
			t.Fatalf("only %d texts with %d counts: %v", byLen[n], n, byLen)
		}
	}
}
