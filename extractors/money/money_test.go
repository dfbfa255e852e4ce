package money

import (
	"math"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

func newExtractor(t testing.TB) *Extractor { return modeltest.Must(t, New) }

// extractAll runs e over every sentence of text.
func extractAll(e *Extractor, text string) (*model.Doc, []model.Mention) {
	return modeltest.Extract(e, text)
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b)) }

// corpus maps one value to many surface forms, as Duckling's corpora do.
// Every form must yield exactly one mention spanning the whole form.
var corpus = []struct {
	value    float64
	currency string
	forms    []string
}{
	{5e6, "USD", []string{"$5 million", "$5m", "$5M", "$5mn", "$5 mln", "US$5 million", "U.S.$5 million", "USD 5 million", "USD5m", "5 million USD", "5 million dollars", "five million dollars", "5 million US dollars", "5 million U.S. dollars", "$5,000,000", "$ 5 million", "us $ 5 million", "$5-million", "5-million-dollar", "$5.0 million"}},
	{44e9, "USD", []string{"$44 billion", "$44bn", "$44 bn", "$44B", "US$44bn", "44 billion dollars", "forty-four billion dollars", "USD 44 billion", "$44,000 million"}},
	{2.8e9, "USD", []string{"$2.8bn", "$2.8 billion", "2.8 billion dollars", "USD 2.8bn"}},
	{1.2e9, "USD", []string{"$1.2bn", "$1.2 billion", "1.2 billion US dollars"}},
	{3e9, "USD", []string{"3 billion dollars", "three billion dollars", "$3 billion", "$3,000,000,000"}},
	{2e9, "USD", []string{"two billion dollars", "2 billion dollars"}},
	{200e6, "USD", []string{"USD 200m", "$200m", "200 million dollars", "two hundred million dollars"}},
	{75e6, "USD", []string{"$ 75 million", "$75 million", "75 million dollars", "seventy-five million dollars"}},
	{5e8, "USD", []string{"half-billion dollar", "half a billion dollars", "$0.5 billion", "$500 million", "500 million dollars", "$500m", "$500,000,000"}},
	{1e9, "USD", []string{"billion-dollar", "billion dollars", "one billion dollars", "$1 billion", "$1bn", "1,000 million dollars"}},
	{1e12, "USD", []string{"$1 trillion", "$1tn", "one trillion dollars"}},
	{25e3, "USD", []string{"$25,000", "$25k", "$25K", "25,000 dollars", "twenty-five thousand dollars", "$25 thousand"}},
	{1e6, "USD", []string{"$1,000,000", "$1 000 000", "one million dollars", "million dollars"}},
	{9.6e6, "EUR", []string{"EUR 9.6 million", "9.6 million EUR", "€9.6 million", "€9.6m", "9.6 million euros", "€ 9.6 million", "EUR9.6mn", "9.6 million €"}},
	{1.5e9, "EUR", []string{"EUR 1.5 billion", "€1.5 billion", "€1.5bn", "1.5 billion euros", "one and a half billion euros", "1.5 billion euro"}},
	{500e6, "EUR", []string{"500 million euros", "€500 million", "€500m", "EUR 500 million", "five hundred million euros", "€500-million", "half a billion euros"}},
	{1e6, "EUR", []string{"one million euros", "€1 million", "EUR 1,000,000", "1 million euro"}},
	{200e6, "EUR", []string{"€200-million", "€200 million", "200-million-euro"}},
	{2.3e9, "GBP", []string{"£2.3bn", "£2.3 billion", "2.3 billion pounds", "2.3 billion pounds sterling", "GBP 2.3 billion", "£ 2.3 billion", "2.3bn sterling"}},
	{8.1e6, "GBP", []string{"£ 8.10 million", "£8.1m", "8.1 million British pounds"}},
	{500e6, "CAD", []string{"C$500 million", "c $ 500 million", "CA$500 million", "CAD 500 million", "500 million Canadian dollars", "Can$500m"}},
	{16.4e6, "CAD", []string{"c $ 16.4 million", "C$16.4m"}},
	{100e6, "AUD", []string{"A$100m", "A$100 million", "AU$100 million", "AUD 100 million", "100 million Australian dollars"}},
	{50e6, "NZD", []string{"NZ$50 million", "NZD 50 million", "50 million New Zealand dollars"}},
	{10.05e9, "HKD", []string{"hk $ 10.05 billion", "HK$10.05 billion", "HKD 10.05bn"}},
	{7.5e9, "NOK", []string{"NOK 7.5 billion", "7.5 billion NOK", "7.5 billion kroner", "7.5 billion Norwegian kroner", "NOK7.5bn"}},
	{2.7e9, "SEK", []string{"SEK 2.7bn", "SEK 2.7 billion", "2.7 billion kronor", "2.7 billion Swedish kronor"}},
	{1e9, "DKK", []string{"DKK 1 billion", "1 billion Danish kroner"}},
	{5.5e9, "JPY", []string{"¥5.5 billion", "JPY 5.5 billion", "5.5 billion yen", "JP¥5.5bn"}},
	{2e9, "CNY", []string{"2 billion yuan", "CNY 2 billion", "2 billion renminbi", "RMB 2 billion"}},
	{300e6, "CHF", []string{"CHF 300 million", "300 million Swiss francs", "300 million francs"}},
	{1e9, "PLN", []string{"1 billion zloty", "1 billion złoty", "PLN 1 billion", "1 billion zlotys"}},
	{12.86e12, "INR", []string{"Rs 12.86 lakh crore", "₹12.86 lakh crore", "12.86 lakh crore rupees"}},
	{500e6, "INR", []string{"Rs 50 crore", "Rs. 50 crore", "₹50 crore", "INR 500 million", "500 million rupees"}},
	{6e9, "UAH", []string{"6 billion hryvnia", "UAH 6 billion", "₴6 billion", "6 billion hryvnias"}},
	{10e9, "RUB", []string{"10 billion roubles", "10 billion rubles", "RUB 10 billion", "₽10 billion"}},
	{3e12, "KRW", []string{"3 trillion won", "KRW 3 trillion", "₩3 trillion"}},
	{40e6, "CZK", []string{"CZK 40 million", "40 million koruna"}},
	{21e6, "ILS", []string{"NIS 21 million", "ILS 21 million", "₪21 million", "21 million shekels", "21 million new Israeli shekels", "21 million new shekels"}},
}

func TestCorpus(t *testing.T) {
	e := newExtractor(t)
	for _, c := range corpus {
		for _, form := range c.forms {
			text := "They gave " + form + " to Ukraine."
			d, ms := extractAll(e, text)
			if len(ms) != 1 {
				t.Errorf("%q: got %d mentions, want 1: %+v", form, len(ms), ms)
				continue
			}
			m := ms[0]
			if got := d.View.Text[m.Start:m.End]; got != form {
				t.Errorf("%q: span %q, want the whole form", form, got)
			}
			if !near(m.Money.Value, c.value) || m.Money.Currency != c.currency {
				t.Errorf("%q: got %v %s, want %v %s", form, m.Money.Value, m.Money.Currency, c.value, c.currency)
			}
			if m.Money.ValueMax != 0 || m.Money.Qualifier != model.Exact {
				t.Errorf("%q: got max %v qualifier %s, want an exact single value", form, m.Money.ValueMax, m.Money.Qualifier)
			}
		}
	}
}

// negative holds texts that must yield no money at all.
var negative = []string{
	// vague sums
	"Germany has put up a \"three-digit million euro sum\"",
	"in the high double-digit million euro range",
	"France gave several hundred million euros.",
	"a few million dollars",
	"hundreds of millions of dollars",
	"20 percent of the budget",
	"a 20% rise",
	"16 105 mm howitzers",
	"155 mm artillery ammunition",
	"75,000 rounds of 155 mm ammunition",
	"5,000 rounds",
	"In 2022, the war began.",
	"F-16 fighter jets",
	"the 2022 Kharkiv counteroffensive",
	"Twenty-one months later",
	"2,000-pound bombs",
	"500 pounds of explosives",
	"5 million pounds of food",
	"one million 155 mm artillery shells",
	"millions of dollars",
	"billions of euros",
	"tens of billions of dollars",
	"multi-billion-dollar deals",
	"the dollar fell against the euro",
	"Biden in 2020 won the election",
	"they try 5 times",
	"A $ sign",
	"Europeans: 5 million Europeans live there",
	"M142 HIMARS and 40 MRAPs",
	"NATO's 2% target",
	"3 won the vote",
}

func TestNegative(t *testing.T) {
	e := newExtractor(t)
	for _, text := range negative {
		d, ms := extractAll(e, text)
		for _, m := range ms {
			t.Errorf("%q: unexpected money %q = %v %s", text, d.View.Text[m.Start:m.End], m.Money.Value, m.Money.Currency)
		}
	}
}

// cases checks spans, qualifiers, roles, ranges and pairs in context.
type want struct {
	span      string
	value     float64
	max       float64
	currency  string
	qualifier string
	role      string
	paired    bool
}

