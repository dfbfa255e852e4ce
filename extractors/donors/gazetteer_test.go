package donors

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

func mustLoad(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return g
}

// unMembers holds the ISO 3166-1 alpha-3 codes of the 193 UN member states.
var unMembers = strings.Fields(`
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
CIV HRV CUB CYP CZE COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN
FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ
IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE
LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE`)

func TestLoadEmbedded(t *testing.T) {
	g := mustLoad(t)
	if len(unMembers) != 193 {
		t.Fatalf("test list has %d UN members, want 193", len(unMembers))
	}
	states := 0
	for _, e := range g.Entries {
		if e.Kind == KindState {
			states++
		}
	}
	if states < 195 {
		t.Errorf("%d states, want at least 195", states)
	}
	for _, code := range append(unMembers, "XKX", "TWN", "PSE") {
		e, ok := g.ByCode(code)
		if !ok {
			t.Errorf("no entry with code %s", code)
			continue
		}
		if e.Kind != KindState {
			t.Errorf("%s (%s) has kind %q, want state", e.Canonical, code, e.Kind)
		}
	}
	for _, code := range strings.Fields("EU NATO WBG IMF UN UNHCR UNICEF WFP WHO OCHA UNDP OSCE EIB EBRD G7 COE ICRC") {
		if e, ok := g.ByCode(code); !ok || e.Kind == KindState {
			t.Errorf("no organisation or body with code %s", code)
		}
	}
	for i := range g.Entries {
		e := &g.Entries[i]
		for _, f := range e.Forms() {
			got, ok := g.Lookup(f)
			if !ok || got != e {
				t.Errorf("%s:%d: form %q does not look up to %s", GazetteerFile, e.Line, f, e.Canonical)
			}
		}
	}
	if len(g.NotDonors) == 0 {
		t.Error("no not-donors loaded")
	}
}

