// Package personnel finds counts of people: troops trained, soldiers
// deployed, volunteers, casualties, instructors, pilots.
//
// A count (numbers.CountScanner) is a personnel mention when the words
// after it end in a noun for people of who.tsv ("10,000 Ukrainian
// soldiers", "thousands of operatives", "two \"North Korean
// mercenaries\""), when a copula leads to one ("two of them were British
// citizens"), or when a casualty verb follows a bare count ("over 20 were
// killed"). A people noun followed by another word is a modifier ("armored
// personnel carriers", "one Ukrainian tank") and counts nothing. role is
// the nearest cue of roles.tsv, else the noun's own role.
//
// Left out on purpose: numbers in parentheses after a country ("Latvia
// (17)"), and single people introduced by an article ("a soldier").
package personnel

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/aidextract/aidextract/extractors/internal/cuewin"
	"github.com/aidextract/aidextract/extractors/internal/tsv"
	wordsplit "github.com/aidextract/aidextract/extractors/internal/words"
	"github.com/aidextract/aidextract/extractors/numbers"
	"github.com/aidextract/aidextract/pipeline/model"
)

//go:embed who.tsv
var whoTSV string

//go:embed roles.tsv
var rolesTSV string

//go:embed stop.txt
var stopTXT string

// Rule ids, written into Mention.Rule with the line of who.tsv that named
// the people counted.
const (
	RuleCount  = "personnel/count"  // "10,000 Ukrainian soldiers", "thousands of operatives"
	RuleKilled = "personnel/killed" // "over 20 were killed": a bare count with a casualty verb
	RuleCopula = "personnel/copula" // "two of them were British citizens", "one was a Moroccan national"
	// "special forces in Ukraine (50), followed by Latvia (17)": a count in
	// brackets after a name counts the people the sentence named before
	RuleBracket = "personnel/bracket"
)

var copula = regexp.MustCompile(`(?i)^(?:of (?:them|whom|those) )?(?:was|were|are|is) (?:an? )?`)

// notPeople is the role of a noun of who.tsv that looks like people but
// counts states: "several EU members".
const notPeople = "none"

// Roles are the values of personnel.role (SCHEMA.md).
var Roles = []string{"trained", "deployed", "volunteered", "casualties", "other"}

// Extractor finds counts of people in a sentence. Build it with New; it is
// read-only afterwards and safe for concurrent use.
type Extractor struct {
	counts  *numbers.CountScanner
	nouns   map[string]noun // folded form -> noun
	longest int             // most words in a form
	// firsts are the first words of the folded forms: no noun starts at
	// a word whose own first word is not one of them.
	firsts map[string]bool
	stop   map[string]bool
	cues   []cue
	cueSet *cuewin.Set // the cues' patterns, searched together
	// rules[line] holds the Mention.Rule of each rule id with that line
	// of who.tsv (see ruleName)
	rules [][4]string
}

var ruleIDs = [4]string{RuleCount, RuleKilled, RuleCopula, RuleBracket}

// ruleName is fmt.Sprintf("%s@who.tsv:%d", rule, line), built in New for
// the lines of who.tsv.
func (e *Extractor) ruleName(rule string, line int) string {
	if line >= 0 && line < len(e.rules) {
		for k, id := range ruleIDs {
			if id == rule {
				return e.rules[line][k]
			}
		}
	}
	return fmt.Sprintf("%s@who.tsv:%d", rule, line)
}

type noun struct {
	role   string
	line   int
	plural bool // the form matched is a plural ("soldiers", "personnel")
}

type cue struct {
	re    *cuewin.Cue // (?i)\b(?:cue)\b
	role  string
	side  int // -1 before, 1 after, 0 any
	reach int
	line  int
}

