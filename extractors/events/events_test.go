package events

import (
	"cmp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/aidextract/aidextract/extractors/dates"
	"github.com/aidextract/aidextract/extractors/materiel"
	"github.com/aidextract/aidextract/extractors/money"
	"github.com/aidextract/aidextract/pipeline/model"
)

// stages builds the extractors the linker consumes, once per test binary.
type stages struct {
	l  *Linker
	xs []model.Extractor
}

func newStages(t testing.TB) *stages {
	t.Helper()
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	m, err := money.New()
	if err != nil {
		t.Fatal(err)
	}
	mt, err := materiel.New()
	if err != nil {
		t.Fatal(err)
	}
	return &stages{l: l, xs: []model.Extractor{m, dates.New(), mt}}
}

// run prepares text as a document dated day and links its mentions.
func (s *stages) run(text string, day time.Time) (*model.Doc, []model.Mention, []model.Event) {
	d := model.Prepare(&model.Document{ID: "t", Text: text, Date: day})
	var ms []model.Mention
	for _, sn := range d.Sentences {
		for _, x := range s.xs {
			ms = append(ms, x.Extract(d, sn)...)
		}
	}
	slices.SortStableFunc(ms, func(a, b model.Mention) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Kind, b.Kind))
	})
	ms = dates.Resolve(d, ms)
	return d, ms, s.l.Link(d, ms)
}

// want is the expected shape of one event row; empty fields are not checked.
type want struct {
	donor, group, recipient, kind, pkg, date string
	amount                                   float64 // 0: no amount expected
}

func TestLink(t *testing.T) {
	st := newStages(t)
	day := time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		text string
		want []want
	}{
		{
			name: "press release, donor as a body, document date",
			text: "The Department of Defense announced a $2 billion package of security assistance for Ukraine.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 2e9, date: "2024-05-10", recipient: "Ukraine"}},
		},
		{
			name: "joint donors: one row each, joint amount",
			text: "On 3 March 2024, Norway and Denmark will jointly fund a €500 million air-defence package.",
			want: []want{
				{donor: "Norway", kind: KindPledge, amount: 500e6, date: "2024-03-03"},
				{donor: "Denmark", kind: KindPledge, amount: 500e6, date: "2024-03-03"},
			},
		},
		{
			name: "numbered drawdown in digits",
			text: "On 12 June 2024, the Pentagon announced the 33rd drawdown for Ukraine, worth up to $300 million.",
			want: []want{{donor: "United States", kind: KindPledge, pkg: "PDA 33", amount: 300e6, date: "2024-06-12"}},
		},
		{
			name: "numbered tranche in words",
			text: "Washington confirmed that the United States had announced its fifty-sixth tranche, a $150 million package.",
			want: []want{{donor: "United States", kind: KindPledge, pkg: "PDA 56", amount: 150e6}},
		},
		{
			name: "two packages in one sentence",
			text: "The US announced a $400 million drawdown and a $1.2 billion Ukraine Security Assistance Initiative package.",
			want: []want{
				{donor: "United States", pkg: "PDA", amount: 400e6},
				{donor: "United States", pkg: "USAI", amount: 1.2e9},
			},
		},
		{
			name: "Iran supplies Russia",
			text: "In 2023 Iran supplied Russia with hundreds of Shahed drones.",
			want: []want{{donor: "Iran", recipient: "Russia", kind: KindDelivery, date: "2023"}},
		},
		{
			name: "a tracker is not a donor",
			text: "The Kiel Institute estimates that Western countries have provided €100 billion to Ukraine since February 2022.",
			want: []want{{group: "Western countries", kind: KindTotal, amount: 100e9, date: "2022-02"}},
		},
		{
			name: "cumulative figure is a total, not a package",
			text: "By 14 October 2022, US security assistance to Ukraine since January 2021 had totalled $18.2 billion.",
			want: []want{{donor: "United States", kind: KindTotal, amount: 18.2e9, date: "2022-10-14"}},
		},
		{
			name: "request to a legislature",
			text: "On 2 September 2022, President Biden asked Congress for $13.7 billion for Ukraine.",
			want: []want{{donor: "United States", kind: KindRequest, amount: 13.7e9, date: "2022-09-02"}},
		},
		{
			name: "approval by a legislature, a government's approval is a pledge",
			text: "The Bundestag approved €8 billion for Ukraine. The Latvian government approved €10 million for drones.",
			want: []want{
				{donor: "Germany", kind: KindApproval, amount: 8e9},
				{donor: "Latvia", kind: KindPledge, amount: 10e6},
			},
		},
		{
			name: "bullet list whose items name donors",
			text: "On 20 January 2023, nine countries pledged support:\n- Norway pledged €20 million for demining.\n- Sweden pledged €30 million in winter equipment.\n",
			want: []want{
				{group: "nine countries", kind: KindPledge, date: "2023-01-20"},
				{donor: "Norway", kind: KindPledge, amount: 20e6, date: "2023-01-20"},
				{donor: "Sweden", kind: KindPledge, amount: 30e6, date: "2023-01-20"},
			},
		},
		{
			name: "refusal is no event",
			text: "NATO refused to send troops into Ukraine.",
			want: nil,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, evs := st.run(c.text, day)
			if len(evs) != len(c.want) {
				t.Fatalf("got %d events, want %d: %s", len(evs), len(c.want), dump(evs))
			}
			for i, w := range c.want {
				e := evs[i]
				check := func(field, got, want string) {
					if want != "" && got != want {
						t.Errorf("event %d %s = %q, want %q (%s)", i, field, got, want, dump(evs))
					}
				}
				check("donor", e.Donor, w.donor)
				check("donor_group", e.DonorGroup, w.group)
				check("recipient", e.Recipient, w.recipient)
				check("kind", e.Kind, w.kind)
				check("package", e.Package, w.pkg)
				if w.date != "" {
					got := ""
					if e.Date != nil {
						got = e.Date.Value()
					}
					check("date", got, w.date)
				}
				if w.amount != 0 && (!e.HasAmount || e.Amount != w.amount) {
					t.Errorf("event %d amount = %v (has %v), want %v", i, e.Amount, e.HasAmount, w.amount)
				}
				if w.amount == 0 && w.donor != "" && e.HasAmount && c.name != "two packages in one sentence" {
					t.Errorf("event %d has amount %v, want none", i, e.Amount)
				}
				if e.Confidence <= 0 || e.Confidence > 1 {
					t.Errorf("event %d confidence %v outside (0, 1]", i, e.Confidence)
				}
				if w.donor == "" && e.Donor != "" {
					t.Errorf("event %d donor = %q, want none", i, e.Donor)
				}
			}
		})
	}
}

