package dates

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aidextract/aidextract/extractors/internal/words"
	"github.com/aidextract/aidextract/pipeline/model"
)

// narrative is what a reader knows about "now" in the story while reading a
// document from the top: the year it is in, the last day named and the last
// day or month named.
type narrative struct {
	year    int
	day     model.Date // last day-precision date; Y == 0 when none yet
	any     model.Date // last day- or month-precision date; Y == 0 when none yet
	section int        // section of the last date that set the year
	// last year of the span of years that set the year ("for 2024-2027"),
	// or 0: any year of it may be the one a year-less date is in
	spanEnd int
	// sentence of the last date that named its year, the document's own
	// date (its dateline) aside; -1 before any
	sentence int
	yearAt   int // byte offset of that date
	leadAt   int // byte offset of the date that set lead, or -1
	at       int // byte offset of the last date noted
	// daySent is the sentence of the last day-precision date noted, or -1
	daySent int
	// lead is the month (or end month) of the last date that led an
	// entry of a chronicle (see leadsEntry); Y == 0 when none yet
	lead model.Date
	// heads is r.heads at the sentence of the heading line whose year set
	// the year ("2023" above a chronicle's section), or -1
	heads int
}

// Resolve gives year-less and relative date mentions their absolute value,
// reading the document's mentions (of every kind, sorted by Start) in
// narrative order. Explicit dates move the narrative; "On 10 May" takes its
// year, "the next day" counts from its last day. Date mentions that cannot be
// resolved are removed; other mentions pass through untouched. The mentions'
// Date values are updated in place.
func Resolve(d *model.Doc, ms []model.Mention) []model.Mention {
	r := resolver{d: d, ms: ms}
	r.st.sentence, r.st.heads, r.st.daySent, r.st.leadAt = -1, -1, -1, -1
	r.sections()
	out := ms[:0]
	for i := range ms {
		m := ms[i]
		if m.Kind != model.KindDate || m.Date == nil {
			out = append(out, m)
			continue
		}
		if r.resolve(i) {
			out = append(out, m)
		}
	}
	return out
}

type resolver struct {
	d    *model.Doc
	ms   []model.Mention
	st   narrative
	sect []int // section number per sentence
	// heads counts, per sentence, the heading lines up to it (see
	// isHeading); nil when the document has none
	heads []int
	// bodyHeads counts the heading lines that come after body text
	bodyHeads int
	// datelined: the body's first paragraph, before any heading below
	// it, names the document's own day ("WASHINGTON, July 11 (AFP) -")
	datelined bool
	base      int // the year of the document's first explicit date
	docDay    time.Time
	// inQuote's last answer: the quotation marks on the line up to qPos
	// are odd in number
	qPos   int
	qOdd   bool
	qValid bool
}

// sections numbers the document's sections: a heading line ("## Economic
// sanctions") starts a new one.
func (r *resolver) sections() {
	if r.d == nil {
		return
	}
	if !r.d.Date.IsZero() {
		r.docDay = r.d.Date
	}
	if r.d.View == nil {
		return
	}
	r.sect = make([]int, len(r.d.Sentences))
	n, h, body := 0, 0, false
	for i, s := range r.d.Sentences {
		if s.Start >= 0 && s.Start < len(r.d.View.Text) && r.d.View.Text[s.Start] == '#' {
			n++
		}
		r.sect[i] = n
		if isHeading(r.d.View.Text, s) {
			if r.heads == nil {
				r.heads = make([]int, len(r.d.Sentences))
			}
			h++
			if body {
				r.bodyHeads++
			}
		} else {
			body = true
		}
		if r.heads != nil {
			r.heads[i] = h
		}
	}
	for _, m := range r.ms {
		if m.Kind == model.KindDate && m.Date != nil && isExplicit(m) && m.Date.Precision != model.Year {
			r.base = m.Date.Y
			break
		}
	}
	r.datelined = r.bodyHeads > 0 && !r.docDay.IsZero() && r.dateAtHead()
}

// dateAtHead reports whether a date of the document's own day stands
// above the first heading that follows body text: a news story's
// dateline above the sections of its factbox.
func (r *resolver) dateAtHead() bool {
	first := -1
	body := false
	for i, s := range r.d.Sentences {
		if isHeading(r.d.View.Text, s) {
			if body {
				first = i
				break
			}
		} else {
			body = true
		}
	}
	y, mo, d := r.docDay.Date()
	for _, m := range r.ms {
		if first >= 0 && m.Sentence >= first {
			break
		}
		dt := m.Date
		if m.Kind == model.KindDate && dt != nil && dt.Precision == model.Day && dt.EndPrecision == "" &&
			(dt.Y == y || dt.Y == 0) && dt.M == int(mo) && dt.D == d {
			return true
		}
	}
	return false
}

func (r *resolver) section(m model.Mention) int {
	if m.Sentence >= 0 && m.Sentence < len(r.sect) {
		return r.sect[m.Sentence]
	}
	return 0
}

func isExplicit(m model.Mention) bool {
	dt := m.Date
	return dt.Y != 0 && !dt.NeedsYear && dt.Anchor == "" && m.Rule != "dates/anchor" && !dt.Relative
}

