package personnel

import (
	"strings"
	"testing"

	wordsplit "github.com/aidextract/aidextract/extractors/internal/words"
)

func TestFoldASCIISameAsFold(t *testing.T) {
	for _, s := range []string{"", "-", "Armed-Forces  personnel", " a\tb\n-c- ", "Non-Commissioned Officers", "--x", "x--"} {
		if got, ok := wordsplit.FoldASCII(nil, s); !ok || string(got) != fold(s) {
			t.Errorf("wordsplit.FoldASCII(%q) = %q, %v; want %q", s, got, ok, fold(s))
		}
	}
	if _, ok := wordsplit.FoldASCII(nil, "é"); ok {
		t.Error("foldASCII took a non-ASCII string")
	}
}

func TestFirstField(t *testing.T) {
	for _, w := range []string{"soldiers", "non-commissioned", "-x-y", "--", "x-"} {
		f, ok := firstField(w)
		fs := strings.Fields(fold(w))
		if ok != (len(fs) > 0) || ok && f != fs[0] {
			t.Errorf("firstField(%q) = %q, %v; want %q", w, f, ok, fs)
		}
	}
}
