package dates

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aidextract/aidextract/pipeline/model"
)

type want struct {
	span  string // the mention's text in the view
	value string
	end   string // value_end, "" when not a range
	mod   string
}

type got struct {
	span, value, end, mod string
	rel                   bool
	rule                  string
}

// run extracts and resolves the dates of text as one document.
func run(text string, date time.Time) []got {
	d := model.Prepare(&model.Document{ID: "t", Text: text, Date: date})
	e := New()
	var ms []model.Mention
	for _, s := range d.Sentences {
		ms = append(ms, e.Extract(d, s)...)
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	ms = Resolve(d, ms)
	var out []got
	for _, m := range ms {
		out = append(out, got{span: d.View.Text[m.Start:m.End], value: m.Date.Value(), end: m.Date.EndValue(),
			mod: m.Date.Modifier, rel: m.Date.Relative, rule: m.Rule})
	}
	return out
}

var pinned = time.Date(2023, 2, 12, 0, 0, 0, 0, time.UTC) // a Sunday

func TestExtractResolve(t *testing.T) {
	tests := []struct {
		name string
		text string
		date time.Time
		want []want
	}{
		// explicit days, British and US order, abbreviations, ordinals
		{"us order with weekday", "WASHINGTON, Tuesday, March 7, 2023 - The Pentagon announced a package.", time.Time{},
			[]want{{"Tuesday, March 7, 2023", "2023-03-07", "", ""}}},
		{"abbreviated month with period", "The sale was approved on Jan. 5, 2024 by the State Department.", time.Time{},
			[]want{{"Jan. 5, 2024", "2024-01-05", "", ""}}},
		{"ordinal british", "Kyiv received the first batch on the 3rd of March 2023.", time.Time{},
			[]want{{"3rd of March 2023", "2023-03-03", "", ""}}},
		{"ordinal us", "Deliveries resumed on October 21st, 2022, officials said.", time.Time{},
			[]want{{"October 21st, 2022", "2022-10-21", "", ""}}},
		{"short month no period", "Signed 14 Feb 2024 in Brussels.", time.Time{},
			[]want{{"14 Feb 2024", "2024-02-14", "", ""}}},
		{"iso", "The order (dated 2022-02-28) was published.", time.Time{},
			[]want{{"2022-02-28", "2022-02-28", "", ""}}},
		{"numeric unambiguous", "Released 24/02/2023 by the ministry.", time.Time{},
			[]want{{"24/02/2023", "2023-02-24", "", ""}}},
		{"numeric ambiguous skipped", "Released 03/04/2023 by the ministry.", time.Time{}, nil},
		{"a year before a dash and a sum", "Aid amounted to 5.4 billion euros in 2023, in 2022 - 2 billion euros; 2000 - 3000 troops.", time.Time{},
			[]want{{"2023", "2023", "", ""}, {"2022", "2022", "", ""}}},
		{"a founding year anchors nothing", "The EBRD, which was founded in 1991, has lent money since the invasion last February.", time.Time{},
			[]want{{"1991", "1991", "", ""}}},
		// months, years, quarters, seasons, fiscal years
		{"month year", "Training began in October 2022 and ended in March of 2023.", time.Time{},
			[]want{{"October 2022", "2022-10", "", ""}, {"March of 2023", "2023-03", "", ""}}},
		{"quarter words", "Deliveries are expected in the third quarter of 2025.", time.Time{},
			[]want{{"the third quarter of 2025", "2025-Q3", "", ""}}},
		{"quarter code", "Revenue for Q4 2023 and 2024 Q1 fell.", time.Time{},
			[]want{{"Q4 2023", "2023-Q4", "", ""}, {"2024 Q1", "2024-Q1", "", ""}}},
		{"fiscal", "Congress funded FY2025 and fiscal 2026 requests, plus FY24 money.", time.Time{},
			[]want{{"FY2025", "2025", "", ""}, {"fiscal 2026", "2026", "", ""}, {"FY24", "2024", "", ""}}},
		{"season", "The jets should arrive in summer 2024 or by winter 2024.", time.Time{},
			[]want{{"summer 2024", "2024", "", "mid"}, {"by winter 2024", "2024", "", "by"}}},
		{"modifiers", "Output tripled between early 2023 and late 2024; by mid-2025 it may double.", time.Time{},
			[]want{{"early 2023", "2023", "", "early"}, {"late 2024", "2024", "", "late"}, {"by mid-2025", "2025", "", "mid"}}},
		{"end of year", "The factory will open by the end of 2024 and close before 1 June 2030.", time.Time{},
			[]want{{"by the end of 2024", "2024", "", "late"}, {"before 1 June 2030", "2030-06-01", "", "before"}}},
		{"first half", "Sales rose in the first half of 2023.", time.Time{},
			[]want{{"the first half of 2023", "2023", "", "early"}}},
		{"as of and since", "As of 1 March 2024, aid since 2014 reached $2 billion.", time.Time{},
			[]want{{"As of 1 March 2024", "2024-03-01", "", "as_of"}, {"since 2014", "2014", "", "since"}}},
		{"year as modifier", "After the 2019 elections and Ukraine's 2023 budget, the (2021) report came.", time.Time{},
			[]want{{"2019", "2019", "", ""}, {"2023", "2023", "", ""}, {"2021", "2021", "", ""}}},
		// ranges
		{"day range us", "The exercise ran January 18-20, 2023 near Rzeszow.", time.Time{},
			[]want{{"January 18-20, 2023", "2023-01-18", "2023-01-20", ""}}},
		{"range across years", "Shipments from 28 December 2022 to 4 January 2023 were delayed.", time.Time{},
			[]want{{"from 28 December 2022 to 4 January 2023", "2022-12-28", "2023-01-04", ""}}},
		{"range year-less start", "Talks ran from December to February 2023.", time.Time{},
			[]want{{"from December to February 2023", "2022-12", "2023-02", ""}}},
		{"between months", "Between March and May 2023 the brigade trained in Poland.", time.Time{},
			[]want{{"Between March and May 2023", "2023-03", "2023-05", ""}}},
		{"range of a year and a month", "Canada trained 33,000 troops from 2015 to January 2022.", time.Time{},
			[]want{{"from 2015 to January 2022", "2015", "2022-01", ""}}},
		{"between a year and a month", "Between 2014 and February 2022, Canada trained troops; in 2014 and February 2022 it did not.", time.Time{},
			[]want{{"Between 2014 and February 2022", "2014", "2022-02", ""}, {"2014", "2014", "", ""}, {"February 2022", "2022-02", "", ""}}},
		{"year ranges", "Aid in 2014-2021 was small; the 2022-23 winter was hard.", time.Time{},
			[]want{{"2014-2021", "2014", "2021", ""}, {"2022-23", "2022", "2023", ""}}},
		{"holidays, with and without a year", "By Christmas 2022 the tanks had arrived; on New Year's Eve drones attacked; in the new year aid will rise.", time.Time{},
			[]want{{"By Christmas 2022", "2022-12-25", "", "by"}, {"New Year's Eve", "2022-12-31", "", ""}}},
		{"fiscal years with a slash", "The 2024/25 financial year and 2022/2023 differ from 2022/7 and 2024/2026.", time.Time{},
			[]want{{"2024/25", "2024", "2025", ""}, {"2022/2023", "2022", "2023", ""}}},
		{"since a year before a count noun", "Since 2022 New Zealand soldiers have helped train troops.", time.Time{},
			[]want{{"Since 2022", "2022", "", "since"}}},
		{"day range with to", "The summit was held 9 to 11 July 2023 in Vilnius.", time.Time{},
			[]want{{"9 to 11 July 2023", "2023-07-09", "2023-07-11", ""}}},
		{"day list", "Strikes hit on 3 and 5 May 2023.", time.Time{},
			[]want{{"3", "2023-05-03", "", ""}, {"5 May 2023", "2023-05-05", "", ""}}},
		// year-less dates and the narrative
		{"year-less from narrative", "On 2 January 2023 the talks began. On 10 May, a deal was signed. In June, it took effect.", time.Time{},
			[]want{{"2 January 2023", "2023-01-02", "", ""}, {"10 May", "2023-05-10", "", ""}, {"June", "2023-06", "", ""}}},
		{"year-less from document date", "On 10 May, a deal was signed.", pinned,
			[]want{{"10 May", "2023-05-10", "", ""}}},
		{"year-less unresolvable dropped", "On 10 May, a deal was signed.", time.Time{}, nil},
		{"list takes later year", "Strikes in November, December and January 2024 hit the grid.", time.Time{},
			[]want{{"November", "2023-11", "", ""}, {"December", "2023-12", "", ""}, {"January 2024", "2024-01", "", ""}}},
		{"mid month", "In 2023, the factory opened. By mid-March, it made shells.", time.Time{},
			[]want{{"2023", "2023", "", ""}, {"By mid-March", "2023-03", "", "mid"}}},
		{"the month counteroffensive", "By 1 May 2023 the brigades were ready for the June offensive.", time.Time{},
			[]want{{"By 1 May 2023", "2023-05-01", "", "by"}, {"June", "2023-06", "", ""}}},
		{"that month name", "Wagner mutinied in June 2023; Prigozhin died that August.", time.Time{},
			[]want{{"June 2023", "2023-06", "", ""}, {"that August", "2023-08", "", ""}}},
		{"attributive year does not move the story", "In May 2023 the law passed. The 2024 budget, adopted in late November, grew.", time.Time{},
			[]want{{"May 2023", "2023-05", "", ""}, {"2024", "2024", "", ""}, {"late November", "2023-11", "", "late"}}},
		{"year in passing does not move the story", "On 2 May 2022 two arrived, with more due in 2023. On 28 October, the rest came.", time.Time{},
			[]want{{"2 May 2022", "2022-05-02", "", ""}, {"2023", "2023", "", ""}, {"28 October", "2022-10-28", "", ""}}},
		{"new section goes back to the document's year", "On 24 February 2022, Russia invaded.\nOn 9 May 2024, a parade.\n## Reactions\nOn March 2, the UN voted.", time.Time{},
			[]want{{"24 February 2022", "2022-02-24", "", ""}, {"9 May 2024", "2024-05-09", "", ""}, {"March 2", "2022-03-02", "", ""}}},
		// relative expressions
		{"next day across year end", "On 31 December 2022 the decree was signed. The next day it took effect.", time.Time{},
			[]want{{"31 December 2022", "2022-12-31", "", ""}, {"The next day", "2023-01-01", "", ""}}},
		{"days later", "On 5 May 2023 the plan leaked. Three days later, it was confirmed.", time.Time{},
			[]want{{"5 May 2023", "2023-05-05", "", ""}, {"Three days later", "2023-05-08", "", ""}}},
		{"later that month", "In June 2023 the talks stalled; later that month they resumed.", time.Time{},
			[]want{{"June 2023", "2023-06", "", ""}, {"later that month", "2023-06", "", ""}}},
		{"day before", "Kyiv was hit on 9 March 2023. Sirens had sounded the day before.", time.Time{},
			[]want{{"9 March 2023", "2023-03-09", "", ""}, {"the day before", "2023-03-08", "", ""}}},
		{"deictic with document date", "The minister said yesterday that the tanks would come this month, as promised last year.", pinned,
			[]want{{"yesterday", "2023-02-11", "", ""}, {"this month", "2023-02", "", ""}, {"last year", "2022", "", ""}}},
		{"ago from document date", "The war began two years ago this month; we gave $50 million two weeks ago and more three months ago.", pinned,
			[]want{{"two years ago this month", "2021-02", "", ""}, {"two weeks ago", "2023-01-29", "", ""}, {"three months ago", "2022-11", "", ""}}},
		{"the day itself, years back", "A year ago today, the first HIMARS crossed into Ukraine.", pinned,
			[]want{{"A year ago today", "2022-02-12", "", ""}}},
		{"today in quotation", "On 3 April 2023 he spoke. \"Today we deliver,\" he said.", time.Time{},
			[]want{{"3 April 2023", "2023-04-03", "", ""}, {"Today", "2023-04-03", "", ""}}},
		{"today after a dateline", "KYIV (AP) - Today, the ministry said so.", pinned,
			[]want{{"Today", "2023-02-12", "", ""}}},
		{"weekday from document date", "Officials said on Tuesday that the shipment had arrived.", pinned,
			[]want{{"Tuesday", "2023-02-07", "", ""}}},
		{"a future year named in passing does not place a month just past", "The 2024 budget includes $100 million. In January, Yoon announced aid. In May 2024 a plant opens; in June it hires.", pinned,
			[]want{{"2024", "2024", "", ""}, {"January", "2023-01", "", ""}, {"May 2024", "2024-05", "", ""}, {"June", "2024-06", "", ""}}},
		{"a speaker's own dates do not move the time of speaking", "\"The package was announced on 3 January. The missiles arrived this month,\" Patel said. On 18 January, Zelensky said: \"Today, we received them.\"", pinned,
			[]want{{"3 January", "2023-01-03", "", ""}, {"this month", "2023-02", "", ""}, {"18 January", "2023-01-18", "", ""}, {"Today", "2023-01-18", "", ""}}},
		{"fiscal year before a comma or a full stop", "In FY2023, the US provided aid. The funds were appropriated in FY 2022.", time.Time{},
			[]want{{"FY2023", "2023", "", ""}, {"FY 2022", "2022", "", ""}}},
		{"an abbreviated month alone, with its period, after a trigger", "The aid arrived in Aug. and Jan Lipavsky welcomed it.", pinned,
			[]want{{"Aug.", "2022-08", "", ""}}},
		{"bare weekday after a reporting verb", "Anand said Tuesday that the rounds had arrived; ministers met Friday. Wednesday was calm.", pinned,
			[]want{{"Tuesday", "2023-02-07", "", ""}, {"Friday", "2023-02-10", "", ""}, {"Wednesday", "2023-02-08", "", ""}}},
		{"bare weekday after any word", "The two leaders spoke Tuesday, the ministry said in a statement Thursday.", pinned,
			[]want{{"Tuesday", "2023-02-07", "", ""}, {"Thursday", "2023-02-09", "", ""}}},
		{"no weekday of the narrative in a name or a habit", "Black Friday sales, the Sunday Times, every Monday, Friday prayers and a Tuesday in May.", pinned,
			[]want{{"May", "2023-05", "", ""}}},
		{"into a weekday, a month and a year", "Drones struck overnight into Tuesday; the talks ran into May and the war into 2024.", pinned,
			[]want{{"Tuesday", "2023-02-07", "", ""}, {"May", "2023-05", "", ""}, {"2024", "2024", "", ""}}},
		{"that weekday with apposition", "That Friday, 24 February 2023, Poland delivered tanks.", time.Time{},
			[]want{{"That Friday", "2023-02-24", "", ""}, {"24 February 2023", "2023-02-24", "", ""}}},
		{"named day", "Sanctions bit from the first day of the full-scale invasion.", time.Time{},
			[]want{{"from the first day of the full-scale invasion", "2022-02-24", "", "since"}}},
		{"a name before a month with its year or its period", "Russia attacked Ukraine February 24, 2022. Biden met Zelensky Dec. 21 in Washington.", time.Time{},
			[]want{{"February 24, 2022", "2022-02-24", "", ""}, {"Dec. 21", "2022-12-21", "", ""}}},
		{"a weekday picks the year of a year-less date", "The ceiling will total €17 billion for the 2021-2027 period. He attended the Council on Monday, March 18.", time.Time{},
			[]want{{"2021-2027", "2021", "2027", ""}, {"Monday, March 18", "2024-03-18", "", ""}}},
		{"the year money is for; a length of time", "Ukraine needs €103 billion for next year and €9 billion for this year; the fund will last for the next year and over the next year.", time.Date(2025, 11, 17, 0, 0, 0, 0, time.UTC),
			[]want{{"next year", "2026", "", ""}, {"this year", "2025", "", ""}}},
		{"'from' opens a range: no start", "The summit ran from 13–15 June. The plan runs from 2022-2028.", time.Date(2024, 6, 18, 0, 0, 0, 0, time.UTC),
			[]want{{"from 13-15 June", "2024-06-13", "2024-06-15", ""}, {"from 2022-2028", "2022", "2028", ""}}},
		{"the end of the year, however written", "Allies are on track to commit $5 billion by year’s end, and $2 billion more by the end of the year.", time.Date(2025, 12, 3, 0, 0, 0, 0, time.UTC),
			[]want{{"by year's end", "2025", "", "late"}, {"by the end of the year", "2025", "", "late"}}},
		{"a season told from the time of writing: the last one ended, the next still to begin", "Slovakia grounded its MiG-29s last summer; more will come next spring, and this winter was hard too.", time.Date(2023, 3, 17, 0, 0, 0, 0, time.UTC),
			[]want{{"last summer", "2022", "", "mid"}, {"next spring", "2024", "", "early"}, {"this winter", "2023", "", ""}}},
		{"this summer in the summer is this year's; last summer is last year's", "Last summer was hot; this summer is cooler.", time.Date(2023, 7, 15, 0, 0, 0, 0, time.UTC),
			[]want{{"Last summer", "2022", "", "mid"}, {"this summer", "2023", "", "mid"}}},
		{"the year that ends a law's title, and the year a plan is for", "The Ukraine Supplemental Appropriations Act, 2022 (P.L. 117-103) set it, but the planned 2025 ceiling is lower; and under the Act, 2000 soldiers were sent.", time.Time{},
			[]want{{"2022", "2022", "", ""}, {"2025", "2025", "", ""}}},
		{"a day told as still to come in the past tense is ahead", "Zelenskiy was due to travel to Belgium on Tuesday. He travelled to Spain on Friday.", time.Date(2024, 5, 27, 0, 0, 0, 0, time.UTC),
			[]want{{"Tuesday", "2024-05-28", "", ""}, {"Friday", "2024-05-24", "", ""}}},
		{"a month of a year told relatively is one date", "It started in February last year and rose between January and November last year.", time.Date(2023, 7, 15, 0, 0, 0, 0, time.UTC),
			[]want{{"February last year", "2022-02", "", ""}, {"between January and November last year", "2022-01", "2022-11", ""}}},
		{"years a sum is spread over", "The loan will be disbursed in tranches over 2024 and 2025, over 2000 soldiers said.", time.Time{},
			[]want{{"2024", "2024", "", ""}, {"2025", "2025", "", ""}}},
		{"both years of a pair", "It pledged £2.3 billion per year in both 2022 and 2023.", time.Time{},
			[]want{{"2022", "2022", "", ""}, {"2023", "2023", "", ""}}},
		{"a list of years", "In 2022, 2023, 2024, more than 100 thousand servicemen were trained.", time.Time{},
			[]want{{"2022", "2022", "", ""}, {"2023", "2023", "", ""}, {"2024", "2024", "", ""}}},
		{"a year a plan runs until is no point of the story", "Germany pledged €11 billion until 2029. Russia has sent glide bombs since March.", time.Time{},
			[]want{{"until 2029", "2029", "", ""}}},
		{"a span of years a plan covers leaves the story at its start", "The Facility supports Ukraine from 2024 to 2027. Ukraine received the last tranche on August 8.", time.Time{},
			[]want{{"from 2024 to 2027", "2024", "2027", ""}, {"August 8", "2024-08-08", "", ""}}},
		// not dates
		{"durations", "The 120-day plan takes three to four months, or 24 to 36 months, and five weeks of training. Twenty-one months later nothing changed.", time.Time{}, nil},
		{"counts and models", "It sent 2,000 soldiers, 2000 troops, 155 mm shells, F-16 jets and 30 AS-90 guns under Resolution 2202.", time.Time{}, nil},
		{"verbs may and march", "Troops may march to Kyiv. They May leave. Theresa May spoke.", time.Time{}, nil},
		{"no resolvable year", "This year Ukraine needs more; the year ahead is hard; over the next month it waits.", time.Time{}, nil},
		{"names", "The Long March 5 rocket and Ukraine Today reported on Mar-a-Lago.", time.Time{}, nil},
		{"count range", "Between 1500 and 2000 shells a day were fired.", time.Time{}, nil},
		{"time of day and age", "At 10:30 the 25-year-old pilot, aged 25, took off.", time.Time{}, nil},
		{"week later", "A week later, a few days later, the talks resumed.", time.Time{}, nil},

		// a dated document: year-less dates are the reporter's recent past
		// (or near future), unless the story has just named their year
		{"news: last December", "WASHINGTON, March 12, 2024 - The package is the first since December. The Senate voted on Feb. 13. Talks resume in May.",
			time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC),
			[]want{{"March 12, 2024", "2024-03-12", "", ""}, {"since December", "2023-12", "", "since"}, {"Feb. 13", "2024-02-13", "", ""}, {"May", "2024-05", "", ""}}},
		{"news: resolved dates do not set the year", "Jan. 19, 2023\n\nThe battery pledged on Dec. 21 arrived. Training began on Jan. 15.",
			time.Date(2023, 1, 19, 0, 0, 0, 0, time.UTC),
			[]want{{"Jan. 19, 2023", "2023-01-19", "", ""}, {"Dec. 21", "2022-12-21", "", ""}, {"Jan. 15", "2023-01-15", "", ""}}},
		{"news: what is still to come lies ahead", "The ADF deployment is expected to happen in January. Suzuki will attend a G7 meeting on Wednesday. Canada will send drones, the minister said on Tuesday.",
			time.Date(2024, 7, 18, 0, 0, 0, 0, time.UTC), // a Thursday
			[]want{{"January", "2025-01", "", ""}, {"Wednesday", "2024-07-24", "", ""}, {"Tuesday", "2024-07-16", "", ""}}},
		{"news: an end still to come in reported speech lies ahead", "With 120 staff due to return, 66 staff would rotate in for a stint lasting until 31 July. The team served until 30 June.",
			time.Date(2022, 11, 14, 0, 0, 0, 0, time.UTC),
			[]want{{"until 31 July", "2023-07-31", "", ""}, {"until 30 June", "2022-06-30", "", ""}}},
		// a chronicle: the years of its headings hold for their sections, however long
		{"year headings", "Aid from Ruritania\n\n2022\n\nOn 27 February, it sent rifles. It said so. It said so. In April, it sent more.\n\nIndirect supplies, 2023\n\nIn January, it paid.\n\nRefugees\n\nIn March, people came.",
			time.Date(2025, 5, 10, 0, 0, 0, 0, time.UTC),
			[]want{{"2022", "2022", "", ""}, {"27 February", "2022-02-27", "", ""}, {"April", "2022-04", "", ""}, {"2023", "2023", "", ""}, {"January", "2023-01", "", ""}, {"March", "2025-03", "", ""}}},
		// a chronicle's month headings and entry leads run in order, into the next year
		{"month headings and leads", "Aid month by month\n\nFebruary 2022\nBritain sent launchers.\n\nMARCH\nThe Czech Republic sent tanks. It said so. It said so.\n\nJune-July\nArtillery dominated.\n\n\u2022 December: Finland approves a package.\n\nJanuary - Germany sends tanks. MAY BE RIGHT, they said.",
			time.Date(2023, 2, 24, 0, 0, 0, 0, time.UTC),
			[]want{{"February 2022", "2022-02", "", ""}, {"MARCH", "2022-03", "", ""}, {"June-July", "2022-06", "2022-07", ""}, {"December", "2022-12", "", ""}, {"January", "2023-01", "", ""}}},
		{"a chronicle told latest first", "Timeline\n\nDecember 2023\nThe UK commits more.\n\nNovember\nFrance sends guns.",
			time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC),
			[]want{{"December 2023", "2023-12", "", ""}, {"November", "2023-11", "", ""}}},
		// an article in sections follows its narrative, whenever it was read
		{"sections: the narrative's year", "Leopard 2 in Ukraine\n\nThe tank entered service in 2023.\n\nBackground\n\nOn 25 January 2023, Germany agreed.\n\nDeliveries\n\nPoland handed over four tanks on 24 February. Talks went on. Spain sent six in April.",
			time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
			[]want{{"2023", "2023", "", ""}, {"25 January 2023", "2023-01-25", "", ""}, {"24 February", "2023-02-24", "", ""}, {"April", "2023-04", "", ""}}},
		{"a factbox under a dateline is news, whatever its headings", "BERLIN, Feb 8 (Reuters) - Germany says it sent arms.\n\nTANKS\n* Leopard 2: 14 tanks, announced on Jan. 25.\n\nAIR DEFENCE\n* IRIS-T: one system delivered in October.\n* Patriot: one battery, announced on Jan. 5.",
			time.Date(2023, 2, 8, 0, 0, 0, 0, time.UTC),
			[]want{{"Feb 8", "2023-02-08", "", ""}, {"Jan. 25", "2023-01-25", "", ""}, {"October", "2022-10", "", ""}, {"Jan. 5", "2023-01-05", "", ""}}},
		{"a title block is no sections", "Analysis\n\nThe Czech initiative: promise and limits\n\nIn March 2023, the EU pledged shells. Talks went on. Talks went on. On 27 May, Lithuania gave more.",
			time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC),
			[]want{{"March 2023", "2023-03", "", ""}, {"27 May", "2024-05-27", "", ""}}},
		{"a title's year does not frame the story", "Germany pledges aid for 2024\n\nBerlin said on 5 December it would send more. Talks went on. Talks went on. The minister spoke in November.",
			time.Date(2023, 12, 6, 0, 0, 0, 0, time.UTC),
			[]want{{"2024", "2024", "", ""}, {"5 December", "2023-12-05", "", ""}, {"November", "2023-11", "", ""}}},
		{"a round-up's key points are no sections", "Key developments on Feb. 24:\n\n- Canada signs a pact\n- Japan pledges $12 billion\n\nBelgium will deliver jets by 2025. Talks went on. On Feb. 19, Japan pledged more.",
			time.Date(2024, 2, 24, 0, 0, 0, 0, time.UTC),
			[]want{{"Feb. 24", "2024-02-24", "", ""}, {"by 2025", "2025", "", "by"}, {"Feb. 19", "2024-02-19", "", ""}}},
		{"news: a verb in the past puts a month near ahead in the past", "The tanks are part of a package announced in October. Talks went on. Talks went on. Deliveries scheduled in September may slip.",
			time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC),
			[]want{{"October", "2024-10", "", ""}, {"September", "2025-09", "", ""}}},
		{"news: a verb in the past, on a day", "The tanks are part of a package delivered on 3 October. Talks went on. Talks went on. More may come in September.",
			time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC),
			[]want{{"3 October", "2024-10-03", "", ""}, {"September", "2025-09", "", ""}}},
		{"news: since the invasion", "Since the start of Russia's invasion on 24 February, the EU has delivered 75,000 tonnes of aid.",
			time.Date(2022, 12, 13, 0, 0, 0, 0, time.UTC),
			[]want{{"24 February", "2022-02-24", "", ""}}},
		{"news: a verb in the past earlier in the clause", "The initiative, launched by President Pavel at the Munich conference in February, found shells.",
			time.Date(2024, 12, 18, 0, 0, 0, 0, time.UTC),
			[]want{{"February", "2024-02", "", ""}}},
		{"news: to be paid is ahead", "The first tranche is expected to be paid in July.",
			time.Date(2024, 6, 24, 0, 0, 0, 0, time.UTC),
			[]want{{"July", "2024-07", "", ""}}},
		{"news: an end is ahead", "Biden signed a bill that keeps the government funded through Dec. 16.",
			time.Date(2022, 9, 30, 0, 0, 0, 0, time.UTC),
			[]want{{"through Dec. 16", "2022-12-16", "", ""}}},
		{"news: signed before the report, whatever year the sentence plans for", "The remaining €15.1 billion will be disbursed in 2025 under the Memorandum signed on 6 December.",
			time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC),
			[]want{{"2025", "2025", "", ""}, {"6 December", "2024-12-06", "", ""}}},
		{"news: a speaker quoted speaks on the report's day", "On 1 March, the EU agreed. Talks went on. Talks went on. \"Today's payment shows resolve,\" she said.",
			time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC),
			[]want{{"1 March", "2024-03-01", "", ""}, {"Today", "2024-03-20", "", ""}}},
		{"news: expected to is ahead", "Denmark would give 19 jets, with the first six expected to arrive around New Year.",
			time.Date(2023, 8, 20, 0, 0, 0, 0, time.UTC),
			[]want{{"New Year", "2024-01-01", "", ""}}},
		{"news: the war's acts and asking are past", "When Russian tanks crossed into Ukraine on 24 February, Poland acted. He asked Congress for it on 28 April.",
			time.Date(2022, 12, 10, 0, 0, 0, 0, time.UTC),
			[]want{{"24 February", "2022-02-24", "", ""}, {"28 April", "2022-04-28", "", ""}}},
		{"news: a month come round again after the year just named is the reporter's recent past", "The EU promised in March 2023 to send shells. By the end of January, 330,000 had arrived. It had first pledged in February 2022. In January, talks began.",
			time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC),
			[]want{{"March 2023", "2023-03", "", ""}, {"By the end of January", "2024-01", "", "late"}, {"February 2022", "2022-02", "", ""}, {"January", "2022-01", "", ""}}},
		{"news: what is expected to be done is still to come; a quarter is near as its months are", "Washington, DC – June 29, 2023: The Board met.\n\nInflation peaked in December. The review is expected to be completed in November. Activity recovered in the second quarter.",
			time.Date(2023, 6, 29, 0, 0, 0, 0, time.UTC),
			[]want{{"June 29, 2023", "2023-06-29", "", ""}, {"December", "2022-12", "", ""}, {"November", "2023-11", "", ""}, {"the second quarter", "2023-Q2", "", ""}}},
		{"news: a date that opens a clause in the past lies before the report", "On 26 February, Berlin dropped its ban. British NLAWs had been arriving; by the end of March, London said it had delivered 4,000. In April, Germany will send more. In May, expected deliveries slipped.",
			time.Date(2023, 2, 24, 0, 0, 0, 0, time.UTC),
			[]want{{"26 February", "2022-02-26", "", ""}, {"by the end of March", "2022-03", "", "late"}, {"April", "2023-04", "", ""}, {"May", "2023-05", "", ""}}},
		{"news: so does one after a named subject's verb in the past", "The United States committed 90 M777 howitzers in April. Officials expected 20 more in March.",
			time.Date(2023, 2, 24, 0, 0, 0, 0, time.UTC),
			[]want{{"April", "2022-04", "", ""}, {"March", "2023-03", "", ""}}},
		{"news: the entry of a chronicle is in its year throughout its paragraph, and what it says had been is before it", "Here is how red lines gave way.\n\nJune 2022 – Long-range rockets. Biden had said in May that the US would not send them. Critics had doubts. On 1 June, Washington announced four HIMARS.",
			time.Date(2023, 8, 21, 0, 0, 0, 0, time.UTC),
			[]want{{"June 2022", "2022-06", "", ""}, {"May", "2022-05", "", ""}, {"1 June", "2022-06-01", "", ""}}},
		{"news: a second clause in the past is not ahead with the first", "Denmark's defence budget is set to grow to 2% of GDP by 2030, and its economy grew 1.7% in the second quarter.",
			time.Date(2023, 8, 29, 0, 0, 0, 0, time.UTC),
			[]want{{"by 2030", "2030", "", "by"}, {"the second quarter", "2023-Q2", "", ""}}},
		{"news: but one that leaves its verb out is", "Germany will send tanks in March, and more in May.",
			time.Date(2023, 8, 29, 0, 0, 0, 0, time.UTC),
			[]want{{"March", "2024-03", "", ""}, {"May", "2024-05", "", ""}}},
		{"news: a year just named wins", "Russia invaded in February 2022. On 10 May, the first convoy crossed.",
			time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC),
			[]want{{"February 2022", "2022-02", "", ""}, {"10 May", "2022-05-10", "", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := run(tc.text, tc.date)
			if len(g) != len(tc.want) {
				t.Fatalf("got %d mentions %+v, want %d %+v", len(g), g, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				if g[i].span != w.span || g[i].value != w.value || g[i].end != w.end || g[i].mod != w.mod {
					t.Errorf("mention %d: got %+v, want %+v", i, g[i], w)
				}
			}
		})
	}
}