// narrativeYear is the year a year-less date in mention m takes.
//
// In a dated document (news, a press release; not an article in sections
// whose body named a year) a year-less date the story
// has not just placed ("Sept. 3", "since late December") is read as a
// reporter means it: the last such day before the document's date, or one
// shortly after it. A year named in the same or the previous sentence
// still wins: "In February 2022 ... On 10 May, ...".
func (r *resolver) narrativeYear(m model.Mention) int {
	if y := r.entryYear(m); y != 0 {
		return y
	}
	mon := m.Date.M
	if mon == 0 && m.Date.Q != 0 && m.Date.EndPrecision == "" {
		// a quarter is near when its last month is: "a recovery in the
		// second quarter" in a report of June
		mon = 3 * m.Date.Q
	}
	if !r.docDay.IsZero() && mon != 0 && (r.st.sentence < 0 || m.Sentence-r.st.sentence > 1 && !(r.st.leadAt == r.st.yearAt && r.sameLine(r.st.yearAt, m.Start)) || r.futureYearOnly()) && !r.underYearHeading(m) &&
		(r.st.year == 0 || !r.sectioned() || r.st.heads >= 0) {
		if r.ahead(m) {
			return aheadYear(r.docDay, mon, m.Date.D)
		}
		if r.past(m) || r.opensPast(m) {
			return pastYear(r.docDay, mon, m.Date.D)
		}
		return newsYear(r.docDay, mon, m.Date.D)
	}
	if r.st.year != 0 {
		if r.base != 0 && r.section(m) != r.st.section && r.sect != nil {
			// A new section with no date of its own yet: a careful reader
			// goes back to the year the document is about.
			return r.base
		}
		if r.comesRound(m) {
			return r.st.year + 1
		}
		return r.st.year
	}
	if !r.docDay.IsZero() {
		return r.docDay.Year()
	}
	return 0
}

// sentenceOf returns the sentence of m, when m lies in it and in the text.
func (r *resolver) sentenceOf(m model.Mention) (model.Sentence, bool) {
	if r.d == nil || r.d.View == nil || m.Sentence < 0 || m.Sentence >= len(r.d.Sentences) {
		return model.Sentence{}, false
	}
	s := r.d.Sentences[m.Sentence]
	return s, m.Start >= s.Start && m.Start <= len(r.d.View.Text)
}

// pluperfect reports whether m's clause tells what had happened before
// the story's point: "Biden had said in May".
func (r *resolver) pluperfect(m model.Mention) bool {
	s, ok := r.sentenceOf(m)
	if !ok {
		return false
	}
	before := r.d.View.Text[s.Start:m.Start]
	if k := strings.LastIndexAny(before, ",;"); k >= 0 {
		before = before[k+1:]
	}
	return strings.Contains(before, " had ")
}

// sameLine reports whether no line ends between byte offsets from and to:
// the paragraph of a chronicle's entry is in the year it leads with ("June
// 2022 – Long-range rockets. ... On 1 June, Washington announced four
// HIMARS").
func (r *resolver) sameLine(from, to int) bool {
	if r.d == nil || r.d.View == nil || from < 0 || from > to || to > len(r.d.View.Text) {
		return false
	}
	return strings.IndexByte(r.d.View.Text[from:to], '\n') < 0
}

// comesRound reports whether month m, earlier in the year than the month
// the story has just reached, is the next year's and so the reporter's
// recent past: "The EU promised in March 2023 to send shells. By the end
// of January, 330,000 had arrived" in a report of February 2024. A month
// of the next year that lies after the report, or long before it, is not;
// nor is one the entry of a chronicle that month leads tells had been
// ("June 2022 – Long-range rockets. Biden had said in May ...").
func (r *resolver) comesRound(m model.Mention) bool {
	if r.docDay.IsZero() || m.Date.M == 0 || r.st.any.Y != r.st.year || m.Date.M >= r.st.any.M || r.sectioned() || r.st.lead == (model.Date{Y: r.st.any.Y, M: r.st.any.M}) && r.pluperfect(m) {
		return false
	}
	t := time.Date(r.st.year+1, time.Month(m.Date.M), max(m.Date.D, 1), 0, 0, 0, 0, time.UTC)
	return !t.After(r.docDay) && !t.Before(r.docDay.AddDate(0, -9, 0))
}

// entryYear is the year of a year-less month or day that leads an entry of
// a chronicle ("March", "June-July", "May 21 - Biden signs"), 0 for any
// other mention. Entries run in order: the narrative's year, or the next
// year when the month comes round again after the last entry's ("December
// 2022 ... January"), unless that lies after the document's date, as in a
// chronicle told latest first.
func (r *resolver) entryYear(m model.Mention) int {
	y, last := r.st.year, r.st.lead
	if y == 0 || m.Date.M == 0 || !r.leadsEntry(m) {
		return 0
	}
	if !r.docDay.IsZero() && r.futureYearOnly() && r.st.any.Y != 0 {
		// a target ("by 2028") is no entry's year
		y = r.st.any.Y
	}
	if last.Y == y && m.Date.M < last.M {
		y++
		if !r.docDay.IsZero() && time.Date(y, time.Month(m.Date.M), max(m.Date.D, 1), 0, 0, 0, 0, time.UTC).After(r.docDay) {
			y--
		}
	}
	return y
}

