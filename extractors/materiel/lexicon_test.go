package materiel

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func mustLoad(t *testing.T) *Lexicon {
	t.Helper()
	l, err := LoadLexicon()
	if err != nil {
		t.Fatalf("LoadLexicon: %v", err)
	}
	return l
}

func TestEmbeddedLexiconLoads(t *testing.T) {
	l := mustLoad(t)
	if n := len(l.Systems); n < 150 {
		t.Errorf("%d systems, want at least 150", n)
	}
	if n := len(l.Heads); n < 80 {
		t.Errorf("%d heads, want at least 80", n)
	}
	used := make(map[string]bool)
	for _, s := range l.Systems {
		used[s.Category] = true
	}
	for _, h := range l.Heads {
		used[h.Category] = true
	}
	for _, c := range Categories {
		if !used[c] {
			t.Errorf("category %q is used by no system or head", c)
		}
	}
}

func TestLookup(t *testing.T) {
	l := mustLoad(t)
	tests := []struct {
		alias     string
		canonical string
		category  string
		caliber   float64
	}{
		{"HIMARS", "M142 HIMARS", "rocket_artillery", 227},
		{"high-mobility artillery rocket systems", "M142 HIMARS", "rocket_artillery", 227},
		{"M142 HIMARS", "M142 HIMARS", "rocket_artillery", 227},
		{"Humvees", "Humvee", "vehicle", 0},
		{"HMMWVs", "Humvee", "vehicle", 0},
		{"M777", "M777", "artillery", 155},
		{"Leopard 2A4", "Leopard 2A4", "tank", 120},
		{"2A4s", "Leopard 2A4", "tank", 120},
		{"Leopard 2s", "Leopard 2", "tank", 120},
		{"NLAW", "NLAW", "anti_tank", 0},
		{"Bayraktar TB2", "Bayraktar TB2", "drone", 0},
		{"Bradley Fighting Vehicles", "M2 Bradley", "armored_vehicle", 25},
		{"T-72s", "T-72", "tank", 125},
		{"t 72", "T-72", "tank", 125}, // a hyphen matches a space
		{"MIG-29", "MiG-29", "aircraft", 0},
		{"AS-90", "AS-90", "artillery", 155},
		{"IRIS-T SLM", "IRIS-T SLM", "air_defense", 0},
		{"Hydra 70", "Hydra 70", "missile", 70},
		{"BM-21", "BM-21 Grad", "rocket_artillery", 122},
		{"Mi-8", "Mi-8", "helicopter", 0},
		{"S-60", "S-60", "air_defense", 57},
		{"M1A1s", "M1A1 Abrams", "tank", 120},
		{"AMX-10s", "AMX-10 RC", "armored_vehicle", 105},
		{"Shahed-136", "Shahed-136", "drone", 0},
		{"AN/TPQ-36", "AN/TPQ-36", "radar", 0},
		{"Claymore", "M18A1 Claymore", "mine", 0},
		{"TOW", "BGM-71 TOW", "anti_tank", 0},
		{"Patriot", "MIM-104 Patriot", "air_defense", 0},
		{"Archer", "Archer", "artillery", 155},
		{"HARM", "AGM-88 HARM", "missile", 0},
		{"Leopard 2 mine-clearing tank", "", "", 0}, // a phrase, not an alias
	}
	for _, tt := range tests {
		s, ok := l.Lookup(tt.alias)
		if tt.canonical == "" {
			if ok {
				t.Errorf("Lookup(%q) = %q, want no match", tt.alias, s.Canonical)
			}
			continue
		}
		if !ok {
			t.Errorf("Lookup(%q): no match, want %q", tt.alias, tt.canonical)
			continue
		}
		if s.Canonical != tt.canonical || s.Category != tt.category || s.CaliberMM != tt.caliber {
			t.Errorf("Lookup(%q) = %q/%s/%g, want %q/%s/%g", tt.alias, s.Canonical, s.Category, s.CaliberMM, tt.canonical, tt.category, tt.caliber)
		}
	}
}