var cases = []struct {
	text string
	want []want
}{
	{"Ukraine had cumulatively received over $44 billion in materiel aid.", []want{{"$44 billion", 44e9, 0, "USD", "more_than", "total", false}}},
	// the next item of a list after "including" is a part too; "and more than" lists
	{"This additional funding, including nearly $288 million through the Department of State and more than $80 million through USAID, will provide food.", []want{{"$288 million", 288e6, 0, "USD", "approx", "new", false}, {"$80 million", 80e6, 0, "USD", "more_than", "new", false}}},
	{"The US gave $5 million and more than $80 million through USAID.", []want{{"$5 million", 5e6, 0, "USD", "exact", "new", false}, {"$80 million", 80e6, 0, "USD", "more_than", "total", false}}},
	{"The more than $62.3 billion provided in military assistance includes at least $23.5 billion worth of US weapons.", []want{{"$62.3 billion", 62.3e9, 0, "USD", "more_than", "total", false}, {"$23.5 billion", 23.5e9, 0, "USD", "at_least", "total", false}}},
	// a state's accounts, trade, order books and factories are no aid flow
	{"The state budget deficit for 2024 is planned at CZK 252 billion.", []want{{"CZK 252 billion", 252e9, 0, "CZK", "exact", "other", false}}},
	{"Expenditure in the 2025 budget amounts to 503 billion euros, with net borrowing of 81.8 billion euros.", []want{{"503 billion euros", 503e9, 0, "EUR", "exact", "other", false}, {"81.8 billion euros", 81.8e9, 0, "EUR", "exact", "other", false}}},
	{"Turkish exports to Russia rose to US$9.3 billion in 2022, up from US$5.8 billion a year earlier.", []want{{"US$9.3 billion", 9.3e9, 0, "USD", "exact", "other", false}, {"US$5.8 billion", 5.8e9, 0, "USD", "exact", "other", false}}},
	{"The company reported an order backlog of NOK 75.6 billion.", []want{{"NOK 75.6 billion", 75.6e9, 0, "NOK", "exact", "other", false}}},
	{"Baykar began building a US$95.8 million factory near Kyiv.", []want{{"US$95.8 million", 95.8e6, 0, "USD", "exact", "other", false}}},
	{"Brussels is spending €500 million to expand production capacity.", []want{{"€500 million", 500e6, 0, "EUR", "exact", "other", false}}},
	{"A second contract, worth $368 million, went to Lockheed Martin for rockets to replace munitions provided to Ukraine.", []want{{"$368 million", 368e6, 0, "USD", "exact", "other", false}}},
	// what would have been is no flow
	{"If Ukraine had completed all 16 points, it would have received €4.5 billion.", []want{{"€4.5 billion", 4.5e9, 0, "EUR", "exact", "other", false}}},
	// a budget that has received a sum took in one transfer, unless the sentence sums up
	{"The state budget of Ukraine has received €3 billion from the European Union.", []want{{"€3 billion", 3e9, 0, "EUR", "exact", "new", false}}},
	{"The state budget of Ukraine has received €40 billion since the start of the year.", []want{{"€40 billion", 40e9, 0, "EUR", "exact", "total", false}}},
	// a payment still to come is new, not a rank
	{"It will amount to EUR 4.5 billion, and soon, in April, it will be followed by EUR 1.5 billion.", []want{{"EUR 4.5 billion", 4.5e9, 0, "EUR", "exact", "new", false}, {"EUR 1.5 billion", 1.5e9, 0, "EUR", "exact", "new", false}}},
	// "totalling" sizes what it follows; a verb "totalled" sums up
	{"Sweden will provide three years of military support totalling SEK 75 billion.", []want{{"SEK 75 billion", 75e9, 0, "SEK", "exact", "new", false}}},
	{"Swedish aid to Ukraine totalled SEK 40 billion.", []want{{"SEK 40 billion", 40e9, 0, "SEK", "exact", "total", false}}},
	// a perfect that announces is news; one that gives, or one with "so far", sums up
	{"Congress has approved $40 billion in aid for Ukraine.", []want{{"$40 billion", 40e9, 0, "USD", "exact", "new", false}}},
	{"Germany has pledged $1 billion so far.", []want{{"$1 billion", 1e9, 0, "USD", "exact", "total", false}}},
	{"Germany has provided $1 billion in aid.", []want{{"$1 billion", 1e9, 0, "USD", "exact", "total", false}}},
	// a first sum paid, and one set aside now, are one payment
	{"Today, the Commission has disbursed the first €4.5 billion of support.", []want{{"€4.5 billion", 4.5e9, 0, "EUR", "exact", "new", false}}},
	{"The Government sets aside over €2 billion in aid for Ukraine.", []want{{"€2 billion", 2e9, 0, "EUR", "more_than", "new", false}}},
	// the clause of a pair goes on after the bracketed other currency
	{"A total of CHF 5 billion (over €5 billion) is planned to be allocated by 2036.", []want{{"CHF 5 billion", 5e9, 0, "CHF", "exact", "new", true}, {"€5 billion", 5e9, 0, "EUR", "more_than", "new", true}}},
	// the items of a tally's list, set off by semicolons, are parts of the tally
	{"In total, appropriations include $12.55 billion for stocks; $6.3 billion for USAI; and $4.65 billion for FMF.", []want{{"$12.55 billion", 12.55e9, 0, "USD", "exact", "total", false}, {"$6.3 billion", 6.3e9, 0, "USD", "exact", "total", false}, {"$4.65 billion", 4.65e9, 0, "USD", "exact", "total", false}}},
	// a stock of frozen funds is no flow
	{"The G7 agreed to use the interest from over £200 billion of these immobilized funds.", []want{{"£200 billion", 200e9, 0, "GBP", "more_than", "other", false}}},
	// what Ukraine itself pays, and what it needs, is no aid
	// what a donor spends on itself, holds, earns or is paid back is no aid
	{"Japan weighs a record ¥8.7 trillion defense budget for fiscal 2025.", []want{{"¥8.7 trillion", 8.7e12, 0, "JPY", "exact", "other", false}}},
	{"Mr. Carney has pledged to raise Canada's defence spending to 2 per cent of gross domestic product this fiscal year, adding $9-billion to the defence budget.", []want{{"$9-billion", 9e9, 0, "CAD", "exact", "other", false}}},
	{"The Government's 2022-23 Budget provides A$48.6 billion for Defence, rising to more than 2 per cent of GDP.", []want{{"A$48.6 billion", 48.6e9, 0, "AUD", "exact", "other", false}}},
	{"The federal government has said it would spend $8 billion more on defence over five years.", []want{{"$8 billion", 8e9, 0, "USD", "exact", "other", false}}},
	{"Russia's central bank assets worth around $300 billion were frozen by Western countries after the invasion.", []want{{"$300 billion", 3e11, 0, "USD", "approx", "other", false}}},
	{"The roughly $300 billion frozen worldwide is held mostly in Europe.", []want{{"$300 billion", 3e11, 0, "USD", "approx", "other", false}}},
	{"Kishida has been criticized over the yen's slide to around ¥150 against the dollar.", []want{{"¥150", 150, 0, "JPY", "approx", "other", false}}},
	{"Part of the package will be financed through the European Peace Facility, from which Sweden expects reimbursement of around SEK 600 million.", []want{{"SEK 600 million", 6e8, 0, "SEK", "approx", "other", false}}},
	{"The first track reimbursed member states with €1 billion from the European Peace Facility for shells taken from their own stocks.", []want{{"€1 billion", 1e9, 0, "EUR", "exact", "new", false}}},
	{"Critics note that exports to Europe brought the state an income of more than NOK 1,000 billion in 2022.", []want{{"NOK 1,000 billion", 1e12, 0, "NOK", "more_than", "other", false}}},
	{"The Ministry of Finance estimates that the costs of caring for refugees could reach CZK 10 billion this year.", []want{{"CZK 10 billion", 1e10, 0, "CZK", "exact", "other", false}}},
	{"Hungary still receives about €10 billion in EU cohesion funds that were unfrozen in December.", []want{{"€10 billion", 1e10, 0, "EUR", "approx", "other", false}}},
	{"The cost of Ukraine's recovery and reconstruction has risen to $411 billion, the World Bank said.", []want{{"$411 billion", 411e9, 0, "USD", "exact", "other", false}}},
	{"The World Bank puts recovery needs in the energy sector at USD 68 billion.", []want{{"USD 68 billion", 68e9, 0, "USD", "exact", "other", false}}},
	{"The Government has authorised orders worth SEK 5 billion to restock artillery ammunition, to be delivered by 2026.", []want{{"SEK 5 billion", 5e9, 0, "SEK", "exact", "other", false}}},
	{"South Korea's trade with Russia fell about 25 percent last year to $21.1 billion under sanctions.", []want{{"$21.1 billion", 21.1e9, 0, "USD", "exact", "other", false}}},
	{"Its sovereign wealth fund, the world's largest, is worth some $1.4 trillion.", []want{{"$1.4 trillion", 1.4e12, 0, "USD", "approx", "other", false}}},
	// a yearly pledge for the war's length is new money, and so are asset profits handed on
	{"Keir Starmer confirmed the UK's pledge of £3 billion a year for \"as long as it takes\".", []want{{"£3 billion", 3e9, 0, "GBP", "exact", "new", false}}},
	{"Belgium would allocate €1.7 billion in tax revenue from frozen Russian assets held at Euroclear to a special fund.", []want{{"€1.7 billion", 1.7e9, 0, "EUR", "exact", "new", false}}},
	{"Euroclear has reported that it earned €4.4 billion in interest on immobilised Russian assets in 2023.", []want{{"€4.4 billion", 4.4e9, 0, "EUR", "exact", "other", false}}},
	// what a donor buys or gives for the war is its aid, whatever it costs
	{"The Prime Minister announced that Canada would purchase a National Advanced Surface-to-Air Missile System (NASAMS) and associated munitions from the United States for Ukraine, at a cost of approximately $406 million.", []want{{"$406 million", 406e6, 0, "USD", "approx", "new", false}}},
	{"On January 18, Minister Anand announced the donation of 200 Senator armoured personnel carriers, at a cost of $90 million.", []want{{"$90 million", 90e6, 0, "CAD", "exact", "new", false}}},
	// one package ranked against all before it is new, however the rank is told
	{"The package, Sweden's largest to date, is worth 4.3 billion Swedish crowns, Kristersson told a news conference.", []want{{"4.3 billion Swedish crowns", 4.3e9, 0, "SEK", "exact", "new", false}}},
	{"Sweden announced a package of SEK 13.5 billion in February, its largest so far.", []want{{"SEK 13.5 billion", 13.5e9, 0, "SEK", "exact", "new", false}}},
	// what Ukraine's state does with hryvnias is no gift, but a gift in hryvnias is one
	{"The Prime Minister said that the Government had allocated UAH 10 billion to finance the production of long-range drones and UAH 4.3 billion for the construction of fortifications.", []want{{"UAH 10 billion", 10e9, 0, "UAH", "exact", "other", false}, {"UAH 4.3 billion", 4.3e9, 0, "UAH", "exact", "other", false}}},
	{"The Cabinet has submitted amendments to the 2024 budget that increase defence spending by UAH 500 billion, which will be partly financed by higher taxes.", []want{{"UAH 500 billion", 500e9, 0, "UAH", "exact", "other", false}}},
	{"Kyivstar transferred 100 million hryvnias to the Army of Drones in January.", []want{{"100 million hryvnias", 100e6, 0, "UAH", "exact", "new", false}}},
	{"In March, Ukraine paid UAH 60.5 billion in pensions and UAH 5.3 billion in housing subsidies.", []want{{"UAH 60.5 billion", 60.5e9, 0, "UAH", "exact", "other", false}, {"UAH 5.3 billion", 5.3e9, 0, "UAH", "exact", "other", false}}},
	{"External financing needs for this year are about $38 billion in total.", []want{{"$38 billion", 38e9, 0, "USD", "approx", "other", false}}},
	// a payment's size right before it is that payment, whatever pays it
	{"Ukraine receives second €1bn tranche of frozen Russian assets from EU", []want{{"€1bn", 1e9, 0, "EUR", "exact", "new", false}}},
	// new pledges summed are new
	{"This week, Canada, the Netherlands and Germany announced new pledges totalling over €800 million.", []want{{"€800 million", 800e6, 0, "EUR", "more_than", "new", false}}},
	// a year's sum told in the past is a tally; one told ahead is new
	{"In 2022, the Danish government provided €565 million in military support to Ukraine.", []want{{"€565 million", 565e6, 0, "EUR", "exact", "total", false}}},
	{"In 2024, Japan will provide Ukraine with $4.5 billion.", []want{{"$4.5 billion", 4.5e9, 0, "USD", "exact", "new", false}}},
	// what a frozen stock is worth is no aid
	{"The value of frozen Russian sovereign assets in the EU is almost €211 billion.", []want{{"€211 billion", 211e9, 0, "EUR", "approx", "other", false}}},
	// what was given over a past year, told after the sum, is a tally; one more gift is not
	{"The EBRD invested a record €2.1 billion in Ukraine in 2023, and more since.", []want{{"€2.1 billion", 2.1e9, 0, "EUR", "exact", "total", false}}},
	{"Japan provided $4.5 billion in budget support through the World Bank in 2023, the ministry said.", []want{{"$4.5 billion", 4.5e9, 0, "USD", "exact", "total", false}}},
	{"Japan gave a further $500 million in 2023.", []want{{"$500 million", 500e6, 0, "USD", "exact", "new", false}}},
	{"Japan will provide $4.5 billion in 2024.", []want{{"$4.5 billion", 4.5e9, 0, "USD", "exact", "new", false}}},
	// the G7's loans named for the revenues that repay them are a giving
	{"Canada agreed to contribute C$5 billion (about US$3.6 billion) to the G7 Extraordinary Revenue Acceleration loans in December 2024.", []want{{"C$5 billion", 5e9, 0, "CAD", "exact", "new", true}, {"US$3.6 billion", 3.6e9, 0, "USD", "approx", "new", true}}},
	// the next price with its verb left out is a price too
	{"A Patriot battery costs around $1 billion, and each interceptor about $4 million.", []want{{"$1 billion", 1e9, 0, "USD", "approx", "other", false}, {"$4 million", 4e6, 0, "USD", "approx", "other", false}}},
	{"A 155 mm round now costs $4,000, up from about $2,000 before the invasion.", []want{{"$4,000", 4000, 0, "USD", "exact", "other", false}, {"$2,000", 2000, 0, "USD", "approx", "other", false}}},
	// a state's own stock or debt, and what it owes
	{"International reserves remain adequate at US$38.7 billion.", []want{{"US$38.7 billion", 38.7e9, 0, "USD", "exact", "other", false}}},
	{"Public and publicly guaranteed debt reached $165 billion at the end of November.", []want{{"$165 billion", 165e9, 0, "USD", "exact", "other", false}}},
	{"Ukraine owes the group about $1.2 billion. The bigger prize is relief on its $20 billion of Eurobonds.", []want{{"$1.2 billion", 1.2e9, 0, "USD", "approx", "other", false}, {"$20 billion", 20e9, 0, "USD", "exact", "other", false}}},
	// a list of givers with their amounts in brackets is one ranking: a tally in it makes every
	// item one, and its signs are one currency
	{"The US has provided by far the most aid, followed by EU institutions ($37.2bn), the UK ($7.5bn) and Canada ($5.1bn).", []want{{"$37.2bn", 37.2e9, 0, "USD", "exact", "total", false}, {"$7.5bn", 7.5e9, 0, "USD", "exact", "total", false}, {"$5.1bn", 5.1e9, 0, "USD", "exact", "total", false}}},
	{"The data divides the aid into humanitarian aid ($1.6 billion), financial aid ($26.4 billion), and total military aid ($46.3 billion).", []want{{"$1.6 billion", 1.6e9, 0, "USD", "exact", "total", false}, {"$26.4 billion", 26.4e9, 0, "USD", "exact", "total", false}, {"$46.3 billion", 46.3e9, 0, "USD", "exact", "total", false}}},
	{"Canada announced C$500 million ($370 million) for Ukraine, and Australia A$100 million ($65 million).", []want{{"C$500 million", 500e6, 0, "CAD", "exact", "new", true}, {"$370 million", 370e6, 0, "USD", "exact", "new", true}, {"A$100 million", 100e6, 0, "AUD", "exact", "new", true}, {"$65 million", 65e6, 0, "USD", "exact", "new", true}}},
	// a donor named by its rank, and a sum over the war up to a day, are tallies
	{"The second-ranked country, the United Kingdom, pledged just $5.1 billion.", []want{{"$5.1 billion", 5.1e9, 0, "USD", "exact", "total", false}}},
	{"The United States pledged $50.9bn in aid to Ukraine between the start of the Russian invasion in February 2022 and November 20.", []want{{"$50.9bn", 50.9e9, 0, "USD", "exact", "total", false}}},
	// an English plural of krona
	{"Sweden presented its latest package, worth 4.5 billion Swedish Kronas.", []want{{"4.5 billion Swedish Kronas", 4.5e9, 0, "SEK", "exact", "new", false}}},
	// amounts given "respectively" are one statement, and a tally over the war is one
	{"Brussels and Washington have been the biggest backers, handing out €27.5 billion and €22.9 billion, respectively, between Russia's February 2022 invasion and the end of last year.", []want{{"€27.5 billion", 27.5e9, 0, "EUR", "exact", "total", false}, {"€22.9 billion", 22.9e9, 0, "EUR", "exact", "total", false}}},
	// the difference between two sums is none given
	{"The U.S. has provided $75 billion. It's a difference of $150 billion.", []want{{"$75 billion", 75e9, 0, "USD", "exact", "total", false}, {"$150 billion", 150e9, 0, "USD", "exact", "other", false}}},
	// what a budget received is aid, a budget's size is not
	{"The state budget of Ukraine received USD 118 million from the government of Japan. Its defence budget of $120 billion is large.", []want{{"USD 118 million", 118e6, 0, "USD", "exact", "new", false}, {"$120 billion", 120e9, 0, "USD", "exact", "other", false}}},
	// a donor's rank with what it gave is a tally
	{"Germany emerges as the second-largest donor to Ukraine with a contribution of €18.01 billion.", []want{{"€18.01 billion", 18.01e9, 0, "EUR", "exact", "total", false}}},
	// so is what the largest contributor gave in a year's tally
	{"The largest contributor was the European Union, which provided $17.6 billion.", []want{{"$17.6 billion", 17.6e9, 0, "USD", "exact", "total", false}}},
	// an agreement or a proposal to give, and an approval of one payment, are new
	{"The G7 has reached an agreement to provide Ukraine with $50 billion by the end of the year.", []want{{"$50 billion", 50e9, 0, "USD", "exact", "new", false}}},
	{"The European Union has proposed a €140 billion reparations loan.", []want{{"€140 billion", 140e9, 0, "EUR", "exact", "new", false}}},
	{"The Council has approved the fifth disbursement to Ukraine under the Ukraine Facility, amounting to over €1.8 billion.", []want{{"€1.8 billion", 1.8e9, 0, "EUR", "more_than", "new", false}}},
	// a sum added or expected is new, however it is bounded
	{"Switzerland increases winter aid for Ukraine adding over $13 million", []want{{"$13 million", 13e6, 0, "USD", "more_than", "new", false}}},
	{"Ireland expects to contribute over €120m in non-lethal military aid to Ukraine this year.", []want{{"€120m", 120e6, 0, "EUR", "more_than", "new", false}}},
	// "compared with" compares; it does not include
	{"The EU pledged €3 billion in 2023, compared with €2 billion in 2022 so far.", []want{{"€3 billion", 3e9, 0, "EUR", "exact", "new", false}, {"€2 billion", 2e9, 0, "EUR", "exact", "total", false}}},
	{"European countries have collectively surpassed its efforts, with €132bn in allocated aid so far compared with America’s €114bn.", []want{{"€132bn", 132e9, 0, "EUR", "exact", "total", false}, {"€114bn", 114e9, 0, "EUR", "exact", "total", false}}},
	{"Russia should compensate Ukraine for the losses, which the World Bank estimates at more than $486 billion.", []want{{"$486 billion", 486e9, 0, "USD", "more_than", "other", false}}},
	{"According to the CBO's cost estimates, $5.9 billion of the funds will be spent in Fiscal Year (FY) 2024 and $16.3 billion in FY 2025.", []want{{"$5.9 billion", 5.9e9, 0, "USD", "exact", "other", false}, {"$16.3 billion", 16.3e9, 0, "USD", "exact", "other", false}}},
	{"It is noteworthy that since the outset of the crisis, the UAE has provided humanitarian aid worth 100 million US dollars.", []want{{"100 million US dollars", 100e6, 0, "USD", "exact", "total", false}}},
	{"The UK pledged £100m a week after the talks.", []want{{"£100m", 100e6, 0, "GBP", "exact", "new", false}}},
	{"The fund pays £100m a week to Ukraine.", []want{{"£100m", 100e6, 0, "GBP", "exact", "other", false}}},
	{"The support programme for Ukraine will total NOK 75 billion over a period of five years.", []want{{"NOK 75 billion", 75e9, 0, "NOK", "exact", "new", false}}},
	{"Aid to Ukraine totalled NOK 75 billion.", []want{{"NOK 75 billion", 75e9, 0, "NOK", "exact", "total", false}}},
	{"Today, we disbursed €600 million in emergency macro-financial assistance to address Ukraine's acute financing needs.", []want{{"€600 million", 600e6, 0, "EUR", "exact", "new", false}}},
	{"We bring further relief with the disbursement of the remaining €600 million in assistance.", []want{{"€600 million", 600e6, 0, "EUR", "exact", "new", false}}},
	{"The remaining €600 million will stay in the fund.", []want{{"€600 million", 600e6, 0, "EUR", "exact", "other", false}}},
	{"$300 million will be directed to humanitarian needs in 2024, and the remaining $2 billion in 2025.", []want{{"$300 million", 300e6, 0, "USD", "exact", "new", false}, {"$2 billion", 2e9, 0, "USD", "exact", "new", false}}},
	// "approx" without its dot; a qualifier inside the brackets with the amount
	{"However, we will pay our full share (approx €10 million) for Ukraine.", []want{{"€10 million", 1e7, 0, "EUR", "approx", "new", false}}},
	// a filler between the qualifier and the amount; an article before a figure opens a phrase
	{"The Pentagon will give Ukraine tanks under a $245 million military support package.", []want{{"$245 million", 245e6, 0, "USD", "exact", "new", false}}},
	{"The government will release up to an additional CZK 400 million for Ukraine.", []want{{"CZK 400 million", 4e8, 0, "CZK", "up_to", "new", false}}},
	{"Japan will give more than a billion dollars to Ukraine.", []want{{"a billion dollars", 1e9, 0, "USD", "more_than", "new", false}}},
	{"Norway will give about a further NOK 2 billion to Ukraine.", []want{{"NOK 2 billion", 2e9, 0, "NOK", "approx", "new", false}}},
	{"The Pentagon announced up to $500 million in aid to Ukraine.", []want{{"$500 million", 5e8, 0, "USD", "up_to", "new", false}}},
	{"Canada will provide at least C$500 million in military aid.", []want{{"C$500 million", 5e8, 0, "CAD", "at_least", "new", false}}},
	{"The minister pledged a minimum of EUR 10 million in 2024.", []want{{"EUR 10 million", 1e7, 0, "EUR", "at_least", "new", false}}},
	{"Allies pledged a minimum baseline of €40 billion for Ukraine.", []want{{"€40 billion", 40e9, 0, "EUR", "at_least", "new", false}}},
	{"The fund spent nearly €107 million on training costs.", []want{{"€107 million", 107e6, 0, "EUR", "approx", "new", false}}},
	{"The planned training cost was nearly €107 million.", []want{{"€107 million", 107e6, 0, "EUR", "approx", "other", false}}},
	{"Norway pledged approximately NOK 7.5 billion to the fund.", []want{{"NOK 7.5 billion", 7.5e9, 0, "NOK", "approx", "new", false}}},
	{"Sweden gave some SEK 2.7bn, roughly a tenth of its budget.", []want{{"SEK 2.7bn", 2.7e9, 0, "SEK", "approx", "new", false}}},
	{"Aid worth less than £2.3bn arrived.", []want{{"£2.3bn", 2.3e9, 0, "GBP", "less_than", "new", false}}},
	{"The grant was under $5 million.", []want{{"$5 million", 5e6, 0, "USD", "less_than", "new", false}}},
	{"Aid since January 2021 exceeded $13.5 billion.", []want{{"$13.5 billion", 13.5e9, 0, "USD", "more_than", "total", false}}},
	{"The aid will exceed €200 million.", []want{{"€200 million", 200e6, 0, "EUR", "more_than", "new", false}}},
	{"With this decision, the total EU military support to Ukraine under the EPF amounts to €11.1 billion.", []want{{"€11.1 billion", 11.1e9, 0, "EUR", "exact", "total", false}}},
	{"Total Japanese aid to Ukraine reached $12 billion.", []want{{"$12 billion", 12e9, 0, "USD", "exact", "total", false}}},
	{"The IMF approved SDR 663.9 million, 2 billion special drawing rights.", []want{{"SDR 663.9 million", 663.9e6, 0, "XDR", "exact", "new", false}, {"2 billion special drawing rights", 2e9, 0, "XDR", "exact", "new", false}}},
	{"The US retains about $6 billion in drawdown authority.", []want{{"$6 billion", 6e9, 0, "USD", "approx", "other", false}}},
	{"The UK vowed to commit £3 billion a year in military aid.", []want{{"£3 billion", 3e9, 0, "GBP", "exact", "new", false}}},
	{"The deficit is $5 billion a month.", []want{{"$5 billion", 5e9, 0, "USD", "exact", "other", false}}},
	{"Belgium's military aid to Ukraine surpasses €1 billion.", []want{{"€1 billion", 1e9, 0, "EUR", "more_than", "total", false}}},
	{"The EU came in second with 54.9 billion euros, followed by Britain with 8.3 billion euros.", []want{{"54.9 billion euros", 54.9e9, 0, "EUR", "exact", "total", false}, {"8.3 billion euros", 8.3e9, 0, "EUR", "exact", "total", false}}},
	{"According to the Kiel Institute, Japan provided 606 million euros, the smallest amount among G-7 members.", []want{{"606 million euros", 606e6, 0, "EUR", "exact", "total", false}}},
	{"This brings the total amount of aid to Kyiv from Copenhagen to 33.3 billion kroner.", []want{{"33.3 billion kroner", 33.3e9, 0, "DKK", "exact", "total", false}}},
	{"The IMF approved SDR 11.6 billion (577 percent of quota or about US$15.6 billion).", []want{{"SDR 11.6 billion", 11.6e9, 0, "XDR", "exact", "new", true}, {"US$15.6 billion", 15.6e9, 0, "USD", "approx", "new", true}}},
	{"Canada Provided Ukraine Over $3.7Bln, Will Give More", []want{{"$3.7Bln", 3.7e9, 0, "CAD", "more_than", "total", false}}},
	{"Canada will provide $500 million, after the US gave $2 billion.", []want{{"$500 million", 5e8, 0, "CAD", "exact", "new", false}, {"$2 billion", 2e9, 0, "USD", "exact", "new", false}}},
	{"Brussels said Kyiv's assistance needs would reach over €70 billion in 2026.", []want{{"€70 billion", 70e9, 0, "EUR", "more_than", "other", false}}},
	// a yearly aid commitment, whatever the word for the year
	{"The Labor government pledged to allocate £3 billion annually in military aid to Ukraine until 2030-2031.", []want{{"£3 billion", 3e9, 0, "GBP", "exact", "new", false}}},
	// the difference between two sums is no flow
	{"The package for the coming year is £200 million higher than the £2.3 billion pledged per year in 2022.", []want{{"£200 million", 200e6, 0, "GBP", "exact", "other", false}, {"£2.3 billion", 2.3e9, 0, "GBP", "exact", "other", false}}},
	// a decision, an announced total, one still to be assigned are new
	{"JBIC has decided to insure approximately 93 billion yen worth of Samurai bonds.", []want{{"93 billion yen", 93e9, 0, "JPY", "approx", "new", false}}},
	{"At the summit, it was announced that a total of about $50 billion would be contributed to the fund.", []want{{"$50 billion", 50e9, 0, "USD", "approx", "new", false}}},
	{"A total of CHF 100 million will be earmarked for humanitarian demining between 2024 and 2027.", []want{{"CHF 100 million", 100e6, 0, "CHF", "exact", "new", false}}},
	{"The ministry is spending a further £125 million on drones, bringing its overall drone package to £325 million.", []want{{"£125 million", 125e6, 0, "GBP", "exact", "new", false}, {"£325 million", 325e6, 0, "GBP", "exact", "total", false}}},
	// a sum that has come to or nears a level is a tally
	{"The government said the value of military support for Ukraine was approaching PLN 7 billion.", []want{{"PLN 7 billion", 7e9, 0, "PLN", "approx", "total", false}}},
	{"Support to Ukraine now reaches $655 million.", []want{{"$655 million", 655e6, 0, "USD", "exact", "total", false}}},
	{"So far, Sweden has donated defense equipment worth close to SEK 17 billion.", []want{{"SEK 17 billion", 17e9, 0, "SEK", "approx", "total", false}}},
	{"The total spending in Poland by public authorities and individuals on helping refugees in the first three months of the war amounted to 25.4 billion złoty.", []want{{"25.4 billion złoty", 25.4e9, 0, "PLN", "exact", "total", false}}},
	// a promise to give, or a sum in new support, is new in the perfect tense too
	{"Sweden, Norway and Denmark have promised to give about $500 million to a NATO-run plan.", []want{{"$500 million", 500e6, 0, "USD", "approx", "new", false}}},
	{"NATO allies have committed nearly $48 billion in new military support for Ukraine.", []want{{"$48 billion", 48e9, 0, "USD", "approx", "new", false}}},
	// a sum given to buy something is one purchase
	{"Sweden, Norway, and Denmark have collectively allocated €440 million to procure American weapons for Ukraine.", []want{{"€440 million", 440e6, 0, "EUR", "exact", "new", false}}},
	// weapons are military assets, not holdings
	{"Biden has authorized a drawdown of $1 billion worth in U.S. military assets for Ukraine.", []want{{"$1 billion", 1e9, 0, "USD", "exact", "new", false}}},
	// conversions: a bracket with a qualifier, "which is"
	{"The Czech Republic allocated almost 866 million crowns (over €34 million) to the initiative.", []want{{"866 million crowns", 866e6, 0, "CZK", "approx", "new", true}, {"€34 million", 34e6, 0, "EUR", "more_than", "new", true}}},
	{"Japan signed a grant of 22.4 billion yen, which equates to about 164 million US dollars.", []want{{"22.4 billion yen", 22.4e9, 0, "JPY", "exact", "new", true}, {"164 million US dollars", 164e6, 0, "USD", "approx", "new", true}}},
	{"Norway is giving around 1.5 billion Norwegian crowns, which is roughly $146 million.", []want{{"1.5 billion Norwegian crowns", 1.5e9, 0, "NOK", "approx", "new", true}, {"$146 million", 146e6, 0, "USD", "approx", "new", true}}},
	// what support has reached is a tally
	{"Dutch military support for Ukraine reached €3.76 billion end-September.", []want{{"€3.76 billion", 3.76e9, 0, "EUR", "exact", "total", false}}},
	// a proposal is new, however it opens
	{"Overall, the framework for the Nansen package is proposed to be expanded to 135 billion Norwegian kronor.", []want{{"135 billion Norwegian kronor", 135e9, 0, "NOK", "exact", "new", false}}},
	// what a comparison compares to is no flow
	{"In comparison, private spending on charity in Poland for the whole of 2021 amounted to PLN 3.9 billion.", []want{{"PLN 3.9 billion", 3.9e9, 0, "PLN", "exact", "other", false}}},
	// one giver's share of a tally is part of it
	{"Foreign donors have provided 93.3 billion crowns to the initiative, with the Czech Republic contributing 1.7 billion crowns.", []want{{"93.3 billion crowns", 93.3e9, 0, "CZK", "exact", "total", false}, {"1.7 billion crowns", 1.7e9, 0, "CZK", "exact", "total", false}}},
	// a buyer's purchase for itself
	{"Canada will buy jets in a C$19 billion project to replace its aging fleet of fighter aircraft.", []want{{"C$19 billion", 19e9, 0, "CAD", "exact", "other", false}}},
	// an exchange rate is no aid flow, nor is either side of it
	{"Canada pledged C$500 million. ($1 = 1.3419 Canadian dollars)", []want{{"C$500 million", 500e6, 0, "CAD", "exact", "new", false}, {"$1", 1, 0, "USD", "exact", "other", false}, {"1.3419 Canadian dollars", 1.3419, 0, "CAD", "exact", "other", false}}},
	// an opening that sums up or spans a period tallies, after a quotation mark too
	{`"In total, in January and February 2024, European countries allocated about €6 billion in aid," the authors note.`, []want{{"€6 billion", 6e9, 0, "EUR", "approx", "total", false}}},
	{"Between February 2022 and June 2025, European nations, including the UK, pledged €80.5 billion in military support.", []want{{"€80.5 billion", 80.5e9, 0, "EUR", "exact", "total", false}}},
	{"In May and June alone, Europe pledged €10.5 billion in aid.", []want{{"€10.5 billion", 10.5e9, 0, "EUR", "exact", "total", false}}},
	// a need's price after a phrase or a dash
	{"Ukraine can provide for half of its military needs for next year – worth a total of €103 billion.", []want{{"€103 billion", 103e9, 0, "EUR", "exact", "other", false}}},
	{"The funds required for reconstruction in Ukraine are estimated at USD 486 billion.", []want{{"USD 486 billion", 486e9, 0, "USD", "exact", "other", false}}},
	// the next year's figure of a need is one too; a new pledge's next year stays new
	{"Kyiv's needs would reach €70 billion in 2026 and €64 billion in 2027.", []want{{"€70 billion", 70e9, 0, "EUR", "exact", "other", false}, {"€64 billion", 64e9, 0, "EUR", "exact", "other", false}}},
	{"Germany will give €7 billion in 2024 and €6 billion in 2025.", []want{{"€7 billion", 7e9, 0, "EUR", "exact", "new", false}, {"€6 billion", 6e9, 0, "EUR", "exact", "new", false}}},
	{"Ukraine needs €103 billion for next year.", []want{{"€103 billion", 103e9, 0, "EUR", "exact", "other", false}}},
	{"To meet Ukraine's needs, Germany pledged €500 million.", []want{{"€500 million", 500e6, 0, "EUR", "exact", "new", false}}},
	{"The potential defense budget is $120 billion.", []want{{"$120 billion", 120e9, 0, "USD", "exact", "other", false}}},
	{"Britain comes next with a promise of 3.7 billion euros.", []want{{"3.7 billion euros", 3.7e9, 0, "EUR", "exact", "total", false}}},
	{"Germany follows with €17.7 billion in military commitments, ahead of the United Kingdom with €9.1 billion.", []want{{"€17.7 billion", 17.7e9, 0, "EUR", "exact", "total", false}, {"€9.1 billion", 9.1e9, 0, "EUR", "exact", "total", false}}},
	{"Total UK support, including humanitarian and economic assistance, stands at almost £12 billion.", []want{{"£12 billion", 12e9, 0, "GBP", "approx", "total", false}}},
	{"Japan's support for Ukraine, including assistance already implemented, amounts to 12.1 billion US dollars.", []want{{"12.1 billion US dollars", 12.1e9, 0, "USD", "exact", "total", false}}},
	{"The new aid package amounts to €500 million.", []want{{"€500 million", 500e6, 0, "EUR", "exact", "new", false}}},
	{"Slovakia expects to receive compensation from the European Union worth around 200 million euros for the jets.", []want{{"200 million euros", 200e6, 0, "EUR", "approx", "other", false}}},
	{"The government estimates the total value of its military aid at about 168 million euros. The package has a total value of about 700 million euros.", []want{{"168 million euros", 168e6, 0, "EUR", "approx", "total", false}, {"700 million euros", 700e6, 0, "EUR", "approx", "new", false}}},
	{"Lithuanians raised almost 6 million euros for a drone. In the 2024 budget the figure was raised to €7.1 billion.", []want{{"6 million euros", 6e6, 0, "EUR", "approx", "total", false}, {"€7.1 billion", 7.1e9, 0, "EUR", "exact", "new", false}}},
	{"Ukraine's economy is expected to need around $486 billion for recovery and reconstruction over the next decade, according to a World Bank estimate.", []want{{"$486 billion", 486e9, 0, "USD", "approx", "other", false}}},
	{"Ukraine's recovery and reconstruction needs stood at $486 billion. Ukraine's external financing requirement for 2025 is estimated at around $38 billion.", []want{{"$486 billion", 486e9, 0, "USD", "exact", "other", false}, {"$38 billion", 38e9, 0, "USD", "approx", "other", false}}},
	{"The damage to Ukraine's energy sector stood at USD 10.6 billion, while recovery and reconstruction needs in the sector amounted to USD 47 billion. Damage to the sector doubled from June 2023 to $8.1 billion.", []want{{"USD 10.6 billion", 10.6e9, 0, "USD", "exact", "other", false}, {"USD 47 billion", 47e9, 0, "USD", "exact", "other", false}, {"$8.1 billion", 8.1e9, 0, "USD", "exact", "other", false}}},
	{"The government estimates that $14.1 billion is needed this year. The conference backs Ukraine's $750 billion recovery plan. The assessment puts the total cost of reconstruction at $524 billion.", []want{{"$14.1 billion", 14.1e9, 0, "USD", "exact", "other", false}, {"$750 billion", 750e9, 0, "USD", "exact", "other", false}, {"$524 billion", 524e9, 0, "USD", "exact", "other", false}}},
	{"Japan's defence budget for fiscal 2024, at ¥7.95 trillion, is a record. The Pentagon's budget for fiscal 2023 was $816 billion.", []want{{"¥7.95 trillion", 7.95e12, 0, "JPY", "exact", "other", false}, {"$816 billion", 816e9, 0, "USD", "exact", "other", false}}},
	{"Russia, for its part, intends to spend 13.5 trillion roubles on defence next year. Its defence outlays this year are forecast at nearly 5 trillion roubles.", []want{{"13.5 trillion roubles", 13.5e12, 0, "RUB", "exact", "other", false}, {"5 trillion roubles", 5e12, 0, "RUB", "approx", "other", false}}},
	{"The Government Pension Fund Global passed NOK 12,400 billion. The state has destroyed, by the World Bank's estimate, $152 billion of Ukrainian infrastructure.", []want{{"NOK 12,400 billion", 12.4e12, 0, "NOK", "exact", "other", false}, {"$152 billion", 152e9, 0, "USD", "exact", "other", false}}},
	{"As of June 2, 2023, the DoD had provided Ukraine with 40,084 defense articles with a total value of approximately $1.699 billion. By the end of June 2024, €7.8 billion had been disbursed under Pillar I.", []want{{"$1.699 billion", 1.699e9, 0, "USD", "approx", "total", false}, {"€7.8 billion", 7.8e9, 0, "EUR", "exact", "total", false}}},
	{"In 2023 the ministry contributed €250 million to the fund. It follows NOK 10 billion that Norway gave in 2022. In 2024, Japan will provide $4.5 billion.", []want{{"€250 million", 250e6, 0, "EUR", "exact", "total", false}, {"NOK 10 billion", 10e9, 0, "NOK", "exact", "total", false}, {"$4.5 billion", 4.5e9, 0, "USD", "exact", "new", false}}},
	{"The fund aims to mobilise €500 million by 2026 and up to €10 billion in private investment. The EU signed agreements worth €2.3 billion.", []want{{"€500 million", 500e6, 0, "EUR", "exact", "other", false}, {"€10 billion", 10e9, 0, "EUR", "up_to", "other", false}, {"€2.3 billion", 2.3e9, 0, "EUR", "exact", "new", false}}},
	{"DOD determined that it had overstated their value by $6.2 billion. One service valued each round at about $800. PBO estimates the budgetary cost of the loans at $1.2 billion.", []want{{"$6.2 billion", 6.2e9, 0, "USD", "exact", "other", false}, {"$800", 800, 0, "USD", "approx", "other", false}, {"$1.2 billion", 1.2e9, 0, "USD", "exact", "other", false}}},
	{"The United States has committed more than $40 billion in security assistance, and the United Kingdom £4.6 billion. Germany pledged €500 million, and France €300 million.", []want{{"$40 billion", 40e9, 0, "USD", "more_than", "total", false}, {"£4.6 billion", 4.6e9, 0, "GBP", "exact", "total", false}, {"€500 million", 500e6, 0, "EUR", "exact", "new", false}, {"€300 million", 300e6, 0, "EUR", "exact", "new", false}}},
	{"Donors pledged €1 billion at the conference. Of the total, around €415 million will go to the energy sector.", []want{{"€1 billion", 1e9, 0, "EUR", "exact", "new", false}, {"€415 million", 415e6, 0, "EUR", "approx", "new", false}}},
	{"Ukraine's budget deficit for 2024 has been projected at about $43 billion. The budget assumes defense spending of about 1.7 trillion hryvnias.", []want{{"$43 billion", 43e9, 0, "USD", "approx", "other", false}, {"1.7 trillion hryvnias", 1.7e12, 0, "UAH", "approx", "other", false}}},
	{"The Pentagon had overvalued weapons sent to Ukraine by $6.2 billion. About $3.8 billion in drawdown authority remained unused.", []want{{"$6.2 billion", 6.2e9, 0, "USD", "exact", "other", false}, {"$3.8 billion", 3.8e9, 0, "USD", "approx", "other", false}}},
	{"Rheinmetall is investing some €300 million in a new ammunition plant. The act has $11.3 billion for current U.S. military operations in the region.", []want{{"€300 million", 300e6, 0, "EUR", "approx", "other", false}, {"$11.3 billion", 11.3e9, 0, "USD", "exact", "other", false}}},
	{"Canada will purchase a NASAMS system for Ukraine at a cost of C$406 million. The system costs C$100 million.", []want{{"C$406 million", 406e6, 0, "CAD", "exact", "new", false}, {"C$100 million", 100e6, 0, "CAD", "exact", "other", false}}},
	{"The $460 million drawdown, the 32nd since August 2021, included radars.", []want{{"$460 million", 460e6, 0, "USD", "exact", "new", false}}},
	{"Only €77 billion had been allocated by mid-January. €500 million has been allocated by the EU this week.", []want{{"€77 billion", 77e9, 0, "EUR", "exact", "total", false}, {"€500 million", 500e6, 0, "EUR", "exact", "new", false}}},
	{"Poland is third with weapons pledges worth 1.8 billion euros.", []want{{"1.8 billion euros", 1.8e9, 0, "EUR", "exact", "total", false}}},
	{"Europe has allocated EUR 138 billion in aid, EUR 23 billion more than the United States.", []want{{"EUR 138 billion", 138e9, 0, "EUR", "exact", "total", false}, {"EUR 23 billion", 23e9, 0, "EUR", "exact", "other", false}}},
	{"Of the assets, more than €190bn is held at Euroclear.", []want{{"€190bn", 190e9, 0, "EUR", "more_than", "other", false}}},
	// holdings and frozen sums are stocks, estimates of losses and needs no aid
	{"The EU had previously frozen around €210 billion of Russian investments.", []want{{"€210 billion", 210e9, 0, "EUR", "approx", "other", false}}},
	{"Belgium, which holds over €185 billion of Russian assets, insists on fairness.", []want{{"€185 billion", 185e9, 0, "EUR", "more_than", "other", false}}},
	{"Euroclear holds approximately €191 billion belonging to the Russian Central Bank.", []want{{"€191 billion", 191e9, 0, "EUR", "approx", "other", false}}},
	{"Since the invasion, nearly €280 billion ($318 billion) in frozen assets have been identified abroad.", []want{{"€280 billion", 280e9, 0, "EUR", "approx", "other", true}, {"$318 billion", 318e9, 0, "USD", "approx", "other", true}}},
	{"Japan will transfer $3bn of frozen Russian assets to Ukraine.", []want{{"$3bn", 3e9, 0, "USD", "exact", "new", false}}},
	{"Frozen Russian assets worth €390 million have bolstered Ukraine's defence industry.", []want{{"€390 million", 390e6, 0, "EUR", "exact", "new", false}}},
	{"Together with contributions from Norway, the fund now holds over £520 million.", []want{{"£520 million", 520e6, 0, "GBP", "more_than", "total", false}}},
	{"The World Bank is assessing losses at over $500 billion.", []want{{"$500 billion", 500e9, 0, "USD", "more_than", "other", false}}},
	{"The loan is higher than previous estimates of €140 billion.", []want{{"€140 billion", 140e9, 0, "EUR", "exact", "other", false}}},
	{"The IMF estimates that Ukraine will need about €137 billion in the next two years.", []want{{"€137 billion", 137e9, 0, "EUR", "approx", "other", false}}},
	{"The Trump administration stopped the transfer of approximately $3.85 billion in military equipment.", []want{{"$3.85 billion", 3.85e9, 0, "USD", "approx", "other", false}}},
	{"The government will approve support in the amount of SEK 1 billion – approximately USD 100 million.", []want{{"SEK 1 billion", 1e9, 0, "SEK", "exact", "new", true}, {"USD 100 million", 100e6, 0, "USD", "approx", "new", true}}},
	{"Germany gave €5 million - the US gave $10 million.", []want{{"€5 million", 5e6, 0, "EUR", "exact", "new", false}, {"$10 million", 10e6, 0, "USD", "exact", "new", false}}},
	// shares of a tally are tallies
	{"Of the total amount approved by Congress, about 67 percent ($117.4 billion) is designated for defense and 33 percent ($57.4 billion) for nondefense priorities.", []want{{"$117.4 billion", 117.4e9, 0, "USD", "exact", "total", false}, {"$57.4 billion", 57.4e9, 0, "USD", "exact", "total", false}}},
	{"The rest – $22.6 billion – consists of assistance for refugees.", []want{{"$22.6 billion", 22.6e9, 0, "USD", "exact", "total", false}}},
	{"Congress has now approved nearly $175 billion of aid to Ukraine.", []want{{"$175 billion", 175e9, 0, "USD", "approx", "total", false}}},
	{"Germany pledged €7 billion, 40 percent (€2.8 billion) of it for air defence.", []want{{"€7 billion", 7e9, 0, "EUR", "exact", "new", false}, {"€2.8 billion", 2.8e9, 0, "EUR", "exact", "new", false}}},
	{"The bulk of the package, 900 million Swedish krona ($86 million), will go to energy infrastructure.", []want{{"900 million Swedish krona", 900e6, 0, "SEK", "exact", "new", true}, {"$86 million", 86e6, 0, "USD", "exact", "new", true}}},
	{"Of that amount, 1 million euros were allocated to the ICRC.", []want{{"1 million euros", 1e6, 0, "EUR", "exact", "new", false}}},
	{"The European continent has now allocated EUR 23 billion more than the United States.", []want{{"EUR 23 billion", 23e9, 0, "EUR", "exact", "other", false}}},
	{"A minimum allocation of NOK 15 billion per year is being established.", []want{{"NOK 15 billion", 15e9, 0, "NOK", "at_least", "new", false}}},
	{"The programme was to provide NOK 75 billion, with an annual disbursement of NOK 15 billion each year.", []want{{"NOK 75 billion", 75e9, 0, "NOK", "exact", "new", false}, {"NOK 15 billion", 15e9, 0, "NOK", "exact", "new", false}}},
	{"The budget for humanitarian aid has thus exceeded the 100-million-euro mark.", []want{{"100-million-euro", 100e6, 0, "EUR", "more_than", "total", false}}},
	{"Vice President Kamala Harris Announces Over $1.5 Billion to Bolster Ukraine's Energy Sector", []want{{"$1.5 Billion", 1.5e9, 0, "USD", "more_than", "new", false}}},
	{"Additionally, the Vice President is announcing more than $379 million in humanitarian assistance.", []want{{"$379 million", 379e6, 0, "USD", "more_than", "new", false}}},
	// a dollar's name written after it says which dollar it is
	{"The delivery brings Australia's military support to Ukraine to over $870 million US dollars.", []want{{"$870 million US dollars", 870e6, 0, "USD", "more_than", "total", false}}},
	{"This latest package, valued at approximately $245 million [Australian dollars, $164 million US dollars], will add to firepower, Australia said.", []want{{"$245 million", 245e6, 0, "AUD", "approx", "new", true}, {"$164 million US dollars", 164e6, 0, "USD", "approx", "new", true}}},
	// a second conversion in the same brackets is the same sum
	{"The UK announced a £225 million ($286 million, €272.85 million) package.", []want{{"£225 million", 225e6, 0, "GBP", "exact", "new", true}, {"$286 million", 286e6, 0, "USD", "exact", "new", true}, {"€272.85 million", 272.85e6, 0, "EUR", "exact", "new", true}}},
	{"Needs are put at over $486 billion (£365 billion; €420 billion).", []want{{"$486 billion", 486e9, 0, "USD", "more_than", "other", true}, {"£365 billion", 365e9, 0, "GBP", "more_than", "other", true}, {"€420 billion", 420e9, 0, "EUR", "more_than", "other", true}}},
	{"The EU will buy €450 million (US$502 million) in arms and €50 million ($56 million) in supplies.", []want{{"€450 million", 450e6, 0, "EUR", "exact", "new", true}, {"US$502 million", 502e6, 0, "USD", "exact", "new", true}, {"€50 million", 50e6, 0, "EUR", "exact", "new", true}, {"$56 million", 56e6, 0, "USD", "exact", "new", true}}},
	{"Since the start of the war, Germany has delivered weapons worth 5 billion euros.", []want{{"5 billion euros", 5e9, 0, "EUR", "exact", "total", false}}},
	{"Sweden has allocated its largest military package ever (EUR 0.7 billion).", []want{{"EUR 0.7 billion", 0.7e9, 0, "EUR", "exact", "new", false}}},
	{"The European Commission has newly disbursed to Ukraine the first loan of EUR 3 billion.", []want{{"EUR 3 billion", 3e9, 0, "EUR", "exact", "new", false}}},
	{"This will unlock two further tranches worth €1.5 billion each.", []want{{"€1.5 billion", 1.5e9, 0, "EUR", "exact", "new", false}}},
	{"It will also unlock the payment of two further tranches worth €1.5 billion each, in August.", []want{{"€1.5 billion", 1.5e9, 0, "EUR", "exact", "new", false}}},
	{"The 12 tanks cost $10 million each.", []want{{"$10 million", 1e7, 0, "USD", "exact", "other", false}}},
	{"Canada pledged $500 million Cdn in military aid to Ukraine.", []want{{"$500 million Cdn", 5e8, 0, "CAD", "exact", "new", false}}},
	{"The Kiel Institute pegs Canada's contribution at $1.63 billion US.", []want{{"$1.63 billion US", 1.63e9, 0, "USD", "exact", "total", false}}},
	{"The $5 billion US aid package arrived.", []want{{"$5 billion", 5e9, 0, "USD", "exact", "new", false}}},
	{"The total support for Ukraine from Sweden will amount to more than SEK 100 billion.", []want{{"SEK 100 billion", 100e9, 0, "SEK", "more_than", "total", false}}},
	{"Sweden plans to allocate a total of SEK 5 billion to Ukraine.", []want{{"SEK 5 billion", 5e9, 0, "SEK", "exact", "new", false}}},
	{"France and the UK signed a €600 million contract to replenish their stocks.", []want{{"€600 million", 600e6, 0, "EUR", "exact", "other", false}}},
	{"Germany's defense budget itself is set to reach €51.8 billion this year.", []want{{"€51.8 billion", 51.8e9, 0, "EUR", "exact", "other", false}}},
	{"Ukraine's finance ministry said it had received $1bn from the World Bank.", []want{{"$1bn", 1e9, 0, "USD", "exact", "new", false}}},
	{"Shmyhal said Ukraine had received more than $12 billion worth of weapons and financial aid from Western countries since the start of Russia's invasion.", []want{{"$12 billion", 12e9, 0, "USD", "more_than", "total", false}}},
	{"The UK says it has agreed a £1.6bn deal for Ukraine to buy air defence missiles.", []want{{"£1.6bn", 1.6e9, 0, "GBP", "exact", "new", false}}},
	{"The Government of Japan has decided to extend Emergency Grant Aid of 100 million US dollars to Ukraine.", []want{{"100 million US dollars", 1e8, 0, "USD", "exact", "new", false}}},
	{"Nearly two years since the start of the full-scale war, the United Nations today appealed for US$4.2 billion.", []want{{"US$4.2 billion", 4.2e9, 0, "USD", "exact", "new", false}}},
	{"The total cost of reconstruction and recovery in Ukraine is estimated at 486 billion US dollars.", []want{{"486 billion US dollars", 486e9, 0, "USD", "exact", "other", false}}},
	{"Damage to Ukraine's energy sector is estimated at $16 billion.", []want{{"$16 billion", 16e9, 0, "USD", "exact", "other", false}}},
	{"Of the total, $350 million comes from presidential drawdown authority.", []want{{"$350 million", 350e6, 0, "USD", "exact", "new", false}}},
	{"Germany has frozen Russian assets worth €4.3bn, the finance ministry said.", []want{{"€4.3bn", 4.3e9, 0, "EUR", "exact", "other", false}}},
	{"Russia's diamond exports were worth about $4bn last year.", []want{{"$4bn", 4e9, 0, "USD", "approx", "other", false}}},
	{"The EIB Group, which had total signatures of €88 billion in 2023, is a large lender.", []want{{"€88 billion", 88e9, 0, "EUR", "exact", "other", false}}},
	{"In July, the bank's shareholders agreed to increase its capital by €4 billion.", []want{{"€4 billion", 4e9, 0, "EUR", "exact", "other", false}}},
	{"The assessment put the cost of reconstruction and recovery at $486 billion.", []want{{"$486 billion", 486e9, 0, "USD", "exact", "other", false}}},
	{"The agreements are expected to mobilise investments of €6.5 billion.", []want{{"€6.5 billion", 6.5e9, 0, "EUR", "exact", "other", false}}},
	{"It also allocated a budget of €409 million for the common costs of the mission.", []want{{"€409 million", 409e6, 0, "EUR", "exact", "new", false}}},
	{"The Member States also agreed to top up the EU budget by €64.6 billion, including €10.6 billion for migration, and €1.5 billion for the European Defence Fund.", []want{{"€64.6 billion", 64.6e9, 0, "EUR", "exact", "other", false}, {"€10.6 billion", 10.6e9, 0, "EUR", "exact", "other", false}, {"€1.5 billion", 1.5e9, 0, "EUR", "exact", "other", false}}},
	{"The Czech defence budget for 2025 is CZK 160 billion.", []want{{"CZK 160 billion", 160e9, 0, "CZK", "exact", "other", false}}},
	{"Sweden's defence appropriation for 2025 amounts to SEK 171 billion.", []want{{"SEK 171 billion", 171e9, 0, "SEK", "exact", "other", false}}},
	{"The Ministry's budget request for fiscal year 2022 amounts to 5.4 trillion yen.", []want{{"5.4 trillion yen", 5.4e12, 0, "JPY", "exact", "other", false}}},
	{"With the fund, total defence spending will reach PLN 137 billion.", []want{{"PLN 137 billion", 137e9, 0, "PLN", "exact", "other", false}}},
	{"The overall financial ceiling of the EPF rises to more than €17 billion.", []want{{"€17 billion", 17e9, 0, "EUR", "more_than", "other", false}}},
	{"The Council adopted a decision increasing the financial ceiling of the EPF by €5 billion.", []want{{"€5 billion", 5e9, 0, "EUR", "exact", "new", false}}},
	{"The administration has used about $20.5 billion, leaving roughly $5.4 billion. For USAI, about $1.6 billion remains.", []want{{"$20.5 billion", 20.5e9, 0, "USD", "approx", "total", false}, {"$5.4 billion", 5.4e9, 0, "USD", "approx", "other", false}, {"$1.6 billion", 1.6e9, 0, "USD", "approx", "other", false}}},
	{"An accounting error that overvalued equipment by $6.2 billion frees up authority. Prices for a 155mm shell have risen from about $2,000.", []want{{"$6.2 billion", 6.2e9, 0, "USD", "exact", "other", false}, {"$2,000", 2000, 0, "USD", "approx", "other", false}}},
	{"Sweden's total military support to Ukraine will amount to 43.5 billion kronor after the new package.", []want{{"43.5 billion kronor", 43.5e9, 0, "SEK", "exact", "total", false}}},
	{"Congress approved $13.6 billion in aid for Ukraine as part of a $1.5 trillion government spending bill.", []want{{"$13.6 billion", 13.6e9, 0, "USD", "exact", "new", false}, {"$1.5 trillion", 1.5e12, 0, "USD", "exact", "other", false}}},
	{"The budget earmarks $8 billion over five years in new defence spending and projects a deficit of $52.8 billion.", []want{{"$8 billion", 8e9, 0, "USD", "exact", "other", false}, {"$52.8 billion", 52.8e9, 0, "USD", "exact", "other", false}}},
	{"OTTAWA — The federal government will provide an additional $500 million in military aid to Ukraine.", []want{{"$500 million", 500e6, 0, "CAD", "exact", "new", false}}},
	{"Norway's parliament approves 75 billion crown Ukraine aid programme. The crown prince paid 5 crowns.", []want{{"75 billion crown", 75e9, 0, "NOK", "exact", "new", false}}},
	{"Congress has approved about $113bn in aid since the invasion.", []want{{"$113bn", 113e9, 0, "USD", "approx", "total", false}}},
	{"Congress has approved $40 billion for Ukraine.", []want{{"$40 billion", 40e9, 0, "USD", "exact", "new", false}}},
	{"Europe has now allocated a total of EUR 138 billion in aid since the start of the war.", []want{{"EUR 138 billion", 138e9, 0, "EUR", "exact", "total", false}}},
	{"The Netherlands allocates more than €150 million to purchase ammunition for Ukraine.", []want{{"€150 million", 150e6, 0, "EUR", "more_than", "new", false}}},
	{"Estonia has delivered 80 million euros of equipment as part of its latest aid package.", []want{{"80 million euros", 80e6, 0, "EUR", "exact", "new", false}}},
	{"The Swedish parliament approved aid worth 6.2 billion kroner for Ukraine.", []want{{"6.2 billion kroner", 6.2e9, 0, "SEK", "exact", "new", false}}},
	{"Norway promised 1 billion kronor to Ukraine.", []want{{"1 billion kronor", 1e9, 0, "NOK", "exact", "new", false}}},
	{"Sweden gave Ukraine 730 million Swedish kroner.", []want{{"730 million Swedish kroner", 7.3e8, 0, "SEK", "exact", "new", false}}},
	{"A further $10 billion will be provided by the U.K., Canada and Japan.", []want{{"$10 billion", 1e10, 0, "USD", "exact", "new", false}}},
	{"The United Kingdom, Japan and Canada will contribute an additional $10.1bn.", []want{{"$10.1bn", 10.1e9, 0, "USD", "exact", "new", false}}},
	{"Australia announced a further 100 million dollars.", []want{{"100 million dollars", 1e8, 0, "AUD", "exact", "new", false}}},
	{"Canada is providing 34 million Canadian dollars ($25.5 million).", []want{{"34 million Canadian dollars", 34e6, 0, "CAD", "exact", "new", true}, {"$25.5 million", 25.5e6, 0, "USD", "exact", "new", true}}},
	{"Denmark will set up a fund of over $1 billion for Ukraine.", []want{{"$1 billion", 1e9, 0, "USD", "more_than", "new", false}}},
	{"More than £6 million will go to the Red Cross.", []want{{"£6 million", 6e6, 0, "GBP", "more_than", "new", false}}},
	{"The Netherlands will deliver ammunition with a total value of about €700 million.", []want{{"€700 million", 7e8, 0, "EUR", "approx", "new", false}}},
	{"The new funding brings the total UK humanitarian aid to £120 million.", []want{{"£120 million", 1.2e8, 0, "GBP", "exact", "total", false}}},
	{"This drawdown will bring total U.S. military assistance that the Administration provided to Ukraine to approximately $8.7 billion.", []want{{"$8.7 billion", 8.7e9, 0, "USD", "approx", "total", false}}},
	{"The $113 billion is part of the $175 billion total, with $4 billion combined from two smaller bills.", []want{{"$113 billion", 113e9, 0, "USD", "exact", "new", false}, {"$175 billion", 175e9, 0, "USD", "exact", "total", false}, {"$4 billion", 4e9, 0, "USD", "exact", "total", false}}},
	{"European countries have pledged a total of €54.9 billion in aid to Ukraine.", []want{{"€54.9 billion", 54.9e9, 0, "EUR", "exact", "total", false}}},
	{"Sweden has decided to allocate a total of SEK 5 billion.", []want{{"SEK 5 billion", 5e9, 0, "SEK", "exact", "new", false}}},
	{"Germany will increase its aid by €2 billion to €8 billion.", []want{{"€2 billion", 2e9, 0, "EUR", "exact", "new", false}, {"€8 billion", 8e9, 0, "EUR", "exact", "new", false}}},
	{"Another $300 million per year was provided for USAI.", []want{{"$300 million", 3e8, 0, "USD", "exact", "new", false}}},
	{"The war costs Russia $300 million per day.", []want{{"$300 million", 3e8, 0, "USD", "exact", "other", false}}},
	{"Denmark to allocate over €280 million to strengthen air defence", []want{{"€280 million", 2.8e8, 0, "EUR", "more_than", "new", false}}},
	{"Canada has been a steadfast supporter, in the last 12 months providing about CAN$5 billion.", []want{{"CAN$5 billion", 5e9, 0, "CAD", "approx", "total", false}}},
	{"Poland has given equipment worth 4.2 billion zlotys ($1.05 bln) since the start of the war.", []want{{"4.2 billion zlotys", 4.2e9, 0, "PLN", "exact", "total", true}, {"$1.05 bln", 1.05e9, 0, "USD", "exact", "total", true}}},
	{"Warsaw gave 4.2 billion Polish zlotys and Ankara 100 million Turkish lira.", []want{{"4.2 billion Polish zlotys", 4.2e9, 0, "PLN", "exact", "new", false}, {"100 million Turkish lira", 1e8, 0, "TRY", "exact", "new", false}}},
	{"Tokyo pledged 5 billion Japanese yen; Bern SFr 20 million.", []want{{"5 billion Japanese yen", 5e9, 0, "JPY", "exact", "new", false}, {"SFr 20 million", 2e7, 0, "CHF", "exact", "new", false}}},
	{"Germany gave €2,75 million and Poland 1,5 billion zlotys.", []want{{"€2,75 million", 2.75e6, 0, "EUR", "exact", "new", false}, {"1,5 billion zlotys", 1.5e9, 0, "PLN", "exact", "new", false}}},
	{"Spain gave €1,5-2 billion; Italy $1,5bn.", []want{{"€1,5-2 billion", 1.5e9, 2e9, "EUR", "exact", "new", false}, {"$1,5bn", 1.5e9, 0, "USD", "exact", "new", false}}},
	{"The fee was $1,5 or 1,50 euros; Norway gave 3,200 million kroner.", []want{{"3,200 million kroner", 3.2e9, 0, "NOK", "exact", "new", false}}},
	{"It cost a quarter of a billion dollars, and Japan gave a billion dollars.", []want{{"a billion dollars", 1e9, 0, "USD", "exact", "new", false}}},
	{"The UK provided just shy of a billion dollars, in a billion-dollar package.", []want{{"a billion dollars", 1e9, 0, "USD", "exact", "new", false}, {"billion-dollar", 1e9, 0, "USD", "exact", "new", false}}},
	{"Taiwan donated NT$1.8 billion (US$56 million).", []want{{"NT$1.8 billion", 1.8e9, 0, "TWD", "exact", "new", true}, {"US$56 million", 56e6, 0, "USD", "exact", "new", true}}},
	{"Norway gives 335 million kroner (U.S. $31 million).", []want{{"335 million kroner", 335e6, 0, "NOK", "exact", "new", true}, {"$31 million", 31e6, 0, "USD", "exact", "new", true}}},
	{"The ICRC requested 150 million Swiss francs, the equivalent of roughly $163 million, for its operations.", []want{{"150 million Swiss francs", 150e6, 0, "CHF", "exact", "new", true}, {"$163 million", 163e6, 0, "USD", "approx", "new", true}}},
	{"The IFRC said they had launched the response plan for 1.2 billion Swiss francs.", []want{{"1.2 billion Swiss francs", 1.2e9, 0, "CHF", "exact", "new", false}}},
	{"Germany pledged 5.4 billion euros in 2023, in 2022 - 2 billion euros.", []want{{"5.4 billion euros", 5.4e9, 0, "EUR", "exact", "new", false}, {"2 billion euros", 2e9, 0, "EUR", "exact", "new", false}}},
	{"Prime Minister Scott Morrison said the support, worth $26.5 million (US$19.5 million), would aid Ukraine.", []want{{"$26.5 million", 26.5e6, 0, "AUD", "exact", "new", true}, {"US$19.5 million", 19.5e6, 0, "USD", "exact", "new", true}}},
	{"So far, the security assistance had totalled $16.8 billion.", []want{{"$16.8 billion", 16.8e9, 0, "USD", "exact", "total", false}}},
	{"The US has provided $2 billion in total.", []want{{"$2 billion", 2e9, 0, "USD", "exact", "total", false}}},
	{"Donors have given an estimated $3 billion so far.", []want{{"$3 billion", 3e9, 0, "USD", "approx", "total", false}}},
	{"The package costs $1-2 billion.", []want{{"$1-2 billion", 1e9, 2e9, "USD", "exact", "other", false}}},
	{"The fund was spending at the rate of $8 to $9 billion per month.", []want{{"$8 to $9 billion", 8e9, 9e9, "USD", "exact", "other", false}}},
	{"The fund lost $8 billion to $9 billion per month.", []want{{"$8 billion to $9 billion", 8e9, 9e9, "USD", "exact", "other", false}}},
	{"They asked for between $5 and $6 million.", []want{{"$5 and $6 million", 5e6, 6e6, "USD", "exact", "new", false}}},
	{"Spending rose from $5 billion to $6 billion.", []want{{"$5 billion", 5e9, 0, "USD", "exact", "new", false}, {"$6 billion", 6e9, 0, "USD", "exact", "new", false}}},
	{"The EU will give 1 to 2 billion euros.", []want{{"1 to 2 billion euros", 1e9, 2e9, "EUR", "exact", "new", false}}},
	{"The EU approved €500 million ($486 million) in weapons.", []want{{"€500 million", 5e8, 0, "EUR", "exact", "new", true}, {"$486 million", 486e6, 0, "USD", "exact", "new", true}}},
	{"The EU would purchase €450 million (US$502 million) in lethal assistance.", []want{{"€450 million", 450e6, 0, "EUR", "exact", "new", true}, {"US$502 million", 502e6, 0, "USD", "exact", "new", true}}},
	{"Britain had provided aid to the value of £2.3bn ($2.8bn).", []want{{"£2.3bn", 2.3e9, 0, "GBP", "exact", "total", true}, {"$2.8bn", 2.8e9, 0, "USD", "exact", "total", true}}},
	{"Japan gave up to ¥5.5 billion, or about $37 million.", []want{{"¥5.5 billion", 5.5e9, 0, "JPY", "up_to", "new", true}, {"$37 million", 37e6, 0, "USD", "approx", "new", true}}},
	{"Donors gave €5 million, $3 million and £2 million.", []want{{"€5 million", 5e6, 0, "EUR", "exact", "new", false}, {"$3 million", 3e6, 0, "USD", "exact", "new", false}, {"£2 million", 2e6, 0, "GBP", "exact", "new", false}}},
	{"Biden announced a half-billion dollar aid package.", []want{{"half-billion dollar", 5e8, 0, "USD", "exact", "new", false}}},
	{"It would go to Ukraine in a billion-dollar package.", []want{{"billion-dollar", 1e9, 0, "USD", "exact", "new", false}}},
	{"On 10 November, the $400-million aid announcement followed.", []want{{"$400-million", 4e8, 0, "USD", "exact", "new", false}}},
	{"Russia's central bank holds $630 billion in foreign-exchange reserves.", []want{{"$630 billion", 630e9, 0, "USD", "exact", "other", false}}},
	{"Russia was earning $900 million a day.", []want{{"$900 million", 9e8, 0, "USD", "exact", "other", false}}},
	{"In 2022, Russia ran a $34 billion budget deficit.", []want{{"$34 billion", 34e9, 0, "USD", "exact", "other", false}}},
	{"Ten F-16s cost $1 billion and their sustainment cost another $1 billion.", []want{{"$1 billion", 1e9, 0, "USD", "exact", "other", false}, {"$1 billion", 1e9, 0, "USD", "exact", "other", false}}},
	{"Biden asked Congress for an additional $33 billion, including $20 billion for weapons.", []want{{"$33 billion", 33e9, 0, "USD", "exact", "new", false}, {"$20 billion", 20e9, 0, "USD", "exact", "new", false}}},
	{"Latvia will send drones worth one million euros.", []want{{"one million euros", 1e6, 0, "EUR", "exact", "new", false}}},
	{"The UK will give £100m, about 5% of its aid.", []want{{"£100m", 1e8, 0, "GBP", "exact", "new", false}}},
	{"the government approved a $ 75 million loan", []want{{"$ 75 million", 75e6, 0, "USD", "exact", "new", false}}},
	{"Over 2022, 5,000 rounds cost $1.5 billion.", []want{{"$1.5 billion", 1.5e9, 0, "USD", "exact", "other", false}}},
	{"Its 34th drawdown since August 2021 was valued at up to $350 million.", []want{{"$350 million", 3.5e8, 0, "USD", "up_to", "new", false}}}, // a past year's sum, a sum reserved for a year, revenues and a price per unit
	{"Last year, Norway provided around 10 billion kroner to Ukraine.", []want{{"10 billion kroner", 10e9, 0, "NOK", "approx", "total", false}}},
	{"For 2024, the Dutch government has reserved 2 billion euros for military support to Ukraine.", []want{{"2 billion euros", 2e9, 0, "EUR", "exact", "new", false}}},
	{"Our petroleum revenues were extraordinarily high last year, at more than 1,300 billion kroner.", []want{{"1,300 billion kroner", 1.3e12, 0, "NOK", "more_than", "other", false}}},
	{"Petrol is above $2 a litre, and each shell costs more.", []want{{"$2", 2, 0, "USD", "more_than", "other", false}}},
	{"The drones were bought at $500 per unit.", []want{{"$500", 500, 0, "USD", "exact", "other", false}}},
	{"Czechia has provided military aid worth 4.3 billion crowns; Germany has sent a new package worth $300 million.", []want{{"4.3 billion crowns", 4.3e9, 0, "CZK", "exact", "total", false}, {"$300 million", 3e8, 0, "USD", "exact", "new", false}}},
	{"Host families receive a monthly payment of €800; refugees paid 7 billion crowns in taxes. It was followed by monthly payments of €1.5 billion.", []want{{"€800", 800, 0, "EUR", "exact", "other", false}, {"7 billion crowns", 7e9, 0, "CZK", "exact", "other", false}, {"€1.5 billion", 1.5e9, 0, "EUR", "exact", "new", false}}},
	{"The G7 agreed to provide around $50 billion in Extraordinary Revenue Acceleration (ERA) loans; Germany set up a €100 billion special fund for the Bundeswehr.", []want{{"$50 billion", 50e9, 0, "USD", "approx", "new", false}, {"€100 billion", 100e9, 0, "EUR", "exact", "other", false}}},
	{"We will provide £2.26 billion through the Extraordinary Revenue Acceleration loans.", []want{{"£2.26 billion", 2.26e9, 0, "GBP", "exact", "new", false}}},
	{"A fifth tranche raises total EPF support to €2.5 billion.", []want{{"€2.5 billion", 2.5e9, 0, "EUR", "exact", "total", false}}},
	{"Total EU and member-state military support is estimated at €33 billion.", []want{{"€33 billion", 33e9, 0, "EUR", "exact", "total", false}}},
}