// leadsEntry reports whether m opens its line, after at most a bullet, and
// stands alone on it or before a colon or a dash: "MARCH", "• June: ...",
// "May 21 - ...".
func (r *resolver) leadsEntry(m model.Mention) bool {
	if r.d == nil || r.d.View == nil || m.Sentence < 0 || m.Sentence >= len(r.d.Sentences) {
		return false
	}
	t := r.d.View.Text
	s := r.d.Sentences[m.Sentence]
	if s.Start < 0 || m.Start < s.Start || m.End > len(t) || s.Start > 0 && t[s.Start-1] != '\n' {
		return false
	}
	if lead := t[s.Start:m.Start]; lead != "" && !bullet(lead) {
		return false
	}
	rest := strings.TrimLeft(t[m.End:min(s.End, len(t))], " ")
	if rest == "" {
		return true
	}
	for _, sep := range []string{":", "-", "–", "—"} {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return false
}

// sectioned reports whether the document is an article in sections (two
// headings or more below body text, not a title block above it), not a news
// report: its year-less dates follow its narrative, whatever the date it
// was read on. A factbox under a dateline is news however many headings
// it has.
func (r *resolver) sectioned() bool {
	return r.bodyHeads >= 2 && !r.datelined
}

// futureYearOnly reports whether the narrative's year lies after the
// document's and was named only as a year: "the 2024 budget" in a report of
// August 2023 plans ahead, and its "In July" is the July just past.
func (r *resolver) futureYearOnly() bool {
	return r.st.year > r.docDay.Year() && r.st.any.Y != r.st.year
}

func (r *resolver) note(m model.Mention) {
	dt := m.Date
	if dt.Y == 0 || dt.Modifier == "since" {
		return
	}
	if r.d != nil && m.Start <= len(r.d.View.Text) && words.Founding(r.d.View.Text, m.Start) {
		// when a body was founded ("the EBRD, which was founded in
		// 1991") is its background: "last February" is not of that year
		return
	}
	if dt.Precision == model.Year && dt.EndY == 0 && r.deadline(m) {
		// a year a plan runs until ("€11 billion until 2029") is no
		// point the story has reached
		return
	}
	if r.yearHeading(m) {
		r.st.heads = r.heads[m.Sentence]
	} else if r.heads == nil || m.Sentence < 0 || m.Sentence >= len(r.heads) || r.heads[m.Sentence] != r.st.heads {
		r.st.heads = -1
	}
	r.st.year = dt.Y
	r.st.spanEnd = 0
	if dt.Precision == model.Year && dt.EndY > dt.Y {
		r.st.spanEnd = dt.EndY
	}
	r.st.section = r.section(m)
	r.st.at = m.Start
	if isExplicit(m) && !(dt.Precision == model.Day && !r.docDay.IsZero() && timeOf(*dt).Equal(r.docDay)) {
		r.st.sentence, r.st.yearAt = m.Sentence, m.Start
	}
	switch dt.Precision {
	case model.Day:
		r.st.day = *dt
		r.st.any = *dt
		r.st.daySent = m.Sentence
	case model.Month:
		r.st.any = *dt
	}
	if dt.M != 0 && r.leadsEntry(m) {
		r.st.lead, r.st.leadAt = model.Date{Y: dt.Y, M: dt.M}, m.Start
		if dt.EndY != 0 && dt.EndM != 0 {
			r.st.lead = model.Date{Y: dt.EndY, M: dt.EndM}
		}
	}
	if dt.EndY != 0 && dt.Precision != model.Year {
		// a range of days or months leaves the narrative at its end; a
		// span of years is what a plan covers ("a programme for
		// 2024-2027"), and the story stays at its start
		p := dt.EndPrecision
		end := model.Date{Y: dt.EndY, M: dt.EndM, D: dt.EndD, Precision: p}
		r.st.year = dt.EndY
		switch p {
		case model.Day:
			r.st.day, r.st.any = end, end
		case model.Month:
			r.st.any = end
		}
	}
}

// deadline reports whether a mention opens with "until", "till" or
// "through": the end of what a plan covers.
func (r *resolver) deadline(m model.Mention) bool {
	if r.d == nil || m.End > len(r.d.View.Text) {
		return false
	}
	w, _, _ := strings.Cut(r.d.View.Text[m.Start:m.End], " ")
	switch strings.ToLower(w) {
	case "until", "till", "through", "thru":
		return true
	}
	return false
}

func (r *resolver) resolve(i int) bool {
	m := r.ms[i]
	dt := m.Date
	switch {
	case m.Rule == "dates/anchor":
		return dt.Y != 0
	case dt.Anchor != "":
		if !r.relative(i) {
			return false
		}
		if dt.Precision != model.Year {
			r.note(m)
		}
		return true
	case dt.NeedsYear || dt.Y == 0:
		y := r.narrativeYear(m)
		if y == 0 {
			return false
		}
		if dt.Precision == model.Day && dt.EndPrecision == "" && r.d != nil {
			last := y
			if y == r.st.year {
				last = max(y, r.st.spanEnd)
			}
			y = weekdayYear(r.d.View.Text[m.Start:m.End], y, last, dt.M, dt.D)
		}
		if !r.docDay.IsZero() && dt.M != 0 && time.Date(y, time.Month(dt.M), max(dt.D, 1), 0, 0, 0, 0, time.UTC).After(r.docDay) && r.past(m) {
			// what has happened happened before the report: "will be
			// disbursed in 2025 ... under the Memorandum signed on 6
			// December" (a report of 20 December 2024)
			y = pastYear(r.docDay, dt.M, dt.D)
		}
		dt.Y = y
		if dt.EndY == 0 && dt.EndPrecision != "" {
			dt.EndY = y
			if later(*dt, model.Date{M: dt.EndM, D: dt.EndD}) {
				dt.EndY++
			}
		}
		dt.NeedsYear = false
		dt.Relative = true
		r.note(m)
		return true
	}
	if dt.Precision == model.Year && (dt.Modifier == "" || dt.Modifier == "since") && r.st.year != 0 && !r.framing(m) {
		// a year named in passing ("the 2014 annexation", "three more
		// forthcoming in 2023") does not move the story
		return true
	}
	r.note(m)
	return true
}

// weekdayYear returns the year in which month m, day d falls on the
// weekday the text opens with ("Monday, March 18"): the first such year
// from y to last (the span the narrative is in), else the year nearest y
// (the earlier on a tie, at most six years away), else y. A weekday the
// text names is evidence the narrative's year cannot overrule.
func weekdayYear(text string, y, last, m, d int) int {
	w, _, _ := strings.Cut(text, " ")
	w = strings.TrimRight(w, ".,")
	want := -1
	for k := time.Sunday; k <= time.Saturday; k++ {
		name := k.String()
		if len(w) >= 3 && len(w) <= len(name) && strings.EqualFold(w, name[:len(w)]) {
			want = int(k)
		}
	}
	if want < 0 {
		return y
	}
	on := func(y int) bool {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return t.Day() == d && int(t.Weekday()) == want
	}
	for k := y; k <= last; k++ {
		if on(k) {
			return k
		}
	}
	for k := 0; k <= 6; k++ {
		if on(y - k) {
			return y - k
		}
		if on(y + k) {
			return y + k
		}
	}
	return y
}

// newsYear is the year that puts month m, day d (0 for a month) within
// nine months before the document's date or three months after it: news
// reports what has happened and what is about to.
func newsYear(doc time.Time, m, d int) int {
	lo, hi := doc.AddDate(0, -9, 0), doc.AddDate(0, 3, 0)
	for _, y := range []int{doc.Year(), doc.Year() - 1, doc.Year() + 1} {
		t := time.Date(y, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC)
		if d == 0 {
			// a month counts as near when any of its days is
			if t.AddDate(0, 1, -1).Before(lo) {
				continue
			}
		} else if t.Before(lo) {
			continue
		}
		if !t.After(hi) {
			return y
		}
	}
	return doc.Year()
}

// aheadYear is the year that puts month m, day d (0 for a month) on or
// after the document's date, within a year: what is still to come.
func aheadYear(doc time.Time, m, d int) int {
	dm, dd := int(doc.Month()), doc.Day()
	if m < dm || m == dm && d != 0 && d < dd {
		return doc.Year() + 1
	}
	return doc.Year()
}

// pastYear is the year that puts month m, day d (0 for a month) on or
// before the document's date, within a year: what has happened.
func pastYear(doc time.Time, m, d int) int {
	if time.Date(doc.Year(), time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC).After(doc) {
		return doc.Year() - 1
	}
	return doc.Year()
}

// past reports whether the clause before m tells of what has happened: a
// verb in the past just before m and its preposition ("a package announced
// in October", "the tanks delivered on 3 March"), a verb of pastVerbs
// earlier in the clause with nothing of the future after it ("the
// initiative, launched by President Pavel at the Munich conference in
// February"), or a "since" that opens the phrase ("since the start of
// the invasion on 24 February"). Such a date lies before the document's,
// however near the month still to come is.
func (r *resolver) past(m model.Mention) bool {
	if r.d == nil || r.d.View == nil || m.Start > len(r.d.View.Text) || m.Sentence < 0 || m.Sentence >= len(r.d.Sentences) {
		return false
	}
	if m.Date != nil && m.Date.Modifier == "since" {
		return true
	}
	if r.deadline(m) {
		// "keeps the government funded through Dec. 16": an end still
		// to come
		return false
	}
	from := max(r.d.Sentences[m.Sentence].Start, m.Start-pastReach)
	if from > m.Start {
		return false
	}
	before := r.d.View.Text[from:m.Start]
	if k := strings.LastIndexAny(before, ";:\"“”"); k >= 0 {
		before = before[k+1:]
	}
	ws := strings.Fields(before)
	for i := len(ws) - 1; i >= 0; i-- {
		w := strings.ToLower(strings.Trim(ws[i], ",()"))
		if futureWords[w] {
			return false
		}
		if pastVerbs[w] || w == "since" {
			// "is expected to be paid in July" is still to come
			return i == 0 || !aheadBefore[strings.ToLower(ws[i-1])]
		}
		if i == len(ws)-2 && (ws[i+1] == "in" || ws[i+1] == "on") && len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w] {
			// "is expected to be completed in November" is still to come
			return i == 0 || !aheadBefore[strings.ToLower(ws[i-1])]
		}
		if i > 0 && len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w] && properNoun(ws[i-1]) {
			// a verb in the past after a named subject: "The United
			// States committed 90 M777 howitzers in April"
			return true
		}
	}
	return false
}