// Case-sensitive aliases are the ones whose other cases are ordinary words
// or names; they must not match those.
func TestLookupCaseSensitive(t *testing.T) {
	l := mustLoad(t)
	for _, word := range []string{"tow", "Tow", "patriots", "harm", "Harm", "milan", "Milan", "law", "Law", "mars", "Mars", "hawk"} {
		if s, ok := l.Lookup(word); ok {
			t.Errorf("Lookup(%q) = %q, want no match", word, s.Canonical)
		}
	}
	// Spellings that read as designators stay case-insensitive.
	for _, word := range []string{"himars", "Javelins", "nasams", "HUMVEE"} {
		if _, ok := l.Lookup(word); !ok {
			t.Errorf("Lookup(%q): no match", word)
		}
	}
}

// Every spelling in the files must find its own row.
func TestEveryAliasFindsItsSystem(t *testing.T) {
	l := mustLoad(t)
	for i := range l.Systems {
		s := &l.Systems[i]
		for _, a := range append(append([]string{s.Canonical}, s.Aliases...), s.CaseSensitive...) {
			got, ok := l.Lookup(a)
			if !ok || got != s {
				name := "nothing"
				if ok {
					name = got.Canonical
				}
				t.Errorf("systems.tsv:%d: Lookup(%q) finds %s, want %q", s.Line, a, name, s.Canonical)
			}
		}
	}
	for i := range l.Heads {
		h := &l.Heads[i]
		for _, form := range []string{h.Singular, h.Plural} {
			if got, ok := l.LookupHead(form); !ok || got != h {
				t.Errorf("heads.tsv:%d: LookupHead(%q) does not find its row", h.Line, form)
			}
		}
	}
}