// TestValuesExact checks that a figure times its magnitude is the number
// written, to the last digit: 8.45 * 1e9 in floating point is not.
func TestValuesExact(t *testing.T) {
	e := newExtractor(t)
	for _, c := range []struct {
		text       string
		value, max float64
	}{
		{"Ukraine received $8.45 billion.", 8450000000, 0},
		{"Ukraine received €1.15 billion.", 1150000000, 0},
		{"Ukraine received $0.29 million.", 290000, 0},
		{"Ukraine received between $1.1 billion and $4.35 billion.", 1100000000, 4350000000},
		{"Ukraine received $1.1-4.35 billion.", 1100000000, 4350000000},
		{"Ukraine received €2,75 million.", 2750000, 0},
	} {
		_, ms := extractAll(e, c.text)
		if len(ms) == 0 {
			t.Errorf("%q: no amount", c.text)
			continue
		}
		if m := ms[0].Money; m.Value != c.value || m.ValueMax != c.max {
			t.Errorf("%q: value %v, max %v; want exactly %v, %v", c.text, m.Value, m.ValueMax, c.value, c.max)
		}
	}
}

func TestCases(t *testing.T) {
	e := newExtractor(t)
	for _, c := range cases {
		d, ms := extractAll(e, c.text)
		if len(ms) != len(c.want) {
			t.Errorf("%q: got %d mentions, want %d", c.text, len(ms), len(c.want))
			for _, m := range ms {
				t.Logf("  %q %+v", d.View.Text[m.Start:m.End], *m.Money)
			}
			continue
		}
		for i, w := range c.want {
			m := ms[i]
			got := want{d.View.Text[m.Start:m.End], m.Money.Value, m.Money.ValueMax, m.Money.Currency, m.Money.Qualifier, m.Money.Role, m.Money.Paired}
			if got.span != w.span || !near(got.value, w.value) || !near(got.max, w.max) || got.currency != w.currency ||
				got.qualifier != w.qualifier || got.role != w.role || got.paired != w.paired {
				t.Errorf("%q:\n got %+v\nwant %+v", c.text, got, w)
			}
		}
	}
}