func TestLookup(t *testing.T) {
	g := mustLoad(t)
	for _, tc := range []struct {
		surface string
		code    string // "" when the surface must not match
	}{
		// Names and short forms.
		{"United States", "USA"},
		{"U.S.", "USA"},
		{"US", "USA"},
		{"USA", "USA"},
		{"America", "USA"},
		{"the States", "USA"},
		{"the United States", "USA"},
		{"The United States", "USA"},
		{"United Kingdom", "GBR"},
		{"UK", "GBR"},
		{"Britain", "GBR"},
		{"Czech Republic", "CZE"},
		{"Czechia", "CZE"},
		{"Netherlands", "NLD"},
		{"the Netherlands", "NLD"},
		{"Holland", "NLD"},
		{"Türkiye", "TUR"},
		{"Turkey", "TUR"},
		{"DPRK", "PRK"},
		{"North Korea", "PRK"},
		{"Republic of Korea", "KOR"},
		{"Côte d\u2019Ivoire", "CIV"}, // curly apostrophe
		{"Kosovo", "XKX"},
		{"Taiwan", "TWN"},
		{"Palestine", "PSE"},
		// Adjectives and demonyms.
		{"British", "GBR"},
		{"Dutch", "NLD"},
		{"American", "USA"},
		{"Germans", "DEU"},
		{"German", "DEU"},
		{"Czech", "CZE"},
		{"Polish", "POL"},
		{"Iranian", "IRN"},
		{"North Korean", "PRK"},
		{"Belarusian", "BLR"},
		{"Israeli", "ISR"},
		{"Turkish", "TUR"},
		{"Japanese", "JPN"},
		{"South Korean", "KOR"},
		{"Australian", "AUS"},
		{"New Zealander", "NZL"},
		{"Canadian", "CAN"},
		{"Mexican", "MEX"},
		// Organisations and the instruments they run.
		{"EU", "EU"},
		{"E.U.", "EU"},
		{"European Union", "EU"},
		{"European Commission", "EU"},
		{"European Peace Facility", "EU"},
		{"EPF", "EU"},
		{"NATO", "NATO"},
		{"Nato", "NATO"},
		{"World Bank", "WBG"},
		{"IBRD", "WBG"},
		{"IMF", "IMF"},
		{"International Monetary Fund", "IMF"},
		{"UN", "UN"},
		{"UNHCR", "UNHCR"},
		{"Unicef", "UNICEF"},
		{"WHO", "WHO"},
		{"Ukraine Defense Contact Group", "UDCG"},
		{"UDCG", "UDCG"},
		{"SpaceX", "SPACEX"},
		{"Come Back Alive", "CBA"},
		{"Prytula Foundation", "PRYTULA"},
		{"Baykar", "BAYKAR"},
		{"People in Need", "PIN"},
		{"people in need", ""},
		// Bodies.
		{"Pentagon", "USA"},
		{"the Pentagon", "USA"},
		{"Department of Defense", "USA"},
		{"White House", "USA"},
		{"Congress", "USA"},
		{"President Biden", "USA"},
		{"Bundestag", "DEU"},
		{"the Korean government", "KOR"},
		{"Korea", "KOR"},
		{"North Korea", "PRK"},
		{"North Korean", "PRK"},
		{"Taoiseach", "IRL"},
		{"Chancellor Scholz", "DEU"},
		{"Downing Street", "GBR"},
		{"Federal Department of Defense, Civil Protection and Sport", "CHE"},
		{"DDPS", "CHE"},
		{"Filippo Grandi", "UNHCR"},
		{"the Kremlin", "RUS"},
		{"Verkhovna Rada", "UKR"},
		// Typography, articles and possessives.
		{"  United \u00a0 Kingdom ", "GBR"},
		{"Germany's", "DEU"},
		{"Germany\u2019s", "DEU"},
		{"the Netherlands'", "NLD"},
		{"the EU's", "EU"},
		{"US's", "USA"},
		// Must not match: other cases of case-sensitive forms.
		{"us", ""},
		{"Us", ""},
		{"uk", ""},
		{"eu", ""},
		{"un", ""},
		{"who", ""},
		{"turkey", ""},
		{"polish", ""},
		{"pentagon", ""},
		{"congress", ""},
		{"the states", ""},
		// Must not match: ambiguous or generic.
		{"korea", ""},
		{"Korean", ""},
		{"Congo", ""},
		{"Prime Minister", ""},
		{"Ministry of Defence", ""},
		{"WASHINGTON", ""}, // a capital, written as a dateline
		{"Brussels", ""},   // the EU's, NATO's and Belgium's
		{"allies", ""},
		{"Europe", ""},
		{"European", ""},
		{"NATO member states", ""},
		{"Kiel Institute", ""},
		{"", ""},
		{"the", ""},
		{"'s", ""},
	} {
		e, ok := g.Lookup(tc.surface)
		switch {
		case tc.code == "" && ok:
			t.Errorf("Lookup(%q) = %s, want no match", tc.surface, e.Canonical)
		case tc.code != "" && !ok:
			t.Errorf("Lookup(%q): no match, want %s", tc.surface, tc.code)
		case tc.code != "" && e.Code != tc.code:
			t.Errorf("Lookup(%q) = %s (%s), want %s", tc.surface, e.Canonical, e.Code, tc.code)
		}
	}
}

func TestLookupCanonical(t *testing.T) {
	g := mustLoad(t)
	for surface, want := range map[string]string{
		"U.S.":                    "United States",
		"British":                 "United Kingdom",
		"Czechia":                 "Czech Republic",
		"Dutch":                   "Netherlands",
		"EU":                      "European Union",
		"European Peace Facility": "European Union",
		"World Bank Group":        "World Bank",
		"Pyongyang's":             "North Korea", // a capital stands for its government
		"PYONGYANG":               "",            // as written only: a dateline
		"Brussels":                "",            // names the EU, NATO and Belgium
	} {
		e, ok := g.Lookup(surface)
		got := ""
		if ok {
			got = e.Canonical
		}
		if got != want {
			t.Errorf("Lookup(%q) = %q, want %q", surface, got, want)
		}
	}
}

