package events

import (
	"cmp"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/aidextract/aidextract/extractors/dates"
	"github.com/aidextract/aidextract/extractors/donors"
	"github.com/aidextract/aidextract/extractors/materiel"
	"github.com/aidextract/aidextract/extractors/money"
	"github.com/aidextract/aidextract/extractors/personnel"
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
	p, err := personnel.New()
	if err != nil {
		t.Fatal(err)
	}
	return &stages{l: l, xs: []model.Extractor{m, dates.New(), mt, p}}
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
	donor, group, recipient, kind, pkg, date, aidType string  // "" checks nothing; pkg "-" wants none
	amount                                            float64 // 0: no amount expected
}

// story is two events, a US amount and a Polish delivery, that the
// antecedent cases of TestLink go on from; storyThen is their rows and one
// more.
const story = "On 2 May 2024, the Pentagon announced a $400 million package for Ukraine. Poland delivered 20 tanks on 3 May. "

func storyThen(w want) []want {
	return []want{
		{donor: "United States", kind: KindPledge, amount: 4e8, date: "2024-05-02"},
		{donor: "Poland", kind: KindDelivery, date: "2024-05-03"},
		w,
	}
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
			name: "a date after the verb of a clause joined by and or while is that clause's when the clauses differ in tense; one before the first verb or after the joining word dates the next",
			text: "Norway announced it would increase its support to NOK 35 billion in 2025, and Sweden unveiled its 18th package, worth SEK 13.5 billion. " +
				"Spain provided four Hawk launchers in late 2023, while the United States has supplied Hawk missiles. " +
				"In March 2024, Germany pledged 10 tanks and France sent 5 howitzers. " +
				"Poland delivered 14 tanks in January, and in February Canada sent 8 tanks. " +
				"Norway handed over 14 tanks in April, and Spain sent eight.",
			want: []want{
				{donor: "Norway", kind: KindPledge, amount: 35e9, date: "2024-05-10"},
				{donor: "Sweden", kind: KindPledge, amount: 13.5e9, date: "2024-05-10"},
				{donor: "Spain", kind: KindDelivery, date: "2023"},
				{donor: "United States", kind: KindTotal, date: "2024-05-10"},
				{donor: "Germany", kind: KindPledge, date: "2024-03"},
				{donor: "France", kind: KindDelivery, date: "2024-03"},
				{donor: "Poland", kind: KindDelivery, date: "2024-01"},
				{donor: "Canada", kind: KindDelivery, date: "2024-02"},
				{donor: "Norway", kind: KindDelivery, date: "2024-04"},
				{donor: "Spain", kind: KindDelivery, date: "2024-04"},
			},
		},
		{
			name: "a second act after and, a date and a pronoun is an event of its own; dates joined by and are one",
			text: "Denmark has donated €500,000 to rebuild a bridge, and in May 2024 it handed over 10 buses to Zhytomyr. " +
				"Two acts Congress enacted in September and December 2022 provided $12.3 billion.",
			want: []want{
				{donor: "Denmark", kind: KindTotal, amount: 5e5, date: "2024-05-10"},
				{donor: "Denmark", kind: KindDelivery, date: "2024-05"},
				{donor: "United States", kind: KindApproval, amount: 12.3e9, date: "2022-12"},
			},
		},
		{
			name: "money passed on through the World Bank, under ERA or from the IMF is financial",
			text: "Ukraine received USD 1.25 billion from Japan through the World Bank. " +
				"Ukraine has received EUR 3 billion from the European Union within the framework of the G7 Extraordinary Revenue Acceleration (ERA) initiative.",
			want: []want{
				{donor: "Japan", kind: KindDelivery, aidType: AidFinancial, amount: 1.25e9, date: "2024-05-10"},
				{donor: "European Union", kind: KindTotal, aidType: AidFinancial, amount: 3e9, date: "2024-05-10"},
			},
		},
		{
			name: "an entry of a list under a giver's heading is that giver's, its participle a verb",
			text: "Military aid by country\n\nDenmark\n\nDenmark has been one of the largest donors.\n\n" +
				"- 2,700 M72 LAW anti-tank weapons, sent in late February 2022.\n" +
				"- 8 Leopard 2A4 tanks and up to 4 support vehicles (announced February 2023).\n",
			want: []want{
				{donor: "Denmark", kind: KindTotal, date: "2024-05-10"},
				{donor: "Denmark", kind: KindDelivery, aidType: AidMilitary, date: "2022-02"},
				{donor: "Denmark", kind: KindPledge, aidType: AidMilitary, date: "2023-02"},
			},
		},
		{
			name: "what had been delivered by a day is a delivery told, unless counted up to now",
			text: "By the beginning of March 2024, around 524,000 rounds had been delivered to Ukraine by the European Union. " +
				"About 600,000 rounds had been delivered so far by the European Union.",
			want: []want{
				{donor: "European Union", kind: KindDelivery, aidType: AidMilitary, date: "2024-03"},
				{donor: "European Union", kind: KindTotal, aidType: AidMilitary, date: "2024-05-10"},
			},
		},
		{
			name: "payments that began are paid",
			text: "Payments started in March with a €4.5 billion bridge financing tranche from the European Union.",
			want: []want{{donor: "European Union", kind: KindDelivery, amount: 4.5e9, date: "2024-03"}},
		},
		{
			name: "an amount with a definite article is the earlier event's, and its donor",
			text: story + "On 6 May, the $400 million package was clarified to include 10 HIMARS.",
			want: storyThen(want{donor: "United States", kind: KindPledge, amount: 4e8, date: "2024-05-06"}),
		},
		{
			name: "an indefinite amount is a new one: the narrative's donor",
			text: story + "On 6 May, a $400 million package was approved.",
			want: storyThen(want{donor: "Poland", kind: KindPledge, amount: 4e8, date: "2024-05-06"}),
		},
		{
			name: "a definite amount with no earlier event of that amount: the narrative's donor",
			text: story + "On 6 May, the $500 million package was approved.",
			want: storyThen(want{donor: "Poland", kind: KindPledge, amount: 5e8, date: "2024-05-06"}),
		},
		{
			name: "troops present on a side of the war are an involvement",
			text: "On 23 October 2024, North Korean troops were in Russia. By 25 October, North Korean units had entered Russia's Kursk region.",
			want: []want{
				{donor: "North Korea", recipient: "Russia", kind: KindOther, date: "2024-10-23"},
				{donor: "North Korea", recipient: "Russia", kind: KindOther, date: "2024-10-25"},
			},
		},
		{
			name: "a weak verb in the passive with counted items goes on the narrative's donor; an infinitive does not",
			text: "On 17 January 2022, the UK began supplying anti-armour weapons. Around 2,000 NLAWs are flown to Kyiv over the following days. " +
				"On 9 March 2022, a further 1,615 anti-tank weapons are sent. The goal was to send 80 more launchers to Ukraine.",
			want: []want{
				{donor: "United Kingdom", kind: KindDelivery, date: "2022-01-17"},
				{donor: "United Kingdom", kind: KindDelivery, date: "2022-01-17"},
				{donor: "United Kingdom", kind: KindDelivery, date: "2022-03-09"},
			},
		},
		{
			name: "a sum passed is a mark reached, not a bill passed",
			text: "The Storting passed the Nansen programme on 16 February 2023. On 20 February 2023, the oil fund passed NOK 12,400 billion.",
			want: []want{{donor: "Norway", kind: KindApproval, date: "2023-02-16"}},
		},
		{
			name: "a participle after its noun names what was given; with its giver, or as a sentence's verb, it gives",
			text: "The objective of this evaluation was to determine whether the DoD monitored defense articles provided to Ukraine. " +
				"In Poland, trainers teach crews to operate the Leopard 2 tanks donated by Canada.",
			want: []want{{donor: "Canada", date: "2024-05-10"}},
		},
		{
			name: "the goods of a power system are for civilians",
			text: "On 8 December 2022, Lithuania dispatched trucks carrying power equipment from a decommissioned power plant to Ukraine. " +
				"On 22 October 2024, the EU sent generators and electrical equipment to Ukraine.",
			want: []want{
				{donor: "Lithuania", date: "2022-12-08", aidType: AidHumanitarian},
				{donor: "European Union", date: "2024-10-22", aidType: AidHumanitarian},
			},
		},
		{
			name: "a gathering named after its city names no giver",
			text: "On 11 June 2024, the Berlin recovery conference yielded agreements worth €16 billion.",
			want: []want{{kind: KindPledge, amount: 16e9, date: "2024-06-11"}},
		},
		{
			name: "a city that heads a dateline names where the news was written, not a giver: no act of its own",
			text: "Washington, DC: On 20 December 2024 the Executive Board of the International Monetary Fund (IMF) completed the sixth review for Ukraine. " +
				"The completion allows an immediate disbursement of about US$1.1 billion.",
			want: []want{{kind: KindPledge, amount: 1.1e9}},
		},
		{
			name: "a city that opens a sentence as its subject gives",
			text: "Washington, meanwhile, approved $2 billion for Ukraine on 21 December 2024.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 2e9, date: "2024-12-21"}},
		},
		{
			name: "a bare sum is what the next sentence says it buys",
			text: "On 12 February 2025, the UK announced a new £150 million package. It will fund drones, air defence and tanks.",
			want: []want{{donor: "United Kingdom", aidType: AidMilitary, amount: 150e6}},
		},
		{
			name: "a time that opens the next sentence says nothing of the sum",
			text: "On 1 March 2024, Japan committed $7.6 billion. This week, the United States sent 30 tanks.",
			want: []want{
				{donor: "Japan", aidType: AidUnspecified, amount: 7.6e9},
				{donor: "United States", aidType: AidMilitary},
			},
		},
		{
			name: "a numbered tranche of sums in euros is no drawdown",
			text: "In August 2024, Ukraine received a first regular tranche of €4.2 billion.",
			want: []want{{kind: KindDelivery, aidType: AidUnspecified, pkg: "-", amount: 4.2e9}},
		},
		{
			name: "a group acts, not the states that lead it",
			text: "On 11 July 2023, a coalition of 11 countries led by Denmark and the Netherlands said it would train Ukrainian pilots. " +
				"On 15 February 2024, the IT coalition, co-led by Estonia and Luxembourg, has raised around €100 million.",
			want: []want{
				{group: "11 countries", kind: KindPledge, aidType: AidTraining},
				{group: "coalition", amount: 100e6},
			},
		},
		{
			name: "a definite description after an opening date goes on the story's giver",
			text: "Last year, Norway provided around 10 billion kroner to Ukraine. On Monday the government decided to donate eight Leopard 2 battle tanks.",
			want: []want{
				{donor: "Norway", kind: KindTotal, amount: 10e9},
				{donor: "Norway", kind: KindPledge, aidType: AidMilitary},
			},
		},
		{
			name: "givers meeting somewhere give; the leaders of the alliance's states are a group",
			text: "On 13 December 2022, donors meeting in Paris pledged just over 1 billion euros to help Ukrainians through the winter. " +
				"On 10 July 2024, NATO leaders meeting in Washington pledged to provide Ukraine with €40 billion in military aid.",
			want: []want{
				{group: "donors", amount: 1e9},
				{group: "NATO leaders", kind: KindPledge, amount: 40e9},
			},
		},
		{
			name: "the sums of a list that leaves the verb out are told when the verb is",
			text: "In February 2023, Japan pledged $5.5 billion at a conference in Tokyo. " +
				"The European Union is contributing €18.1 billion, the United States $20 billion and Canada CAD 5 billion.",
			want: []want{
				{donor: "Japan", kind: KindPledge, amount: 5.5e9, date: "2023-02"},
				{donor: "European Union", amount: 18.1e9, date: "2024-05-10"},
				{donor: "United States", amount: 20e9, date: "2024-05-10"},
				{donor: "Canada", amount: 5e9, date: "2024-05-10"},
			},
		},
		{
			name: "an approval a giver has is no act; what was flown to Kyiv or reached Ukraine is delivered",
			text: "On 20 January 2023, Warsaw was ready to send 14 Leopard 2 tanks, with or without German approval. " +
				"In January 2022, the UK flew about 2,000 NLAW anti-tank weapons to Kyiv. In June 2024, the first shipment of 50,000 rounds from the Czech Republic reached Ukraine.",
			want: []want{
				{donor: "Poland", kind: KindPledge},
				{donor: "United Kingdom", kind: KindDelivery, date: "2022-01"},
				{donor: "Czech Republic", kind: KindDelivery, date: "2024-06"},
			},
		},
		{
			name: "the states that found a coalition give through it",
			text: "In February 2024, Latvia and the UK launched a coalition to supply drones to Ukraine. On 11 July 2023, 11 countries form a coalition to train Ukrainian pilots.",
			want: []want{
				{donor: "Latvia", kind: KindPledge},
				{donor: "United Kingdom", kind: KindPledge},
				{group: "11 countries", kind: KindPledge, aidType: AidTraining},
			},
		},
		{
			name: "an instrument of military aid named by its acronym says the aid is military",
			text: "In May 2022, Congress approved $11 billion more in PDA for Ukraine.",
			want: []want{{donor: "United States", amount: 11e9, aidType: AidMilitary}},
		},
		{
			name: "a total that amounts to a sum now is of the document's day",
			text: "In February 2023, Japan announced $5.5 billion in new aid. Japan's total support to Ukraine amounts to around USD 7.6 billion.",
			want: []want{
				{donor: "Japan", kind: KindPledge, amount: 5.5e9, date: "2023-02"},
				{donor: "Japan", kind: KindTotal, amount: 7.6e9, date: "2024-05-10"},
			},
		},
		{
			name: "a sentence that opens on a time before Ukraine was a state tells history",
			text: "In 1940, Canada sent ammunition and aircraft to Britain. Between 1941 and 1945, the United States shipped about $11 billion in Lend-Lease supplies to the Soviet Union. " +
				"In March 2022, the United States shipped Javelins to Ukraine, as it had shipped Lend-Lease supplies in 1941.",
			want: []want{{donor: "United States", date: "2022-03"}},
		},
		{
			name: "advice is no pledge; what a donor could give is",
			text: "On 14 May 2024, the opposition said Australia should send its retired Hawkei vehicles to Kyiv. " +
				"On 1 March 2024, Canada could fund 400,000 shells.",
			want: []want{{donor: "Canada", kind: KindPledge, date: "2024-03-01"}},
		},
		{
			name: "an act enacted approves; a disbursement made pays",
			text: "The Ukraine Supplemental Appropriations Act, 2022, enacted in March 2022, provided $13.6 billion. " +
				"The first disbursement, $1.7 billion, was made on July 15, 2022.",
			want: []want{
				{kind: KindApproval, amount: 13.6e9, date: "2022-03"},
				{kind: KindDelivery, amount: 1.7e9, date: "2022-07-15"},
			},
		},
		{
			name: "what the funds just told of will pay for, and what an audit examined, give no event",
			text: "On 11 April 2024, Norway gave NOK 1 billion to the Ukraine Energy Support Fund. The Norwegian funds will be used to procure transformers. " +
				"It will finance the procurement of power cables. We conducted this audit to determine whether the funds provided were used as intended.",
			want: []want{{donor: "Norway", amount: 1e9, date: "2024-04-11"}},
		},
		{
			name: "training begun is given; training going on is a running total",
			text: "On 21 March 2023, the Pentagon began training Ukrainian forces on Abrams tanks. On 22 November 2024, France is also training Ukrainian pilots.",
			want: []want{
				{donor: "United States", kind: KindDelivery, aidType: AidTraining, date: "2023-03-21"},
				{donor: "France", kind: KindTotal, aidType: AidTraining, date: "2024-11-22"},
			},
		},
		{
			name: "troops denied, or away from the war, are none",
			text: "There are no US troops in Ukraine, the Pentagon said. British troops are in Estonia as part of NATO.",
		},
		{
			name: "a name that permits is no donor",
			text: "On 18 August 2023, the Netherlands and Denmark confirmed they had US approval to transfer F-16s to Ukraine. " +
				"On 20 August 2023, Poland received German permission to send Leopard tanks to Ukraine.",
			want: []want{
				{donor: "Netherlands", date: "2023-08-18"},
				{donor: "Denmark", date: "2023-08-18"},
				{donor: "Poland", date: "2023-08-20"},
			},
		},
		{
			name: "approving another's re-export gives nothing; approving a delivery pledges",
			text: "Germany also agreed to approve the re-export of Leopard 2s from other nations to Ukraine. " +
				"Berlin allowed Poland to re-export its MiG-29s. Germany approved the delivery of 14 Leopard 2 tanks to Ukraine.",
			want: []want{{donor: "Germany", kind: KindPledge}},
		},
		{
			name: "a since date does not date an act, but starts a total",
			text: "The Pentagon announced its sixty-third tranche for Ukraine since August 2021. It is valued at $125 million. " +
				"The United States has committed $56.2 billion in security assistance to Ukraine since August 2021.",
			want: []want{
				{donor: "United States", kind: KindPledge, amount: 125e6, date: "2024-05-10"},
				{donor: "United States", kind: KindTotal, amount: 56.2e9, date: "2021-08"},
			},
		},
		{
			name: "a capital gives for its government, but not where it is a place or a dateline",
			text: "On 1 March 2024, Tehran sent 200 Fath-360 missiles to Russia. At a meeting in Berlin, Norway pledged $100 million. " +
				"WASHINGTON (Reuters) - Japan pledged $4 billion on 2 March 2024.",
			want: []want{
				{donor: "Iran", recipient: "Russia", kind: KindDelivery, date: "2024-03-01"},
				{donor: "Norway", kind: KindPledge, amount: 1e8},
				{donor: "Japan", kind: KindPledge, amount: 4e9, date: "2024-03-02"},
			},
		},
		{
			name: "a resolution condemns; high-resolution imagery is aid",
			text: "On 2 March 2022, the General Assembly passed a resolution condemning the invasion. " +
				"By 31 March 2022, Canada had sent 10 tanks and $1 million worth of high-resolution satellite imagery.",
			want: []want{{donor: "Canada", amount: 1e6, date: "2022-03-31"}},
		},
		{
			name: "the end of a compound is no act, unless a prefix leaves it a verb",
			text: "On 3 April 2023, Ukraine used US-supplied HIMARS near Kherson. " +
				"On 4 April 2023, Norway co-financed a €100 million package for Ukraine.",
			want: []want{{donor: "Norway", amount: 1e8, date: "2023-04-04"}},
		},
		{
			name: "the country just named gives again",
			text: "On 9 April 2024, Norway pledged NOK 1.5 billion for air defence. The country also sent 20 M113 vehicles.",
			want: []want{
				{donor: "Norway", kind: KindPledge, amount: 1.5e9, date: "2024-04-09"},
				{donor: "Norway", kind: KindDelivery},
			},
		},
		{
			name: "the perfect of a delivery is a running total",
			text: "By 1 May 2024, Germany had delivered 30 Gepard anti-aircraft guns. On 2 May 2024, Spain delivered 10 Leopard tanks.",
			want: []want{{donor: "Germany", kind: KindTotal, date: "2024-05-01"}, {donor: "Spain", kind: KindDelivery, date: "2024-05-02"}},
		},
		{
			name: "still weighing it is no aid",
			text: "Germany is considering sending Taurus missiles. The Netherlands is in talks to buy 100 tanks for Ukraine.",
		},
		{
			name: "a story's year that holds the document's day gives way to the day",
			text: "France plans to deliver 78 Caesar howitzers in 2024. Italy approved a ninth package.",
			want: []want{{donor: "France", kind: KindPledge, date: "2024"}, {donor: "Italy", kind: KindPledge, date: "2024-05-10"}},
		},
		{
			name: "the package told of before is no new one",
			text: "On 13 June 2024, the Pentagon announced a new $225 million package. This brings US aid to more than $51.2 billion. " +
				"The package, worth $225 million, includes a Patriot battery.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 225e6}, {donor: "United States", kind: KindTotal, amount: 51.2e9}},
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
			name: "a stated conversion with a qualifier is the same amount",
			text: "Japan has disbursed ¥450 billion (about $2.9 billion) in budget support to Ukraine.",
			want: []want{{donor: "Japan", kind: KindTotal, amount: 450e9, date: "2024-05-10"}},
		},
		{
			name: "a plan's span is not carried over as a later act's date",
			text: "EU leaders agreed the €50 billion Ukraine Facility for 2024-2027. Sweden pledged a package worth SEK 7.1 billion.",
			want: []want{
				{donor: "European Union", kind: KindPledge, amount: 50e9, date: "2024"},
				{donor: "Sweden", kind: KindPledge, amount: 7.1e9, date: "2024-05-10"},
			},
		},
		{
			name: "a date between two amounts trails the first; the second's follows it",
			text: "Germany budgeted about 7 billion euros for Ukraine in 2024, up from roughly €5.4 billion the previous year. Norway pledged $5 billion in 2023 and $6 billion in 2024.",
			want: []want{
				{donor: "Germany", kind: KindPledge, amount: 7e9, date: "2024"},
				{donor: "Germany", kind: KindPledge, amount: 5.4e9, date: "2023"},
				{donor: "Norway", kind: KindPledge, amount: 5e9, date: "2023"},
				{donor: "Norway", kind: KindPledge, amount: 6e9, date: "2024"},
			},
		},
		{
			name: "a date leading the second amount stays its own",
			text: "On 3 May 2023 the US gave $1 billion, and on 5 May 2023 $2 billion.",
			want: []want{
				{donor: "United States", kind: KindPledge, amount: 1e9, date: "2023-05-03"},
				{donor: "United States", kind: KindPledge, amount: 2e9, date: "2023-05-05"},
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
			// the header introduces the list and states no event of its
			// own: the items are the events (as the seed gold reads it)
			name: "bullet list whose items name donors",
			text: "On 20 January 2023, nine countries pledged support:\n- Norway pledged €20 million for demining.\n- Sweden pledged €30 million in winter equipment.\n",
			want: []want{
				{donor: "Norway", kind: KindPledge, amount: 20e6, date: "2023-01-20"},
				{donor: "Sweden", kind: KindPledge, amount: 30e6, date: "2023-01-20"},
			},
		},
		{
			name: "a header that names its package stays an event",
			text: "On 13 June 2023, the US donated its 40th drawdown package to Ukraine:\n- 15 Bradley vehicles\n",
			want: []want{{donor: "United States", kind: KindPledge, pkg: "PDA 40", date: "2023-06-13"}},
		},
		{
			name: "refusal is no event",
			text: "NATO refused to send troops into Ukraine.",
			want: nil,
		},
		// aid discussed, refused, blocked or supposed is not given
		{
			name: "a sentence opening with If supposes",
			text: "If Congress was to grant this request, the total aid to Ukraine would be $104 billion.",
			want: nil,
		},
		{
			name: "a tally of sums that are no aid flow",
			text: "Poland's defence budget for 2023 is set at PLN 97.4 billion, and together with the fund total defence spending will reach PLN 137 billion.",
			want: nil,
		},
		{
			name: "a verb of giving in the perfect tells of aid beside a sum that is none",
			text: "Turkish manufacturers such as MKE have supplied 155 mm artillery shells, while Baykar began building a US$95.8 million factory near Kyiv.",
			want: []want{{group: "Turkish manufacturers", kind: KindTotal}},
		},
		{
			name: "a season still to come does not date what a dated report tells",
			text: "The EU announced €110 million in humanitarian aid for Ukraine ahead of winter.",
			want: []want{{donor: "European Union", kind: KindPledge, amount: 110e6, date: "2024-05-10"}},
		},
		{
			name: "a sum paid is paid, whoever asked for it; a chamber that endorses a facility approves it",
			text: "The Commission today paid €4.1 billion to Ukraine, following the Council's positive assessment of the second quarterly request. The European Parliament endorsed the new Ukraine Facility, worth €50 billion.",
			want: []want{{donor: "European Union", kind: KindDelivery, amount: 4.1e9}, {donor: "European Union", kind: KindApproval, amount: 50e9}},
		},
		{
			name: "a financial framework for military support is military",
			text: "The financial framework for military support to Ukraine is SEK 40 billion for 2025, Sweden said.",
			want: []want{{donor: "Sweden", amount: 40e9, aidType: AidMilitary}},
		},
		{
			name: "an arrival still to come is promised",
			text: "Australia will send 49 M1A1 Abrams tanks to Ukraine, with the first tranche arriving in the coming weeks.",
			want: []want{{donor: "Australia", kind: KindPledge}},
		},
		{
			name: "what an act provides it has enacted",
			text: "Congress has appropriated $113 billion through four measures: the Ukraine Supplemental Appropriations Act, 2022 (P.L. 117-103), which provided $13.6 billion for Ukraine.",
			want: []want{{donor: "United States", kind: KindTotal, amount: 113e9}, {donor: "United States", kind: KindApproval, amount: 13.6e9}},
		},
		{
			name: "what is barred, held off, only warned of or a force's own gives nothing",
			text: "Strict rules on arms exports bar Japan from sending lethal weapons. Sweden would for now hold off on sending its Gripen jets. The decisions by Poland and Slovakia did not change its position on sending F-16s. Moscow has warned that Western arms deliveries make NATO countries parties to the conflict. Poland had about a dozen of the aircraft in service.",
			want: []want{},
		},
		{
			name: "a package's number in apposition numbers it, and is no tally",
			text: "A Pentagon fact sheet said the $460 million drawdown, the 32nd since August 2021, included four air surveillance radars.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 460e6, pkg: "PDA 32"}},
		},
		{
			name: "a donor ranked after another is the giver, not the other",
			text: "Germany is Ukraine's second-largest military backer after the United States, having provided about 28 billion euros in military support since February 2022.",
			want: []want{{donor: "Germany", kind: KindTotal, amount: 28e9}},
		},
		{
			name: "how aid is counted, how long it takes and who checks it give nothing",
			text: "USAI deliveries can take months or years. Appropriated amounts are not the same as aid delivered to Ukraine. Figures on EU support are not always comparable: some sources count commitments, others disbursements. USAID has contracted Deloitte to monitor the use of the funds. Member States that deliver equipment to Ukraine can claim partial reimbursement from the Facility.",
			want: []want{},
		},
		{
			name: "but a tally said to be hard to compare is still a tally",
			text: "The Kiel Institute estimates that the UK had allocated €9.1 billion in military aid by January 2024, a figure that is not directly comparable with UK government totals.",
			want: []want{{donor: "United Kingdom", kind: KindTotal, amount: 9.1e9}},
		},
		{
			name: "training as a condition of a delivery is not the aid; a need is no aid",
			text: "Washington gave its approval for the two countries to transfer the U.S.-made jets once pilots are trained. Ukraine's economy is expected to need around $486 billion for recovery, according to a World Bank estimate.",
			want: []want{{donor: "United States", kind: KindPledge, aidType: AidMilitary}},
		},
		{
			name: "a state's adjective before a private giver names the giver, not the state",
			text: "A Czech crowdfunding campaign has raised more than 30 million crowns to buy a T-72 tank for Ukraine. Polish organisers said they had collected more than 5 million zlotys for Ukraine. Sweden has allocated SEK 330 million to purchase drones from Ukrainian companies.",
			want: []want{
				{group: "Czech crowdfunding campaign", kind: KindTotal, amount: 30e6},
				{group: "Polish organisers", kind: KindTotal, amount: 5e6},
				{donor: "Sweden", amount: 330e6},
			},
		},
		{
			name: "fire engines and ambulances are for civilians",
			text: "The UK government has donated 24 ambulances and 4 fire engines to Ukraine.",
			want: []want{{donor: "United Kingdom", aidType: AidHumanitarian}},
		},
		{
			name: "a charity's name is no cue; the forces aid is for are",
			text: "The Serhiy Prytula Charity Foundation has delivered 2,500 FPV drones to Ukraine. Come Back Alive raised 5.6 billion hryvnias for Ukraine's army in 2022.",
			want: []want{{donor: "Serhiy Prytula Charity Foundation", aidType: AidMilitary}, {donor: "Come Back Alive", kind: KindTotal, amount: 5.6e9, aidType: AidMilitary}},
		},
		{
			name: "a tally committed through years to come counts up to the day it is told",
			text: "Germany has committed a total of about 17 billion euros in military aid to Ukraine through 2027.",
			want: []want{{donor: "Germany", kind: KindTotal, amount: 17e9, date: "2024-05-10"}},
		},
		{
			name: "a tally estimated now is of the day it is told",
			text: "Poland delivered four Leopard 2 tanks in late February. The government estimates the total value of its military aid at about 168 million euros.",
			want: []want{{donor: "Poland", kind: KindDelivery, date: "2024-02"}, {donor: "Poland", kind: KindTotal, amount: 168e6, date: "2024-05-10"}},
		},
		{
			name: "an announcement told again as the setting gives nothing new",
			text: "Canada will purchase a NASAMS system for Ukraine. Trudeau made the announcement in Mexico City, where he was attending a summit. The announcement came as NATO leaders gathered in Vilnius.",
			want: []want{{donor: "Canada", kind: KindPledge}},
		},
		{
			name: "aid that dried up or ended gives nothing",
			text: "New US commitments dried up in the second half of 2023. Military aid rose despite the end of new US commitments. The Administration can now send more equipment without asking Congress for new authority.",
			want: []want{},
		},
		{
			name: "a number before a group is part of its words",
			text: "Nine European allies pledged more arms for Ukraine. In 2023, European allies sent 20 tanks to Ukraine.",
			want: []want{{group: "Nine European allies", kind: KindPledge}, {group: "European allies", kind: KindDelivery}},
		},
		{
			name: "an aid deal sealed commits",
			text: "EU leaders seal Ukraine aid deal. The G7 struck a loan deal for Ukraine.",
			want: []want{{donor: "European Union", kind: KindPledge}, {donor: "G7", kind: KindPledge}},
		},
		{
			name: "what a donor could send is no arrival",
			text: "Germany could eventually send 20 more Leopard tanks to Ukraine.",
			want: []want{{donor: "Germany", kind: KindPledge}},
		},
		{
			name: "a part of a place is a place",
			text: "G7 leaders meeting in southern Italy have agreed to provide Ukraine with a $50bn loan.",
			want: []want{{donor: "G7", kind: KindPledge, amount: 50e9}},
		},
		{
			name: "who holds aid back gives none of it",
			text: "Hungary continues to block a further 500 million euro tranche. Germany will send IRIS-T systems to Ukraine to block Russian missiles.",
			want: []want{{donor: "Germany", kind: KindPledge}},
		},
		{
			name: "a veto blocks the transfer",
			text: "Switzerland vetoed Denmark's request to send Piranha III armored vehicles to Ukraine.",
			want: nil,
		},
		{
			name: "urging is no giving",
			text: "The Pentagon urged commercial satellite firms to provide data to Ukraine.",
			want: nil,
		},
		{
			name: "a negated arrival",
			text: "The 31 Abrams tanks would not arrive in Ukraine for months.",
			want: nil,
		},
		{
			name: "a mere possibility",
			text: "In addition, the US might provide cluster shells.",
			want: nil,
		},
		{
			name: "a condition",
			text: "The remainder could be delivered in 2024, assuming Germany, the Netherlands, and Denmark fund them.",
			want: nil,
		},
		{
			name: "being able to send is no promise",
			text: "Colin Kahl stated the US would be able to send more systems as the fighting evolved.",
			want: nil,
		},
		{
			name: "agreeing to something other than aid",
			text: "China and Russia agreed to cooperate over a wide range of economic issues.",
			want: nil,
		},
		{
			name: "a request without a legislature asks no aid",
			text: "Poland had requested approval to export Leopard 2s to Ukraine.",
			want: nil,
		},
		{
			name: "a heading states nothing",
			text: "### Aid via drawdown from existing stocks\n\nSome background follows.",
			want: nil,
		},
		{
			name: "troops count on a side of the war only",
			text: "About 8,000 North Korean soldiers were stationed in Russia. NATO had eight battlegroups stationed in Estonia.",
			want: []want{{donor: "North Korea", kind: KindOther}},
		},
		// sub-amounts of one package are not packages of their own
		{
			name: "including a part of a new amount",
			text: "On 28 April 2022, President Biden asked Congress for an additional $33 billion to assist Ukraine, including $20 billion to provide it with weapons.",
			want: []want{{donor: "United States", kind: KindRequest, amount: 33e9}},
		},
		{
			name: "a part with a donor of its own stays",
			text: "Since January 2022, Western nations have pledged more than $380 billion in aid to Ukraine, including nearly $118 billion in military aid from individual countries.",
			want: []want{{group: "Western nations", kind: KindTotal, amount: 380e9}, {group: "individual countries", kind: KindTotal, amount: 118e9}},
		},
		{
			name: "the values of a package's items",
			text: "Lithuania pledged a support package worth €125 million, two Mi-8 helicopters worth €85 million, and a €2 million donation to a fund for heavy weaponry.",
			want: []want{{donor: "Lithuania", kind: KindPledge, amount: 125e6}, {donor: "Lithuania", kind: KindPledge, amount: 2e6}},
		},
		{
			name: "the next sentence gives the package its amount",
			text: "On 5 May 2023, the US donated its 30th drawdown package to Ukraine. The package is worth up to $300 million.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 300e6, date: "2023-05-05", pkg: "PDA 30"}},
		},
		{
			name: "the next sentence lists the package's parts",
			text: "In April 2024, the Latvian government approved a new aid package for Ukraine, totaling EUR 9.6 million. The package consists of EUR 5.3 million for reconstruction and an additional EUR 4.3 million for the armed forces.",
			want: []want{{donor: "Latvia", amount: 9.6e6, date: "2024-04"}},
		},
		{
			name: "an approval takes the bill's amount; a new actor starts a new statement",
			text: "On 10 May 2022, the House of Representatives passed legislation that would provide $40 billion in new aid to Ukraine. After the US Senate approved the legislation, Biden signed it into law on 21 May.",
			want: []want{
				{donor: "United States", kind: KindApproval, amount: 40e9},
				{donor: "United States", kind: KindApproval, amount: 40e9},
				{donor: "United States", kind: KindApproval, amount: 40e9, date: "2022-05-21"},
			},
		},
		// who gives
		{
			name: "a package names its donor",
			text: "On 3 February 2023, another presidential drawdown package was announced.",
			want: []want{{donor: "United States", kind: KindPledge, date: "2023-02-03"}},
		},
		{
			name: "a name right after the amount",
			text: "Zelenskyy thanked Biden for the $3 billion World Bank financial-aid package for Ukraine.",
			want: []want{{donor: "World Bank", amount: 3e9}},
		},
		{
			name: "a buyer gives what it buys from a seller",
			text: "European countries have been purchasing artillery shells from Indian arms makers, then transferring these shells to Ukraine.",
			want: []want{{group: "European countries", kind: KindDelivery}},
		},
		{
			name: "a seller to the recipient",
			text: "In 2019, Ukraine agreed to purchase TB2 combat drones from Turkey.",
			want: []want{{donor: "Turkey", kind: KindOther, date: "2019"}},
		},
		{
			name: "what a donor buys from a seller is the buyer's: the seller gives nothing",
			text: "On 24 May 2022, Canada announced it will donate 20,000 artillery rounds to Ukraine. The rounds, purchased from the United States, will be delivered in June.",
			want: []want{
				{donor: "Canada", kind: KindPledge, date: "2022-05-24"},
				{donor: "Canada", kind: KindPledge, date: "2022-06"},
			},
		},
		{
			name: "the buyer named before the purchase gives",
			text: "Canada is buying artillery rounds from the United States and will deliver them to Ukraine in June 2022.",
			want: []want{{donor: "Canada", kind: KindPledge, date: "2022-06"}},
		},
		{
			name: "a third party buying for the recipient gives",
			text: "In March 2024, Estonia bought 20,000 artillery shells for Ukraine.",
			want: []want{{donor: "Estonia", kind: KindPledge, date: "2024-03"}},
		},
		{
			name: "funds from a donor pay for a purchase: the donor gives",
			text: "In March 2024, Ukraine will buy drones with funds from the European Union.",
			want: []want{{donor: "European Union", kind: KindPledge, date: "2024-03"}},
		},
		{
			name: "money paid out is delivered",
			text: "On 20 May 2022, the European Commission disbursed €600 million to Ukraine.",
			want: []want{{donor: "European Union", kind: KindDelivery, amount: 6e8, date: "2022-05-20"}},
		},
		{
			name: "handing and gifting are deliveries",
			text: "In March 2023, Germany was handing Ukraine two Patriot launchers. In April 2023, the UK gifted 10 AS-90 howitzers to Ukraine.",
			want: []want{
				{donor: "Germany", kind: KindDelivery, date: "2023-03"},
				{donor: "United Kingdom", kind: KindDelivery, date: "2023-04"},
			},
		},
		{
			name: "countries of an alliance are a collective donor, not the alliance",
			text: "In 2024, three other NATO countries sent F-16s to Ukraine.",
			want: []want{{group: "three other NATO countries", kind: KindDelivery, date: "2024"}},
		},
		{
			name: "a total to date counts up to the document's day, not the narrative's",
			text: "On 18 March 2024, Poland pledged 10 tanks to Ukraine. To date, Germany has provided €4 billion to Ukraine.",
			want: []want{
				{donor: "Poland", kind: KindPledge, date: "2024-03-18"},
				{donor: "Germany", kind: KindTotal, amount: 4e9, date: "2024-05-10"},
			},
		},
		{
			name: "a party that denies or opposes the act gives nothing",
			text: "Iran has denied delivering drones to Russia. Hungary and Slovakia have opposed the approval of the package for Ukraine. The US retains about $6 billion in drawdown authority. " +
				"Partners have hesitated about delivering arms to Ukraine. France yielded and gave consent. The G7 threatened to respond to any Iranian missile transfer with sanctions.",
			want: nil,
		},
		{
			name: "the whole an amount is part of is no package of its own",
			text: "On 31 March 2023, the IMF approved US$15.6 billion as part of a US$115 billion support package for Ukraine.",
			want: []want{{donor: "IMF", kind: KindPledge, amount: 15.6e9, date: "2023-03-31"}},
		},
		{
			name: "a delivery still to come is a promise",
			text: "Germany will start delivering Leopard tanks to Ukraine in March 2023. In May 2023, Poland prepared 14 tanks, which are expected to be delivered to Ukraine in June.",
			want: []want{
				{donor: "Germany", kind: KindPledge, date: "2023-03"},
				{donor: "Poland", kind: KindPledge, date: "2023-05"},
			},
		},
		{
			name: "a purchase for the recipient, however long the list bought",
			text: "In May 2022, Canada purchased more than 20,000 rounds of 155 mm artillery ammunition for Ukraine.",
			want: []want{{donor: "Canada", kind: KindPledge, date: "2022-05"}},
		},
		{
			name: "boosting support is a pledge",
			text: "In March 2023, Norway agreed to boost its military support to Ukraine.",
			want: []want{{donor: "Norway", kind: KindPledge, date: "2023-03"}},
		},
		{
			name: "regional groups and backers are collective donors, not the narrative's donor",
			text: "On 18 March 2022, Norway pledged €600 million to Ukraine. In May 2022, the Scandinavian countries sent 100 Stingers to Ukraine. In June 2022, Kyiv's backers pledged €170 billion.",
			want: []want{
				{donor: "Norway", kind: KindPledge, amount: 6e8, date: "2022-03-18"},
				{group: "Scandinavian countries", kind: KindDelivery, date: "2022-05"},
				{group: "backers", kind: KindPledge, amount: 170e9, date: "2022-06"},
			},
		},
		{
			name: "a list of donors and amounts: each name gives the amount after it, not the one before the comma",
			text: "In 2023, Sweden allocated €1.1 billion, Denmark €690 million and Norway €610 million.",
			want: []want{
				{donor: "Sweden", kind: KindPledge, amount: 1.1e9, date: "2023"},
				{donor: "Denmark", kind: KindPledge, amount: 690e6, date: "2023"},
				{donor: "Norway", kind: KindPledge, amount: 610e6, date: "2023"},
			},
		},
		{
			name: "a date a 'since' phrase ends with is no date of the story",
			text: "Belgium has helped Ukraine since the start of the war in February 2022. Belgium announced a €92 million military aid package.",
			want: []want{{donor: "Belgium", kind: KindPledge, amount: 92e6, date: "2024-05-10"}},
		},
		{
			name: "a legislature that enacts an act approves",
			text: "Congress enacted the Ukraine Security Supplemental Appropriations Act in April 2024.",
			want: []want{{donor: "United States", kind: KindApproval, date: "2024-04"}},
		},
		{
			name: "requests to a legislature; a supplemental appropriation supplies nothing",
			text: "In 2022, the Biden Administration submitted to Congress four supplemental funding requests for Ukraine.",
			want: []want{{donor: "United States", kind: KindRequest, date: "2022"}},
		},
		{
			name: "a tranche paid is delivered",
			text: "The European Commission today paid a sixth tranche of €1.5 billion to Ukraine.",
			want: []want{{donor: "European Union", kind: KindDelivery, amount: 1.5e9, date: "2024-05-10"}},
		},
		{
			name: "a payment told in the present of news is made; paying for damage or parts gives nothing",
			text: "On 10 January 2025, the EU pays the first €3 billion of its G7 loan to Ukraine. Today's payment of €1.5 billion will keep the lights on. " +
				"Assets stay immobilised until Russia pays for the damage. The money pays for spare parts.",
			want: []want{
				{donor: "European Union", kind: KindDelivery, amount: 3e9},
				{donor: "European Union", kind: KindDelivery, amount: 1.5e9},
			},
		},
		{
			name: "a handover still to come is a promise",
			text: "Madrid will hand over a batch of Leopard tanks to Kyiv.",
			want: []want{{donor: "Spain", kind: KindPledge, date: "2024-05-10"}},
		},
		{
			name: "a modal before another verb leaves a delivery done",
			text: "Ukraine will use the tanks delivered by Germany.",
			want: []want{{donor: "Germany", kind: KindDelivery, date: "2024-05-10"}},
		},
		{
			name: "an aside beside a package takes neither its materiel nor the story after it",
			text: "The 19th US drawdown package on 19 Apr 2024 was a $775 million package that included rocket pods; 16 howitzers to supplement the UK's past contributions. The packages totaled $10.7 billion.",
			want: []want{
				{donor: "United States", kind: KindPledge, pkg: "PDA 19", amount: 775e6, date: "2024-04-19"},
				{donor: "United Kingdom", kind: KindPledge, date: "2024-04-19"},
				{donor: "United States", kind: KindTotal, amount: 10.7e9, date: "2024-04-19"},
			},
		},
		{
			name: "a name in a relative clause set off by commas gives nothing",
			text: "Pistorius, who co-chairs the meeting with his British counterpart John Healey, announced new Patriot launchers for Ukraine.",
			want: []want{{donor: "Germany", kind: KindPledge, date: "2024-05-10"}},
		},
		{
			name: "a source cited gives nothing",
			text: "Citing IMF projections, officials said €90 billion would be provided.",
			want: []want{{kind: KindPledge, amount: 90e9, date: "2024-05-10"}},
		},
		{
			name: "what a donor can do, a debate on how to do it, a choice whether to: no act",
			text: "By working together, Denmark can supply Ukraine with equipment. NATO will gather at Ramstein to discuss how to supply Kyiv with weapons. Each ally will decide whether to hand over jets.",
			want: nil,
		},
		{
			name: "a comparison group behind a quantifier gives nothing",
			text: "This is more than some European countries have donated during the entire war.",
			want: nil,
		},
		{
			name: "a name that owns the act after it is no receiver",
			text: "This is almost equal to the US allocation of €43.1 billion.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 43.1e9, date: "2024-05-10"}},
		},
		{
			name: "a name left out of a group gives nothing",
			text: "All allies except Hungary pledged aid to Ukraine.",
			want: []want{{group: "allies", kind: KindPledge, date: "2024-05-10"}},
		},
		{
			name: "a national currency outweighs the story's giver when no giver is named",
			text: "Denmark created a fund of DKK 7 billion for Ukraine. Sweden took a different route. Its 12th package was worth SEK 3.4 billion. " +
				"Denmark will also give DKK 1 billion.",
			want: []want{
				{donor: "Denmark", amount: 7e9},
				{donor: "Sweden", amount: 3.4e9},
				{donor: "Denmark", amount: 1e9},
			},
		},
		{
			name: "a name joined to a receiver by a conjunction receives with it",
			text: "The new humanitarian support covers Ukraine and Moldova, and amounts to about SEK 720 million.",
			want: []want{{donor: "Sweden", kind: KindPledge, amount: 720e6, date: "2024-05-10"}},
		},
		{
			name: "but not in the agent of a passive",
			text: "The programme, spearheaded by Ukraine and Denmark, has enabled weapons purchases worth €538 million in 2024.",
			want: []want{{donor: "Denmark", kind: KindPledge, amount: 538e6, date: "2024"}},
		},
		{
			name: "a legislature that backs the government's proposal approves",
			text: "The Swedish Parliament supported the government's proposal to transfer a new package of military aid to Ukraine.",
			want: []want{{donor: "Sweden", kind: KindApproval, date: "2024-05-10"}},
		},
		{
			name: "someone else's request is no request to a legislature",
			text: "At the request of Kyiv, Germany sent 10 tanks. Japan pledged $600 million at a meeting requested by the United States.",
			want: []want{{donor: "Germany", kind: KindDelivery, date: "2024-05-10"}, {donor: "Japan", kind: KindPledge, amount: 6e8, date: "2024-05-10"}},
		},
		{
			name: "rhetoric, a promise to look again, an exemption and staying out are no acts",
			text: "The EU is living up to its commitments. NATO leaders pledged to review their contributions. Hungary has been exempted from any contribution. Three EU countries will not participate in the financing.",
			want: nil,
		},
		{
			name: "a new package handed over is a delivery, whatever the tense",
			text: "Germany has handed over a new military aid package to Ukraine.",
			want: []want{{donor: "Germany", kind: KindDelivery, date: "2024-05-10"}},
		},
		{
			name: "a date of history is no time the story is told at",
			text: "The conference recalled the 1950-53 Korean War. Officials expect to secure almost $7 billion in aid.",
			want: []want{{kind: KindPledge, amount: 7e9, date: "2024-05-10"}},
		},
		{
			name: "whom a giver reimburses receives",
			text: "The measure will allow the EU to reimburse member states for ammunition donated to Ukraine.",
			want: []want{{donor: "European Union", kind: KindPledge, date: "2024-05-10"}},
		},
		{
			name: "a question states nothing",
			text: "How much money have the EU and the US provided to Ukraine?",
			want: nil,
		},
		{
			name: "a negation inside a trigger's gap denies it",
			text: "The system has not been delivered, Canada said.",
			want: nil,
		},
		{
			name: "a 'since' phrase with no date of its own sums up: a total",
			text: "Since the invasion, Sweden has allocated SEK 37 billion to support Ukraine.",
			want: []want{{donor: "Sweden", kind: KindTotal, amount: 37e9, date: "2024-05-10"}},
		},
		{
			name: "a name that starts with a cue's word is no cue",
			text: "Britain will supply Ukraine with drones, as Defence Secretary Grant Shapps visited Kyiv.",
			want: []want{{donor: "United Kingdom", kind: KindPledge, aidType: AidMilitary}},
		},
		{
			name: "clearing mines is humanitarian",
			text: "Switzerland's Federal Council has approved a 100 million Swiss franc package to demine parts of Ukraine.",
			want: []want{{donor: "Switzerland", kind: KindPledge, amount: 100e6, aidType: AidHumanitarian}},
		},
		{
			name: "a giver after 'from' a long object away",
			text: "In December, Ukraine also received a second batch of F-16 fighter jets from Denmark.",
			want: []want{{donor: "Denmark", kind: KindDelivery, aidType: AidMilitary}},
		},
		{
			name: "a sentence that goes on the story's giver goes on its aid",
			text: "Sweden announced a military support package for Ukraine worth SEK 2 billion. The total value of the support package is approximately SEK 3.4 billion.",
			want: []want{{donor: "Sweden", kind: KindPledge, amount: 2e9, aidType: AidMilitary}, {donor: "Sweden", amount: 3.4e9, aidType: AidMilitary}},
		},
		{
			name: "a sentence that names no kind of aid goes on the story's, not a bill's",
			text: "Sweden, Norway and Denmark will give $500 million to a plan to send US-made weapons to Ukraine. Denmark is contributing about $90 million. Congress approved $40 billion for Ukraine.",
			want: []want{
				{donor: "Sweden", amount: 500e6, aidType: AidMilitary}, {donor: "Norway", amount: 500e6, aidType: AidMilitary}, {donor: "Denmark", amount: 500e6, aidType: AidMilitary},
				{donor: "Denmark", amount: 90e6, aidType: AidMilitary},
				{donor: "United States", kind: KindApproval, amount: 40e9, aidType: AidUnspecified},
			},
		},
		{
			name: "paying for a package in a story of weapons is military aid; in one of relief it stays financial",
			text: "NATO allies buy American weapons for Ukraine. The Netherlands is the first country to finance a €500 million package. Japan sent relief aid to Ukraine. Another $10 million would finance business initiatives.",
			want: []want{
				{group: "NATO allies", aidType: AidMilitary},
				{donor: "Netherlands", amount: 500e6, aidType: AidMilitary},
				{donor: "Japan", aidType: AidHumanitarian},
				{donor: "Japan", amount: 10e6, aidType: AidFinancial},
			},
		},
		{
			name: "an appeal for aid gives none",
			text: "The announcement came following calls from Ukraine's President for Western allies to provide more support.",
			want: nil,
		},
		{
			name: "a demand that others pay gives nothing",
			text: "The contribution follows a recent directive requiring European allies to fund weapons shipments.",
			want: nil,
		},
		{
			name: "discussing aid gives none; a discussion beside a package does not undo it",
			text: "Zelensky discussed with Rutte the expansion of the programme to purchase weapons. The US announced a $675 million package for Ukraine and a discussion of initiatives.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 675e6}},
		},
		{
			name: "one sum in three currencies is one package",
			text: "The United Kingdom announced a £225 million ($286 million, €272.85 million) military aid package to Ukraine.",
			want: []want{{donor: "United Kingdom", kind: KindPledge, amount: 225e6, aidType: AidMilitary}},
		},
		{
			name: "a channel aid goes to is no giver, nor its short form",
			text: "Austria announced 17.5 million euros in aid for Ukraine. Of that amount, 1 million euros were allocated to the International Committee of the Red Cross (ICRC) for emergency humanitarian aid.",
			want: []want{{donor: "Austria", amount: 17.5e6}, {donor: "Austria", amount: 1e6}},
		},
		{
			name: "one who welcomes aid receives it",
			text: "The United Nations World Food Programme has welcomed a US$14 million contribution from the Government of Japan. NATO Secretary General Mark Rutte welcomed the swift commitment.",
			want: []want{{donor: "Japan", kind: KindPledge, amount: 14e6}},
		},
		{
			name: "a document that names one giver only goes on naming it",
			text: "Norway will provide at least NOK 35 billion to Ukraine next year. Norway has also pledged NOK 5 billion in humanitarian aid. The programme was launched in February 2023. The parties agreed to expand it. It runs to 2030. In 2025, the allocation to the support programme is to be at least NOK 35 billion.",
			want: []want{{donor: "Norway", amount: 35e9}, {donor: "Norway", amount: 5e9}, {donor: "Norway", amount: 35e9}},
		},
		{
			name: "a document that names two givers names none for a sum alone, but its money does",
			text: "Norway will provide NOK 35 billion to Ukraine. Sweden will provide SEK 5 billion to Ukraine. The parties agreed to expand it. It runs to 2030. Our school fund is a different matter. In 2025, the allocation is to be at least NOK 7 billion.",
			want: []want{{donor: "Norway", amount: 35e9}, {donor: "Sweden", amount: 5e9}, {donor: "Norway", amount: 7e9}},
		},
		{
			name: "a headline's sum goes on the one giver the document names after it",
			text: "SEK 1 billion in additional support for Ukraine\n\nThe Swedish government will approve new economic support to Ukraine in the amount of SEK 1 billion – approximately USD 100 million. Sweden will also send SEK 500 million in military support.",
			want: []want{{donor: "Sweden", amount: 1e9}, {donor: "Sweden", amount: 1e9, aidType: AidFinancial}, {donor: "Sweden", amount: 500e6}},
		},
		{
			name: "a name after a dash does not qualify the amount before it",
			text: "Germany gave €5 million - the US gave $10 million.",
			want: []want{{donor: "Germany", amount: 5e6}, {donor: "United States", amount: 10e6}},
		},
		{
			name: "troops committed are promised",
			text: "Only the UK and France have committed actual soldiers.",
			want: []want{{donor: "United Kingdom", kind: KindPledge}, {donor: "France", kind: KindPledge}},
		},
		{
			name: "what a mechanism is, or who is interested in it, gives nothing",
			text: "PURL is a new funding mechanism that allows Alliance members to finance US weapons for Ukraine. Seven states expressed interest in funding US weapon purchases for Ukraine. The United States remains committed to providing immediate aid.",
			want: nil,
		},
		{
			name: "goods for a part of Russia's war effort, or received by Russia, go to Russia",
			text: "China shipped £3 million worth of parts to Russia's Ural Civil Aviation Plant. China supplied components necessary for Russia's weapons production. Iran said drones worth $10 million were received by Russia in 2023. Poland sent 10 tanks to Ukraine in response to Russia's invasion.",
			want: []want{{donor: "China", recipient: "Russia", amount: 3e6}, {donor: "China", recipient: "Russia"}, {donor: "Iran", recipient: "Russia", amount: 10e6}, {donor: "Poland", recipient: "Ukraine"}},
		},
		{
			name: "Russia's act or a place in Russia makes no Russian recipient",
			text: "The United States has provided $107 million in humanitarian assistance in response to Russia's invasion of Ukraine. Ireland committed support for children deported to Russia. Iran has supplied drones to Russia.",
			want: []want{{donor: "United States", recipient: "Ukraine", amount: 107e6}, {donor: "Ireland", recipient: "Ukraine"}, {donor: "Iran", recipient: "Russia"}},
		},
		{
			name: "a report about aid, or a tally's method, gives nothing",
			text: "The Ministry of Foreign Affairs of the Czech Republic continuously provides an overview of Czech aid to Ukraine. We do not quantify private donations or transfers by international organizations like the Red Cross.",
			want: nil,
		},
		{
			name: "a recent shipment is one delivery, an agency seeking a sum asks for it",
			text: "Latvia has recently sent about 100 drones to Ukraine. France, which has already sent help, is dispatching more military equipment. OCHA is seeking USD3.1 billion for Ukraine.",
			want: []want{{donor: "Latvia", kind: KindDelivery}, {donor: "France", kind: KindDelivery}, {donor: "OCHA", kind: KindRequest, amount: 3.1e9}},
		},
		{
			name: "people seeking asylum ask no one for aid; a headline's present tense sends",
			text: "The Australian government is also putting around $35 million toward humanitarian support to help organisations responding to Ukrainians fleeing the country and seeking asylum in neighbouring regions. Canada sends heavy weapons to Ukraine.",
			want: []want{{donor: "Australia", kind: KindPledge, amount: 35e6}, {donor: "Canada", kind: KindDelivery}},
		},
		{
			name: "a shipment sent is delivered, one that has to be sent is promised; aid to Ukraine may pass through a third country",
			text: "On March 9, India's second tranche of humanitarian aid to Ukraine was sent to Romania by an IAF flight. The other four tanks from Spain will have to be sent at a later date. A battalion from Poland arrived in Germany for training.",
			want: []want{{donor: "India", kind: KindDelivery}, {donor: "Spain", kind: KindPledge}},
		},
		{
			name: "a visit and a fleet's age are no deliveries",
			text: "Finnish Defence Minister Antti Hakkanen arrived in Kyiv for a visit. Some of these Belgian jets have been in service for nearly 40 years.",
			want: nil,
		},
		{
			name: "who confirms or reports a supply does not give it",
			text: "The transfer of Iranian missiles to Russia was officially confirmed by the United States on 10 September.",
			want: []want{{donor: "Iran", recipient: "Russia"}},
		},
		{
			name: "who uses aid does not give it",
			text: "The EU will give €1.4 billion to Ukraine, part of which will be used by the Czech Defence Ministry. Donated ammunition is used by the Czech Army for DANA howitzers.",
			want: []want{{donor: "European Union", amount: 1.4e9}},
		},
		{
			name: "giving that fulfils a request is no request",
			text: "The UAE sent a plane with 30 tons of aid to Ukraine, fulfilling a request from President Zelensky. In response to Kyiv's request, Japan sent 10 drones.",
			want: []want{{donor: "United Arab Emirates", kind: KindDelivery}, {donor: "Japan", kind: KindDelivery}},
		},
		{
			name: "a sum requested by someone is asked for; a meeting requested by someone asks nothing",
			text: "Congress approved more than the $33 billion requested by Biden last month. A meeting requested by the United States will discuss aid to Ukraine.",
			want: []want{{donor: "United States", kind: KindRequest, amount: 33e9}},
		},
		{
			name: "a whole of no type with a part of one is mixed; a typed whole keeps its type",
			text: "Australian support to Ukraine now reaches $655 million, including $475 million in military assistance. The US gave $50 million in military aid, including $5 million for ammunition.",
			want: []want{{donor: "Australia", amount: 655e6, aidType: AidMixed}, {donor: "Australia", amount: 475e6, aidType: AidMilitary}, {donor: "United States", amount: 50e6, aidType: AidMilitary}},
		},
		{
			name: "a host, a channel and a scheme joined are no givers",
			text: "Canada pledged $6 billion at the donors' conference hosted by the Polish and Swedish governments. Australia will also join NATO's new security and training initiative. Japan will deliver $7 million through the UN Ukraine Humanitarian Fund.",
			want: []want{{donor: "Canada", amount: 6e9}, {donor: "Australia"}, {donor: "Japan", amount: 7e6}},
		},
		{
			name: "a list of channels after an excluder gives no givers; a place outside is none",
			text: "Through UNICEF and the World Bank, Japan has disbursed $13 million to Ukraine. The funds will go to the ICRC, the World Food Programme (WFP) and UNICEF to provide heating. Slovenia joined the initiative to buy ammunition for Ukraine from outside the EU and later contributed €1 million to it.",
			want: []want{{donor: "Japan", amount: 13e6}, {donor: "Slovenia", amount: 1e6}},
		},
		{
			name: "a minister's arrival, an urged obligation and a financing need give nothing",
			text: "The Australian defence minister arrived in Lviv on Saturday. Europe must significantly increase support for Ukraine. The war has created financing gaps for the government of Ukraine. The minister said the first Abrams tanks from the United States arrived in Ukraine.",
			want: []want{{donor: "United States", kind: KindDelivery}},
		},
		{
			name: "ruling out is refusing, intending to consider decides nothing; Korea alone and the Federal Council name their states",
			text: "South Korea has ruled out sending lethal weapons to Ukraine. Korea will send emergency aid to Ukraine. The Federal Council has allocated CHF 100 million for Ukraine. The Federal Council also intends to consider other sources from which a further CHF 3.5 billion for Ukraine could be obtained.",
			want: []want{{donor: "South Korea", kind: KindPledge}, {donor: "Switzerland", kind: KindPledge, amount: 100e6}},
		},
		{
			name: "a breakdown, a question, a vote withheld and a forecast give nothing",
			text: "Here's a breakdown of the money the US approved so far for Ukraine. She asked about the Secretary of State's discussions to ensure funds are going to Ukraine. In response to queries on Ireland's commitments, the Department said nothing. Ireland constructively abstains on all lethal equipment elements of the EU support packages. Further contributions by Ireland are likely this calendar year.",
			want: nil,
		},
		{
			name: "a disbursement made or announced is paid, one to come promised",
			text: "In March, the European Commission made the first disbursement of €4.5 billion under the Ukraine Facility. On 24 April, the European Commission announced the disbursement of a €1.5 billion tranche to Ukraine. The EU will disburse €2 billion to Ukraine in May.",
			want: []want{{donor: "European Union", kind: KindDelivery, amount: 4.5e9}, {donor: "European Union", kind: KindDelivery, amount: 1.5e9}, {donor: "European Union", kind: KindPledge, amount: 2e9}},
		},
		{
			name: "words, visits, hopes and proposals give nothing",
			text: "US Defense Secretary Pete Hegseth delivered a stark warning to Moscow. Dutch Defense Minister Ruben Brekelmans arrived on an unannounced visit to Ukraine. Washington hopes the PURL mechanism will enable partners to supply more arms to Ukraine. Meanwhile, U.S. lawmakers have pushed for direct seizure of Russian funds to provide monthly support to Ukraine.",
			want: nil,
		},
		{
			name: "what is yet to be given, or might be, gives nothing; what is yet to be allocated was given",
			text: "Only a few nations, including Italy and France, have yet to contribute to the fund for Ukraine. Germany could potentially send €1 billion more to Ukraine next year. Europe then announced a further 97 billion in aid, which has yet to be allocated.",
			want: []want{{group: "Europe", kind: KindPledge}},
		},
		{
			name: "a year counts no givers; countries supporting Kyiv give as a group",
			text: "In total, since February 2022, countries supporting Kyiv have committed at least 276 billion euros. Countries worldwide have allocated €267bn in aid to Ukraine.",
			want: []want{{group: "countries supporting Kyiv", kind: KindTotal, amount: 276e9}, {group: "Countries worldwide", amount: 267e9}},
		},
		{
			name: "a giver's rank tells what it has given so far; what a ranked giver announces keeps its kind",
			text: "The United States has emerged as the biggest provider of aid to Ukraine. Canada is one of the top leading contributors to Ukrainian military assistance. Germany, the second-largest donor, announced a new package for Ukraine.",
			want: []want{{donor: "United States", kind: KindTotal}, {donor: "Canada", kind: KindTotal}, {donor: "Germany", kind: KindPledge}},
		},
		{
			name: "who told what the sentence before told gives nothing, and the story goes on through it",
			text: "The Norwegian government proposes to increase funding for Ukraine to 135 billion Norwegian kroner. This was announced by Prime Minister Jonas Gahr Store, according to the government's website. Ukraine has a great need for support. Its ability to defend itself is important. We are increasing the allocation for 2024 to NOK 27 billion.",
			want: []want{{donor: "Norway", kind: KindPledge, amount: 135e9}, {donor: "Norway", amount: 27e9}},
		},
		{
			name: "amounts given respectively go to the givers one by one",
			text: "Additional funding consists of grants from the Governments of Japan and Norway (USD 465 million and USD 295 million, respectively).",
			want: []want{{donor: "Japan", amount: 465e6}, {donor: "Norway", amount: 295e6}},
		},
		{
			name: "a stock frozen, or what it is worth, is given by nobody",
			text: "The value of frozen Russian sovereign assets in the EU is almost €211 billion. In total, the European Union, the G7 countries and Australia have frozen approximately €260 billion in securities and cash. While Western countries have frozen $300 billion in Russian assets, they can only access the income generated by these funds.",
			want: nil,
		},
		{
			name: "the name of a ministry is no act; money a ministry attracted has arrived",
			text: "Ukraine's state budget received approximately $950 million from Japan as part of a World Bank project, Ukraine's Finance Ministry reported on Dec. 21. According to the Ministry of Finance, this is an important step for Ukraine. The Ministry of Finance of Ukraine attracted a $1.15 billion grant from the USA through the World Bank's Multi-Donor Trust Fund. Supplies announced Minister of Defense of Spain Margarita Robles.",
			want: []want{{donor: "Japan", kind: KindDelivery, amount: 950e6}, {donor: "United States", kind: KindDelivery, amount: 1.15e9}, {donor: "Spain"}},
		},
		{
			name: "going on as before in a verb phrase of its own leaves the amount's act standing",
			text: "In 2024, Japan will provide Ukraine with $4.5 billion and will continue to support us throughout the agreement's term, Zelenskiy said.",
			want: []want{{donor: "Japan", kind: KindPledge, amount: 4.5e9}},
		},
		{
			name: "what could be received or should be transferred is promised",
			text: "Melnyk said that Ukraine could receive 7 Panzerhaubitze 2000 howitzers from Germany around June 22. 30 German Gepard anti-aircraft guns should also be transferred to Ukraine by Germany.",
			want: []want{{donor: "Germany", kind: KindPledge}, {donor: "Germany", kind: KindPledge}},
		},
		{
			name: "a private body gives as itself, not as its country; one named later is where aid goes",
			text: "The Canada-Ukraine Foundation has handed over 10 ambulances to Ukraine. Switzerland has allocated CHF 15.2 million to support the Geneva centre and the Swiss Foundation for Mine Action in Ukraine.",
			want: []want{{group: "The Canada-Ukraine Foundation"}, {donor: "Switzerland", amount: 15.2e6}},
		},
		{
			name: "failing, banning, deciding nothing and a commitment to a cause give nothing",
			text: "5.98 million Ukrainians have fled to Europe, with Poland receiving the largest number of new arrivals. The Senate has failed to provide needed funding for Ukraine. No decision has been reached on whether Berlin will approve the supply of the tanks. The allies have not yet reached an agreement on providing Ukraine with jets. No new support package has passed the US Congress since then. Thus, the EU has banned any transfer of frozen Russian assets to Russia. Finland is committed to supporting Ukraine for as long as it takes. To ask the Minister for Foreign Affairs the support Ireland is providing to Ukraine.",
			want: nil,
		},
		{
			name: "the one compared with gives nothing; a chamber's passage approves",
			text: "Europe has outstripped the United States in military aid to Ukraine. The House of Representatives' passage of nearly $40 billion in aid for Ukraine was welcomed.",
			want: []want{{donor: "United States", kind: KindApproval, amount: 40e9}},
		},
		{
			name: "steering arms to Ukraine is a pledge",
			text: "Canada steers 200 additional armored vehicles to Ukraine.",
			want: []want{{donor: "Canada", kind: KindPledge, aidType: AidMilitary}},
		},
		{
			name: "told of what is to come, not dated by a year the story went back to",
			text: "In 2015, Canada launched Operation Unifier to train Ukrainian troops. Canada will also contribute $198 million in stabilization assistance. Canada sent 5 tanks.",
			want: []want{{donor: "Canada", kind: KindPledge, date: "2015"}, {donor: "Canada", kind: KindPledge, amount: 198e6, date: "2024-05-10"}, {donor: "Canada", kind: KindDelivery, date: "2015"}},
		},
		{
			name: "a name aid is for receives it, unless it does what follows",
			text: "The US bill includes $14.1 billion in security assistance for Ukraine and Israel. Ukraine can only hope for the EU to pass its EUR 50 billion support package.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 14.1e9}, {donor: "European Union", kind: KindPledge, amount: 50e9}},
		},
		{
			name: "a body and its members give as one collective; a state and its allies is the state",
			text: "The EU and its member states have provided €85 billion. As of April 2022, the US and its allies had provided Ukraine with 25,000 anti-aircraft missiles.",
			want: []want{{group: "The EU and its member states", amount: 85e9}, {donor: "United States"}},
		},
		{
			name: "what follows an amount up to \"and\" is its own, not the next amount's",
			text: "Germany gave $4bn in military aid and €2bn in humanitarian aid.",
			want: []want{{donor: "Germany", amount: 4e9, aidType: AidMilitary}, {donor: "Germany", amount: 2e9, aidType: AidHumanitarian}},
		},
		{
			name: "a span of years told before dates what follows by its start",
			text: "Some CHF 100 million will be allocated for humanitarian demining between 2023 and 2026. Switzerland also offers its experience in demining.",
			want: []want{{donor: "Switzerland", amount: 100e6, date: "2023"}, {donor: "Switzerland", date: "2023"}},
		},
		{
			name: "names with their short forms in brackets join a run; calling for a sum requests it",
			text: "The International Committee of the Red Cross (ICRC) and the International Federation of Red Cross and Red Crescent Societies (IFRC) this week called for nearly $300 million in funds.",
			want: []want{{donor: "International Committee of the Red Cross", kind: KindRequest, amount: 300e6}, {donor: "IFRC", kind: KindRequest, amount: 300e6}},
		},
		{
			name: "a Swiss federal department is Switzerland, though its name holds the Pentagon's",
			text: "Funding of CHF 100 million will be provided by the Federal Department of Defense, Civil Protection and Sport (DDPS).",
			want: []want{{donor: "Switzerland", amount: 100e6}},
		},
		{
			name: "since the war's start, however named, sums up",
			text: "Norway has allocated NOK 2 billion to Ukraine since the Russian Federation's invasion started.",
			want: []want{{donor: "Norway", kind: KindTotal, amount: 2e9}},
		},
		{
			name: "when a body was founded dates none of its acts",
			text: "The EBRD, which was founded in 1991, provides a loan of 150 million euros to Ukrenergo.",
			want: []want{{donor: "EBRD", amount: 150e6, date: "2024-05-10"}},
		},
		{
			name: "a sum for a body to spend goes to that body",
			text: "Sweden announced a humanitarian package of 110 million kronor. - 10 million kronor ($940 thousand) for the United Nations Population Fund to support victims of violence.",
			want: []want{{donor: "Sweden", amount: 110e6}, {donor: "Sweden", amount: 10e6}},
		},
		{
			name: "gear for humanitarian demining is humanitarian; the enemy's troops name no aid",
			text: "The US handed over new demining equipment worth $5.8 million to support humanitarian demining in the territories liberated from Russian troops.",
			want: []want{{donor: "United States", amount: 5.8e6, aidType: AidHumanitarian}},
		},
		{
			name: "what civilians need aid for types it when nothing else does",
			text: "Norway sent 20 tanks in May. Washington had sent $55m in emergency equipment to help repair Ukraine's power grid. Norway will provide NOK 500 million for Ukraine's energy infrastructure. The EIB signed a loan of €300 million for Ukraine's energy sector. The UK will send air defence systems worth £100m to protect the power grid.",
			want: []want{{donor: "Norway", aidType: AidMilitary}, {donor: "United States", amount: 55e6, aidType: AidHumanitarian}, {donor: "Norway", amount: 500e6, aidType: AidHumanitarian},
				{donor: "European Investment Bank", amount: 300e6, aidType: AidFinancial}, {donor: "United Kingdom", amount: 100e6, aidType: AidMilitary}},
		},
		{
			name: "a perfect someone reports is that act, unless it sums up",
			text: "Slovakia said it had handed over the first four MiG-29 fighter jets to Ukraine. Wallace said the UK had now delivered more than 4,000 NLAW anti-tank weapons to Ukraine. Germany has supplied 18 Leopard 2 tanks to Ukraine.",
			want: []want{{donor: "Slovakia", kind: KindDelivery}, {donor: "United Kingdom", kind: KindTotal}, {donor: "Germany", kind: KindTotal}},
		},
		{
			name: "the Commission and MEPs are the EU's",
			text: "The Commission will provide €25 million in humanitarian aid. MEPs approved a loan of €35 billion to Ukraine.",
			want: []want{{donor: "European Union", kind: KindPledge, amount: 25e6}, {donor: "European Union", kind: KindApproval, amount: 35e9}},
		},
		{
			name: "a longer name that ends in a body's word is not that body",
			text: "The International Commission on Missing Persons sent $2 million to Ukraine.",
			want: []want{{donor: "", amount: 2e6}},
		},
		{
			name: "the seller of a thing with a long name gives nothing",
			text: "Canada will purchase a National Advanced Surface-to-Air Missile System (NASAMS) from the United States and donate it to Ukraine.",
			want: []want{{donor: "Canada", kind: KindPledge}},
		},
		{
			name: "committing to an act to come promises it",
			text: "The Pentagon has committed to sending eight NASAMS.",
			want: []want{{donor: "United States", kind: KindPledge}},
		},
		{
			name: "asking partners gives nothing; answering a call gives",
			text: "Ukraine has asked its partners to provide it with more air defenses. The US revealed an additional $100 million in aid, answering Kyiv's urgent call for air defence.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 1e8}},
		},
		{
			name: "more support is a pledge",
			text: "Estonia said it would increase its military support to Ukraine.",
			want: []want{{donor: "Estonia", kind: KindPledge, aidType: AidMilitary}},
		},
		{
			name: "the parties hyphened before a meeting are no givers",
			text: "Trudeau announced at a recent Canada-US-Mexico summit that Canada would supply Ukraine with a $CAN406 million air defence system.",
			want: []want{{donor: "Canada", amount: 406e6}},
		},
		{
			name: "a year's tally of bills is a total of its own kind of aid",
			text: "The US sent 20 howitzers to Ukraine. In 2022, Congress approved more than $112 billion in aid to Ukraine.",
			want: []want{{donor: "United States"}, {donor: "United States", kind: KindTotal, aidType: AidUnspecified, amount: 112e9}},
		},
		{
			name: "the project or framework a sum is paid under is its channel, not its giver",
			text: "Ukraine receives USD 760 million grant from Japan and Norway. The General Fund of the State Budget of Ukraine received USD 760 million, as the second grant within the framework of the World Bank's PEACE Project.",
			want: []want{{donor: "Japan", kind: KindDelivery, amount: 760e6}, {donor: "Norway", kind: KindDelivery, amount: 760e6}, {donor: "Japan", kind: KindDelivery, amount: 760e6}, {donor: "Norway", kind: KindDelivery, amount: 760e6}},
		},
		{
			name: "a sentence that names what the last one told of takes its kind",
			text: "On Friday, the state budget of Ukraine received €3 billion from the European Union. This is the first tranche from the European Union.",
			want: []want{{donor: "European Union", kind: KindDelivery, amount: 3e9}, {donor: "European Union", kind: KindDelivery}},
		},
		{
			name: "partners in named countries are those countries",
			text: "Ambulances arrived in Ukraine from partners in the United States, Israel and Finland. NATO member states including Germany agreed to supply weapons to Ukraine.",
			want: []want{{donor: "United States"}, {donor: "Israel"}, {donor: "Finland"}, {group: "NATO member states"}},
		},
		{
			name: "a sum's worth of goods provided was shipped",
			text: "In March, Seoul provided Kiev with $10 million worth of assistance, including helmets, tents and blankets. The 23rd drawdown provided $725 million for Ukraine.",
			want: []want{{donor: "South Korea", kind: KindDelivery, amount: 10e6}, {donor: "United States", kind: KindPledge, amount: 725e6}},
		},
		{
			name: "money from all lenders together is not the story's giver's",
			text: "The state budget of Ukraine received USD 118 million from the government of Japan. The Ministry of Finance said so. In March 2024, the state budget of Ukraine received about USD 9 billion in external financing.",
			want: []want{{donor: "Japan", amount: 118e6}, {amount: 9e9}},
		},
		{
			name: "a judgement of aid told of before gives no event of its own",
			text: "Japan provided Ukraine with $950 million. The arrival of such funding is a significant contribution to providing Ukrainians with necessary services, she said. The Prime Minister added that the transferred funds are an important signal of support. The funds are part of the World Bank's PEACE project.",
			want: []want{{donor: "Japan", amount: 950e6}},
		},
		{
			name: "aid in the subject of a verb other than to be is an event",
			text: "The funds are being transferred to Ukraine by Japan. The arrival of the tanks was announced by Germany.",
			want: []want{{donor: "Japan", kind: KindDelivery}, {donor: "Germany", kind: KindDelivery}},
		},
		{
			name: "a multi-donor fund gives its donors' money together, not the last giver's",
			text: "Ukraine received USD 1.35 billion - a grant from the United States of America. EUR 10.8 million - funds from the Multi-Donor Trust Fund for co-financing the Second Economic Recovery Policy Loan. The ministry attracted a $1.15 billion grant from the USA through the World Bank's Multi-Donor Trust Fund.",
			want: []want{{donor: "United States", amount: 1.35e9}, {group: "Multi-Donor Trust Fund", amount: 10.8e6}, {donor: "United States", amount: 1.15e9}},
		},
		{
			name: "a sum nothing gives, in one country's money, is that country's",
			text: "The planned military support package amounts to about SEK 3 billion. The fund amounts to about €3 billion.",
			want: []want{{donor: "Sweden", kind: KindPledge, amount: 3e9}, {kind: KindPledge, amount: 3e9}},
		},
		{
			name: "the words between 'and' and the next amount are its own; civilian support is no weapon",
			text: "Norway said civilian support will be increased to NOK 10 billion and military support to NOK 17 billion. The framework could burden public finances for years.",
			want: []want{{donor: "Norway", aidType: AidHumanitarian, amount: 10e9}, {donor: "Norway", aidType: AidMilitary, amount: 17e9}},
		},
		{
			name: "a tally of nothing by nobody named is no event; 'this amount is composed of' lists parts",
			text: "UNHCR appealed for $1.85 billion for refugees. So far, the war has uprooted more than 12.7 million people. The EU will provide €50 billion. This amount is composed of €17 billion in grants and €33 billion in loans.",
			want: []want{{donor: "UNHCR", kind: KindRequest, amount: 1.85e9}, {donor: "European Union", kind: KindPledge, amount: 50e9}},
		},
		{
			name: "a giving verb that gives no aid is no event",
			text: "Zelenskyy thanked Trudeau, according to a summary of the conversation provided by the Prime Minister's Office. Shmyhal gave us an update on the situation in Ukraine. Canada also announced a new sanctions package. Switzerland contributes to stability in Europe. Canada also sent 20 armoured vehicles.",
			want: []want{{donor: "Canada", kind: KindDelivery}},
		},
		{
			name: "partners worked with and allies urged to give are no givers",
			text: "Danish funding will also support efforts to encourage allies to contribute through this model. By working closely with key partners, we can achieve a lasting deal that delivers a permanent peace in Ukraine.",
			want: []want{{donor: "Denmark", kind: KindPledge}},
		},
		{
			name: "a year that names the war does not date an act",
			text: story + "In the wake of Putin's 2022 invasion of Ukraine, Canada pledged $15 million.",
			want: storyThen(want{donor: "Canada", kind: KindPledge, amount: 15e6, date: "2024-05-03"}),
		},
		{
			name: "a government that greenlights a package pledges it",
			text: "Denmark has greenlit yet another assistance package for Ukraine.",
			want: []want{{donor: "Denmark", kind: KindPledge}},
		},
		{
			name: "the items of a list a header opens after an event share its kind and aid",
			text: "In November 2023, the state budget of Ukraine received about $2 billion in external financing from partners.\nAmong the donors of Ukraine in November 2023:\n- European Union - USD 1.6 billion;\n- World Bank - USD 5 million.",
			want: []want{{group: "partners", kind: KindDelivery, amount: 2e9}, {donor: "European Union", kind: KindDelivery, aidType: AidFinancial, amount: 1.6e9}, {donor: "World Bank", kind: KindDelivery, aidType: AidFinancial, amount: 5e6}},
		},
		{
			name: "history told beside an act does not date it",
			text: story + "Canada will give $15 million to the Holodomor museum, which remembers the famine that killed millions in 1932 and 1933.",
			want: storyThen(want{donor: "Canada", kind: KindPledge, amount: 15e6, date: "2024-05-03"}),
		},
		{
			name: "what several gave together is a tally; a combined arms course is none",
			text: "The UK, Canada and Japan have pledged a combined 1 billion euros worth of aid. Germany has pledged a combined arms course for Ukrainian soldiers.",
			want: []want{{donor: "United Kingdom", kind: KindTotal, amount: 1e9}, {donor: "Canada", kind: KindTotal, amount: 1e9}, {donor: "Japan", kind: KindTotal, amount: 1e9}, {donor: "Germany", kind: KindPledge}},
		},
		{
			name: "no plan or intention to give is no pledge",
			text: "Belgium has no plans to send F-16 fighter jets to Ukraine. Germany has no intention of delivering Taurus missiles. France plans to send 12 Caesar howitzers.",
			want: []want{{donor: "France", kind: KindPledge}},
		},
		{
			name: "what a buyer buys for itself is no aid",
			text: "Prague has recently signed deals to buy up to 92 German-made Leopard tanks to replace its obsolete Soviet-era fleet. Poland agreed to buy 50 Leopard tanks for Ukraine.",
			want: []want{{donor: "Poland"}},
		},
		{
			name: "the agent of a participle right after an amount gives it",
			text: "European countries committed a total of about $190 billion in aid, compared with about $106 billion provided by the United States. The US has allocated £94.6bn in overall aid, compared to £109bn from the continent.",
			want: []want{{group: "European countries", amount: 190e9}, {donor: "United States", amount: 106e9}, {donor: "United States", amount: 94.6e9}, {group: "the continent", amount: 109e9}},
		},
		{
			name: "a group that says what the subject is leaves the giving to the subject's names",
			text: "Germany and France have been the biggest backers of Ukraine, handing out 5 billion euros and 3 billion euros, respectively. Trump's claim is false: European countries provided more aid to Ukraine than the United States.",
			want: []want{{donor: "Germany", amount: 5e9}, {donor: "France", amount: 3e9}, {group: "European countries"}},
		},
		{
			name: "a sentence opening with an it that stands for nothing comments, it states no aid",
			text: "The United States has provided $75 billion to Ukraine. It is important to note that different methodologies yield different totals. It is unclear whether Germany will deliver more tanks.",
			want: []want{{donor: "United States", amount: 75e9}},
		},
		{
			name: "a chamber that validates a sum approves it",
			text: "On May 11, the US House of Representatives validated a new envelope of 40 billion euros for Ukraine.",
			want: []want{{donor: "United States", kind: KindApproval, amount: 40e9}},
		},
		{
			name: "channels a sum is split between are no givers",
			text: "New Zealand will spend $3.7 million more in aid funding. The funding would be split evenly between the World Food Programme and the NATO trust fund.",
			want: []want{{donor: "New Zealand", amount: 3.7e6}},
		},
		{
			name: "a share of a giver's economy is a tally; one promised for years is a pledge; one spent on defence is no aid",
			text: "The US then ranks tenth, as it provides 0.2% of its GDP. Riga will provide military assistance worth 0.25% of GDP annually. Belgium gave just 1.1% of its GDP to defence last year.",
			want: []want{{donor: "United States", kind: KindTotal}, {donor: "Latvia", kind: KindPledge}},
		},
		{
			name: "giving nothing is no giving",
			text: "There are also plenty of nations that have given nothing, including Belarus, Iran and North Korea. India and China have provided the least support, both offering a flat zero. Japan has provided nothing so far.",
			want: []want{},
		},
		{
			name: "a first shipment that has arrived is delivered",
			text: "I can officially announce that the first Dutch F-16s have been delivered to Ukraine, the Netherlands said.",
			want: []want{{donor: "Netherlands", kind: KindDelivery}},
		},
		{
			name: "Europeans, European Union countries and Ukraine's neighbours give as groups",
			text: "He claimed that the Europeans had provided just $100bn to Ukraine. European Union countries announced bilateral aid of €64.86 billion for Ukraine. Ukraine's neighbours have contributed the most to Ukraine in terms of GDP.",
			want: []want{{group: "Europeans", amount: 100e9}, {group: "European Union countries", amount: 64.86e9}, {group: "Ukraine's neighbours"}},
		},
		{
			name: "European institutions and governments give as a group, not its largest member",
			text: "Meanwhile, European institutions and governments have pledged a total of €54.9 billion in aid to Ukraine, with Germany contributing the most.",
			want: []want{{group: "European institutions and governments", amount: 54.9e9}},
		},
		{
			name: "the giver of a sum compared against gives nothing here",
			text: "Much of that is due to the United States stretching its military might, giving weapons and equipment worth €44.3 billion (as of January) – nine times the amount provided by the United Kingdom.",
			want: []want{{amount: 44.3e9}},
		},
		{
			name: "a sum put before a legislature is asked of it",
			text: "Switzerland will top up its aid with an additional CHF 53 million that will be submitted to the federal parliament for approval. The Senate approved $40 billion for Ukraine.",
			want: []want{{donor: "Switzerland", kind: KindRequest, amount: 53e6}, {donor: "United States", kind: KindApproval, amount: 40e9}},
		},
		{
			name: "a sum pledged since the war began is a running total",
			text: "The US administration has pledged 27.6 billion euros in military support to Ukraine since the war began. Germany has pledged €500 million to Ukraine.",
			want: []want{{donor: "United States", kind: KindTotal, amount: 27.6e9}, {donor: "Germany", kind: KindPledge, amount: 500e6}},
		},
		{
			name: "a standard or a country's Red Cross society is no giver",
			text: "These aircraft have now delivered 155 mm NATO standard ammunition to Ukraine. Hungary announced new aid. The Hungarian Red Cross will receive 500 million forints each in support, the state secretary said.",
			want: []want{{kind: KindTotal}, {donor: "Hungary"}, {donor: "Hungary"}},
		},
		{
			name: "comment, study and purpose give nothing",
			text: "This should be seen as an expression of Sweden's commitment to Ukraine. The armed forces have been instructed to study the possibility of delivering Gripen fighter jets to Ukraine. Sweden is part of the aircraft coalition, the purpose of which is to provide fighter jets to Ukraine. The vote demonstrates that Denmark stands together with Ukraine. This steady international support is essential to Ukraine. New pledges of support from European countries had tapered off over the summer. This paper will compare US and European military aid to Ukraine. Defence has been responsible for developing and providing advice on what military assistance could be gifted to Ukraine.",
			want: nil,
		},
		{
			name: "unnamed nations give as a group",
			text: "Other nations have pledged military materiel to Kyiv. Josep Borrell says some nations are sending fighter jets.",
			want: []want{{group: "Other nations", kind: KindPledge}, {group: "some nations", kind: KindDelivery}},
		},
		{
			name: "the lead's sums before the giver is named are its own, a told part's too",
			text: "SEK 1 billion in additional support for Ukraine\n\nThe Government will approve new economic support to Ukraine in the amount of SEK 1 billion. Ms Andersson described the support as having two parts. The first part is new military support in the amount of SEK 500 million. The second part of Sweden’s support consists of SEK 500 million for the economy.",
			want: []want{{donor: "Sweden", amount: 1e9}, {donor: "Sweden", amount: 1e9}, {donor: "Sweden", amount: 500e6}, {donor: "Sweden", amount: 500e6}},
		},
		{
			name: "a sum named as paid out is paid; an annual disbursement is planned",
			text: "EU boosts support for Ukraine with nearly $7B disbursement\n\nThe €1.8 billion disbursement under the Ukraine Facility is aimed at stability. Norway plans an annual disbursement of NOK 15 billion each year.",
			want: []want{{donor: "European Union", kind: KindDelivery, amount: 7e9}, {donor: "European Union", kind: KindDelivery, amount: 1.8e9}, {donor: "Norway", kind: KindPledge, amount: 15e9}},
		},
		{
			name: "goods sent with their worth are a shipment; giving that has gone on is a total",
			text: "On Saturday the Czech Republic sent Ukraine ammunition worth 188 million crowns. Germany sent €50 million to Ukraine. Poland has been providing aid to Ukraine for a long time.",
			want: []want{{donor: "Czech Republic", kind: KindDelivery, amount: 188e6}, {donor: "Germany", kind: KindPledge, amount: 50e6}, {donor: "Poland", kind: KindTotal}},
		},
		{
			name: "a region's countries give as a group",
			text: "Scandinavia – $500 million (combined): Sweden will contribute $275 million, Norway $112 million and Denmark $113 million to the total.",
			want: []want{{group: "Scandinavia", amount: 500e6}, {donor: "Sweden", amount: 275e6}, {donor: "Norway", amount: 112e6}, {donor: "Denmark", amount: 113e6}},
		},
		{
			name: "who started a group does not give what the group gives",
			text: "The Drone Coalition, initiated by Latvia, has already raised almost €500 million for the Ukrainian Armed Forces.",
			want: []want{{group: "Coalition", amount: 500e6}},
		},
		{
			name: "where a thing was made or a firm sits names no giver",
			text: "Spain plans to supply Ukraine with 10 German-made Leopard battle tanks. New Zealand gives $6.5m towards the UK-administered International Fund for Ukraine.",
			want: []want{{donor: "Spain"}, {donor: "New Zealand", amount: 6.5e6}},
		},
		{
			name: "a place named again after a comma is where aid goes",
			text: "The UAE will transport approximately 1,200 household generators to the Polish capital, Warsaw, today and will transfer the remaining generators by January.",
			want: []want{{donor: "United Arab Emirates"}},
		},
		{
			name: "where a firm sits names no giver",
			text: "US-based ride-hailing giant Uber has donated $1.5 million to Ukraine.",
			want: []want{{amount: 1.5e6}},
		},
		{
			name: "a body that coordinates is no giver",
			text: "$2 billion has been pledged to Ukraine through a NATO-coordinated initiative.",
			want: []want{{amount: 2e9}},
		},
		{
			name: "a grant from a country's government is the country's",
			text: "The financing is composed of a $1.25 billion grant from the United States, and a $15 million grant from the Government of Finland.",
			want: []want{{donor: "United States", amount: 1.25e9}, {donor: "Finland", amount: 15e6}},
		},
		{
			name: "a sum appealed for is requested, however it is summed; a tally beside a request is a tally",
			text: "OCHA has issued an urgent appeal for a total of USD4.2 billion. U.S. aid to Ukraine totals $68 billion, and the White House has just asked Congress for another $37.7 billion.",
			want: []want{{donor: "OCHA", kind: KindRequest, amount: 4.2e9}, {donor: "United States", kind: KindTotal, amount: 68e9}, {donor: "United States", kind: KindRequest, amount: 37.7e9}},
		},
		{
			name: "a giver that receives takes delivery for itself",
			text: "Australia has received its first batch of 75 newer M1A2 tanks, which will replace the army's fleet of 59 older M1A1 vehicles. Ukraine received 10 Leopard tanks from Germany.",
			want: []want{{donor: "Germany", kind: KindDelivery}},
		},
		{
			name: "what givers are expected to send is promised",
			text: "European nations are expected to send 2 million 155mm artillery shells to Ukraine.",
			want: []want{{group: "European nations", kind: KindPledge, aidType: AidMilitary}},
		},
		{
			name: "a shipment made is a delivery, whoever paid",
			text: "The weapons purchased with allied funds have already been shipped from the United States. The US started actually shipping weapons to Ukraine using the PURL funds in September.",
			want: []want{{donor: "United States", kind: KindDelivery}, {donor: "United States", kind: KindDelivery}},
		},
		{
			name: "a list introduced today is dated today; a seller and a mechanism's name give nothing",
			text: "At the G7 Summit in June, Canada committed an additional $2 billion in military assistance for Ukraine.\nToday, Prime Minister Carney announced the Government of Canada is allocating this funding as follows:\n$835 million to procure a range of critical equipment for Ukraine.\nApproximately $680 million (USD $500 million) for the purchase of a NATO Prioritised Ukraine Requirements List package of military equipment sourced from the United States.",
			want: []want{
				{donor: "Canada", amount: 2e9, date: "2024-06"},
				{donor: "Canada", amount: 835e6, date: "2024-05-10"},
				{donor: "Canada", amount: 680e6, date: "2024-05-10"},
			},
		},
		{
			name: "a giver named once, a host, is no document's giver; going on as before gives nothing",
			text: "Conference commits over 10 bln euros to Ukraine rebuilding, Italy says. It was held in Rome. Leaders spoke. Many attended. The hall was full. The conference led to financial commitments exceeding 10 billion euros. The Korean government will continue actively contributing to resolving the situation.",
			want: []want{{donor: "Italy", amount: 10e9}, {amount: 10e9}},
		},
		{
			name: "a plan that failed gives nothing; a willing group gives as a group",
			text: "However, the plan to finance the aid at the expense of frozen Russian assets could not be realized due to disagreements with Belgium. A group of willing countries would provide security guarantees to Ukraine.",
			want: []want{{group: "A group of willing countries", kind: KindPledge}},
		},
		{
			name: "an appeal for a sum asks for it",
			text: "The UN Refugee Agency (UNHCR) today appealed for US$5.6 billion to ease the plight of millions.",
			want: []want{{donor: "UNHCR", kind: KindRequest, amount: 5.6e9}},
		},
		{
			name: "a halt of deliveries is news about aid, not a giving, whatever its amount",
			text: "The US Command received instructions to halt deliveries of weapons to Ukraine. The United States stopped the transfer of $3.85 billion in military equipment for Ukraine.",
			want: []want{{donor: "United States", kind: KindOther}, {donor: "United States", kind: KindOther}},
		},
		{
			name: "money transferred is paid out",
			text: "The European Union has transferred a €1 billion loan tranche to Ukraine.",
			want: []want{{donor: "European Union", kind: KindDelivery, amount: 1e9, aidType: AidFinancial}},
		},
		{
			name: "a passive with no agent after a tally names no giver",
			text: "The US had provided $10.7 billion in military aid by 19 August 2022. In September 2022, 800 combat drones manufactured by a Taiwanese firm were transferred to Ukraine through Poland.",
			want: []want{{donor: "United States", kind: KindTotal, amount: 10.7e9}, {kind: KindDelivery}},
		},
		{
			name: "a collective donor keeps its adjective",
			text: "Foreign donors have provided 93.3 billion crowns to the Czech initiative.",
			want: []want{{group: "Foreign donors", kind: KindTotal, amount: 93.3e9}},
		},
		{
			name: "a package whose list holds weapons is military aid",
			text: "The Pentagon announced a $400 million package for Ukraine. It includes:\n-- 75,000 rounds of 155mm artillery ammunition.\n-- 20 120mm mortar systems.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 400e6, aidType: AidMilitary}},
		},
		{
			name: "taking part in a programme of aid gives it",
			text: "Countries including Australia, Canada and Sweden also participate in the training mission.",
			want: []want{{donor: "Australia", kind: KindDelivery}, {donor: "Canada", kind: KindDelivery}, {donor: "Sweden", kind: KindDelivery}},
		},
		{
			name: "taking part in a meeting gives nothing",
			text: "Australia and Canada participated in the meeting of the contact group.",
			want: nil,
		},
		{
			name: "a passive's agent gives, whoever stands before the act",
			text: "More than 56,000 Ukrainian soldiers have been trained by the UK.",
			want: []want{{donor: "United Kingdom", kind: KindTotal, aidType: AidTraining}},
		},
		{
			name: "a verb of giving over counted materiel goes on the story's giver",
			text: "Australia sent 20 Bushmasters to Ukraine. Six M777 howitzers were also committed.",
			want: []want{{donor: "Australia", kind: KindDelivery}, {donor: "Australia", kind: KindPledge}},
		},
		{
			name: "Russia sending bombs is no giving, whatever the story's giver",
			text: "Australia sent 20 Bushmasters to Ukraine. Russia has sent over 10,000 glide bombs into Ukraine since March.",
			want: []want{{donor: "Australia", kind: KindDelivery}},
		},
		{
			name: "a buyer's purchase for itself is no aid",
			text: "Canada finalized a deal to buy 88 F-35 fighter jets from Lockheed Martin in a C$19 billion project to replace its aging fleet of fighter aircraft.",
			want: nil,
		},
		{
			name: "a verb that moves a sum that is no aid gives none, unless the part names the recipient",
			text: "The Government has authorised orders worth SEK 5 billion to restock artillery ammunition. " +
				"Hungary still receives about €10 billion in EU cohesion funds that were unfrozen in December. " +
				"Belgium would allocate €1.7 billion in tax revenue from frozen Russian assets to a special fund for Ukraine.",
			want: []want{{donor: "Belgium", kind: KindPledge, amount: 1.7e9}},
		},
		{
			name: "the leader of a fund and the examples of a channel are no givers, but the examples of givers are",
			text: "The package includes NZ$7.5 million towards the UK-led International Fund for Ukraine. " +
				"The funds will be channeled through international organizations including the World Food Programme and UNICEF. " +
				"More than 15 countries have contributed to the financing, including Denmark and Germany.",
			want: []want{{donor: "New Zealand", kind: KindPledge, amount: 7.5e6}, {donor: "Denmark", kind: KindPledge}, {donor: "Germany", kind: KindPledge}},
		},
		{
			name: "what a dated report tells in the present or the future is of its day, but a chronicle's entry and a noun in -s keep the story's date",
			text: "In January 2024 the Riksdag approved a framework of SEK 75 billion. The Government now proposes to allocate SEK 13.3 billion from this framework.\n" +
				"In February 2024, Pavel said that funding was found. Denmark and Canada were among the first contributors.\n" +
				"9 April - Boris Johnson promises 120 armoured vehicles. The UK also sends 10 tanks.",
			want: []want{
				{donor: "Sweden", kind: KindApproval, amount: 75e9, date: "2024-01"},
				{donor: "Sweden", amount: 13.3e9, date: "2024-05-10"},
				{donor: "Denmark", date: "2024-02"},
				{donor: "Canada", date: "2024-02"},
				{donor: "United Kingdom", kind: KindPledge, date: "2024-04-09"},
				{donor: "United Kingdom", kind: KindDelivery, date: "2024-04-09"},
			},
		},
		{
			name: "what another party hopes or seeks in an aside does not undo the act, and an awaited announcement pledges",
			text: "Germany will send Leopard 2 tanks to Ukraine, Chancellor Olaf Scholz said on Wednesday, ending weeks of hesitation over a decision that Kyiv hopes will help it push back Russian forces. " +
				"President Emmanuel Macron said that France would send Ukraine 40 more SCALP cruise missiles, as Paris seeks to reassure Kyiv. " +
				"The United States is expected to announce later on Wednesday that it will send around 30 M1 Abrams tanks, U.S. officials said.",
			want: []want{{donor: "Germany", kind: KindPledge}, {donor: "France", kind: KindPledge}, {donor: "United States", kind: KindPledge}},
		},
		{
			name: "an amount told as one type of aid is of that type, one told as several is mixed",
			text: "The Government of Canada has committed $4.0 billion in military assistance, $7.1 billion in financial assistance, $352 million in humanitarian assistance and $1.1 billion in development assistance. " +
				"The EU has already provided €30 billion in macro-financial assistance, budget support and humanitarian aid. " +
				"Denmark has donated military equipment and financial support worth approximately DKK 6.7 billion.",
			want: []want{
				{donor: "Canada", amount: 4e9, aidType: AidMilitary},
				{donor: "Canada", amount: 7.1e9, aidType: AidFinancial},
				{donor: "Canada", amount: 352e6, aidType: AidHumanitarian},
				{donor: "Canada", amount: 1.1e9},
				{donor: "European Union", amount: 30e9, aidType: AidMixed},
				{donor: "Denmark", amount: 6.7e9, aidType: AidMixed},
			},
		},
		{
			name: "a verb that trains counted people goes on the story's giver; the noun does not",
			text: "Canada sent 8 tanks to Ukraine. Since 2015, Operation UNIFIER has trained more than 35,000 members of the Security Forces of Ukraine. " +
				"Training of the first eight Ukrainian pilots began in Denmark this month.",
			want: []want{{donor: "Canada", kind: KindDelivery}, {donor: "Canada", kind: KindTotal, aidType: AidTraining, date: "2015"}},
		},
		{
			name: "a government deciding on a package pledges it",
			text: "Sweden has sent 10 tanks to Ukraine. Today the Government decided on a twelfth package of military support to Ukraine.",
			want: []want{{donor: "Sweden", kind: KindTotal}, {donor: "Sweden", kind: KindPledge, aidType: AidMilitary}},
		},
		{
			name: "those a programme requires to give and a giver pressed to give have not given",
			text: "The programme requires Ukraine's other creditors, including the European Union and the United States, to provide the bulk of the remaining financing. " +
				"Defence Minister Anita Anand is under pressure to send some of Canada's own Leopard 2 tanks. " +
				"The United Kingdom pledged 14 Challenger 2 tanks on Jan. 14, and Germany is under pressure to approve the re-export of Leopard tanks.",
			want: []want{{donor: "United Kingdom", kind: KindPledge}},
		},
		{
			name: "goods for civilians alone are humanitarian aid",
			text: "The EU is handing over 200 transformers and 40 generators to Ukraine.",
			want: []want{{donor: "European Union", kind: KindDelivery, aidType: AidHumanitarian}},
		},
		{
			name: "goods for civilians beside weapons change nothing",
			text: "The EU is handing over 10 tanks and 40 generators to Ukraine.",
			want: []want{{donor: "European Union", kind: KindDelivery, aidType: AidMilitary}},
		},
		{
			name: "a 'since' clause that opens the sentence sums up what the perfect tense tells",
			text: "Since Russia launched its offensive in February 2022, Canada has pledged more than $1 billion in military assistance to Ukraine.",
			want: []want{{donor: "Canada", kind: KindTotal, amount: 1e9}},
		},
		{
			name: "a period still running dates a pledge by its start",
			text: "Lithuania will give a €200 million package to Ukraine in the period 2024-2026.",
			want: []want{{donor: "Lithuania", kind: KindPledge, amount: 2e8, date: "2024"}},
		},
		{
			name: "a period still to come dates nothing: the act is of the day told",
			text: "Switzerland will provide CHF 1.5 billion between 2025 and 2028.",
			want: []want{{donor: "Switzerland", kind: KindPledge, amount: 1.5e9, date: "2024-05-10"}},
		},
		{
			name: "a pledge for a span of years is made when they begin, not when they end",
			text: "Norway pledged NOK 75 billion in the period from 2019 to 2023.",
			want: []want{{donor: "Norway", kind: KindPledge, amount: 75e9, date: "2019"}},
		},
		{
			name: "a deadline of a later year bounds a plan: the act is of the day told",
			text: "Belgium will send 30 F-16 fighter jets to Ukraine by 2028.",
			want: []want{{donor: "Belgium", kind: KindPledge, date: "2024-05-10"}},
		},
		{
			name: "a plain year later than the document's is a plan: the act is of the day told",
			text: "Pistorius said 80 Leopard 1 tanks would arrive in 2025.",
			want: []want{{donor: "Germany", kind: KindPledge, date: "2024-05-10"}},
		},
		{
			name: "a tally over years still to come counts up to the day told",
			text: "In total, Denmark has earmarked DKK 64.8 billion for military support for Ukraine from 2023 to 2028.",
			want: []want{{donor: "Denmark", kind: KindTotal, amount: 64.8e9, date: "2024-05-10"}},
		},
		{
			name: "a tally that now reaches a level is of the day told, not of the story before",
			text: "On 2 March 2024 Australia sent 30 Bushmasters. Support to Ukraine from Australia now reaches $655 million.",
			want: []want{{donor: "Australia", kind: KindDelivery, date: "2024-03-02"}, {donor: "Australia", kind: KindTotal, amount: 655e6, date: "2024-05-10"}},
		},
		{
			name: "the end of a plan's span dates nothing after it",
			text: "In March 2024, Norway said it will give aid until 2030. Norway will provide NOK 15 billion.",
			want: []want{{donor: "Norway", kind: KindPledge, date: "2024-03"}, {donor: "Norway", kind: KindPledge, amount: 15e9, date: "2024-03"}},
		},
		{
			name: "a target within the document's year dates the act",
			text: "Belgium will send 30 F-16 fighter jets to Ukraine by the end of October 2024.",
			want: []want{{donor: "Belgium", kind: KindPledge, date: "2024-10"}},
		},
		{
			name: "a period that has ended dates a total by its end",
			text: "Between 2022 and 2023, Poland delivered €3 billion in aid in all.",
			want: []want{{donor: "Poland", kind: KindTotal, amount: 3e9, date: "2023"}},
		},
		{
			name: "an opening phrase ending in a place: the comma after it joins no run, and the name after it gives",
			text: "At a meeting in Denmark, Norway pledged $100 million to Ukraine.",
			want: []want{{donor: "Norway", kind: KindPledge, amount: 100e6}},
		},
		{
			name: "an opening phrase ending in a place: a leader's name after it gives",
			text: "On a visit to Poland, Biden announced $500 million for Ukraine.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 500e6}},
		},
		{
			name: "receivers listed with commas and closed by 'and' stay one run: none gives",
			text: "The House voted on bills granting aid to Ukraine, Israel, and the Indo-Pacific region.",
			want: []want{{kind: KindApproval}},
		},
		{
			name: "a side of the war acted on in the passive does not act: the agent after 'by' gives",
			text: "In 2023, about 5,000 Ukrainian soldiers were trained by Britain.",
			want: []want{{donor: "United Kingdom", kind: KindDelivery, date: "2023"}},
		},
		{
			name: "a committee commits nothing: the country that sent gives",
			text: "On 13 November 2024, South Korea's intelligence service told a parliamentary committee that North Korea has sent 1,500 soldiers to Russia.",
			want: []want{{donor: "North Korea", recipient: "Russia", kind: KindTotal, date: "2024-11-13"}},
		},
		{
			name: "Europe is a collective donor; training already under way is a running total",
			text: "In March 2025, Europe announced a further 97 billion euros in aid. In 2022, the EU mission was already training 1,100 Ukrainian soldiers.",
			want: []want{
				{group: "Europe", kind: KindPledge, amount: 97e9, date: "2025-03"},
				{donor: "European Union", kind: KindTotal, date: "2022"},
			},
		},
		{
			name: "an appeal or refusal after 'and' leaves the amount's act standing",
			text: "On 25 October 2024, Denmark announced a package worth 1.7 billion kroner and called on its allies to increase donations to Ukraine.",
			want: []want{{donor: "Denmark", kind: KindPledge, amount: 1.7e9, date: "2024-10-25"}},
		},
		{
			name: "blocked assets block nothing; a party that blocks a package gives nothing",
			text: "On 25 October 2024, the G7 agreed to use the earnings from blocked Russian assets to fund a $50 billion loan to Ukraine. Hungary blocked the €50 billion aid package for Ukraine.",
			want: []want{{donor: "G7", kind: KindPledge, amount: 50e9, date: "2024-10-25"}},
		},
		{
			name: "a president signing an aid bill approves it",
			text: "On 24 April 2024, Biden signs $61 billion aid bill for Ukraine.",
			want: []want{{donor: "United States", kind: KindApproval, amount: 61e9, date: "2024-04-24"}},
		},
		{
			name: "the object of a helping verb receives, it does not give",
			text: "In April 2024, the bills include $26.4 billion to aid Israel.",
			want: []want{{kind: KindPledge, amount: 26.4e9, date: "2024-04"}},
		},
		{
			name: "a promise of a total is a pledge",
			text: "In August 2023, Denmark pledged to donate a total of 19 F-16s to Ukraine.",
			want: []want{{donor: "Denmark", kind: KindPledge, date: "2023-08"}},
		},
		{
			name: "a comparison group gives nothing",
			text: "In February 2023, Japan provided 606 million euros, the smallest amount among G-7 members, in financial assistance to Ukraine.",
			want: []want{{donor: "Japan", kind: KindTotal, amount: 606e6, date: "2023-02"}},
		},
		{
			name: "a recipient reports a receipt, not an announcement",
			text: "In March 2024, Ukraine received €4.2 billion from the European Union.",
			want: []want{{donor: "European Union", kind: KindDelivery, amount: 4.2e9, date: "2024-03"}},
		},
		{
			name: "in a dated report, the present perfect is news of the day, not of the background told before",
			text: "Russia launched the full-scale war in February 2022. The European Union has also stepped up its support for Ukraine, pledging five billion euros for military assistance.",
			want: []want{{donor: "European Union", kind: KindPledge, amount: 5e9, date: "2024-05-10"}},
		},
		{
			name: "an opening adverb qualifies the act after it and makes no event of its own",
			text: "In total, the United States promised to send 31 tanks in 2023. So far, Germany has sent 20 tanks in 2024.",
			want: []want{
				{donor: "United States", kind: KindPledge, date: "2023"},
				{donor: "Germany", kind: KindTotal, date: "2024"},
			},
		},
		{
			name: "a delivery planned or due is a promise",
			text: "In April 2024, Belgium planned to start deliveries of F-16s to Ukraine. In May 2024, Denmark aimed to kick off the deliveries of F-16s.",
			want: []want{
				{donor: "Belgium", kind: KindPledge, date: "2024-04"},
				{donor: "Denmark", kind: KindPledge, date: "2024-05"},
			},
		},
		{
			name: "named examples of a collective donor",
			text: "After the invasion, NATO member states including Germany agreed to supply weapons but NATO itself did not.",
			want: []want{{group: "NATO member states", kind: KindPledge}},
		},
		{
			name: "a partner is no donor",
			text: "The US worked with other NATO member states to transfer US-produced weapons to Ukraine.",
			want: []want{{donor: "United States", kind: KindDelivery}},
		},
		{
			name: "a maker is no donor",
			text: "800 combat drones manufactured by the Taiwanese DronesVision were delivered to Ukraine.",
			want: []want{{kind: KindDelivery}},
		},
		{
			name: "a meeting is no donor",
			text: "The aid was announced on the eve of the 13th Ukraine Defense Contact Group meeting in Brussels.",
			want: nil,
		},
		{
			name: "a country that completes a place is no donor",
			text: "The plan would provide a vehicle for coordinating allied aid at a single point of contact in Wiesbaden, Germany.",
			want: nil,
		},
		{
			name: "a list of donors ending with a vague number of others",
			text: "A coalition of Belgium, Canada, Denmark and about one dozen other countries could fund 400,000 shells.",
			want: []want{{donor: "Belgium", kind: KindPledge}, {donor: "Canada"}, {donor: "Denmark"}},
		},
		{
			name: "a pronoun continues the subject before",
			text: "South Korea maintains a policy of not supplying weapons. It initially provided $10 million in humanitarian aid.",
			want: []want{{donor: "South Korea", amount: 10e6}},
		},
		{
			name: "a part of a clause keeps its actor to itself",
			text: "Four MiGs were immediately transferred, On 17 March 2023, Slovakia agreed to give Ukraine its MiG-29 fighter jets.",
			want: []want{{kind: KindDelivery}, {donor: "Slovakia", kind: KindPledge, date: "2023-03-17"}},
		},
		{
			name: "the subject before a pronoun is no name after a preposition",
			text: "The package, drawn from U.S. stockpiles, includes rockets for HIMARS launchers. It will keep Ukrainian gunners supplied for a couple of weeks.",
			want: nil,
		},
		{
			name: "a pronoun sentence gives the package its amount",
			text: "This authorization is the Biden Administration's thirtieth drawdown of equipment for Ukraine. It is valued at up to $2.5 billion.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 2.5e9, pkg: "PDA 30"}},
		},
		{
			name: "a speech's we is its speaker's country",
			text: "Government statement by Chancellor Olaf Scholz to the Bundestag (excerpt)\n\nThis morning we decided to send 40 Marder infantry fighting vehicles. We support the creation of a fund.",
			want: []want{{donor: "Germany", kind: KindPledge, aidType: "military"}},
		},
		{
			name: "a government asks its parliament, in the first person",
			text: "Statement by Prime Minister Jonas Gahr Støre to the Storting\n\nI ask the Storting to give this programme broad support.",
			want: []want{{donor: "Norway", kind: KindRequest}},
		},
		{
			name: "the seller of a purchase is no giver, whoever buys",
			text: "Remarks by Prime Minister Justin Trudeau in Kyiv\n\nIn January, we purchased a NASAMS system for Ukraine from the United States, at a cost of US$406 million. The Pentagon says it will pay to refurbish 45 T-72B tanks from the Czech Republic as part of a $400 million package.",
			want: []want{{donor: "Canada", kind: KindPledge, amount: 406e6}, {donor: "United States", amount: 4e8}},
		},
		{
			name: "no speaker when the title names two givers",
			text: "Germany and Poland at the summit in Vilnius\n\nThis morning we decided to send 40 Marder infantry fighting vehicles.",
			want: nil,
		},
		{
			name: "training completed is given, by whoever trains, however the trainees are named",
			text: "France completes training of Ukraine's Anne of Kyiv brigade. Ukrainian recruits have completed training under Operation Interflex.",
			want: []want{{donor: "France", kind: KindDelivery, aidType: "training"}, {donor: "United Kingdom", kind: KindDelivery, aidType: "training"}},
		},
		{
			name: "goods for civilians keep the equipment beside them civil; care is humanitarian; a train is no training",
			text: "The Estonian Rescue Board handed over 14 fire engines and 100 tonnes of equipment to Ukraine. The Bundestag approved €8 million for the medical care of Ukrainian soldiers. Poland sent tanks by train.",
			want: []want{{donor: "Estonia", kind: KindDelivery, aidType: "humanitarian"}, {donor: "Germany", kind: KindApproval, aidType: "humanitarian", amount: 8e6}, {donor: "Poland", kind: KindDelivery, aidType: "military"}},
		},
		{
			name: "the present of habit states an act beside counted materiel, an amount or a side of the war",
			text: "Poland sends more than 200 T-72 tanks. Every year, the United States sends billions of dollars in aid. Canada sends heavy weapons to Ukraine. Japan gives $500 million. The minister gives a speech.",
			want: []want{{donor: "Poland", kind: KindDelivery}, {donor: "Canada", kind: KindDelivery}, {donor: "Japan", kind: KindPledge, amount: 5e8}},
		},
		{
			name: "a sum restated in another currency after or is one event; training going on and a rank are tallies",
			text: "Poland says it has given military aid worth about 10 billion zlotys, or more than €2 billion. Canada has been training Ukrainian forces since 2015. Australia is the largest non-NATO contributor of military aid to Ukraine.",
			want: []want{{donor: "Poland", kind: KindTotal, amount: 1e10}, {donor: "Canada", kind: KindTotal, aidType: "training"}, {donor: "Australia", kind: KindTotal}},
		},
		{
			name: "a mission's mandate extended is promised again",
			text: "The Council today extended the mandate of the EU military assistance mission in support of Ukraine until 15 November 2026.",
			want: []want{{donor: "European Union", kind: KindPledge}},
		},
		{
			name: "a sum paid to Ukraine is delivered, and a drawdown only the United States runs",
			text: "The first tranche of £752 million has already been paid to Ukraine.",
			want: []want{{donor: "United Kingdom", kind: KindDelivery, amount: 752e6, pkg: "-"}},
		},
		{
			name: "weapons counted before the training named are what is given",
			text: "Canada has already delivered eight Leopard 2 tanks, and our soldiers are helping train Ukrainian crews in Poland. Germany will provide training on the 14 Leopard tanks.",
			want: []want{{donor: "Canada", aidType: "military"}, {donor: "Germany", aidType: "training"}},
		},
		{
			name: "care for the war's wounded and a course finished are aid given",
			text: "Germany has treated more than 700 wounded Ukrainians in its hospitals. JICA and CMAC complete third demining course for Ukrainian State Emergency Service staff.",
			want: []want{{donor: "Germany", kind: KindTotal, aidType: "humanitarian"}, {donor: "Japan", kind: KindDelivery, aidType: "humanitarian"}},
		},
		{
			name: "trainees arriving, a price paid in lives and packages not announced are no aid",
			text: "The US trained them. The soldiers arrived in mid-January. Ukrainians have paid a terrible price. No new drawdown packages are announced in the following months. North Korean soldiers arrived in Kursk.",
			want: []want{{donor: "United States", kind: KindDelivery}, {donor: "North Korea", recipient: "Russia", kind: KindDelivery}},
		},
		{
			name: "a briefing telling what it lists states nothing",
			text: "This briefing lists the main announcements of UK military support since January 2022. Congress approved a $1.5 trillion government spending bill that holds aid for Ukraine.",
			want: []want{{donor: "United States", kind: KindApproval}},
		},
		{
			name: "aid for another theatre goes to no side of the war",
			text: "The US will provide $61 billion for Ukraine, $26 billion in support for Israel and $8 billion for the Indo-Pacific. The White House sent a $106 billion request to Congress for Israel, Ukraine and border security.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 61e9}, {donor: "United States", kind: KindRequest, amount: 106e9}},
		},
		{
			name: "what has been gifted, and training others helped with, are tallies",
			text: "Over the past year Britain has also gifted 14 Challenger 2 tanks. Australian instructors have helped to train more than 3,000 Ukrainian recruits.",
			want: []want{{donor: "United Kingdom", kind: KindTotal}, {donor: "Australia", kind: KindTotal, aidType: "training"}},
		},
		{
			name: "an arrival elsewhere is no delivery",
			text: "On 5 May 2023, the Pentagon announced $300 million for Ukraine. By 21 April, another motorized infantry battalion had arrived in Germany for training.",
			want: []want{{donor: "United States", amount: 300e6}},
		},
		// kinds
		{
			name: "committed to the delivery is a promise",
			text: "Western nations committed to the delivery of tanks in January 2023.",
			want: []want{{group: "Western nations", kind: KindPledge, date: "2023-01"}},
		},
		{
			name: "training came from donors",
			text: "Similar training came from Canada, Denmark and the UK.",
			want: []want{{donor: "Canada", kind: KindDelivery}, {donor: "Denmark", kind: KindDelivery}, {donor: "United Kingdom", kind: KindDelivery}},
		},
		{
			name: "began to supply is a delivery",
			text: "The UK began to supply Ukraine with NLAW and Javelin anti-tank weapons.",
			want: []want{{donor: "United Kingdom", kind: KindDelivery}},
		},
		{
			name: "aid provided over a period is a total",
			text: "Between 2014 and 2021, the UK and the US provided mostly non-lethal military aid to Ukraine.",
			want: []want{{donor: "United Kingdom", kind: KindTotal}, {donor: "United States", kind: KindTotal}},
		},
		{
			name: "a perfect tense alone announces a package",
			text: "Germany has pledged $1.4 billion in aid to Ukraine.",
			want: []want{{donor: "Germany", kind: KindPledge, amount: 1.4e9}},
		},
		{
			name: "pledged to deliver is a promise",
			text: "Germany pledged to deliver 140,000 rounds in 2024, an $8.5 billion pledge.",
			want: []want{{donor: "Germany", kind: KindPledge, amount: 8.5e9}},
		},
		{
			name: "troops assisting a side",
			text: "Iranian troops were in Crimea assisting Russia to launch drone attacks.",
			want: []want{{donor: "Iran", kind: KindOther, recipient: "Russia"}},
		},
		// dates
		{
			name: "a date of the statement's own clause",
			text: "On 17 January 2023, the Netherlands announced it would send Patriot launchers to Ukraine; two launchers arrived in April 2023.",
			want: []want{{donor: "Netherlands", kind: KindPledge, date: "2023-01-17"}, {donor: "Netherlands", kind: KindDelivery, date: "2023-04"}},
		},
		{
			name: "a deadline later in the sentence does not date an earlier act",
			text: "On 24 February 2023 Poland delivered four Leopard 2A4 tanks to Ukraine, 10 more are to arrive by 9 March 2023; Sweden has announced it intended to donate up to 10 Leopard 2A5 tanks.",
			want: []want{{donor: "Poland", kind: KindDelivery, date: "2023-02-24"}, {donor: "Sweden", kind: KindPledge, date: "2023-02-24"}},
		},
		{
			name: "a new giver whose verb follows a date starts its own act",
			text: "The Netherlands has pledged Patriot launchers to Kyiv, while Romania agreed on May 2 to donate one of its batteries.",
			want: []want{
				{donor: "Netherlands", kind: KindPledge, date: "2024-05-10"},
				{donor: "Romania", kind: KindPledge, date: "2024-05-02"},
			},
		},
		{
			name: "a relative clause's only giver, its verb after a date",
			text: "The money is expected to pay for the F-16 jets that Denmark agreed earlier this month to donate to Ukraine. " +
				"The Pentagon announced that the Department of Defense will buy Starlink services for Ukraine.",
			want: []want{
				{donor: "Denmark", kind: KindPledge, date: "2024-05"},
				{donor: "United States"},
			},
		},
		{
			name: "a quotation with no amount and no count judges, it tells nothing new",
			text: "Denmark will donate 19 CAESAR howitzers to Ukraine. \"It is the right decision to donate the CAESAR systems,\" Poulsen said. " +
				"Defence Minister Pistorius said: \"Germany is and remains the largest supporter of Ukraine.\" The first systems are expected to be delivered within weeks. " +
				"\"We will send 20 more tanks,\" Scholz said.",
			want: []want{
				{donor: "Denmark", kind: KindPledge},
				{donor: "Denmark"},
				{donor: "Germany", kind: KindPledge},
			},
		},
		{
			name: "what aid so far has included is a tally; a package's contents are its own",
			text: "Canada announced a new package. Canadian military aid since February 2022 has included four M777 howitzers. " +
				"Previous Swedish packages have included 50 CV90s. The package includes 20 tanks.",
			want: []want{
				{donor: "Canada", kind: KindPledge},
				{donor: "Canada", kind: KindTotal, date: "2022-02"},
				{donor: "Sweden", kind: KindTotal},
			},
		},
		{
			name: "weapons named without a count make aid military",
			text: "The United Kingdom said it would supply M270 launchers. France will transfer Mirage fighters. Poland sent guns.",
			want: []want{
				{donor: "United Kingdom", aidType: AidMilitary},
				{donor: "France", aidType: AidMilitary},
				{donor: "Poland", aidType: AidMilitary},
			},
		},
		{
			name: "a tally in the present stands on the document's day, not the story's",
			text: "Operation Interflex began in June 2022. Germany remains the second-largest donor, with €17.7 billion in total commitments.",
			want: []want{{donor: "Germany", kind: KindTotal, amount: 17.7e9, date: "2024-05-10"}},
		},
		{
			name: "a definition with no amount and no count explains, it tells of no act",
			text: "The US announced $1.1 billion in USAI funds. USAI is an authority under which the United States procures capabilities from industry. " +
				"PDA allows the president to transfer equipment from stocks. The tracker distinguishes between commitments and allocations.",
			want: []want{{donor: "United States", kind: KindPledge, amount: 1.1e9}},
		},
		{
			name: "aid handed out to people is a tally; charities and aid workers give in their own name",
			text: "Since October, UNHCR and its partners have distributed blankets to more than 260,000 people. " +
				"In 2024, NRC assisted more than 700,000 people across Ukraine. In 2023, humanitarian organizations reached nearly 11 million people. " +
				"UNICEF has sent 10 water tanks.",
			want: []want{
				{donor: "UNHCR", kind: KindTotal, aidType: AidHumanitarian},
				{donor: "Norwegian Refugee Council", kind: KindTotal},
				{group: "humanitarian organizations", kind: KindTotal},
				{donor: "UNICEF", aidType: AidHumanitarian},
			},
		},
		{
			name: "a giver and a count whose verb is left out take the verb before",
			text: "Germany delivered 14 PzH 2000s to Ukraine in 2022, and the Netherlands five. Denmark has committed 19 jets, the Netherlands 24 and Norway six.",
			want: []want{
				{donor: "Germany", kind: KindDelivery},
				{donor: "Netherlands", kind: KindDelivery},
				{donor: "Denmark"},
				{donor: "Netherlands"},
				{donor: "Norway"},
			},
		},
		{
			name: "a committee, a possessive chamber or a count of votes approves",
			text: "The German parliament's budget committee on Friday approved an extra 3 billion euros in military aid for Ukraine. " +
				"The US House passes $40 billion Ukraine aid package. The European Commission approved €1 billion.",
			want: []want{
				{donor: "Germany", kind: KindApproval, amount: 3e9},
				{donor: "United States", kind: KindApproval, amount: 40e9},
				{donor: "European Union", kind: KindPledge, amount: 1e9},
			},
		},
		{
			name: "the parts of a bill just passed are passed with it",
			text: "The European Parliament approved the Ukraine Facility. It provides €33 billion in loans.",
			want: []want{
				{donor: "European Union", kind: KindApproval},
				{donor: "European Union", kind: KindApproval, amount: 33e9},
			},
		},
		{
			name: "a count of votes is a chamber's",
			text: "The EU regulation on the Ukraine Facility passed with 536 votes in favour.",
			want: []want{{donor: "European Union", kind: KindApproval}},
		},
		{
			name: "a judgement or a penalty on a transfer gives nothing; an act beside it does",
			text: "The United States, South Korea and Japan condemned the transfers. The U.S. Treasury designated 10 individuals involved in the transfers. " +
				"Turkey has pursued a balanced policy, condemning the invasion and supplying Ukraine with drones.",
			want: []want{{donor: "Turkey", kind: KindDelivery}},
		},
		{
			name: "a new subject after a receiver and a comma starts a clause, not a list",
			text: "Iran has transferred short-range ballistic missiles to Russia, and Moscow is likely to use them within weeks.",
			want: []want{{donor: "Iran", recipient: "Russia", kind: KindDelivery}},
		},
		{
			name: "an approval still needed approves nothing",
			text: "The Nansen programme, which needs parliamentary approval, would provide NOK 15 billion. The Storting approved NOK 10 billion.",
			want: []want{{donor: "Norway", kind: KindPledge, amount: 15e9}, {donor: "Norway", kind: KindApproval, amount: 10e9}},
		},
		{
			name: "a participle between a possessive and a noun is no act",
			text: "To replace its donated guns, the Bundeswehr ordered ten new howitzers. By May 2025 the Netherlands had completed the transfer of all 24 of its pledged aircraft.",
			want: []want{{donor: "Netherlands", kind: KindDelivery}},
		},
		{
			name: "the same giver's act of another kind, or a later one, after and",
			text: "In 2023, Taiwan provided 32 power generators to hospitals and pledged to support the reconstruction of Irpin. " +
				"In June 2022, Taiwan pledged US$3 million to Kyiv, and later donated 10 ambulances to Lviv.",
			want: []want{
				{donor: "Taiwan", kind: KindDelivery, date: "2023"},
				{donor: "Taiwan", kind: KindPledge, date: "2023"},
				{donor: "Taiwan", kind: KindPledge, amount: 3e6, date: "2022-06"},
				{donor: "Taiwan", kind: KindPledge, date: "2022-06"},
			},
		},
		{
			name: "and before a noun, a purpose or a verb with no object before it is one act",
			text: "Austria has provided EUR 210 million in humanitarian aid and contributions to international organisations. " +
				"The U.S. Army awarded contracts worth $1.5 billion to replenish munitions sent to Ukraine and to buy new weapons for Kyiv. " +
				"Germany pledged and delivered 14 howitzers.",
			want: []want{
				{donor: "Austria", amount: 210e6},
				{donor: "United States", kind: KindPledge},
				{donor: "Germany"},
			},
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
				if w.pkg == "-" {
					check("package", "-"+e.Package, w.pkg) // "-": none wanted
				} else {
					check("package", e.Package, w.pkg)
				}
				check("aid_type", e.AidType, w.aidType)
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

// TestPackageAntecedent checks that a sentence opening with "The new
// package" or "This package" belongs to the last event that names a
// package, not to a pledge told of since.
func TestPackageAntecedent(t *testing.T) {
	st := newStages(t)
	text := "On 3 May 2023, the UK unveiled a package of £225 million in military aid. In July, the government vowed to commit £3 billion a year in military aid to Ukraine. " +
		"The new package will include £92 million for boats. This package included 20 Marder infantry fighting vehicles and 30 Leopard 1 tanks."
	d, ms, evs := st.run(text, time.Time{})
	if len(evs) != 2 {
		t.Fatalf("got %d events, want 2: %s", len(evs), dump(evs))
	}
	cp, _, _ := d.View.Original(d.Sentences[evs[0].Sentence].Start, d.Sentences[evs[0].Sentence].End)
	id := model.EventID(d.ID, cp, evs[0].Seq)
	part := strings.Index(text, "£92 million")
	items := 0
	for _, m := range ms {
		switch {
		case m.Money != nil && m.Start == part:
			if m.Money.EventID != id {
				t.Errorf("money %q event_id %q, want the package's %q", text[m.Start:m.End], m.Money.EventID, id)
			}
		case m.Materiel != nil:
			items++
			if m.Materiel.EventID != id {
				t.Errorf("materiel %q event_id %q, want the package's %q", text[m.Start:m.End], m.Materiel.EventID, id)
			}
		}
	}
	if items != 2 || evs[0].ItemCount != 2 || evs[1].ItemCount != 0 {
		t.Errorf("items %d, item_count %d and %d, want 2, 2 and 0", items, evs[0].ItemCount, evs[1].ItemCount)
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
	for _, f := range []string{TriggersFile, CuesFile, PackagesFile, GroupsFile, PartiesFile, SpecialsFile, OrdinalsFile, LegisFile, MarkersFile} {
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
		{TriggersFile, "phrase\tkind\tstrength\n.... sent\tpledge\t2\n", "cannot start"},
		{TriggersFile, "phrase\tkind\tstrength\nsent ....\tpledge\t2\n", "cannot end"},
		{CuesFile, "phrase\taid_type\nloan\tcredit\n", "cues.tsv:2: aid_type"},
		{PackagesFile, "phrase\tpackage\tnumbered\tdonor\ndrawdown\tPDA\tmaybe\t-\n", "packages.tsv:2: numbered"},
		{PackagesFile, "phrase\tpackage\tnumbered\tdonor\ndrawdown\tPDA\tyes\t\n", "packages.tsv:2: empty donor"},
		{MarkersFile, "phrase\trole\nnot\tdenial\n", "markers.tsv:2: role"},
		{MarkersFile, "phrase\trole\nnot\tnegation\nnot\tnegation\n", "markers.tsv:3: duplicate"},
		{PartiesFile, "actor\trole\trecipient\nIran\tsupplier\tMars\n", "not a recipient"},
		{SpecialsFile, "donor\taid_type\nIMF\tmilitary\n", "specialists.tsv:2: aid_type"},
		{SpecialsFile, "donor\taid_type\nIMF\tfinancial\nIMF\tfinancial\n", "specialists.tsv:3: duplicate"},
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
		"The Pentagon announced a $400 million package. On 10 May, the $400-million aid announcement was clarified.",
		"At a meeting in Berlin, Norway pledged $1 million; Tehran sent US-supplied drones. North Korean troops were in Russia.",
		"They had US approval to transfer F-16s in the 2023 fiscal year, and approved the re-export of tanks.",
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

// TestNarrativeDates checks the dates a sentence without one inherits, in
// a document without a date of its own.
func TestNarrativeDates(t *testing.T) {
	st := newStages(t)
	cases := []struct {
		name, text string
		last       string // date of the last event; "" none
	}{
		{
			name: "a bound date dates no later act",
			text: "The US has provided a cumulative $41 billion to Ukraine as of 24 July 2023. Bulgaria has supplied Ukraine with more than €2 billion worth of arms and ammunition.",
			last: "",
		},
		{
			name: "a date compared with or a term's end dates no act",
			text: "On 26 September 2024, Biden announced $5.5 billion in drawdown authority before it expires on 30 September 2024. The UK committed £2.3 billion in military aid for the year, matching 2022.",
			last: "2024-09-26",
		},
		{
			name: "the most precise plain date of the sentence before",
			text: "On 15 November 2022, the White House asked Congress for an additional $38 billion for Ukraine in fiscal year 2023. The White House also requested Congress to grant $7 billion in additional drawdown authority.",
			last: "2022-11-15",
		},
		{
			name: "a range of days within a month dates a list by its month, across a paragraph",
			text: "The Contact Group gathered at Ramstein on 18–20 January 2023. Nine countries pledged support:\n\n* Canada pledged to supply Ukraine with 200 APCs.\n",
			last: "2023-01",
		},
		{
			name: "a list item is dated by the list's introduction, not by a sibling",
			text: "On 20 January 2023, nine countries pledged support:\n* France pledged 12 more Caesar guns on 2 February 2023\n* Belgium has provided hundreds of armored vehicles to Ukraine.\n",
			last: "2023-01-20",
		},
		{
			name: "a heading starts a new story",
			text: "On 8 March 2022, Japan sent bulletproof vests to Ukraine.\n\nSouth Korea\n\nIt initially provided $10 million in humanitarian aid.",
			last: "",
		},
		{
			name: "a since date when nothing else dates the sentence",
			text: "U.S. security assistance has totaled more than $44 billion since February 2022.",
			last: "2022-02",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, evs := st.run(c.text, time.Time{})
			if len(evs) == 0 {
				t.Fatal("no events")
			}
			e := evs[len(evs)-1]
			got := ""
			if e.Date != nil {
				got = e.Date.Value()
			}
			if got != c.last {
				t.Errorf("last event date %q, want %q:%s", got, c.last, dump(evs))
			}
		})
	}
}

// The index finds exactly what trying every phrase at every token finds.
func TestPhraseIndexMatchesBruteForce(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "On 3 May 2023, Germany pledged 16 howitzers and delivered 5,000 rounds; the Bundestag approved a €2 billion package, " +
		"deliveries of the 22nd tranche began, and 40 NATO-member countries have provided aid worth over $84 billion."
	toks, _ := tokenize(text, 0, len(text))
	tables := map[string][]phrase{
		"groups":   l.data.groups,
		"triggers": phrasesOf(l.data.triggers, func(x trigger) phrase { return x.phrase }),
		"cues":     phrasesOf(l.data.cues, func(x cue) phrase { return x.phrase }),
		"packages": phrasesOf(l.data.packages, func(x pkg) phrase { return x.phrase }),
		"legis":    l.data.legis,
	}
	found := 0
	for name, ps := range tables {
		var want []hit
		for i := range toks {
			for k := range ps {
				if e, ok := ps[k].match(toks, i); ok {
					want = append(want, hit{from: i, to: e, idx: k})
				}
			}
		}
		got := newPhraseIndex(ps).find(toks)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: index found %v, want %v", name, got, want)
		}
		found += len(want)
	}
	if found < 5 {
		t.Errorf("only %d matches in all tables: the sentence no longer exercises the index", found)
	}
	// and the set of tables finds, table by table, what each index finds
	var xs []*phraseIndex
	for _, name := range []string{"triggers", "cues", "packages", "legis", "groups"} {
		xs = append(xs, newPhraseIndex(tables[name]))
	}
	sets := make([][]hit, len(xs))
	newTableSet(nil, xs...).find(toks, sets, new(findScratch))
	for i, hits := range sets {
		if want := xs[i].find(toks); fmt.Sprint(hits) != fmt.Sprint(want) {
			t.Errorf("table %d: set found %v, want %v", i, hits, want)
		}
	}
}

// The set of tables finds, on random sentences of the phrases' own words,
// prefixes grown into words, numbers and other words, exactly what trying
// every phrase of every table at every token finds.
func TestTableSetMatchesBruteForce(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, x := range l.set.tables {
		for _, p := range x.phrases {
			for _, pt := range p.toks {
				switch {
				case isGap(pt):
				case pt == numberToken:
					words = append(words, "12", "1,500", "two", "-3", "dozens")
				case strings.HasSuffix(pt, "*"):
					words = append(words, pt[:len(pt)-1], pt[:len(pt)-1]+"ed", pt[:2])
				default:
					words = append(words, pt, pt+"s")
				}
			}
		}
	}
	words = append(words, "Germany", "howitzers", "U.S.", "the", "not", "Ukraine's", "café", "x")
	rng := rand.New(rand.NewPCG(3, 4))
	found := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(14) {
			w := words[rng.IntN(len(words))]
			if rng.IntN(10) == 0 {
				w = strings.ToUpper(w)
			}
			b.WriteString(w)
			b.WriteString([]string{" ", " ", ", ", "-", "; "}[rng.IntN(5)])
		}
		text := b.String()
		toks, _ := tokenize(text, 0, len(text))
		got := make([][]hit, len(l.set.tables))
		l.set.find(toks, got, new(findScratch))
		for ti, x := range l.set.tables {
			var want []hit
			for i := range toks {
				for k := range x.phrases {
					if e, ok := x.phrases[k].match(toks, i); ok {
						want = append(want, hit{from: i, to: e, idx: k})
					}
				}
			}
			if fmt.Sprint(got[ti]) != fmt.Sprint(want) {
				t.Fatalf("%q, table %d: set found %v, want %v", text, ti, got[ti], want)
			}
			found += len(want)
		}
	}
	if found < 10000 {
		t.Errorf("only %d matches: the sentences no longer exercise the set", found)
	}
}

// A package a state runs (PDA, USAI) is that state's alone; another donor's
// event in the same sentence, or a generic "tranche" of another donor, has
// none.
func TestStatePackages(t *testing.T) {
	st := newStages(t)
	day := time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]string // donor -> package
	}{
		{"On 20 March 2024, the European Commission disbursed €4.5 billion, the first tranche of its programme.",
			map[string]string{"European Union": ""}},
		{"On 21 March 2024, the Pentagon announced its 56th tranche, worth $250 million.",
			map[string]string{"United States": "PDA 56"}},
		{"Zelenskyy thanked Biden for the $3 billion USAI security aid package and the $3 billion World Bank financial-aid package.",
			map[string]string{"United States": "USAI", "World Bank": ""}},
		{"On 17 March 2023, the EU allocated €1 billion under the European Peace Facility, and Germany contributed €500 million to the European Peace Facility.",
			map[string]string{"European Union": "EPF", "Germany": "EPF"}},
	} {
		_, _, evs := st.run(c.text, day)
		got := map[string]string{}
		for _, e := range evs {
			got[e.Donor] = e.Package
		}
		if !maps.Equal(got, c.want) {
			t.Errorf("%q: packages by donor %v, want %v", c.text, got, c.want)
		}
	}
}