// properNoun reports whether w is a capitalised word that is no sentence
// opener: "States", "Germany", "Berlin".
func properNoun(w string) bool {
	w = strings.Trim(w, ",()\"'")
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	switch w {
	case "The", "In", "On", "By", "At", "A", "An", "This", "That", "It", "Its", "They", "He", "She", "We", "I":
		return false
	}
	return true
}

// opensPast reports whether m opens its clause (after at most a
// preposition) and a verb in the past follows its subject: "On 26
// February, Berlin dropped its ban", "; by the end of March, London said
// it had delivered". What a clause tells in the past after such an
// opening lies before the report. (A year the story has just named is not
// overruled by it, as past's verbs before the date overrule one.)
func (r *resolver) opensPast(m model.Mention) bool {
	s, ok := r.sentenceOf(m)
	if !ok || m.End > s.End || m.End > len(r.d.View.Text) {
		return false
	}
	before := r.d.View.Text[max(s.Start, m.Start-pastReach):m.Start]
	if k := strings.LastIndexAny(before, ";:\"“”"); k >= 0 {
		before = before[k+1:]
	}
	words := strings.Fields(before)
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.ToLower(words[i])
		if w == "and" || w == "but" || strings.HasSuffix(w, ",") {
			break // where the clause starts
		}
		if !openerWords[w] {
			return false
		}
	}
	after := r.d.View.Text[m.End:s.End]
	for i, w := range strings.Fields(after) {
		if i >= 7 {
			break
		}
		w = strings.ToLower(strings.Trim(w, ",()"))
		if futureWords[w] || presentWords[w] {
			return false
		}
		if pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w] {
			return i > 0 // a subject first: "In March, expected deliveries"
		}
	}
	return false
}