func TestMentionFields(t *testing.T) {
	e := newExtractor(t)
	text := "First line.\nOn 26 February 2022, Blinken announced\u00a0$350\u00a0million in aid."
	d, ms := extractAll(e, text)
	if len(ms) != 1 {
		t.Fatalf("got %d mentions", len(ms))
	}
	m := ms[0]
	if m.Kind != model.KindMoney || m.Sentence != 1 || !strings.HasPrefix(m.Rule, RuleSignAmount+"@currencies.tsv:") {
		t.Errorf("got kind %v sentence %d rule %q", m.Kind, m.Sentence, m.Rule)
	}
	if _, _, orig := d.View.Original(m.Start, m.End); orig != "$350\u00a0million" {
		t.Errorf("original text %q", orig)
	}
	if e.Name() != "money" {
		t.Errorf("Name() = %q", e.Name())
	}
}

// TestDeterministic runs the same text many times and concurrently.
func TestDeterministic(t *testing.T) {
	e := newExtractor(t)
	var text strings.Builder
	for _, c := range cases {
		text.WriteString(c.text + " ")
	}
	d := model.Prepare(&model.Document{Text: text.String()})
	first := make([][]model.Mention, len(d.Sentences))
	for i, s := range d.Sentences {
		first[i] = e.Extract(d, s)
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			ok := true
			for r := 0; r < 3; r++ {
				for i, s := range d.Sentences {
					ms := e.Extract(d, s)
					if len(ms) != len(first[i]) {
						ok = false
						continue
					}
					for j := range ms {
						if ms[j].Start != first[i][j].Start || ms[j].End != first[i][j].End || *ms[j].Money != *first[i][j].Money {
							ok = false
						}
					}
				}
			}
			done <- ok
		}()
	}
	for g := 0; g < 4; g++ {
		if !<-done {
			t.Error("results differ between runs")
		}
	}
}