func dump(evs []model.Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString("\n  " + e.Donor + "|" + e.DonorGroup + "|" + e.Kind + "|" + e.Package + "|" + e.Rule)
	}
	return b.String()
}

// TestLinkMentions checks that the linked amount and the materiel of a
// package, in its sentence and in the list it introduces, carry its id.
func TestLinkMentions(t *testing.T) {
	st := newStages(t)
	text := "On 3 May 2023, the Pentagon announced a $300 million package with 12 HIMARS launchers. The package included:\n- 50 Bradley fighting vehicles;\n- 30,000 155 mm artillery rounds.\n"
	d, ms, evs := st.run(text, time.Time{})
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1: %s", len(evs), dump(evs))
	}
	cp, _, _ := d.View.Original(d.Sentences[evs[0].Sentence].Start, d.Sentences[evs[0].Sentence].End)
	id := model.EventID(d.ID, cp, evs[0].Seq)
	items := 0
	for _, m := range ms {
		switch {
		case m.Money != nil:
			if m.Money.EventID != id {
				t.Errorf("money %q event_id %q, want %q", text[m.Start:m.End], m.Money.EventID, id)
			}
		case m.Materiel != nil:
			items++
			if m.Materiel.EventID != id {
				t.Errorf("materiel %q event_id %q, want %q", text[m.Start:m.End], m.Materiel.EventID, id)
			}
		}
	}
	if items == 0 {
		t.Skip("the materiel extractor found no items")
	}
	if evs[0].ItemCount != items {
		t.Errorf("item_count = %d, want %d", evs[0].ItemCount, items)
	}
}

// TestDeterministic repeats a run: the same input gives the same events.
func TestDeterministic(t *testing.T) {
	st := newStages(t)
	text := "On 6 January 2023, Germany and the US announced Marder and Bradley vehicles; France pledged €50 million. The UK sent 14 tanks."
	_, _, first := st.run(text, time.Time{})
	for range 20 {
		_, _, again := st.run(text, time.Time{})
		if dump(again) != dump(first) {
			t.Fatalf("run differs:%s\nvs%s", dump(again), dump(first))
		}
	}
}

