package model

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// eventIDRef is EventID as the schema states it, piece by piece.
func eventIDRef(docID string, charStart, seq int) string {
	id := docID + ":e:" + strconv.Itoa(charStart)
	if seq > 0 {
		id += "-" + strconv.Itoa(seq+1)
	}
	return id
}

// TestEventIDMatchesRef checks EventID, built in one buffer, for ids of
// every length around the buffer's and numbers of every sign and size.
func TestEventIDMatchesRef(t *testing.T) {
	nums := []int{0, 1, 2, 9, 10, 99, 100, 12345, -1, -2, -100, 1<<31 - 1, -1 << 31, 1<<63 - 2, -1 << 63}
	rng := rand.New(rand.NewPCG(13, 14))
	for range 150 {
		nums = append(nums, rng.IntN(1<<20), -rng.IntN(1000), int(rng.Int64()))
	}
	var docs []string
	for n := range 80 {
		docs = append(docs, strings.Repeat("d", n), strings.Repeat("é", n/2)+"x")
	}
	docs = append(docs, "", "corpus-2MB.jsonl:17", "a:e:1")
	for _, doc := range docs {
		for _, cs := range nums {
			for _, seq := range nums[:40] {
				if got, want := EventID(doc, cs, seq), eventIDRef(doc, cs, seq); got != want {
					t.Fatalf("EventID(%q, %d, %d) = %q, want %q", doc, cs, seq, got, want)
				}
			}
		}
	}
	if got := EventID("seed", 1790, 0); got != "seed:e:1790" {
		t.Errorf("EventID(seed, 1790, 0) = %q", got)
	}
}