// openerWords may stand before a date that opens a clause.
var openerWords = map[string]bool{"on": true, "in": true, "by": true, "at": true, "during": true,
	"then": true, "later": true, "early": true, "late": true}

// presentWords put a clause in the present: the date it opens with is not
// read as past.
var presentWords = map[string]bool{"is": true, "are": true, "has": true, "have": true, "remains": true, "says": true}

// pastReach is how many bytes before a date past reads.
const pastReach = 100

// pastVerbs are verbs of giving and deciding in the past tense ("-ed" ones
// count only right before the date's preposition, as adjectives end so
// too); futureWords put what follows them ahead; notPast are words in
// "-ed" that put a date ahead ("scheduled in May").
var (
	pastVerbs = map[string]bool{"sent": true, "paid": true, "made": true, "held": true, "gave": true, "given": true,
		"began": true, "begun": true, "took": true, "taken": true, "sold": true, "bought": true, "came": true,
		"said": true, "signed": true, "agreed": true, "won": true, "struck": true, "launched": true, "announced": true,
		"delivered": true, "pledged": true, "approved": true, "disbursed": true, "adopted": true, "transferred": true,
		"handed": true, "passed": true, "received": true, "arrived": true, "unveiled": true, "presented": true,
		"decided": true, "started": true, "opened": true, "established": true, "created": true, "invaded": true,
		// the war's own acts, and asking: "When Russian tanks crossed into Ukraine on 24 February",
		// "the package Mr Biden asked Congress for on 28 April"
		"crossed": true, "attacked": true, "entered": true, "asked": true, "requested": true, "visited": true}
	aheadBefore = map[string]bool{"be": true, "to": true, "being": true, "get": true}
	futureWords = map[string]bool{"will": true, "would": true, "shall": true, "could": true, "can": true, "may": true,
		"might": true, "to": true, "expected": true, "expects": true, "plans": true, "plan": true, "planned": true,
		"scheduled": true, "due": true, "until": true, "next": true, "should": true}
	notPast = map[string]bool{"scheduled": true, "expected": true, "planned": true, "slated": true, "needed": true,
		"intended": true, "timed": true, "aimed": true, "targeted": true, "earmarked": true, "destined": true,
		"required": true, "foreseen": true, "envisaged": true, "anticipated": true, "proposed": true}
)

// aheadWords are the words before a date that put it still to come: "will
// meet on Wednesday", "is expected to happen in January".
var aheadWords = []string{" will ", " expected to ", " is due to ", " are due to ",
	" is scheduled ", " are scheduled ", " is set to ", " are set to ", " plans to ", " plan to ", " intends to ", " shall ",
	// told of the day of writing as still to come: "Zelenskiy was due to travel to Belgium on
	// Tuesday"
	" was due to ", " were due to ", " was set to ", " were set to ", " was scheduled to ", " were scheduled to "}

// deadlineWords are the words before an end ("until 31 July") that put it
// still to come.
var deadlineWords = []string{" would ", " extended ", " extend ", " remain ", " stay "}

// aheadReach is how many bytes before a date ahead reads.
const aheadReach = 160

