package events

import (
	"math/rand/v2"
	"testing"
)

// opens answers by id as looking at the word does, for every word of the
// vocabulary, and for words outside it.
func TestOpensMatchesWord(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for id, w := range l.set.ids.words {
		if got, want := l.opens(int32(id), w), l.opensWord(int32(id), w); got != want {
			t.Fatalf("opens(%d, %q) = %v, want %v", id, w, got, want)
		}
	}
	rng := rand.New(rand.NewPCG(13, 14))
	bytes := "abcdeft'\x80\xc3\xa9AZ"
	for range 10000 {
		b := make([]byte, rng.IntN(8))
		for k := range b {
			b[k] = bytes[rng.IntN(len(bytes))]
		}
		w := string(b)
		id := l.set.ids.get(w)
		if got, want := l.opens(id, w), l.opensWord(id, w); got != want {
			t.Fatalf("opens(%d, %q) = %v, want %v", id, w, got, want)
		}
	}
}

// FuzzOpens checks opens against opensWord on any word.
func FuzzOpens(f *testing.F) {
	l, err := New()
	if err != nil {
		f.Fatal(err)
	}
	for _, w := range []string{"the", "germany", "ukraine's", "état", "x", ""} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		id := l.set.ids.get(w)
		if got, want := l.opens(id, w), l.opensWord(id, w); got != want {
			t.Fatalf("opens(%d, %q) = %v, want %v", id, w, got, want)
		}
	})
}
