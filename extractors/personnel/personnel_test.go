package personnel

import (
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

func newExtractor(t testing.TB) *Extractor { return modeltest.Must(t, New) }

func extractAll(e *Extractor, text string) (*model.Doc, []model.Mention) {
	return modeltest.Extract(e, text)
}

type want struct {
	text  string
	qty   int64 // -1: vague
	qual  string
	vague string
	who   string
	role  string
}

var corpus = []struct {
	in   string
	want []want
}{
	{"The UK has trained 30,000 Ukrainian recruits since 2022.", []want{{"30,000 Ukrainian recruits", 30000, "exact", "", "Ukrainian recruits", "trained"}}},
	{"About 400 Ukrainian servicemen began a course in Poland.", []want{{"400 Ukrainian servicemen", 400, "approx", "", "Ukrainian servicemen", "trained"}}},
	// the number of a noun, counted after it
	{"The deployment brings the number of North Korean troops in Russia to 3,000.", []want{{"3,000", 3000, "exact", "", "troops", "deployed"}}},
	{"The number of refugees from Ukraine with temporary protection status in the EU increased by 41,300 in August.", []want{{"41,300", 41300, "exact", "", "refugees", "other"}}},
	// a casualty word alone after a count
	{"The strike left 12 dead and 30 injured.", []want{{"12", 12, "exact", "", "", "casualties"}, {"30", 30, "exact", "", "", "casualties"}}},
	// the others a casualty verb counts
	{"The missiles killed over 50 people and injured more than 200 others.", []want{{"50 people", 50, "more_than", "", "people", "casualties"}, {"200 others", 200, "more_than", "", "others", "casualties"}}},
	{"Germany sent 20 tanks and 30 others.", nil},
	// a demonym joined to another adjective is no noun; one with its own count shares the noun
	{"Canada sanctioned over 40 Russian and Belarusian entities.", nil},
	{"The camp holds 40 Ukrainian and 20 Polish soldiers.", []want{{"40 Ukrainian", 40, "exact", "", "Ukrainian", "other"}, {"20 Polish soldiers", 20, "exact", "", "Polish soldiers", "other"}}},
	{"Poland has received 5 million 729 thousand refugees from Ukraine.", []want{{"5 million 729 thousand refugees", 5729000, "exact", "", "refugees", "other"}}},
	// a verb in "-s" after the noun ends the phrase; a noun in "-s" does not
	{"The initial contingent of roughly 500 Ukrainian soldiers builds on other training.", []want{{"500 Ukrainian soldiers", 500, "approx", "", "Ukrainian soldiers", "deployed"}}},
	{"The US sent 100 M113 armored personnel carriers and shells.", nil},
	{"Canada sent 14 M113 tracked Armored Personnel Carrier vehicles.", nil},
	{"NATO's 29 European members spent more.", nil},
	{"Slovakia handed over four MiG-29 jet fighters, then 13 MiG-29 fighters; 300 foreign fighters came.", []want{{"300 foreign fighters", 300, "exact", "", "foreign fighters", "volunteered"}}},
	{"With 120 staff due to return at the end of this month, 66 staff would rotate in for a stint lasting until 31 July.", []want{{"120 staff", 120, "exact", "", "staff", "deployed"}, {"66 staff", 66, "exact", "", "staff", "deployed"}}},
	{"Denmark deployed 35 military instructors to Britain.", []want{{"35 military instructors", 35, "exact", "", "military instructors", "deployed"}}},
	{"More than 1,000 foreign fighters joined the International Legion.", []want{{"1,000 foreign fighters", 1000, "more_than", "", "foreign fighters", "volunteered"}}},
	{"That attack killed two people and injured more than 60.", []want{{"two people", 2, "exact", "", "people", "casualties"}, {"60", 60, "more_than", "", "", "casualties"}}},
	{"The mission will train an additional 15,000 troops, bringing the total to 30,000, and is on track to reach 75,000 by May. It sent 500 pilots, bringing the total to 30,000 rounds.", []want{
		{"15,000 troops", 15000, "exact", "", "troops", "trained"}, {"30,000", 30000, "exact", "", "troops", "trained"}, {"75,000", 75000, "exact", "", "troops", "trained"},
		{"500 pilots", 500, "exact", "", "pilots", "deployed"}}},
	{"Seoul: 300 North Korean soldiers killed, 2,700 wounded fighting for Russia.", []want{{"300 North Korean soldiers", 300, "exact", "", "North Korean soldiers", "casualties"}, {"2,700", 2700, "exact", "", "", "casualties"}}},
	{"At least 12 civilians were killed in the strike.", []want{{"12 civilians", 12, "at_least", "", "civilians", "casualties"}}},
	{"About 100 New Zealand Defence Force personnel are deployed to Britain.", []want{{"100 New Zealand Defence Force personnel", 100, "approx", "", "New Zealand Defence Force personnel", "deployed"}}},
	{"Up to 97 NZDF personnel will continue to train Ukrainian soldiers.", []want{{"97 NZDF personnel", 97, "up_to", "", "NZDF personnel", "deployed"}}},
	// staff are people, and those at work training Ukrainians or sent again are deployed
	{"There will also be an additional two NZDF staff deployed to Poland.", []want{{"two NZDF staff", 2, "exact", "", "NZDF staff", "deployed"}}},
	{"New Zealand will redeploy four NZDF staff to help with the logistics hub.", []want{{"four NZDF staff", 4, "exact", "", "NZDF staff", "deployed"}}},
	{"New Zealand has 95 NZDF personnel training and supporting Ukrainian soldiers.", []want{{"95 NZDF personnel", 95, "exact", "", "NZDF personnel", "deployed"}}},
	{"It has a team of 120 Defence Force (NZDF) personnel in the United Kingdom.", []want{{"120 Defence Force (NZDF) personnel", 120, "exact", "", "Defence Force (NZDF) personnel", "other"}}},
	{"The UK will train 10,000 Ukrainian soldiers.", []want{{"10,000 Ukrainian soldiers", 10000, "exact", "", "Ukrainian soldiers", "trained"}}},
	{"10,000 Ukrainian soldiers will train in the UK.", []want{{"10,000 Ukrainian soldiers", 10000, "exact", "", "Ukrainian soldiers", "trained"}}},
	// people sanctioned are no force, whatever they joined or where they are
	{"Canada has imposed sanctions on more than 2,000 individuals and entities in Russia, Ukraine and Belarus since 2014.", []want{{"2,000 individuals", 2000, "more_than", "", "individuals", "other"}}},
	{"Japan has joined Western sanctions, freezing the assets of hundreds of Russian individuals.", []want{{"hundreds of Russian individuals", -1, "vague", "hundreds", "Russian individuals", "other"}}},
	{"Just over 6.3 million Ukrainian refugees are living in Europe.", []want{{"6.3 million Ukrainian refugees", 6.3e6, "more_than", "", "Ukrainian refugees", "other"}}},
	{"The ministry said that 1,994 captives have been exchanged.", []want{{"1,994 captives", 1994, "exact", "", "captives", "other"}}},
	{"The crisis remains the largest, with almost 6 million estimated internally displaced people.", []want{{"6 million estimated internally displaced people", 6e6, "approx", "", "internally displaced people", "other"}}},
	{"More than 11 million people – over a quarter of the population – fled.", []want{{"11 million people", 11e6, "more_than", "", "people", "other"}}},
	{"Europe would muster 25,000 troops — far short of the goal.", []want{{"25,000 troops", 25000, "exact", "", "troops", "other"}}},
	{"The grant pays 10 million pensioners and 56,000 first responders.", []want{
		{"10 million pensioners", 10e6, "exact", "", "pensioners", "other"},
		{"56,000 first responders", 56000, "exact", "", "first responders", "other"},
	}},
	{"It reaches an estimated 13 million beneficiaries of a 43 million pre-war population.", []want{
		{"13 million beneficiaries", 13e6, "approx", "", "beneficiaries", "other"},
		{"43 million pre-war population", 43e6, "exact", "", "pre-war population", "other"},
	}},
	{"The EU coordinated the medical evacuation of more than 4,500 patients.", []want{{"4,500 patients", 4500, "more_than", "", "patients", "other"}}},
	{"Russia has lost more than 450,000 troops.", []want{{"450,000 troops", 450000, "more_than", "", "troops", "casualties"}}},
	{"More than 20,000 foreigners have joined the International Legion.", []want{{"20,000 foreigners", 20000, "more_than", "", "foreigners", "volunteered"}}},
	{"Officials said over 20 were killed, including 6 North Korean officers.", []want{
		{"20", 20, "more_than", "", "", "casualties"},
		{"6 North Korean officers", 6, "exact", "", "North Korean officers", "casualties"}}},
	{"Most instructors came from Poland (300), Germany (150) and Sweden (2022: 40).", []want{
		{"300", 300, "exact", "", "instructors", "deployed"},
		{"150", 150, "exact", "", "instructors", "deployed"}}},
	{"Sales in Ukraine (5) rose; the Leopard (2022) tanks came.", nil},
	{"Pyongyang sent thousands of troops to Kursk.", []want{{"thousands of troops", -1, "vague", "thousands", "troops", "deployed"}}},
	{"Some 70 Australian Defence Force personnel deployed to the UK.", []want{{"70 Australian Defence Force personnel", 70, "approx", "", "Australian Defence Force personnel", "deployed"}}},
	{"Up to 300,000 troops could be deployed.", []want{{"300,000 troops", 300000, "up_to", "", "troops", "deployed"}}},
	{"Six Ukrainian pilots completed training in Denmark.", []want{{"Six Ukrainian pilots", 6, "exact", "", "Ukrainian pilots", "trained"}}},
	{"100 Australian and New Zealand personnel arrived.", []want{{"100 Australian and New Zealand personnel", 100, "exact", "", "Australian and New Zealand personnel", "deployed"}}},
	{"two of them were British citizens", []want{{"two of them were British citizens", 2, "exact", "", "British citizens", "other"}}},
	{"sanctions on 16 Russian ministers", []want{{"16 Russian ministers", 16, "exact", "", "Russian ministers", "other"}}},
	{"more than 120 other Australian officials", []want{{"120 other Australian officials", 120, "more_than", "", "Australian officials", "other"}}},
	{"It captured two \"North Korean mercenaries\".", []want{{"two \"North Korean mercenaries\"", 2, "exact", "", "North Korean mercenaries", "other"}}},
	{"with only 1 survivor", []want{{"1 survivor", 1, "exact", "", "survivor", "other"}}},
	{"and had suffered several casualties", []want{{"several casualties", -1, "vague", "several", "casualties", "casualties"}}},
	// two service words share one noun; deminers, experts and arrivals are people
	{"Canada has trained 36,000 Ukrainian military and security personnel.", []want{{"36,000 Ukrainian military and security personnel", 36000, "exact", "", "Ukrainian military and security personnel", "trained"}}},
	{"Since 2022, 75 deminers have been killed.", []want{{"75 deminers", 75, "exact", "", "deminers", "casualties"}}},
	{"Switzerland will second two experts.", []want{{"two experts", 2, "exact", "", "experts", "other"}}},
	{"Of the 84,734 arrivals, 46% were women.", []want{{"84,734 arrivals", 84734, "exact", "", "arrivals", "other"}}},
	// a team gone to work abroad is deployed
	{"A team of 12 Estonian rescuers left for Ukraine on Friday.", []want{{"12 Estonian rescuers", 12, "exact", "", "Estonian rescuers", "deployed"}}},
	{"A team of 16 Czech military doctors worked at a hospital in Lviv.", []want{{"16 Czech military doctors", 16, "exact", "", "Czech military doctors", "deployed"}}},
}

func TestCorpus(t *testing.T) {
	e := newExtractor(t)
	for _, c := range corpus {
		d, ms := extractAll(e, c.in)
		if len(ms) != len(c.want) {
			var got []string
			for _, m := range ms {
				got = append(got, d.View.Text[m.Start:m.End])
			}
			t.Errorf("%q: got %q, want %d mentions", c.in, got, len(c.want))
			continue
		}
		for i, w := range c.want {
			m, p := ms[i], ms[i].Personnel
			if got := d.View.Text[m.Start:m.End]; got != w.text {
				t.Errorf("%q: span %q, want %q", c.in, got, w.text)
			}
			if w.qty < 0 && p.HasQuantity || w.qty >= 0 && (!p.HasQuantity || p.Quantity != w.qty) {
				t.Errorf("%q: quantity %d (has %v), want %d", w.text, p.Quantity, p.HasQuantity, w.qty)
			}
			if p.Qualifier != w.qual || p.Vague != w.vague || p.Who != w.who || p.Role != w.role {
				t.Errorf("%q: %q %q who %q role %q, want %q %q %q %q", w.text, p.Qualifier, p.Vague, p.Who, p.Role, w.qual, w.vague, w.who, w.role)
			}
		}
	}
}

var negative = []string{
	"100 armored personnel carriers",
	"90 Stryker Armored Personnel Carriers",
	"26 nations pledged support",
	"17 brigade combat teams",
	"in 2023 soldiers trained",
	"20% of soldiers",
	"$5 million for soldiers",
	"one Ukrainian tank",
	"F-16 pilots",
	"150 km from the troops",
	// members that are states
	"Several EU members, including Belgium, have rejected the proposal.",
	"Five NATO members sent aid.",
	"30 NATO member states pledged.",
	// "and" joins two service words only
	"They sent 5 tanks and security personnel.",
}

func TestNegative(t *testing.T) {
	e := newExtractor(t)
	for _, in := range negative {
		d, ms := extractAll(e, in)
		for _, m := range ms {
			t.Errorf("%q yields %q (%s)", in, d.View.Text[m.Start:m.End], m.Rule)
		}
	}
}

func TestLoadersReject(t *testing.T) {
	e := &Extractor{nouns: map[string]noun{}, stop: map[string]bool{}}
	if err := e.loadNouns("w.tsv", "noun\tplural\trole\nsoldier\t\tbogus\n"); err == nil {
		t.Error("unknown role accepted")
	}
	if err := e.loadNouns("w.tsv", "noun\tplural\trole\nsoldier\t\tother\nsoldier\t\tother\n"); err == nil {
		t.Error("duplicate noun accepted")
	}
	if err := e.loadCues("r.tsv", "cue\trole\tside\treach\n(\tother\tany\t3\n"); err == nil {
		t.Error("bad regexp accepted")
	}
	if err := e.loadStop("s.txt", "the\nthe\n"); err == nil {
		t.Error("duplicate stop word accepted")
	}
}

// fuzzSeeds are the seed inputs of the package's fuzz targets.
var fuzzSeeds = []string{
	"trained 10,000 Ukrainian soldiers; over 20 were killed, including 6 North Korean officers",
	"two of them were British citizens and one was a Moroccan national (50)",
	"thousands of \"operatives\" and several casualties \u00a0\u2014 1 survivor",
	"ÿ\xff 100 Australian and New Zealand personnel and",
	"ÿ\xff 100 Australian and New Zealand PERSONNEL and É 3 Ünder-Soldiers",
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	e := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := model.Prepare(&model.Document{Text: text})
		for _, ms := range modeltest.New(d).Extract(t, e) {
			for _, m := range ms {
				if m.Personnel == nil || m.Kind != model.KindPersonnel || m.Personnel.Role == "" {
					t.Fatalf("bad mention %+v", m)
				}
			}
		}
	})
}