// ahead reports whether the sentence of m speaks of the future before m:
// a word of aheadWords stands between the sentence's start and the date.
func (r *resolver) ahead(m model.Mention) bool {
	s, ok := r.sentenceOf(m)
	if !ok {
		return false
	}
	// the words just before it: a long sentence is not read again for
	// every date in it
	before := r.d.View.Text[max(s.Start, m.Start-aheadReach):m.Start]
	if k := strings.LastIndex(before, ", and "); k >= 0 && clauseVerbPast(before[k+6:]) {
		// a second clause in the past is told apart from the first:
		// "is set to grow to 2% by 2030, and its economy grew 1.7% in
		// the second quarter"
		before = before[k+6:]
	}
	last := -1
	for _, w := range aheadWords {
		if k := lastFold(before, w); k >= 0 && k+len(w) > last {
			last = k + len(w)
		}
	}
	if r.deadline(m) {
		// an end still to come in reported speech or a plan extended:
		// "66 staff would rotate in for a stint lasting until 31 July",
		// "have been extended until the middle of next year"
		for _, w := range deadlineWords {
			if k := lastFold(before, w); k >= 0 && k+len(w) > last {
				last = k + len(w)
			}
		}
	}
	if last < 0 {
		return false
	}
	// "X will supply drones, the government said on March 7": the date
	// is the report's, past
	for _, w := range reportWords {
		if lastFold(before[last:], w) >= 0 {
			return false
		}
	}
	return true
}

// clauseVerbPast reports whether a clause's words hold a verb in the
// simple past of pastVerbs or one of growth ("grew", "rose", "fell").
func clauseVerbPast(clause string) bool {
	for _, w := range strings.Fields(clause) {
		w = strings.ToLower(strings.Trim(w, ",()"))
		if pastVerbs[w] && !strings.HasSuffix(w, "en") || w == "grew" || w == "rose" || w == "fell" || w == "shrank" {
			return true
		}
	}
	return false
}

// reportWords tell of a report: the date after one is the report's.
var reportWords = []string{" said", " says", " told", " announced", " reported", " published", " stated", " noted",
	" added", "according to", " wrote", " confirmed", " declared"}

// lastFold returns the offset of the last w in s, ASCII case aside, or -1;
// w is lower case.
func lastFold(s, w string) int {
	for i := len(s) - len(w); i >= 0; i-- {
		if words.HasPrefixFold(s[i:], w) {
			return i
		}
	}
	return -1
}

func dateOf(t time.Time) model.Date {
	return model.Date{Y: t.Year(), M: int(t.Month()), D: t.Day(), Precision: model.Day}
}

func timeOf(d model.Date) time.Time {
	return time.Date(d.Y, time.Month(max(d.M, 1)), max(d.D, 1), 0, 0, 0, 0, time.UTC)
}

// inQuote reports whether byte offset pos of the view lies inside a
// quotation opened on the same line. Mentions come in text order, so it
// carries on from its last answer rather than reading the line again.
func (r *resolver) inQuote(pos int) bool {
	if r.d == nil || r.d.View == nil || pos > len(r.d.View.Text) {
		return false
	}
	text := r.d.View.Text
	if !r.qValid || pos < r.qPos {
		t := text[:pos]
		if k := strings.LastIndexByte(t, '\n'); k >= 0 {
			t = t[k+1:]
		}
		r.qPos, r.qOdd, r.qValid = pos, strings.Count(t, "\"")%2 == 1, true
		return r.qOdd
	}
	t := text[r.qPos:pos]
	if k := strings.LastIndexByte(t, '\n'); k >= 0 {
		r.qOdd = false
		t = t[k+1:]
	}
	if strings.Count(t, "\"")%2 == 1 {
		r.qOdd = !r.qOdd
	}
	r.qPos = pos
	return r.qOdd
}

// quoteOpen is the byte offset of the quotation mark that opens the
// quotation holding pos (inQuote(pos) is true): the last one before it on
// its line.
func (r *resolver) quoteOpen(pos int) int {
	t := r.d.View.Text[:pos]
	line := strings.LastIndexByte(t, '\n') + 1
	if k := strings.LastIndexByte(t[line:], '"'); k >= 0 {
		return line + k
	}
	return line
}

