package money

import "testing"

// TestCuesFiltered: every cue of roles.tsv is one the filter knows. A cue
// past maxFiltered is tried in every clause, and the extractor slows by half
// without a test failing.
func TestCuesFiltered(t *testing.T) {
	e := newExtractor(t)
	if len(e.cues) > maxFiltered {
		t.Fatalf("roles.tsv has %d cues; the cue filter knows %d (maxFiltered, cueSet)", len(e.cues), maxFiltered)
	}
	if len(cueSet{})*64 < maxFiltered {
		t.Fatalf("cueSet holds %d cues, fewer than maxFiltered %d", len(cueSet{})*64, maxFiltered)
	}
}