// Words that name a government's year or budget are no financial aid.
func TestAidTypeNoneCues(t *testing.T) {
	st := newStages(t)
	day := time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"Canada committed $500 million in military aid for the 2022-23 fiscal year.":                                            AidMilitary,
		"The UK pledged £2.5 billion in military aid for this financial year.":                                                  AidMilitary,
		"Japan pledged $5 billion in financial aid.":                                                                            AidFinancial,
		"On 20 January 2023, the Netherlands offered F-16s and Leopard 2s.":                                                     AidMilitary,
		"Denmark pledged training worth €600 million for Ukrainian soldiers.":                                                   AidTraining,
		"The IMF approved an Extended Fund Facility of about $15.6 billion for Ukraine.":                                        AidFinancial,
		"The EU approved €5 billion in fiscal support and €1 billion in weapons.":                                               AidFinancial, // each amount its own part
		"The US committed $300 million in fiscal year 2024 funds for Ukraine's needs.":                                          AidUnspecified,
		"Canada announced a tranche of $1.75 billion for Ukraine.":                                                              AidUnspecified,
		"The US secretly sent ATACMS to Ukraine.":                                                                               AidMilitary,
		"Japan pledged financial aid worth EUR 5.1 billion in loans, and the Netherlands EUR 2.5 billion for a Patriot system.": AidFinancial,
		"The US announced its 40th tranche of $200 million for Ukraine.":                                                        AidMilitary,
		// how aid is paid says what it is only when nothing else does
		"The bill includes $4.73 billion in Foreign Military Financing for Ukraine.":                            AidMilitary,
		"Germany will allocate €400 million for military aid, according to the Ministry of Finance.":            AidMilitary,
		"Japan provided $5 billion in financing to Ukraine.":                                                    AidFinancial,
		"The Council increased the financial ceiling of the European Peace Facility by €5 billion for Ukraine.": AidMilitary,
		"NATO countries have bought $2 billion of US weapons through PURL for Ukraine.":                         AidMilitary,
		"Japan gave $37 million to a NATO fund for Ukraine, including a drone detection system.":                AidMilitary,
		// goods for civilians are humanitarian unless weapons come with them
		"The EU delivers further energy equipment and emergency aid to Ukraine.":                                                        AidHumanitarian,
		"The latest support from Belgium includes energy supplies, shelter items, firefighting equipment and water trucks for Ukraine.": AidHumanitarian,
		"The $275 million package for Ukraine includes HIMARS rockets, ambulances and medical equipment.":                               AidMilitary,
		"Germany sent military equipment to Ukraine.":                                                                                   AidMilitary,
		"Canada sent equipment to Ukraine.":                                                                                             AidMilitary,
		"Israel sent 17 tons of equipment for its field hospital to Ukraine.":                                                           AidHumanitarian,
		"Spain will send 20 ambulances to Ukraine.":                                                                                     AidHumanitarian,
		"India sent medicines and medical supplies to Ukraine.":                                                                         AidHumanitarian,
		// paying out is financial unless something else says what is paid
		"The European Commission on Thursday disbursed nearly €6 billion to support Ukraine.": AidFinancial,
		// an agreement says how aid is paid for; a budget's needs are financial
		"Washington is resuming arms deliveries to Kyiv as part of a new financial agreement with its allies.": AidMilitary,
		"Japan will provide $1 billion to help meet Ukraine's urgent budget needs.":                            AidFinancial,
		"Japan pledged $500 million; these funds will not be used for military purposes.":                      AidUnspecified,
		// lending and a state's running costs are financial; Lend-Lease lends weapons
		"EBRD to lend 300 million euros to Ukraine's Naftogaz.":                                       AidFinancial,
		"Donors provide additional $760 million for Ukraine to sustain critical government services.": AidFinancial,
		"The US signed the Lend-Lease Act to send weapons to Ukraine.":                                AidMilitary,
		// charities bring relief
		"Hungarian govt supports Charity Council with €7.8m to aid Ukraine.": AidHumanitarian,
		// arms given beside training are military aid; what trainees are
		// trained on is not
		"The EU has also committed billions in lethal and non-lethal arms and training to Ukraine.":                         AidMilitary,
		"Norway will give Ukraine tanks, armored vehicles, artillery and training of the Ukrainian military.":               AidMilitary,
		"Military assistance provided by Lithuania includes weapons, ammunition, troop training and repairs.":               AidMilitary,
		"The UK will train Ukrainian crews on the Challenger 2 tanks.":                                                      AidTraining,
		"The EU Military Assistance Mission, launched in 2022, had trained some 40,000 Ukrainian soldiers by January 2024.": AidTraining,
		// banks lend or grant money and relief agencies bring relief
		// when nothing else says what they give
		"The World Bank Group announced today $1.75 billion in additional support for Ukraine.": AidFinancial,
		"The EBRD will provide Ukraine with €300 million.":                                      AidFinancial,
		"OCHA is seeking USD3.1 billion for the year 2024.":                                     AidHumanitarian,
		"UNICEF delivered 500 generators to Ukraine.":                                           AidHumanitarian,
		"The World Bank will pay €50 million for 10 new tanks for Ukraine.":                     AidMilitary,
		// aid set aside by "in addition to" is not this aid
		"In addition to military aid, Ireland has provided €130 million in humanitarian assistance to Ukraine.": AidHumanitarian,
		"Besides its military aid, Japan gave $100 million to Ukraine.":                                         AidUnspecified,
		// a numbered tranche of money or relief, or one an organisation pays, is no drawdown
		"In March, the EU released the first tranche of emergency bridging funding of €4.5 billion to Ukraine.":   AidUnspecified,
		"Also, the first tranche from the International Monetary Fund in the amount of $900 million is expected.": AidFinancial,
		"India sent the first tranche of humanitarian assistance to Ukraine on March 1.":                          AidHumanitarian,
		"The Commission paid a sixth tranche of €1.5 billion under the Macro-financial Assistance for Ukraine.":   AidFinancial,
		"Ukraine will receive the first tranche of €4.5 billion under the Ukraine Facility.":                      AidFinancial,
	} {
		_, _, evs := st.run(text, day)
		if len(evs) == 0 {
			t.Errorf("%q: no event", text)
			continue
		}
		if evs[0].AidType != want {
			t.Errorf("%q: aid_type %q, want %q", text, evs[0].AidType, want)
		}
	}
}

