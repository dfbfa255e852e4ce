package events

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// appendCutsRef is appendCuts as it was: a look at every byte.
func appendCutsRef(cuts []int, t string, start, end int) []int {
	for i := start; i < end; i++ {
		c := t[i]
		if c == ';' || c == ':' && !(i > start && i+1 < end && isDigit(t[i-1]) && isDigit(t[i+1])) {
			cuts = append(cuts, i)
		}
	}
	return cuts
}

// checkCuts compares appendCuts with appendCutsRef on t[start:end].
func checkCuts(t *testing.T, text string, start, end int) {
	t.Helper()
	got := appendCuts(nil, text, start, end)
	want := appendCutsRef(nil, text, start, end)
	if !slices.Equal(got, want) {
		t.Fatalf("%q [%d:%d]: cuts %v, want %v", text, start, end, got, want)
	}
}

// appendCuts finds what looking at every byte finds, on random texts of
// the bytes that matter, every span of them, and the bundled texts
// sentence by sentence.
func TestAppendCutsMatchesRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	parts := []string{";", ":", "1", "9", "a", " ", "10:30", ":;", "é", "\xff"}
	for range 20000 {
		var b []byte
		for range rng.IntN(20) {
			b = append(b, parts[rng.IntN(len(parts))]...)
		}
		text := string(b)
		start := rng.IntN(len(text) + 1)
		end := start + rng.IntN(len(text)-start+1)
		checkCuts(t, text, 0, len(text))
		checkCuts(t, text, start, end)
	}
	for _, text := range bundledTexts(t) {
		d := model.Prepare(&model.Document{ID: "t", Text: text})
		for _, s := range d.Sentences {
			checkCuts(t, d.View.Text, s.Start, s.End)
		}
	}
}

// FuzzAppendCuts checks appendCuts against appendCutsRef on any text
// and span.
func FuzzAppendCuts(f *testing.F) {
	for _, s := range []string{"at 10:30; then: more", "1:2:3;;", ":", "a;b"} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		start, end = clampSpan(text, start, end)
		checkCuts(t, text, start, end)
	})
}

// clampSpan makes a fuzzed span [start, end) one of text.
func clampSpan(text string, start, end int) (int, int) {
	if start < 0 || start > len(text) {
		start = 0
	}
	if end < start || end > len(text) {
		end = len(text)
	}
	return start, end
}