func TestOrdinals(t *testing.T) {
	st := newStages(t)
	for text, want := range map[string]string{
		"The Pentagon announced the 22nd presidential drawdown of $625 million.":          "PDA 22",
		"The Pentagon announced the twenty-third presidential drawdown of $725 million.":  "PDA 23",
		"The Pentagon announced the first drawdown of $10 million.":                       "PDA 1",
		"The EU allocated €500 million from the European Peace Facility.":                 "EPF",
		"The US provided $200 million in foreign military financing.":                     "FMF",
		"The United States will send $100 million of equipment under Lend-Lease to Kyiv.": "Lend-Lease",
	} {
		_, _, evs := st.run(text, time.Time{})
		if len(evs) == 0 || evs[0].Package != want {
			t.Errorf("%q: events %s, want package %q", text, dump(evs), want)
		}
	}
}

// TestLoadStrict feeds broken data files to the loader: every problem is
// reported as file:line.
func TestLoadStrict(t *testing.T) {
	good := map[string]string{}
	for _, f := range []string{TriggersFile, CuesFile, PackagesFile, GroupsFile, PartiesFile, OrdinalsFile, LegisFile} {
		b, err := dataFS.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		good[f] = string(b)
	}
	cases := []struct {
		file, text, want string
	}{
		{TriggersFile, "phrase\tkind\tstrength\nannounced\tpromise\t2\n", "triggers.tsv:2: kind"},
		{TriggersFile, "phrase\tkind\tstrength\nannounced\tpledge\t9\n", "triggers.tsv:2: strength"},
		{TriggersFile, "phrase\tkind\tstrength\nannounced\tpledge\t2\nannounced\tpledge\t2\n", "triggers.tsv:3: duplicate"},
		{TriggersFile, "phrase\tkind\n", "triggers.tsv:1: header"},
		{TriggersFile, "phrase\tkind\tstrength\nAnnounced\tpledge\t2\n", "lower case"},
		{TriggersFile, "phrase\tkind\tstrength\n... sent\tpledge\t2\n", "cannot start"},
		{CuesFile, "phrase\taid_type\nloan\tcredit\n", "cues.tsv:2: aid_type"},
		{PackagesFile, "phrase\tpackage\tnumbered\ndrawdown\tPDA\tmaybe\n", "packages.tsv:2: numbered"},
		{PartiesFile, "actor\trole\trecipient\nIran\tsupplier\tMars\n", "not a recipient"},
		{OrdinalsFile, "word\tvalue\tkind\nfirst\tone\tordinal\n", "ordinals.tsv:2: value"},
		{GroupsFile, "phrase\nallies\tx\n", "groups.tsv:2: 2 fields"},
	}
	for _, c := range cases {
		fsys := fstest.MapFS{}
		for f, text := range good {
			fsys[f] = &fstest.MapFile{Data: []byte(text)}
		}
		fsys[c.file] = &fstest.MapFile{Data: []byte(c.text)}
		_, err := loadData(fsys)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %q: err = %v, want %q", c.file, c.text, err, c.want)
		}
	}
	if _, err := loadData(dataFS); err != nil {
		t.Fatalf("embedded data: %v", err)
	}
}

// FuzzLink feeds arbitrary text through the extractors and the linker: it
// must never panic, and every event must lie within the document.
func FuzzLink(f *testing.F) {
	for _, s := range []string{
		"The US announced $2 billion for Ukraine.",
		"Norway and Denmark will jointly fund €1 million; Iran sent drones to Russia.",
		"The package included:\n- 12 HIMARS\n- 3 tanks\n",
		"its fifty-sixth tranche; the 22nd drawdown",
		"",
		":::;;;",
	} {
		f.Add(s)
	}
	st := newStages(f)
	f.Fuzz(func(t *testing.T, text string) {
		d, _, evs := st.run(text, time.Time{})
		for i, e := range evs {
			if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
				t.Fatalf("event %d sentence %d of %d", i, e.Sentence, len(d.Sentences))
			}
			if e.Start < 0 || e.End > len(d.View.Text) || e.Start > e.End {
				t.Fatalf("event %d span [%d,%d) outside the text (%d bytes)", i, e.Start, e.End, len(d.View.Text))
			}
			if e.Confidence < 0 || e.Confidence > 1 {
				t.Fatalf("event %d confidence %v", i, e.Confidence)
			}
		}
	})
}
