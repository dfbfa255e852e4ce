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
	"sort"
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
)

var copula = regexp.MustCompile(`(?i)^(?:of (?:them|whom|those) )?(?:was|were|are|is) (?:an? )?`)

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
		if !slices.Contains(Roles, c[2]) {
			return fmt.Errorf("unknown role %q (want %s)", c[2], strings.Join(Roles, ", "))
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
	ws  []word
	low []byte // the sentence in lower case, when it is ASCII
}

var sentences = sync.Pool{New: func() any { return new(sentence) }}

func (st *sentence) release() {
	if cap(st.ws) > 1<<16 {
		return // one huge sentence: let it go rather than keep it
	}
	clear(st.ws) // drop the strings they hold
	sentences.Put(st)
}

// words splits text into st.ws.
func (st *sentence) words(text string) []word {
	out := st.ws[:0]
	var ascii bool
	st.low, ascii = wordsplit.LowerASCII(st.low[:0], text)
	// one string for the sentence, which the words slice (st.low is reused)
	low := ""
	if ascii {
		low = string(st.low)
	}
	for i := 0; ; {
		w, next, ok := wordsplit.Next(text, i)
		if !ok {
			break
		}
		i = next
		lw := ""
		if ascii {
			lw = low[w.Start:w.End]
		} else {
			lw = strings.ToLower(text[w.Start:w.End])
		}
		out = append(out, word{start: w.Start, end: w.End, lead: w.Lead, trail: w.Trail, low: lw})
	}
	st.ws = out
	return out
}

func breaks(p string) bool { return strings.ContainsAny(p, ",.;:!?()[]") }

// nounAt returns the longest noun of who.tsv that starts at word i: its
// end (exclusive word index) and entry.
func (e *Extractor) nounAt(ws []word, text string, i int) (int, noun, bool) {
	if f, ok := firstField(ws[i].low); ok && !e.firsts[f] {
		return 0, noun{}, false
	}
	var buf [64]byte
	for n := min(e.longest, len(ws)-i); n >= 1; n-- {
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
		if key, ascii := foldASCII(buf[:0], phrase); ascii {
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

// foldASCII appends fold(s) to b when s is ASCII (ok false otherwise):
// lower case, hyphens and white space as single spaces between words.
func foldASCII(b []byte, s string) (_ []byte, ok bool) {
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return b, false
		case c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			space = true
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return b, true
}

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
	ws := st.words(text)
	var out []model.Mention
	var tx *cuewin.Text
	for _, c := range counts {
		start, end, who, nn, rule, ok := e.head(ws, text, c)
		if !ok {
			continue
		}
		p := &model.Personnel{Qualifier: c.Qualifier, Vague: c.Vague, Who: who}
		if c.HasValue {
			p.Quantity, p.HasQuantity, p.QuantityMax = int64(c.Value), true, int64(c.Max)
		}
		if tx == nil {
			tx = cuewin.NewText(text, e.cueSet)
		}
		p.Role = e.role(tx, c.QualStart, end, nn.role)
		if rule == RuleKilled {
			p.Role = "casualties"
		}
		out = append(out, model.Mention{Kind: model.KindPersonnel, Start: s.Start + start, End: s.Start + end, Sentence: s.Index,
			Rule: fmt.Sprintf("%s@who.tsv:%d", rule, nn.line), Personnel: p})
	}
	return out
}

// head finds the people a count counts: the noun phrase after it, which
// must end in a noun of who.tsv ("10,000 Ukrainian soldiers"), or a
// casualty verb right after a bare count ("over 20 were killed").
func (e *Extractor) head(ws []word, text string, c numbers.Count) (start, end int, who string, nn noun, rule string, ok bool) {
	if c.HeadStart >= len(text) {
		return
	}
	if c.HasValue {
		if !cuewin.StartsWithFold(text[c.End:], " \t\n\f\r", "were", "was", "have", "had", "has", "are", "got") {
			// casualtyVerb cannot match
		} else if m := casualtyVerb.FindStringSubmatchIndex(text[c.End:]); m != nil && c.HeadStart == c.End+strings.IndexFunc(text[c.End:], func(r rune) bool { return r != ' ' }) {
			return c.Start, c.End, "", noun{role: "casualties"}, RuleKilled, true
		}
	}
	// only the first word that starts at or after HeadStart can be the
	// first of the phrase: words come in text order
	t := sort.Search(len(ws), func(i int) bool { return ws[i].start >= c.HeadStart })
	if t == len(ws) {
		return
	}
	if w := ws[t]; !(w.start == c.HeadStart || w.start-len(w.lead) == c.HeadStart && !strings.ContainsAny(w.lead, "([")) {
		return
	}
	rule = RuleCount
	// "two of them were British citizens", "one was a Moroccan national"
	if !cuewin.StartsWithFold(text[c.HeadStart:], "", "of ", "was ", "were ", "are ", "is ") {
		// copula cannot match
	} else if m := copula.FindStringIndex(text[c.HeadStart:]); m != nil {
		for t < len(ws) && ws[t].start < c.HeadStart+m[1] {
			t++
		}
		if t >= len(ws) {
			return
		}
		rule = RuleCopula
	}
	// walk up to seven words to the noun: "Ukrainian Armed Forces
	// personnel", "tank crew members", "\"North Korean mercenaries\"",
	// "Australian and New Zealand personnel"
	for i := t; i < len(ws) && i < t+8; i++ {
		w := ws[i]
		if i > t && breaks(w.lead) || isNumber(w.low) {
			return
		}
		if e.stop[w.low] {
			if w.low == "and" && i > t && i+1 < len(ws) && isUpper(ws[i+1].low, text[ws[i+1].start:]) && !breaks(w.trail) {
				continue
			}
			return
		}
		if nEnd, found, yes := e.nounAt(ws, text, i); yes {
			last := ws[nEnd-1]
			// the noun heads the phrase only when nothing but a stop word,
			// punctuation or the end follows ("Ukrainian soldiers", not
			// "Ukrainian tanks")
			if nEnd == len(ws) || breaks(last.trail) || breaks(ws[nEnd].lead) || e.stop[ws[nEnd].low] || isNumber(ws[nEnd].low) ||
				found.plural && !e.startsNoun(ws, text, nEnd) && !strings.HasSuffix(ws[nEnd].low, "s") {
				end := last.end
				if strings.HasPrefix(last.trail, "\"") && strings.HasPrefix(ws[t].lead, "\"") {
					end++
				}
				return c.Start, end, strings.Trim(text[ws[t].start:last.end], "\""), found, rule, true
			}
		}
		if breaks(w.trail) {
			return
		}
	}
	return
}

// startsNoun reports whether a noun of who.tsv starts at word i.
func (e *Extractor) startsNoun(ws []word, text string, i int) bool {
	_, _, ok := e.nounAt(ws, text, i)
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