func TestLoadErrors(t *testing.T) {
	e := newExtractor(t)
	cur := "surface\tiso\tkind\tflags\n"
	qual := "phrase\tqualifier\tside\n"
	role := "cue\trole\tside\treach\tweight\n"
	tests := []struct {
		name            string
		cur, qual, role string
		want            string
	}{
		{"currency header", "surface\tiso\tkind\n", qual, role, "currencies.tsv:1: header"},
		{"currency columns", cur + "$\tUSD\tsign\n", qual, role, "currencies.tsv:2: want 4 columns"},
		{"currency kind", cur + "$\tUSD\tsymbol\t-\n", qual, role, "currencies.tsv:2: unknown kind"},
		{"currency iso", cur + "$\tusd\tsign\t-\n", qual, role, "currencies.tsv:2: iso"},
		{"currency flag", cur + "$\tUSD\tsign\tloud\n", qual, role, "currencies.tsv:2: unknown flag"},
		{"currency duplicate", cur + "$\tUSD\tsign\t-\n$\tCAD\tsign\t-\n", qual, role, "currencies.tsv:3: duplicate"},
		{"currency padded", cur + "$ \tUSD\tsign\t-\n", qual, role, "currencies.tsv:2: column surface"},
		{"qualifier enum", cur, qual + "up to\tupto\tbefore\n", role, "qualifiers.tsv:2: unknown qualifier"},
		{"qualifier side", cur, qual + "up to\tup_to\tleft\n", role, "qualifiers.tsv:2: unknown side"},
		{"qualifier duplicate", cur, qual + "up to\tup_to\tbefore\nup to\tup_to\tbefore\n", role, "qualifiers.tsv:3: duplicate"},
		{"role enum", cur, qual, role + "cost\tprice\tbefore\t3\t3\n", "roles.tsv:2: unknown role"},
		{"role regexp", cur, qual, role + "cost(\tother\tbefore\t3\t3\n", "roles.tsv:2: bad cue"},
		{"role reach", cur, qual, role + "cost\tother\tbefore\tfar\t3\n", "roles.tsv:2: reach"},
		{"role weight", cur, qual, role + "cost\tother\tbefore\t3\t10\n", "roles.tsv:2: weight"},
		{"role extra column", cur, qual, role + "cost\tother\tbefore\t3\t3\tx\n", "roles.tsv:2: want 5 columns"},
	}
	for _, tc := range tests {
		_, err := build(e.lex, []byte(tc.cur), []byte(tc.qual), []byte(tc.role))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: got error %v, want prefix %q", tc.name, err, tc.want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, c := range cases {
		f.Add(c.text)
	}
	for _, c := range corpus {
		f.Add("gave " + c.forms[0] + " and " + c.forms[len(c.forms)-1])
	}
	for _, n := range negative {
		f.Add(n)
	}
	f.Add("$1e308 billion $99999999999999999999999999999999 trillion")
	f.Add("between $ and $ million; $-5 bn; €\u00a0\u2013 2")
	e := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := model.Prepare(&model.Document{Text: text})
		for _, ms := range modeltest.New(d).Extract(t, e) {
			e.Dollars(d.View.Text, ms)
			end := -1
			for _, m := range ms {
				if m.Start < end {
					t.Fatalf("mentions overlap or are unsorted: %+v", ms)
				}
				end = m.End
				v := m.Money
				if v == nil || !(v.Value > 0) || math.IsInf(v.Value, 0) || v.ValueMax < 0 || math.IsInf(v.ValueMax, 0) || math.IsNaN(v.ValueMax) ||
					v.ValueMax != 0 && v.ValueMax <= v.Value || len(v.Currency) != 3 || v.Qualifier == "" || v.Role == "" {
					t.Fatalf("bad payload %+v", v)
				}
			}
		}
	})
}