// New loads who.tsv, roles.tsv and stop.txt and builds the extractor. A
// malformed file is an error of the form "file:line: why".
func New() (*Extractor, error) {
	counts, err := numbers.NewCountScanner()
	if err != nil {
		return nil, err
	}
	e := &Extractor{counts: counts, nouns: map[string]noun{}, stop: map[string]bool{}}
	if err := e.loadNouns("who.tsv", whoTSV); err != nil {
		return nil, err
	}
	if err := e.loadCues("roles.tsv", rolesTSV); err != nil {
		return nil, err
	}
	if err := e.loadStop("stop.txt", stopTXT); err != nil {
		return nil, err
	}
	set := make([]*cuewin.Cue, len(e.cues))
	for i, c := range e.cues {
		set[i] = c.re
	}
	e.cueSet = cuewin.NewSet(set...)
	maxLine := 0
	for _, n := range e.nouns {
		maxLine = max(maxLine, n.line)
	}
	e.rules = make([][4]string, maxLine+1)
	for line := range e.rules {
		for k, id := range ruleIDs {
			e.rules[line][k] = fmt.Sprintf("%s@who.tsv:%d", id, line)
		}
	}
	return e, nil
}

// Name implements model.Extractor.
func (e *Extractor) Name() string { return "personnel" }

// fold is the matching key of a word or phrase: lower case, hyphens read
// as spaces, single spaces.
func fold(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "-", " "))), " ")
}

func (e *Extractor) loadNouns(name, data string) error {
	return tsv.Read(name, []byte(data), []string{"noun", "plural", "role"}, func(line int, c []string) error {
		if c[0] == "" {
			return errors.New("empty noun")
		}
		if !slices.Contains(Roles, c[2]) && c[2] != notPeople {
			return fmt.Errorf("unknown role %q (want %s or %s)", c[2], strings.Join(Roles, ", "), notPeople)
		}
		plural := c[1]
		if plural == "" {
			plural = c[0] + "s"
		}
		for _, f := range []string{c[0], plural} {
			k := fold(f)
			if prev, dup := e.nouns[k]; dup && !(f == plural && c[0] == plural) {
				return fmt.Errorf("%q already listed at line %d", f, prev.line)
			}
			e.nouns[k] = noun{role: c[2], line: line, plural: f == plural}
			e.longest = max(e.longest, len(strings.Fields(k)))
			if fs := strings.Fields(k); len(fs) > 0 {
				if e.firsts == nil {
					e.firsts = map[string]bool{}
				}
				e.firsts[fs[0]] = true
			}
		}
		return nil
	}, tsv.Loose)
}

func (e *Extractor) loadCues(name, data string) error {
	return tsv.Read(name, []byte(data), []string{"cue", "role", "side", "reach"}, func(line int, c []string) error {
		re, err := cuewin.Compile(c[0])
		if err != nil {
			return fmt.Errorf("bad cue: %v", err)
		}
		k := cue{re: re, role: c[1], line: line}
		if !slices.Contains(Roles, c[1]) {
			return fmt.Errorf("unknown role %q", c[1])
		}
		if k.side, err = cuewin.ParseSide(c[2]); err != nil {
			return err
		}
		if k.reach, err = strconv.Atoi(c[3]); err != nil || k.reach < 0 || k.reach > 30 {
			return fmt.Errorf("reach %q is not a number of words 0-30", c[3])
		}
		e.cues = append(e.cues, k)
		return nil
	}, tsv.Loose)
}

func (e *Extractor) loadStop(name, data string) error {
	for i, raw := range strings.Split(data, "\n") {
		w := strings.TrimSpace(raw)
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		if w != strings.ToLower(w) || strings.ContainsAny(w, " \t") {
			return fmt.Errorf("%s:%d: want one lower-case word, got %q", name, i+1, w)
		}
		if e.stop[w] {
			return fmt.Errorf("%s:%d: %q listed twice", name, i+1, w)
		}
		e.stop[w] = true
	}
	return nil
}

// word is a token of the sentence: letters, digits and inner hyphens,
// apostrophes or dots, with the punctuation around it.
type word struct {
	start, end  int
	lead, trail string
	low         string
}

// sentence is the scratch of one Extract call, recycled through a pool
// since the extractor is shared by concurrent goroutines. Nothing of it
// may outlive the call.
type sentence struct {
	ws []word

	// the words are split lazily, from a run of non-space text at or
	// before the head of a count (see from and has)
	text     string
	next     int  // where splitting goes on
	finished bool // no word after next

	tx    cuewin.Text // the role cues of text, once a count needs them
	hasTx bool
}

var sentences = sync.Pool{New: func() any { return new(sentence) }}