func TestInSincePhrase(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"since the start of the war in February 2022", true},
		{"It began.\nSince the Russian invasion in February 2022", true},
		{"(since the invasion in February 2022", true},
		{"Since the invasion in February 2022", true},
		{"It has helped since 2021, and in February 2022", false},
		{"since one two three four five six seven eight nine February 2022", false},
		{"in February 2022", false},
		{"sincere thanks in February 2022", false},
	} {
		pos := strings.Index(c.text, "February")
		if got := inSincePhrase(c.text, pos); got != c.want {
			t.Errorf("%q: inSincePhrase = %v, want %v", c.text, got, c.want)
		}
	}
}

// Every donor named in parties.tsv and specialists.tsv is a canonical name of
// the gazetteer, or its row could never apply.
func TestDataNamesCanonicalDonors(t *testing.T) {
	g, err := donors.Load()
	if err != nil {
		t.Fatal(err)
	}
	d, err := loadData(dataFS)
	if err != nil {
		t.Fatal(err)
	}
	names := slices.Concat(slices.Collect(maps.Keys(d.recipients)), slices.Collect(maps.Keys(d.suppliers)), slices.Collect(maps.Keys(d.specialists)))
	if len(names) == 0 {
		t.Fatal("no names read")
	}
	for _, name := range names {
		if e, ok := g.Lookup(name); !ok || e.Canonical != name {
			t.Errorf("%q is not a canonical donor name", name)
		}
	}
}

// TestItemsOfTheActorsPart: in a sentence of two givers, what the second
// one's part names is the second one's, even when an amount closes it.
func TestItemsOfTheActorsPart(t *testing.T) {
	st := newStages(t)
	text := "Canada said it would send Ukraine 80,840 CRV7 rockets, while Britain said it would deliver 650 lightweight multirole missiles under a deal worth 162 million pounds."
	_, _, evs := st.run(text, time.Time{})
	if len(evs) != 2 || evs[0].Donor != "Canada" || evs[1].Donor != "United Kingdom" {
		t.Fatalf("got %s, want a Canadian and a British event", dump(evs))
	}
	if evs[0].ItemCount != 1 || evs[1].ItemCount != 1 {
		t.Errorf("item_count %d and %d, want 1 and 1", evs[0].ItemCount, evs[1].ItemCount)
	}
}