// A currency word several countries share takes the currency of the
// country the sentence names, nearest before the amount first.
func TestSharedCurrencyWords(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"Norway pledged 7.5 billion kroner.", []string{"NOK"}},
		{"They gave 7.5 billion kroner.", []string{"NOK"}},
		{"Denmark's Ukraine Fund now totals more than 50 billion kroner.", []string{"DKK"}},
		{"The Danish government added 1.2 billion krone in May.", []string{"DKK"}},
		{"Denmark gave 50 billion kroner and Norway 7.5 billion kroner.", []string{"DKK", "NOK"}},
		{"A further 3 billion kroner was approved by Denmark.", []string{"DKK"}},
		{"Sweden sent 2 billion kronor.", []string{"SEK"}},
		{"Norway will give 5 billion Norwegian crowns.", []string{"NOK"}},
		{"Sweden added 2 billion crowns.", []string{"SEK"}},
		{"The Czech government sent 300 million crowns.", []string{"CZK"}},
		{"They sent 300 million crowns.", []string{"CZK"}},
		{"Danish firms sold DKK 5 million and NOK 5 million of goods.", []string{"DKK", "NOK"}},
		{"The Denmarkian 5 million kroner.", []string{"NOK"}}, // whole words only
		// a sentence that names no country takes the one of the sentences
		// just before, unless the document writes that country's dollar
		// with a sign of its own
		{"Kuleba thanked Australia for the support. The federal budget saw more than $200 million for Ukraine.", []string{"AUD"}},
		{"In addition to the extension of the NZDF deployment, the package includes: $6.5 million to the Fund for Ukraine.", []string{"NZD"}},
		{"Canada will give approximately $680 million (USD $500 million) for a PURL package.", []string{"CAD", "USD"}},
		{"The NZDF deployment goes on.\n\n$6.5 million goes to the Fund for Ukraine.", []string{"NZD"}},
		{"Canada has committed C$2.4 billion in all. The Czech initiative will cost $1.5 billion.", []string{"CAD", "USD"}},
		{"Canada sent tanks. Germany sent guns. Poland sent shells. France sent jets. The total is $5 billion.", []string{"USD"}},
		// else the country of the title's speaker
		{"Prime Minister Anthony Albanese, press conference in Kyiv\n\nIt is an honour. It is cold. It rained. Today I am announcing an additional $99.5 million.", []string{"AUD"}},
		{"Prime Minister Anthony Albanese, press conference in Kyiv\n\nWe gave A$5 million. It is cold. It rained. It snowed. Today I am announcing $99.5 million.", []string{"AUD", "USD"}},
		{"Press conference in Kyiv\n\nAlbanese spoke. It is cold. It rained. It snowed. Today I am announcing $99.5 million.", []string{"USD"}},
		// a list of sums in one dollar reads on to the country before it
		{"New Zealand gave more. It includes:\n\n• $6.5m for the Fund.\n\n• $7m in aid.\n\n• $2m for mines.\n\n• $12.4m to continue the deployment.", []string{"NZD", "NZD", "NZD", "NZD"}},
		{"New Zealand gave more. It was cold. It rained. It snowed. It froze. The total is $5 billion.", []string{"USD"}},
		// the agent of a passive after the amount is its giver
		{"The funds come from $500 million promised by Prime Minister Justin Trudeau.", []string{"CAD"}},
		{"The $500 million pledge made by Canada is large.", []string{"CAD"}},
		{"The $500 million will go to Canada.", []string{"USD"}},
		// one of several givers before does not make their dollar the text's
		{"Australia and New Zealand have also pledged. The alliance is close to the $5 billion target.", []string{"USD"}},
		{"Canada, the Netherlands and Norway announced new pledges. The alliance is close to the $5 billion target.", []string{"USD"}},
		// a tally that writes every giver's sum with one sign means one dollar
		{"The United States provided $3.9 billion, Japan $4.4 billion and Canada $3.3 billion. In December, the budget received $5.2 billion.", []string{"USD", "USD", "USD", "USD"}},
		{"After the United States gave $1 billion, Canada committed $2.45 billion.", []string{"USD", "CAD"}},
	}
	for _, tt := range tests {
		_, ms := extractAll(e, tt.text)
		var got []string
		for _, m := range ms {
			got = append(got, m.Money.Currency)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%q: currencies %v, want %v", tt.text, got, tt.want)
		}
	}
}