// relative resolves the anchored mention i.
func (r *resolver) relative(i int) bool {
	m := r.ms[i]
	dt := m.Date
	anchor, flag, _ := strings.Cut(dt.Anchor, "@")
	// the base: the narrative, or the document's own date
	var base model.Date
	switch {
	case flag == "now":
		quoted := r.inQuote(m.Start)
		if quoted && !r.docDay.IsZero() && r.st.at >= r.quoteOpen(m.Start) {
			// the speaker's own dates do not move the time of speaking:
			// in a dated report, "announced on March 12 ... arrived this
			// month," he said, "this month" is the report's
			quoted = false
		}
		if quoted && !r.docDay.IsZero() && !r.sectioned() && m.Sentence-r.st.daySent > 1 {
			// a speaker quoted in a dated report, no day told just
			// before, speaks on the report's day: "\"Today's payment
			// shows that Europe stands by Ukraine,\" she said"
			quoted = false
		}
		switch {
		case quoted && r.st.day.Y != 0 && strings.HasPrefix(anchor, "day"):
			base = r.st.day
		case quoted && r.st.year != 0 && !strings.HasPrefix(anchor, "day"):
			base = r.st.any
			if base.Y == 0 || strings.HasPrefix(anchor, "year") {
				base = model.Date{Y: r.st.year, Precision: model.Year}
			}
		case !r.docDay.IsZero():
			base = dateOf(r.docDay)
		default:
			return false
		}
	case flag == "doc" && !r.docDay.IsZero():
		base = dateOf(r.docDay)
	}
	if strings.HasPrefix(anchor, "weekday:") {
		return r.weekday(i, anchor, base)
	}
	if strings.HasPrefix(anchor, "season:") {
		return r.season(i, anchor, base)
	}
	unit, off, ok := parseAnchor(anchor)
	if !ok {
		return false
	}
	if base.Y == 0 {
		switch unit {
		case "day":
			base = r.st.day
		case "month":
			base = r.st.any
		case "year":
			base = model.Date{Y: r.st.year, Precision: model.Year}
		case "same":
			base = r.st.any
			if base.Y == 0 && r.st.year != 0 {
				base = model.Date{Y: r.st.year, Precision: model.Year}
			}
		}
		if base.Y == 0 && !r.docDay.IsZero() {
			base = dateOf(r.docDay)
		}
	}
	if base.Y == 0 {
		return false
	}
	mod := dt.Modifier
	switch unit {
	case "day":
		if base.Precision != model.Day {
			return false
		}
		t := timeOf(base).AddDate(0, 0, off)
		*dt = model.Date{Y: t.Year(), M: int(t.Month()), D: t.Day(), Precision: model.Day}
	case "month":
		if base.M == 0 {
			return false
		}
		t := time.Date(base.Y, time.Month(base.M)+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		*dt = model.Date{Y: t.Year(), M: int(t.Month()), Precision: model.Month}
	case "year":
		old := *dt
		m, d, p := dt.M, dt.D, dt.Precision
		*dt = model.Date{Y: base.Y + off, Precision: model.Year}
		if m != 0 {
			// "February last year", "between January and November last
			// year"
			dt.M, dt.D, dt.Precision = m, d, p
			if em, ed, ep := old.EndM, old.EndD, old.EndPrecision; ep != "" {
				dt.EndY, dt.EndM, dt.EndD, dt.EndPrecision = dt.Y, em, ed, ep
				if later(*dt, model.Date{M: em, D: ed}) {
					dt.Y--
				}
			}
		}
	case "same":
		*dt = model.Date{Y: base.Y, M: base.M, D: base.D, Precision: base.Precision}
	case "years":
		// the same day that many years back: "a year ago today"
		if base.Precision != model.Day {
			return false
		}
		t := timeOf(base).AddDate(off, 0, 0)
		*dt = model.Date{Y: t.Year(), M: int(t.Month()), D: t.Day(), Precision: model.Day}
	}
	dt.Modifier = mod
	dt.Relative = true
	dt.Anchor = anchor
	if flag != "" {
		dt.Anchor += "@" + flag
	}
	return true
}

// season resolves "last summer", "this winter", "next spring" from the
// time of writing: the last one is the last to have ended, the next the
// first still to begin; a winter is counted to the year it begins in.
func (r *resolver) season(i int, anchor string, base model.Date) bool {
	dt := r.ms[i].Date
	parts := strings.Split(anchor, ":") // season:from:to:dir
	if len(parts) != 4 {
		return false
	}
	from, err1 := strconv.Atoi(parts[1])
	to, err2 := strconv.Atoi(parts[2])
	dir := parts[3]
	if err1 != nil || err2 != nil {
		return false
	}
	if base.Y == 0 || base.M == 0 && dir != "this" {
		return false
	}
	now := base.Y*12 + base.M - 1 // months since year 0
	span := (to - from + 12) % 12 // months from the first to the last
	var y int
	switch dir {
	case "last", "past":
		// the latest start whose last month is before now
		y = (now - from - span) / 12
	case "next":
		// the first start after now
		y = (now-from+1)/12 + 1
	default: // "this": the year of writing, whether the season is past or to come
		y = base.Y
	}
	*dt = model.Date{Y: y, Precision: model.Year, Modifier: dt.Modifier, Relative: true, Anchor: dt.Anchor}
	return true
}

// weekday resolves "That Thursday", "on Tuesday", "last Friday".
func (r *resolver) weekday(i int, anchor string, base model.Date) bool {
	m := r.ms[i]
	parts := strings.Split(strings.TrimPrefix(anchor, "weekday:"), ":")
	wd, err := strconv.Atoi(parts[0])
	if err != nil || wd < 0 || wd > 6 {
		return false
	}
	dir := ""
	if len(parts) > 1 {
		dir = parts[1]
	}
	// "That Thursday, 21 September 2023": the date that follows names it
	for j := i + 1; j < len(r.ms) && r.ms[j].Start <= m.End+3; j++ {
		n := r.ms[j]
		if n.Kind == model.KindDate && n.Date != nil && n.Date.Precision == model.Day && n.Date.Y != 0 && isExplicit(n) {
			r.setDay(m.Date, timeOf(*n.Date))
			return true
		}
	}
	fromDoc := base.Y != 0
	if !fromDoc {
		base = r.st.day
	}
	if base.Y == 0 || base.Precision != model.Day {
		return false
	}
	t := timeOf(base)
	diff := (wd - int(t.Weekday()) + 7) % 7 // days forward to the weekday
	switch {
	case dir == "last":
		if diff == 0 {
			diff = 7
		}
		t = t.AddDate(0, 0, diff-7)
	case dir == "next":
		if diff == 0 {
			diff = 7
		}
		t = t.AddDate(0, 0, diff)
	case fromDoc && r.ahead(m):
		// "is expected to attend a meeting on Wednesday": the coming
		// one, or the day itself
		t = t.AddDate(0, 0, diff)
	case fromDoc:
		// news speaks of the days just past
		t = t.AddDate(0, 0, -((7 - diff) % 7))
	default:
		t = t.AddDate(0, 0, diff)
	}
	r.setDay(m.Date, t)
	return true
}

func (r *resolver) setDay(dt *model.Date, t time.Time) {
	mod, anchor := dt.Modifier, dt.Anchor
	*dt = model.Date{Y: t.Year(), M: int(t.Month()), D: t.Day(), Precision: model.Day, Modifier: mod, Relative: true, Anchor: anchor}
}

// headingAt reports whether sentence i is a heading line (see isHeading).
func (r *resolver) headingAt(i int) bool {
	return r.heads != nil && i >= 0 && i < len(r.heads) && (i == 0 && r.heads[0] == 1 || i > 0 && r.heads[i] > r.heads[i-1])
}

// yearHeading reports whether date m ends a heading line of at most four
// words ("2023", "Military aid in 2023") below the document's first heading
// (its title, which may name a year it plans for: "Germany pledges €7
// billion for 2024").
func (r *resolver) yearHeading(m model.Mention) bool {
	i := m.Sentence
	if !r.headingAt(i) || r.heads[i] < 2 {
		return false
	}
	s := r.d.Sentences[i]
	if m.End > s.End || strings.TrimSpace(r.d.View.Text[m.End:s.End]) != "" {
		return false
	}
	return strings.Count(strings.TrimSpace(r.d.View.Text[s.Start:m.End]), " ") < 4
}

// underYearHeading reports whether m lies in the section a heading line's
// year opened ("2023" above "In April, ..."): a chronicle's year-less dates
// are of its heading's year, however far below it, whatever the date of
// the page.
func (r *resolver) underYearHeading(m model.Mention) bool {
	return r.st.heads >= 0 && m.Sentence >= 0 && m.Sentence < len(r.heads) && r.heads[m.Sentence] == r.st.heads
}

// isHeading reports whether sentence s is a heading: a short line of its
// own ("2023", "Military aid in 2024", "Humanitarian aid") that does not
// end as a sentence does.
func isHeading(text string, s model.Sentence) bool {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return false
	}
	if s.Start > 0 && text[s.Start-1] != '\n' || s.End < len(text) && text[s.End] != '\n' {
		return false
	}
	line := strings.TrimSpace(text[s.Start:s.End])
	if line == "" || strings.Count(line, " ") > 8 || bullet(line) {
		return false
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ':', ';', ',':
		return false
	}
	return true
}