// Every donor named in the gold annotations resolves to itself, so the
// linker can emit gazetteer names and match the gold.
func TestGoldDonors(t *testing.T) {
	const path = "../../testdata/gold/seed.jsonl"
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s not present", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g := mustLoad(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for line := 1; sc.Scan(); line++ {
		var rec struct {
			Type   string   `json:"type"`
			Donor  *string  `json:"donor"`
			Donors []string `json:"donors"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		if rec.Type != "event" {
			continue
		}
		names := rec.Donors
		if rec.Donor != nil {
			names = append(names, *rec.Donor)
		}
		for _, name := range names {
			n++
			e, ok := g.Lookup(name)
			if !ok || e.Canonical != name {
				t.Errorf("%s:%d: gold donor %q is not a canonical name of the gazetteer", path, line, name)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Errorf("%s: no donors found", path)
	}
}

func TestIsNotDonor(t *testing.T) {
	g := mustLoad(t)
	for surface, want := range map[string]bool{
		"Kiel Institute":      true,
		"the Kiel Institute":  true,
		"Kiel Institute's":    true,
		"kiel institute":      true,
		"CSIS":                true,
		"Oryx":                true,
		"Reuters":             true,
		"The Washington Post": true,
		"Germany":             false,
		"European Council":    false,
		"":                    false,
	} {
		if got := g.IsNotDonor(surface); got != want {
			t.Errorf("IsNotDonor(%q) = %v, want %v", surface, got, want)
		}
	}
}

func TestLoadDeterministic(t *testing.T) {
	a, b := mustLoad(t), mustLoad(t)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two loads differ")
	}
}

func TestLookupConcurrent(t *testing.T) {
	g := mustLoad(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, s := range []string{"U.S.", "British", "Bundestag", "us", "Kiel Institute"} {
				g.Lookup(s)
				g.IsNotDonor(s)
			}
		})
	}
	wg.Wait()
}

const (
	header   = "canonical\tcode\tkind\taliases\tcase_sensitive\tbodies\n"
	okNotDon = "name\twhy\nKiel Institute\ttracker\n"
)

func loadStrings(gazetteer, notDonors string) (*Gazetteer, error) {
	return LoadFS(fstest.MapFS{
		GazetteerFile: {Data: []byte(gazetteer)},
		NotDonorsFile: {Data: []byte(notDonors)},
	})
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name      string
		gaz, notd string
		want      string // substring of the error
	}{
		{
			name: "unknown column",
			gaz:  "# comment\ncanonical\tcode\tkind\taliases\tcase_sensitive\tbodies\tnotes\n",
			want: `gazetteer.tsv:2: unknown column "notes"`,
		},
		{
			name: "missing column",
			gaz:  "canonical\tcode\tkind\taliases\tbodies\nGermany\tDEU\tstate\tGerman\t\n",
			want: `gazetteer.tsv:1: missing column "case_sensitive"`,
		},
		{
			name: "repeated column",
			gaz:  "canonical\tcode\tkind\taliases\tcase_sensitive\tbodies\tcode\n",
			want: `gazetteer.tsv:1: column "code" repeated`,
		},
		{
			name: "no header",
			gaz:  "# only comments\n\n",
			want: "gazetteer.tsv:1: no header row",
		},
		{
			name: "no rows",
			gaz:  "\n" + header,
			want: "gazetteer.tsv:2: no rows",
		},
		{
			name: "field count",
			gaz:  header + "Germany\tDEU\tstate\tGerman\n",
			want: "gazetteer.tsv:2: 4 fields, the header has 6",
		},
		{
			name: "bad kind",
			gaz:  header + "Germany\tDEU\tcountry\tGerman\t\t\n",
			want: `gazetteer.tsv:2: kind "country" is not one of state, organisation, body`,
		},
		{
			name: "bad state code",
			gaz:  header + "Germany\tDE\tstate\tGerman\t\t\n",
			want: `gazetteer.tsv:2: code "DE" of a state is not ISO 3166-1 alpha-3`,
		},
		{
			name: "bad organisation code",
			gaz:  header + "European Union\teu\torganisation\tEU\tEU\t\n",
			want: `gazetteer.tsv:2: code "eu" is not 2-8 capitals`,
		},
		{
			name: "empty canonical",
			gaz:  header + "\tDEU\tstate\tGerman\t\t\n",
			want: "gazetteer.tsv:2: empty canonical",
		},
		{
			name: "duplicate canonical",
			gaz:  header + "Germany\tDEU\tstate\tGerman\t\t\n# two\ngermany\tDDR\tstate\t\t\t\n",
			want: `gazetteer.tsv:4: duplicate canonical "germany" (first at line 2)`,
		},
		{
			name: "duplicate code",
			gaz:  header + "Germany\tDEU\tstate\tGerman\t\t\nAustria\tDEU\tstate\tAustrian\t\t\n",
			want: `gazetteer.tsv:3: duplicate code "DEU" (first at line 2)`,
		},
		{
			name: "alias claimed twice",
			gaz:  header + "United Kingdom\tGBR\tstate\tBritain|British\t\t\nBritish Virgin Islands\tVGB\tstate\tBritish\t\t\n",
			want: `gazetteer.tsv:3: form "British" is also claimed by United Kingdom (line 2)`,
		},
		{
			name: "body claimed twice",
			gaz:  header + "Austria\tAUT\tstate\t\t\tBundesrat\nGermany\tDEU\tstate\t\t\tBundestag|Bundesrat\n",
			want: `gazetteer.tsv:3: form "Bundesrat" is also claimed by Austria (line 2)`,
		},
		{
			name: "case-sensitive form against a folded one",
			gaz:  header + "United States\tUSA\tstate\tUS\tUS\t\nPronouns\tPRN\tbody\tus\t\t\n",
			want: `gazetteer.tsv:3: form "us" is also claimed by United States (line 2)`,
		},
		{
			name: "alias listed twice",
			gaz:  header + "Germany\tDEU\tstate\tGerman|Germans|German\t\t\n",
			want: `gazetteer.tsv:2: form "German" is listed twice`,
		},
		{
			name: "alias listed twice in another case",
			gaz:  header + "Germany\tDEU\tstate\tGerman|german\t\t\n",
			want: `gazetteer.tsv:2: form "german" is listed twice (as "German")`,
		},
		{
			name: "case_sensitive not a form",
			gaz:  header + "United States\tUSA\tstate\tU.S.\tUS\t\n",
			want: `gazetteer.tsv:2: case_sensitive "US" is not an alias or body of United States`,
		},
		{
			name: "empty list item",
			gaz:  header + "Germany\tDEU\tstate\tGerman||Germans\t\t\n",
			want: `gazetteer.tsv:2: aliases: empty item 2`,
		},
		{
			name: "capital of two",
			gaz:  "canonical\tcode\tkind\taliases\tcase_sensitive\tbodies\tcapital\nGermany\tDEU\tstate\tGerman\t\t\tBerlin\nPrussia\tPRU\tstate\t\t\t\tBerlin\n",
			want: `gazetteer.tsv:3: form "Berlin" is also claimed by Germany (line 2)`,
		},
		{
			name: "capital list",
			gaz:  "canonical\tcode\tkind\taliases\tcase_sensitive\tbodies\tcapital\nNetherlands\tNLD\tstate\tDutch\t\t\tAmsterdam|The Hague\n",
			want: `gazetteer.tsv:2: capital "Amsterdam|The Hague": one name only`,
		},
		{
			name: "not-donor duplicate",
			gaz:  header + "Germany\tDEU\tstate\tGerman\t\t\n",
			notd: "name\twhy\nCSIS\tthink tank\n# again\ncsis\tthink tank\n",
			want: `not_donors.tsv:4: duplicate name "csis" (first at line 2)`,
		},
		{
			name: "not-donor is a form",
			gaz:  header + "Germany\tDEU\tstate\tGerman\t\t\n",
			notd: "name\twhy\nGerman\tadjective\n",
			want: `not_donors.tsv:2: "German" is a form of Germany (gazetteer.tsv:2)`,
		},
		{
			name: "not-donor without why",
			gaz:  header + "Germany\tDEU\tstate\tGerman\t\t\n",
			notd: "name\twhy\nCSIS\t\n",
			want: `not_donors.tsv:2: empty why for "CSIS"`,
		},
		{
			name: "not-donor unknown column",
			gaz:  header + "Germany\tDEU\tstate\tGerman\t\t\n",
			notd: "name\treason\n",
			want: `not_donors.tsv:1: unknown column "reason"`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			notd := tc.notd
			if notd == "" {
				notd = okNotDon
			}
			g, err := loadStrings(tc.gaz, notd)
			if err == nil {
				t.Fatalf("loaded %d entries, want error %q", len(g.Entries), tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error:\n%v\nwant it to contain %q", err, tc.want)
			}
			var le *Error
			if !errors.As(err, &le) || le.Line < 1 {
				t.Fatalf("error %v does not wrap an *Error with a line", err)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := LoadFS(fstest.MapFS{GazetteerFile: {Data: []byte(header + "Germany\tDEU\tstate\t\t\t\n")}})
	if err == nil || !strings.Contains(err.Error(), NotDonorsFile) {
		t.Fatalf("err = %v, want one naming %s", err, NotDonorsFile)
	}
}

func TestLoadAccepts(t *testing.T) {
	// Columns in any order, CRLF line ends, padded cells, two case-sensitive
	// forms that differ only in case naming different entries.
	gaz := "# c\r\nkind\tcanonical\tcode\tbodies\tcase_sensitive\taliases\r\n" +
		"state\tUnited States\tUSA\tPentagon\tUS|Pentagon\t United States | US \r\n" +
		"body\tUs Weekly\tUSW\t\tUs\tUs\r\n"
	g, err := loadStrings(gaz, okNotDon)
	if err != nil {
		t.Fatal(err)
	}
	for surface, want := range map[string]string{"US": "USA", "Us": "USW", "Pentagon": "USA", "us": "", "pentagon": ""} {
		got := ""
		if e, ok := g.Lookup(surface); ok {
			got = e.Code
		}
		if got != want {
			t.Errorf("Lookup(%q) = %q, want %q", surface, got, want)
		}
	}
	if e, _ := g.ByCode("USA"); e == nil || e.Line != 3 || !reflect.DeepEqual(e.Aliases, []string{"United States", "US"}) {
		t.Errorf("ByCode(USA) = %+v", e)
	}
}

func FuzzLoadFS(f *testing.F) {
	f.Add(header+"Germany\tDEU\tstate\tGerman|Germans\t\tBundestag\n", okNotDon)
	f.Add(header+"United States\tUSA\tstate\tUS|U.S.\tUS\tPentagon\n", "name\twhy\nOryx\ttracker\n")
	f.Add("canonical\tcode\n", "")
	f.Fuzz(func(t *testing.T, gaz, notd string) {
		g, err := loadStrings(gaz, notd)
		if err != nil {
			var le *Error
			if !errors.As(err, &le) {
				t.Fatalf("error without position: %v", err)
			}
			return
		}
		for i := range g.Entries {
			e := &g.Entries[i]
			if got, ok := g.Lookup(e.Canonical); !ok || got != e {
				t.Fatalf("canonical %q of line %d does not look up to itself", e.Canonical, e.Line)
			}
		}
	})
}

// A rejected row claims nothing: the rows after it are judged without it.
func TestLoadBadRowClaimsNothing(t *testing.T) {
	gaz := header +
		"Germany\tDEU\tstate\tGerman\t\t\n" +
		"Austria\tAUT\tstate\tAustrian|German\t\t\n" +
		"Switzerland\tCHE\tstate\tSwiss|Austrian\t\t\n"
	_, err := loadStrings(gaz, okNotDon)
	if err == nil {
		t.Fatal("loaded, want an error")
	}
	want := `gazetteer.tsv:3: form "German" is also claimed by Germany (line 2)`
	if err.Error() != want {
		t.Fatalf("error:\n%v\nwant exactly %q", err, want)
	}
}

func TestMayStart(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Germany", "germany's", "the", "The United", "the United States", "United", "European Peace", "Kiel"} {
		if !g.MayStart(s) {
			t.Errorf("MayStart(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"howitzers", "Germany pledged", "the howitzers", "xyz"} {
		if g.MayStart(s) {
			t.Errorf("MayStart(%q) = true, want false", s)
		}
	}
	// Every form starts itself.
	for i := range g.Entries {
		for _, f := range g.Entries[i].Forms() {
			if !g.MayStart(f) {
				t.Errorf("MayStart(%q), a form of %s, = false", f, g.Entries[i].Canonical)
			}
		}
	}
}