func TestLookupHead(t *testing.T) {
	l := mustLoad(t)
	tests := []struct{ word, category, unit string }{
		{"howitzers", "artillery", ""},
		{"anti-tank weapons", "anti_tank", ""},
		{"anti tank weapon", "anti_tank", ""},
		{"artillery rounds", "ammunition", "rounds"},
		{"shells", "ammunition", "rounds"},
		{"mine-clearing vehicles", "vehicle", ""},
		{"armoured personnel carriers", "armored_vehicle", ""},
		{"MRAPs", "armored_vehicle", ""},
		{"UASs", "drone", ""},
		{"MANPADS", "air_defense", ""},
		{"aircraft", "aircraft", ""},
		{"body armor", "other", ""},
		{"generators", "other", ""},
		{"gas masks", "other", ""},
	}
	for _, tt := range tests {
		h, ok := l.LookupHead(tt.word)
		if !ok {
			t.Errorf("LookupHead(%q): no match", tt.word)
			continue
		}
		if h.Category != tt.category || h.Unit != tt.unit {
			t.Errorf("LookupHead(%q) = %s/%q, want %s/%q", tt.word, h.Category, h.Unit, tt.category, tt.unit)
		}
	}
	if h, ok := l.LookupHead("tank"); !ok || h.Plural != "tanks" {
		t.Errorf("an empty plural should become the singular + s, got %+v", h)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"T-72":             "t 72",
		" Leopard  2A4 ":   "leopard 2a4",
		"anti-tank":        "anti tank",
		"IRIS-T\tSLM":      "iris t slm",
		"High-Mobility Co": "high mobility co",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

const sysHeader = "canonical\tcategory\tcaliber_mm\taliases\taliases_cs\tnote\n"

func TestParseSystemsErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // substrings of the error, each with file:line
	}{
		{"bad category", sysHeader +
			"# comment lines count\n" +
			"M777\tartillery\t155\tM777|M777s\t\t\n" +
			"Leopard 2\ttanks\t120\tLeopard 2\t\t\n",
			[]string{`systems.tsv:4: unknown category "tanks"`}},
		{"empty category", sysHeader + "M777\t\t155\tM777\t\t\n",
			[]string{`systems.tsv:2: empty category`}},
		{"duplicate alias", sysHeader +
			"M777\tartillery\t155\tM777|M777s\t\t\n" +
			"\n" +
			"M777A2\tartillery\t155\tM777A2|m777S\t\t\n",
			[]string{`systems.tsv:4: alias "m777S" is also an alias of "M777" (line 2)`}},
		{"alias equal to another canonical", sysHeader +
			"M142 HIMARS\trocket_artillery\t227\tHIMARS\t\t\n" +
			"Other\trocket_artillery\t\tm142 himars\t\t\n",
			[]string{`systems.tsv:3: alias "m142 himars" is also an alias of "M142 HIMARS" (line 2)`}},
		{"duplicate case-sensitive alias", sysHeader +
			"BGM-71 TOW\tanti_tank\t\tBGM-71\tTOW\t\n" +
			"Other\tanti_tank\t\tOther\tTOW\t\n",
			[]string{`systems.tsv:3: case-sensitive alias "TOW" is also an alias of "BGM-71 TOW" (line 2)`}},
		{"case-sensitive alias shadowed by another system", sysHeader +
			"MIM-23 Hawk\tair_defense\t\tMIM-23\tHawk\t\n" +
			"Hawk drone\tdrone\t\thawk\t\t\n",
			[]string{`systems.tsv:3: alias "hawk" also matches case-sensitive alias of "MIM-23 Hawk" (line 2)`}},
		{"case-sensitive alias also case-insensitive", sysHeader +
			"BGM-71 TOW\tanti_tank\t\tBGM-71|tow\tTOW\t\n",
			[]string{`systems.tsv:2: case-sensitive alias "TOW" is already matched without regard to case`}},
		{"alias listed twice", sysHeader + "M777\tartillery\t155\tM777s|M777s\t\t\n",
			[]string{`systems.tsv:2: alias "M777s" listed twice`}},
		{"empty alias", sysHeader + "M777\tartillery\t155\tM777||M777s\t\t\n",
			[]string{`systems.tsv:2: aliases: empty entry`}},
		{"duplicate canonical", sysHeader +
			"M777\tartillery\t155\t\t\t\n" +
			"m777\tartillery\t155\t\t\t\n",
			[]string{`systems.tsv:3: canonical name "m777" already used at line 2`}},
		{"bad caliber", sysHeader +
			"M777\tartillery\t155 mm\tM777\t\t\n" +
			"M119\tartillery\t-105\tM119\t\t\n" +
			"M101\tartillery\tNaN\tM101\t\t\n",
			[]string{`systems.tsv:2: bad caliber_mm "155 mm"`, `systems.tsv:3: bad caliber_mm "-105"`, `systems.tsv:4: bad caliber_mm "NaN"`}},
		{"empty canonical", sysHeader + "\tartillery\t155\tM777\t\t\n",
			[]string{`systems.tsv:2: empty canonical`}},
		{"missing column", "# header follows\ncanonical\tcategory\tcaliber_mm\n",
			[]string{`systems.tsv:2: missing column "aliases"`}},
		{"unknown column", "canonical\tcategory\tcaliber_mm\taliases\tcountry\n",
			[]string{`systems.tsv:1: unknown column "country"`}},
		{"repeated column", "canonical\tcategory\tcaliber_mm\taliases\taliases\n",
			[]string{`systems.tsv:1: column "aliases" repeated`}},
		{"field count", sysHeader + "M777\tartillery\t155\tM777\n",
			[]string{`systems.tsv:2: 4 fields, the header has 6`}},
		{"no header", "# only comments\n\n",
			[]string{`systems.tsv:2: no header row`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseSystems(strings.NewReader(tt.in), "systems.tsv")
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			var le *LoadError
			if !errors.As(err, &le) || le.File != "systems.tsv" || le.Line == 0 {
				t.Errorf("error %v does not carry a *LoadError with file and line", err)
			}
		})
	}
}