func TestRelativeFlag(t *testing.T) {
	g := run("On 26 February 2022, Blinken spoke. The next day, the EU acted. On 27 April, Romania pledged.", time.Time{})
	if len(g) != 3 {
		t.Fatalf("got %+v", g)
	}
	if g[0].rel || !g[1].rel || !g[2].rel {
		t.Errorf("relative flags: %+v", g)
	}
	if g[0].rule != "dates/day-month-year" || g[1].rule != "dates/relative" || g[2].rule != "dates/day-month" {
		t.Errorf("rules: %+v", g)
	}
}

func TestResolveKeepsOtherKinds(t *testing.T) {
	d := model.Prepare(&model.Document{Text: "On 10 May, $5 million was pledged."})
	ms := New().Extract(d, d.Sentences[0])
	ms = append(ms, model.Mention{Kind: model.KindMoney, Start: 11, End: 21, Money: &model.Money{Value: 5e6, Currency: "USD"}})
	out := Resolve(d, ms)
	if len(out) != 1 || out[0].Kind != model.KindMoney {
		t.Fatalf("want only the money mention, got %+v", out)
	}
}

func TestName(t *testing.T) {
	var e model.Extractor = New()
	if e.Name() != "dates" {
		t.Fatal(e.Name())
	}
}

func TestConcurrent(t *testing.T) {
	d := model.Prepare(&model.Document{Text: strings.Repeat("On 24 February 2022, Russia invaded. By mid-March, aid flowed in 2022-23. ", 20)})
	e := New()
	want := fmt.Sprint(len(e.Extract(d, d.Sentences[0])))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, s := range d.Sentences {
				e.Extract(d, s)
			}
			if got := fmt.Sprint(len(e.Extract(d, d.Sentences[0]))); got != want {
				t.Errorf("got %s mentions, want %s", got, want)
			}
		}()
	}
	wg.Wait()
}
