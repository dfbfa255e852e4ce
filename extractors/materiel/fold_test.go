package materiel

import (
	"testing"

	"github.com/aidextract/aidextract/extractors/internal/words"
)

// foldASCII must fold as Fold does.
func TestFoldASCII(t *testing.T) {
	for _, s := range []string{"", " ", "T-72", " t  72 ", "M777", "Leopard 2A6", "a\tb\nc", "--x--", "HIMARS,", "x - y", "anti-tank guided missiles", "A-B C"} {
		got, ok := words.FoldASCII(nil, s)
		if !ok || string(got) != Fold(s) {
			t.Errorf("words.FoldASCII(%q) = %q, %v; Fold = %q", s, got, ok, Fold(s))
		}
	}
	if _, ok := words.FoldASCII(nil, "é"); ok {
		t.Error("foldASCII took a non-ASCII string")
	}
}