func (st *sentence) release() {
	if cap(st.ws) > 1<<16 {
		return // one huge sentence: let it go rather than keep it
	}
	clear(st.ws) // drop the strings they hold
	st.text = ""
	if st.hasTx {
		st.tx.Reset("", nil) // nor keep the text
		st.hasTx = false
	}
	sentences.Put(st)
}

// from starts st.ws afresh with the words of st.text from a byte offset
// at or before off that starts a run of non-space text (or is a space):
// the words from there on are the words of the whole sentence that start
// at or after it. st.ws is then filled as has asks.
func (st *sentence) from(off int) {
	st.ws = st.ws[:0]
	st.finished = false
	text := st.text
	b := min(off, len(text))
	for b > 0 {
		c := text[b-1]
		if c >= utf8.RuneSelf {
			b = 0 // a space outside ASCII may end the run: split from the start
			break
		}
		if c == ' ' || c >= '\t' && c <= '\r' {
			break
		}
		b--
	}
	st.next = b
}

// has reports whether the sentence has word i (of st.ws, as started by
// from), splitting words until it does.
func (st *sentence) has(i int) bool {
	for len(st.ws) <= i && !st.finished {
		w, next, ok := wordsplit.Next(st.text, st.next)
		if !ok {
			st.finished = true
			break
		}
		st.next = next
		lw := lower(st.text[w.Start:w.End])
		st.ws = append(st.ws, word{start: w.Start, end: w.End, lead: w.Lead, trail: w.Trail, low: lw})
	}
	return i < len(st.ws)
}

// lower is strings.ToLower(w), without a copy for a word already in lower
// case: only the few words a count reads are lowered, not the sentence.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

func breaks(p string) bool { return strings.ContainsAny(p, ",.;:!?()[]") }