func TestParseSystemsOK(t *testing.T) {
	in := "\ufeff# systems\r\n" +
		"category\tcanonical\taliases\tcaliber_mm\r\n" + // column order is free; optional columns may be absent
		"artillery\tM777\tM777|M777s|M-777\t155\r\n" +
		"anti_tank\tNLAW\t\t\r\n"
	systems, err := parseSystems(strings.NewReader(in), "systems.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(systems) != 2 {
		t.Fatalf("%d systems, want 2", len(systems))
	}
	s := systems[0]
	if s.Canonical != "M777" || s.Category != "artillery" || s.CaliberMM != 155 || !slices.Equal(s.Aliases, []string{"M777", "M777s", "M-777"}) || s.Line != 3 {
		t.Errorf("got %+v", s)
	}
	if systems[1].Aliases != nil || systems[1].CaliberMM != 0 {
		t.Errorf("empty fields should give zero values, got %+v", systems[1])
	}
}

const headHeader = "head\tplural\tcategory\tunit\tnote\n"

func TestParseHeadsErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
	}{
		{"bad category", headHeader + "howitzer\t\tguns\t\t\n", `heads.tsv:2: unknown category "guns"`},
		{"duplicate head", headHeader + "tank\t\ttank\t\t\n# again\ntanks\ttankses\ttank\t\t\n", `heads.tsv:4: head "tanks" already listed at line 2`},
		{"hyphen variant is a duplicate", headHeader + "anti-tank weapon\t\tanti_tank\t\t\nanti tank weapon\t\tanti_tank\t\t\n", `heads.tsv:3: head "anti tank weapon" already listed at line 2`},
		{"bad unit", headHeader + "round\t\tammunition\tRounds\t\n", `heads.tsv:2: bad unit "Rounds"`},
		{"empty head", headHeader + "\t\ttank\t\t\n", `heads.tsv:2: empty head`},
		{"missing column", "head\tplural\tcategory\n", `heads.tsv:1: missing column "unit"`},
		{"unknown column", "head\tplural\tcategory\tunit\tcaliber_mm\n", `heads.tsv:1: unknown column "caliber_mm"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseHeads(strings.NewReader(tt.in), "heads.tsv")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestHeadThatIsASystemAlias(t *testing.T) {
	systems, err := parseSystems(strings.NewReader(sysHeader+"MiG-29\taircraft\t\tMiG-29|MiG|MiGs\t\t\n"), "systems.tsv")
	if err != nil {
		t.Fatal(err)
	}
	heads, err := parseHeads(strings.NewReader(headHeader+"# family\nMiG\t\taircraft\t\t\n"), "heads.tsv")
	if err != nil {
		t.Fatal(err)
	}
	_, err = newLexicon(systems, heads, "systems.tsv", "heads.tsv")
	want := `heads.tsv:3: head "MiG" is also an alias of system "MiG-29" (systems.tsv:2)`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want one containing %q", err, want)
	}
}

// The loader must reject bad input with an error, never panic.
func FuzzParseSystems(f *testing.F) {
	f.Add(sysHeader + "M777\tartillery\t155\tM777|M777s\tM\tnote\n")
	f.Add("canonical\tcategory\tcaliber_mm\taliases\n\t\t\t\n")
	f.Add("#\n\ufeffcanonical\tcanonical\n")
	f.Add(systemsTSV[:min(len(systemsTSV), 4000)])
	f.Fuzz(func(t *testing.T, in string) {
		systems, err := parseSystems(strings.NewReader(in), "systems.tsv")
		if err != nil {
			return
		}
		l, err := newLexicon(systems, nil, "systems.tsv", "heads.tsv")
		if err != nil {
			t.Fatalf("parseSystems accepted input that newLexicon rejects: %v", err)
		}
		for i := range l.Systems {
			if _, ok := l.Lookup(l.Systems[i].Canonical); !ok {
				t.Fatalf("canonical %q not found", l.Systems[i].Canonical)
			}
		}
	})
}
