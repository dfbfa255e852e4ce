package money

import "testing"

func TestParts(t *testing.T) {
	e := newExtractor(t)
	for _, c := range []struct {
		text  string
		roles []string
	}{
		// the parts of a tally are counted in it
		{"The US has spent $113 billion since 2022. This includes $4 billion in military assistance.", []string{"total", "total"}},
		{"Europe has provided EUR 70 billion so far. Of this, EUR 38 billion is military aid.", []string{"total", "total"}},
		// the parts of a new package are new
		{"The US announced $1 billion. This includes $4 million for HIMARS.", []string{"new", "new"}},
		// only right after the tally
		{"The US has spent $113 billion since 2022. Germany said so. This includes $4 billion in military assistance.", []string{"total", "new"}},
		// only a sentence that opens with the breakdown
		{"The US has spent $113 billion since 2022. Germany gave $4 billion, this includes tanks.", []string{"total", "new"}},
	} {
		d, ms := extractAll(e, c.text)
		e.Parts(d, ms)
		var got []string
		for _, m := range ms {
			if m.Money != nil {
				got = append(got, m.Money.Role)
			}
		}
		if len(got) != len(c.roles) {
			t.Errorf("%q: got roles %v, want %v", c.text, got, c.roles)
			continue
		}
		for i := range got {
			if got[i] != c.roles[i] {
				t.Errorf("%q: got roles %v, want %v", c.text, got, c.roles)
				break
			}
		}
	}
}