// bullet reports whether a line is an item of a list ("- Japan pledges $12
// billion", "• 20 Bradleys"): a news round-up's key points have no full
// stop, yet they head nothing.
func bullet(line string) bool {
	for _, b := range []string{"- ", "* ", "• ", "– ", "— ", "· "} {
		if strings.HasPrefix(line, b) {
			return true
		}
	}
	return false
}

// framing reports whether m opens its sentence ("In 2023, ..."), where a
// year sets the scene for what follows; a year in a heading line
// ("Military aid in 2023") sets it for the section below.
func (r *resolver) framing(m model.Mention) bool {
	if r.d == nil || m.Sentence < 0 || m.Sentence >= len(r.d.Sentences) {
		return false
	}
	if r.yearHeading(m) {
		return true
	}
	s := r.d.Sentences[m.Sentence]
	if m.Start < s.Start || m.Start > len(r.d.View.Text) {
		return false
	}
	lead := strings.TrimSpace(r.d.View.Text[s.Start:m.Start])
	if lead == "" {
		// "2022 was ...", "Late 2022, ...", not "2024 Budget"
		rest := strings.TrimLeft(r.d.View.Text[m.End:s.End], " ")
		return rest == "" || rest[0] == ',' || !isUpper(rest)
	}
	return framingWord(lead) // "In 2023, ...", not "The 2024 budget"
}

// framingWord reports whether strings.ToLower(s) is one of the words that
// open a sentence to frame a year, without lowering a long s: each rune
// lowers to one byte or more, so an s of more runes than the longest word
// is none of them.
func framingWord(s string) bool {
	const longest = len("throughout")
	n := 0
	for range s {
		if n++; n > longest {
			return false
		}
	}
	var b [longest]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// a few runes lower to ASCII (the Kelvin sign, İ)
			return isFramingWord(strings.ToLower(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return isFramingWord(string(b[:len(s)]))
}

func isFramingWord(w string) bool {
	switch w {
	case "in", "during", "throughout", "by", "until", "through", "since", "for", "early in", "later in", "late in":
		return true
	}
	return false
}
