package donors

import (
	"testing"
)

// FuzzLookup fuzzes gazetteer matching on the embedded gazetteer: Lookup
// and IsNotDonor never panic, and an entry found is one that a candidate
// of the surface names: a case-sensitive form as written, or any form
// without case. The entry found looks up to itself by canonical name and
// by code.
func FuzzLookup(f *testing.F) {
	g, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Germany", "the United States'", "Germany's", "THE  NETHERLANDS", "the EU", "US", "us",
		"Pentagon", "the U.K.\u2019s", "Oryx", "the ", "'s", "s'", "\u02bc", "the the Germany's", "\xff\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, surface string) {
		g.IsNotDonor(surface)
		e, ok := g.Lookup(surface)
		if !ok {
			if e != nil {
				t.Fatalf("Lookup(%q) = %+v, false", surface, e)
			}
			return
		}
		matched := false
		cs, n := candidates(surface)
		for _, c := range cs[:n] {
			for _, form := range e.Forms() {
				if norm(form) == c || !e.IsCaseSensitive(form) && fold(form) == fold(c) {
					matched = true
				}
			}
		}
		if !matched {
			t.Fatalf("Lookup(%q) = %s (line %d), which has no form matching %q", surface, e.Canonical, e.Line, cs[:n])
		}
		if got, ok := g.Lookup(e.Canonical); !ok || got != e {
			t.Fatalf("canonical %q of %q does not look up to itself", e.Canonical, surface)
		}
		if got, ok := g.ByCode(e.Code); !ok || got != e {
			t.Fatalf("code %q of %q does not find its entry", e.Code, surface)
		}
	})
}

// FuzzClassifyMark grows a walk over the space-separated words of a text
// and checks that each step's mark classifies its surface as Classify
// does.
func FuzzClassifyMark(f *testing.F) {
	g, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Germany", "The United States' army", "the EU and", "US", "us", "THE NETHERLANDS's", "the Pentagon",
		"the the Germany's", "Oryx", "\xff\xfe", "the  U.K.", "S'",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkMarks(t, g, text)
	})
}