// nounAt returns the longest noun of who.tsv that starts at word i: its
// end (exclusive word index) and entry.
func (e *Extractor) nounAt(st *sentence, text string, i int) (int, noun, bool) {
	if f, ok := firstField(st.ws[i].low); ok && !e.firsts[f] {
		return 0, noun{}, false
	}
	// min(e.longest, the number of words from i)
	longest := e.longest
	for longest > 0 && !st.has(i+longest-1) {
		longest--
	}
	ws := st.ws
	var buf [64]byte
	for n := longest; n >= 1; n-- {
		ok := true
		for k := i; k < i+n-1; k++ {
			if breaks(ws[k].trail) || breaks(ws[k+1].lead) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		phrase := text[ws[i].start:ws[i+n-1].end]
		if key, ascii := wordsplit.FoldASCII(buf[:0], phrase); ascii {
			if nn, found := e.nouns[string(key)]; found {
				return i + n, nn, true
			}
		} else if nn, found := e.nouns[fold(phrase)]; found {
			return i + n, nn, true
		}
	}
	return 0, noun{}, false
}

// firstField is the first word of fold(w) for a word w in lower case, if
// w is ASCII and the fold has one: words hold no spaces, so it runs from
// the first byte that is not a hyphen to the next hyphen.
func firstField(low string) (string, bool) {
	for i := 0; i < len(low); i++ {
		if low[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	low = strings.TrimLeft(low, "-")
	if h := strings.IndexByte(low, '-'); h >= 0 {
		low = low[:h]
	}
	return low, low != ""
}

// casualtyWord is a count's casualty word with no noun after it: "12
// dead and 30 injured", "a further 1,000 injured".
var casualtyWord = regexp.MustCompile(`(?i)^\s*(?:dead|killed|injured|wounded)(?:\s*$|\s*[,.;:)]|\s+(?:and|or|in|on|at|by|during|since|after|while|so far|with|fighting|among|across|including)\b)`)

// casualtyAfter reports whether the count c is followed by a casualty word
// alone.
func casualtyAfter(text string, c numbers.Count) bool {
	if !cuewin.StartsWithFold(text[c.End:], " \t\n\f\r", "dead", "killed", "injured", "wounded") {
		return false
	}
	return c.HeadStart == c.End+strings.IndexFunc(text[c.End:], func(r rune) bool { return r != ' ' }) && casualtyWord.MatchString(text[c.End:])
}

// casualtyBefore is a casualty verb that ends the text before a count:
// "injured more than 200 others", "killing 12 and wounding 30 others".
var casualtyBefore = regexp.MustCompile(`(?i)\b(?:killed|killing|kills|injured|injuring|injures|wounded|wounding|wounds)\s+(?:(?:more than|over|at least|nearly|almost|about|around|some|up to|another|a further)\s+)?$`)

// othersAfterCasualty returns the end of "others" when it follows the
// count c and a casualty verb comes before it, else 0.
func othersAfterCasualty(text string, c numbers.Count) int {
	rest := text[c.End:]
	i := len(rest) - len(strings.TrimLeft(rest, " "))
	if i == 0 || !strings.HasPrefix(rest[i:], "others") || len(rest) > i+6 && isLetterByte(rest[i+6]) {
		return 0
	}
	if c.HeadStart != c.End+i || !casualtyBefore.MatchString(text[max(0, c.Start-40):c.Start]) {
		return 0
	}
	return c.End + i + len("others")
}

// bareAfterCasualty reports whether the count c stands alone after a
// casualty verb, at the end of its clause: "injured more than 60.",
// "killed 12 and wounded 40".
func bareAfterCasualty(text string, c numbers.Count) bool {
	rest := strings.TrimLeft(text[c.End:], " ")
	if rest != "" && !strings.ContainsAny(rest[:1], ".,;:)") && !strings.HasPrefix(rest, "and ") && !strings.HasPrefix(rest, "in ") {
		return false
	}
	return casualtyBefore.MatchString(text[max(0, c.Start-40):c.Start])
}

func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

var casualtyVerb = regexp.MustCompile(`(?i)^\s*(?:were|was|have been|had been|has been|are|got)\s+(?:reportedly\s+)?(killed|wounded|injured|killed or wounded|killed and wounded)\b`)

// Extract implements model.Extractor.
func (e *Extractor) Extract(d *model.Doc, s model.Sentence) []model.Mention {
	if d == nil || d.View == nil || s.Start < 0 || s.End > len(d.View.Text) || s.Start >= s.End {
		return nil
	}
	text := d.View.Text[s.Start:s.End]
	counts := e.counts.ScanShared(text) // read only
	if len(counts) == 0 {
		return nil // most sentences: no need to split them into words
	}
	st := sentences.Get().(*sentence)
	defer st.release()
	st.text = text
	var out []model.Mention
	antecedent := -1 // the word where bracketed counts' noun starts; -2 none
	var anteEnd int
	var anteNoun noun
	for _, c := range counts {
		start, end, who, nn, rule, ok := e.head(st, text, c)
		if !ok && bracketed(text, c) {
			if antecedent == -1 {
				antecedent, anteEnd, anteNoun = e.lastNounBefore(st, text, c.Start)
			}
			if antecedent >= 0 {
				start, end, nn, rule, ok = c.Start, c.End, anteNoun, RuleBracket, true
				who = text[antecedent:anteEnd]
			}
		}
		if k := numberTo(text, c); !ok && k >= 0 {
			// "brings the number of North Korean troops in Russia to
			// 3,000": the noun comes first
			if a, aEnd, nn0 := e.lastNounBefore(st, text, c.QualStart); a > k {
				start, end, nn, rule, ok = c.Start, c.End, nn0, RuleCount, true
				who = text[a:aEnd]
			}
		}
		if !ok && len(out) > 0 && runningTotal(text, c) {
			// "train an additional 15,000 troops, bringing the total to
			// 30,000", "has trained 63,000 soldiers and is on track to
			// reach 75,000": the people counted just before
			out = append(out, totalOf(out[len(out)-1], s, c))
			continue
		}
		if !ok || nn.role == notPeople {
			continue
		}
		p := &model.Personnel{Qualifier: c.Qualifier, Vague: c.Vague, Who: who}
		if c.HasValue {
			p.Quantity, p.HasQuantity, p.QuantityMax = int64(c.Value), true, int64(c.Max)
		}
		if !st.hasTx {
			st.tx.Reset(text, e.cueSet)
			st.hasTx = true
		}
		p.Role = e.role(&st.tx, c.QualStart, end, nn.role)
		if rule == RuleKilled {
			p.Role = "casualties"
		}
		out = append(out, model.Mention{Kind: model.KindPersonnel, Start: s.Start + start, End: s.Start + end, Sentence: s.Index,
			Rule: e.ruleName(rule, nn.line), Personnel: p})
	}
	return out
}

// totalOf is the mention of the bare count c in sentence s that counts the
// people prev counts, as runningTotal finds it.
func totalOf(prev model.Mention, s model.Sentence, c numbers.Count) model.Mention {
	p := &model.Personnel{Qualifier: c.Qualifier, Vague: c.Vague, Who: prev.Personnel.Who, Role: prev.Personnel.Role,
		Quantity: int64(c.Value), HasQuantity: true, QuantityMax: int64(c.Max)}
	return model.Mention{Kind: model.KindPersonnel, Start: s.Start + c.Start, End: s.Start + c.End, Sentence: s.Index, Rule: prev.Rule, Personnel: p}
}

// runningTotal reports whether the bare count c is the level a tally
// reaches ("bringing the total to 30,000", "on track to reach 75,000"),
// with no noun of its own after it.
func runningTotal(text string, c numbers.Count) bool {
	if !c.HasValue || c.Words {
		return false
	}
	pre := strings.ToLower(text[max(0, c.QualStart-40):c.QualStart])
	lead := false
	for _, w := range []string{"total to ", "number to ", "figure to ", "tally to ", "reach ", "reaching ", "reached "} {
		if strings.HasSuffix(pre, w) {
			lead = true
			break
		}
	}
	if !lead {
		return false
	}
	rest := strings.TrimLeft(text[c.End:], " ")
	if rest == "" || strings.ContainsRune(".,;:)", rune(rest[0])) {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	switch strings.ToLower(w) {
	case "by", "in", "this", "next", "before", "over", "within", "at", "soon", "and":
		return true
	}
	return false
}

// changedBy reports whether pre ends with a verb of change and "by": "the
// number of refugees ... increased by 41,300".
func changedBy(pre string) bool {
	w, ok := strings.CutSuffix(pre, " by ")
	if !ok {
		return false
	}
	w = w[strings.LastIndexByte(w, ' ')+1:]
	switch strings.ToLower(w) {
	case "increased", "decreased", "rose", "risen", "fell", "fallen", "grew", "grown", "dropped", "declined", "increase", "decrease":
		return true
	}
	return false
}

// numberTo returns where "number of" starts when the count c ends a
// phrase "the number of ... to N" that names what it counts first, or -1.
func numberTo(text string, c numbers.Count) int {
	if !c.HasValue {
		return -1
	}
	pre := text[:c.QualStart]
	if !strings.HasSuffix(pre, " to ") && !changedBy(pre) {
		return -1
	}
	k := strings.LastIndex(pre, "number of ")
	if k < 0 || len(pre)-k > 100 {
		return -1
	}
	return k
}

// bracketed reports whether a count is a figure alone in brackets right
// after a name, "Latvia (17)", and no year ("(2022)").
func bracketed(text string, c numbers.Count) bool {
	if !c.HasValue || c.Words || c.QualStart != c.Start || c.Start < 2 || c.End >= len(text) || text[c.Start-1] != '(' || text[c.End] != ')' {
		return false
	}
	if c.Value >= 1900 && c.Value < 2100 {
		return false
	}
	k := c.Start - 1
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	// the word before the bracket: a name, capitalised
	j := k
	for j > 0 && text[j-1] != ' ' && text[j-1] != '(' {
		j--
	}
	return j < k && text[j] >= 'A' && text[j] <= 'Z'
}

// lastNounBefore returns the byte span of the last noun of who.tsv that
// ends before byte offset pos, and its entry; -2 when there is none.
func (e *Extractor) lastNounBefore(st *sentence, text string, pos int) (int, int, noun) {
	st.from(0)
	from, to, nn := -2, 0, noun{}
	for i := 0; st.has(i) && st.ws[i].start < pos; i++ {
		if nEnd, found, yes := e.nounAt(st, text, i); yes && st.ws[nEnd-1].end <= pos {
			from, to, nn = st.ws[i].start, st.ws[nEnd-1].end, found
		}
	}
	return from, to, nn
}

// head finds the people a count counts: the noun phrase after it, which
// must end in a noun of who.tsv ("10,000 Ukrainian soldiers"), or a
// casualty verb right after a bare count ("over 20 were killed").
func (e *Extractor) head(st *sentence, text string, c numbers.Count) (start, end int, who string, nn noun, rule string, ok bool) {
	if c.HeadStart >= len(text) {
		return
	}
	if c.HasValue {
		if !cuewin.StartsWithFold(text[c.End:], " \t\n\f\r", "were", "was", "have", "had", "has", "are", "got") {
			// casualtyVerb cannot match
		} else if m := casualtyVerb.FindStringSubmatchIndex(text[c.End:]); m != nil && c.HeadStart == c.End+strings.IndexFunc(text[c.End:], func(r rune) bool { return r != ' ' }) {
			return c.Start, c.End, "", noun{role: "casualties"}, RuleKilled, true
		}
		if casualtyAfter(text, c) {
			return c.Start, c.End, "", noun{role: "casualties"}, RuleKilled, true
		}
		if n := othersAfterCasualty(text, c); n > 0 {
			return c.Start, n, "others", noun{role: "casualties"}, RuleKilled, true
		}
		if bareAfterCasualty(text, c) {
			// "killed two people and injured more than 60."
			return c.Start, c.End, "", noun{role: "casualties"}, RuleKilled, true
		}
	}
	// only the first word that starts at or after HeadStart can be the
	// first of the phrase: words come in text order
	st.from(c.HeadStart)
	t := 0
	for st.has(t) && st.ws[t].start < c.HeadStart {
		t++
	}
	if !st.has(t) {
		return
	}
	if w := st.ws[t]; !(w.start == c.HeadStart || w.start-len(w.lead) == c.HeadStart && !strings.ContainsAny(w.lead, "([")) {
		return
	}
	rule = RuleCount
	// "two of them were British citizens", "one was a Moroccan national"
	if !cuewin.StartsWithFold(text[c.HeadStart:], "", "of ", "was ", "were ", "are ", "is ") {
		// copula cannot match
	} else if m := copula.FindStringIndex(text[c.HeadStart:]); m != nil {
		for st.has(t) && st.ws[t].start < c.HeadStart+m[1] {
			t++
		}
		if !st.has(t) {
			return
		}
		rule = RuleCopula
	}
	// walk up to seven words to the noun: "Ukrainian Armed Forces
	// personnel", "tank crew members", "\"North Korean mercenaries\"",
	// "Australian and New Zealand personnel"
	for i := t; st.has(i) && i < t+8; i++ {
		w := st.ws[i]
		if i > t && acronymAside(w, text) {
			// "120 New Zealand Defence Force (NZDF) personnel"
			continue
		}
		if i > t && breaks(w.lead) || isNumber(w.low) {
			return
		}
		if e.stop[w.low] {
			if w.low == "and" && i > t && st.has(i+1) && (isUpper(st.ws[i+1].low, text[st.ws[i+1].start:]) || branchWords[st.ws[i-1].low] && branchWords[st.ws[i+1].low]) && !breaks(w.trail) {
				continue
			}
			return
		}
		if nEnd, found, yes := e.nounAt(st, text, i); yes {
			if found.role != "none" && i > t && modelName(st.ws[i-1].low) && st.ws[nEnd-1].low == "fighters" {
				// a type of aircraft, not people: "four MiG-29 fighters"
				return
			}
			for nEnd-1 > i && noLetters(st.ws[nEnd-1].low) {
				// a dash after the noun opens an aside: "more than 11
				// million people – over a quarter of"
				nEnd--
			}
			last := st.ws[nEnd-1]
			// the noun heads the phrase only when nothing but a stop word,
			// punctuation or the end follows ("Ukrainian soldiers", not
			// "Ukrainian tanks")
			if !found.plural && c.Value > 1 && st.has(nEnd+1) && coordinatedAdjective(st.ws, nEnd) {
				// a demonym that is an adjective of another noun: "over 40
				// Russian and Belarusian entities"; "40 Ukrainian and 20
				// Polish soldiers" shares its noun
				return
			}
			if !st.has(nEnd) || breaks(last.trail) || breaks(st.ws[nEnd].lead) || e.stop[st.ws[nEnd].low] || isNumber(st.ws[nEnd].low) ||
				found.plural && !e.startsNoun(st, text, nEnd) && (!strings.HasSuffix(st.ws[nEnd].low, "s") || st.has(nEnd+1) && verbAfter(e, st.ws, nEnd)) {
				end := last.end
				if strings.HasPrefix(last.trail, "\"") && strings.HasPrefix(st.ws[t].lead, "\"") {
					end++
				}
				return c.Start, end, strings.Trim(text[st.ws[hedged(t, st.ws[t].low, i)].start:last.end], "\""), found, rule, true
			}
		}
		if breaks(w.trail) {
			return
		}
	}
	return
}

// branchWords are the modifiers of a service that two of share one noun:
// "military and security personnel", "medical and rescue workers".
var branchWords = map[string]bool{
	"military": true, "security": true, "civilian": true, "civil": true, "medical": true,
	"rescue": true, "defence": true, "defense": true, "police": true, "border": true,
	"emergency": true, "technical": true, "air": true, "ground": true, "naval": true,
	"intelligence": true, "health": true,
}

// coordinatedAdjective reports whether word k of ws and the one after it
// join the noun before k to another word that is no number: "and
// Belarusian", "or Belarusian".
func coordinatedAdjective(ws []word, k int) bool {
	if k+1 >= len(ws) || breaks(ws[k-1].trail) || breaks(ws[k].lead) {
		return false
	}
	switch ws[k].low {
	case "and", "or":
		return !isNumber(ws[k+1].low)
	}
	return false
}

// acronymAside reports whether w is an acronym in brackets of its own, the
// short name of the words before it: "(NZDF)".
func acronymAside(w word, text string) bool {
	if !strings.HasSuffix(w.lead, "(") || !strings.HasPrefix(w.trail, ")") || strings.ContainsAny(w.trail[1:], ",.;:!?()[]") || w.end-w.start < 2 {
		return false
	}
	for _, r := range text[w.start:w.end] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// hedged returns where who starts: after a hedge that opens the words
// before the noun at i ("almost 6 million estimated internally displaced
// people" are "internally displaced people"), else at t.
func hedged(t int, first string, i int) int {
	if t < i && (first == "estimated" || first == "approximately" || first == "reportedly") {
		return t + 1
	}
	return t
}

// noLetters reports whether a word has no letter or digit: a dash alone.
func noLetters(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// verbAfter reports whether word i of ws, ending in "s" after a noun in
// "-s", is a verb of the sentence rather than a noun the first one
// modifies: a preposition or an article follows it ("The initial
// contingent of roughly 500 Ukrainian soldiers builds on ...", not "armored
// personnel carriers and").
func verbAfter(e *Extractor, ws []word, i int) bool {
	if i+1 >= len(ws) || breaks(ws[i].trail) || !strings.HasSuffix(ws[i-1].low, "s") {
		return false
	}
	switch ws[i+1].low {
	case "and", "or", "but", "nor":
		return false
	}
	return e.stop[ws[i+1].low]
}

// startsNoun reports whether a noun of who.tsv starts at word i.
func (e *Extractor) startsNoun(st *sentence, text string, i int) bool {
	_, _, ok := e.nounAt(st, text, i)
	return ok
}

func isUpper(_ string, s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isNumber(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && r != ',' && r != '.' }) < 0
}

// role picks the cue of roles.tsv nearest the mention; without one in
// reach, the noun's own role.
//
// A cue is in reach when, within the mention's clause (between
// semicolons), its last match before the mention or its first match after
// it is at most reach words away.
func (e *Extractor) role(tx *cuewin.Text, start, end int, def string) string {
	best, bestDist := "", 1<<30
	for _, c := range e.cues {
		if c.side <= 0 {
			if dist, ok := tx.Before(c.re, start, c.reach); ok && dist < bestDist {
				best, bestDist = c.role, dist
			}
		}
		if c.side >= 0 {
			if dist, ok := tx.After(c.re, end, c.reach); ok && dist < bestDist {
				best, bestDist = c.role, dist
			}
		}
	}
	if best == "" {
		return def
	}
	return best
}

// modelName reports whether w is a model designation, letters and a
// number joined by a hyphen: "mig-29", "f-16", "su-25".
func modelName(w string) bool {
	l, n, ok := strings.Cut(w, "-")
	if !ok || l == "" || n == "" {
		return false
	}
	for _, r := range l {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return n[0] >= '0' && n[0] <= '9'
}
