package money

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/aidextract/aidextract/extractors/internal/tsv"
	"github.com/aidextract/aidextract/extractors/internal/words"
	"github.com/aidextract/aidextract/pipeline/model"
)

//go:embed local.tsv
var localTSV []byte

//go:embed suffixes.tsv
var suffixesTSV []byte

// suffix is a code written after an amount that names its currency.
type suffix struct {
	code    string
	iso     string
	closing bool // only when punctuation or the end follows
}

// loadSuffixes attaches suffixes.tsv's codes to the signs they follow.
func (e *Extractor) loadSuffixes(name string, data []byte) error {
	return tsv.Read(name, data, []string{"sign", "suffix", "iso", "closing"}, func(line int, c []string) error {
		cu := e.currencies[fold(c[0])]
		if cu == nil || cu.word {
			return fmt.Errorf("sign %q is not a currency sign of currencies.tsv", c[0])
		}
		if len(c[2]) != 3 || strings.ToUpper(c[2]) != c[2] {
			return fmt.Errorf("iso %q is not a three-letter ISO 4217 code", c[2])
		}
		if c[3] != "yes" && c[3] != "no" {
			return fmt.Errorf("closing %q is not yes or no", c[3])
		}
		cu.suffixes = append(cu.suffixes, suffix{code: c[1], iso: c[2], closing: c[3] == "yes"})
		return nil
	})
}

// suffixAt returns the currency a code right after an amount names, and
// how many bytes of rest (the text after the amount) it takes; 0 for none,
// -1 for a currency's name that opens brackets after it: "$245 million
// [Australian dollars, ...]" names the currency without joining the amount.
func (cu *currency) suffixAt(rest string) (string, int) {
	if len(rest) < 2 || rest[0] != ' ' {
		return "", 0
	}
	if rest[1] == '[' || rest[1] == '(' {
		in := rest[2:]
		for _, sf := range cu.suffixes {
			if strings.IndexByte(sf.code, ' ') > 0 && strings.HasPrefix(in, sf.code) && len(in) > len(sf.code) && strings.ContainsRune(",;)]", rune(in[len(sf.code)])) {
				return sf.iso, -1
			}
		}
		return "", 0
	}
	for _, sf := range cu.suffixes {
		if !strings.HasPrefix(rest[1:], sf.code) {
			continue
		}
		n := 1 + len(sf.code)
		after := rest[n:]
		if after != "" && isAlnum(afterRune(rest, n)) {
			continue // a longer word: "USDA", "Cdns"
		}
		if sf.closing && after != "" && !strings.ContainsRune(",.;:)]", rune(after[0])) {
			continue
		}
		return sf.iso, n
	}
	return "", 0
}

// localCue is one country's claim on a shared currency word.
type localCue struct {
	iso  string
	cues []string
}

// loadLocal attaches local.tsv's country cues to the currencies they
// refine, and files them for localIn.
func (e *Extractor) loadLocal(name string, data []byte) error {
	err := tsv.Read(name, data, []string{"surface", "iso", "cues"}, func(line int, c []string) error {
		cu := e.currencies[fold(c[0])]
		if cu == nil {
			return fmt.Errorf("surface %q is not a currency of currencies.tsv", c[0])
		}
		if len(c[1]) != 3 || strings.ToUpper(c[1]) != c[1] {
			return fmt.Errorf("iso %q is not a three-letter ISO 4217 code", c[1])
		}
		lc := localCue{iso: c[1]}
		for _, w := range strings.Split(c[2], ",") {
			if w = strings.TrimSpace(w); w == "" {
				return fmt.Errorf("empty cue in %q", c[2])
			}
			if w[0] < 'A' || w[0] > 'Z' {
				return fmt.Errorf("cue %q does not start with a capital letter", w)
			}
			lc.cues = append(lc.cues, w)
		}
		cu.local = append(cu.local, lc)
		return nil
	})
	if err != nil {
		return err
	}
	for _, cu := range e.currencies {
		if cu.local != nil && cu.localByWord == nil {
			cu.indexLocal()
		}
	}
	return nil
}

// localBack is how many sentences back localInDoc reads for a country,
// signBack how many bytes for a sign of that country's own dollar.
const (
	localBack = 3
	signBack  = 20000
)

// explicitSigns are the spellings that mark a local dollar as such: a
// document that writes them ("C$95 million") means the US dollar by "$".
var explicitSigns = map[string][]string{
	"CAD": {"C$", "CA$", "Can$", "CAD"},
	"AUD": {"A$", "AU$", "AUD"},
	"NZD": {"NZ$", "NZD"},
}

// localInDoc is localIn for the amount at [start, end) of sentence s of
// document text doc, whose sentences are sents: a sentence that names no
// country takes the one named last in the few sentences before it ("Kuleba
// thanked Australia for the support. The federal budget this week saw more
// than $200 million for Ukraine"), unless the document writes that
// country's dollar with a sign of its own in the text before it.
func (cu *currency) localInDoc(doc string, sents []model.Sentence, s model.Sentence, start, end int) string {
	iso, ok := cu.localIn(doc[s.Start:s.End], start, end)
	if ok || s.Index <= 0 || s.Index >= len(sents) || sents[s.Index].Start != s.Start {
		return iso
	}
	back := localBack
	for k := s.Index - 1; k >= 0 && k >= s.Index-back; k-- {
		p := sents[k]
		text := doc[p.Start:p.End]
		iso, ok := cu.localIn(text, len(text), len(text))
		if !ok {
			if cu.bareIn(text) {
				// a list of sums in the same dollar ("• $6.5m towards
				// the Fund", "• $7m in aid") reads on to the country
				// named before it
				back++
			}
			continue
		}
		return cu.unlessSigned(doc, s.Start, iso)
	}
	// else the title's: "Prime Minister Anthony Albanese, press conference
	// with President Zelenskyy" over "Today I am announcing an additional
	// $99.5 million"
	for k := 0; k < min(titleLines, s.Index-back); k++ {
		p := sents[k]
		if !words.TitleLine(doc, p.Start, p.End) {
			break
		}
		if iso, ok := cu.localIn(doc[p.Start:p.End], p.End-p.Start, p.End-p.Start); ok {
			return cu.unlessSigned(doc, s.Start, iso)
		}
	}
	return cu.iso
}

// unlessSigned returns iso, the local dollar a country named before byte
// pos of doc means, unless the text before pos writes that dollar with a
// sign of its own ("C$95 million"): then a bare "$" is the currency's own.
// Only the text just before is read: every amount of a long document would
// read it all again.
func (cu *currency) unlessSigned(doc string, pos int, iso string) string {
	for _, sign := range explicitSigns[iso] {
		if containsSign(doc[max(0, pos-signBack):pos], sign) {
			return cu.iso
		}
	}
	return iso
}

// titleLines is how many lines of a document's title block localInDoc reads.
const titleLines = 4

// bareIn reports whether text writes the currency's sign or word on its
// own: "$7m", not "US$7m" or "C$7m".
func (cu *currency) bareIn(text string) bool {
	for off := 0; ; {
		k := strings.Index(text[off:], cu.surface)
		if k < 0 {
			return false
		}
		k += off
		if k == 0 || !isAlnum(before(text, k)) {
			return true
		}
		off = k + len(cu.surface)
	}
}

// containsSign reports whether text holds sign as a word of its own: "NZD"
// is not in "NZDF", the New Zealand Defence Force.
func containsSign(text, sign string) bool {
	for off := 0; ; {
		k := strings.Index(text[off:], sign)
		if k < 0 {
			return false
		}
		k += off
		end := k + len(sign)
		// a code ("NZD") must stand alone; a sign ("NZ$") is followed by
		// its figure
		if (end == len(text) || !isAlnum(afterRune(text, end)) || !isASCIILetter(sign[len(sign)-1])) && (k == 0 || !isAlnum(before(text, k)) || !isASCIILetter(sign[0])) {
			return true
		}
		off = k + 1
	}
}

// localIn returns the currency a shared word or sign at [start, end) of the
// sentence text means: that of the country named nearest before it (a
// sentence names the giver first), else nearest after it (a dollar: never
// after, see below), else the word's default. It reads the text once,
// looking up each capitalised word among the cues' first words. It reports
// whether a country of the word's named it, or a tally of givers wrote
// theirs with the one sign.
func (cu *currency) localIn(text string, start, end int) (string, bool) {
	best, dist := cu.iso, 2*len(text)+2
	found, shared := false, false
	for k := 0; k < len(text); k++ {
		c := text[k]
		if c < 'A' || c > 'Z' || k > 0 && isAlnum(before(text, k)) {
			continue
		}
		j := k + 1
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		for _, ref := range cu.localByWord[text[k:j]] {
			w := ref.cue
			if !strings.HasPrefix(text[k:], w) || isAlnum(afterRune(text, k+len(w))) {
				continue
			}
			if cu.iso == "USD" && ref.iso != "USD" && (listed(text, k) || opensList(text, k+len(w))) {
				// "the United Kingdom, Japan and Canada will contribute
				// an additional $10.1bn", "Australia and New Zealand have
				// also pledged": one of several givers does not make
				// their dollar its own
				continue
			}
			if cu.iso == "USD" && ref.iso != "USD" && k < start && strings.HasPrefix(text[k+len(w):], " "+cu.surface) && cu.bareIn(text[:k]) {
				// "The United States provided $3.9 billion, ... and
				// Canada $3.3 billion": a tally that writes every giver's
				// sum after its name with one sign means one dollar; a
				// country's own would need a sign of its own
				shared = true
				continue
			}
			d := start - (k + len(w))
			if k >= end {
				if cu.iso == "USD" && !agentAfter(text[end:k]) {
					// "The remaining $10 billion will be split
					// among the U.K., Canada and Japan": a dollar
					// follows the giver named before it only, or the
					// agent of a passive ("$500 million promised by
					// Prime Minister Justin Trudeau")
					continue
				}
				d = len(text) + k - end // after the amount: only when none before
			}
			if d < dist {
				best, dist, found = ref.iso, d, true
			}
		}
		k = j - 1
	}
	return best, found || shared
}

// agentAfter reports whether between, the text from an amount to a name
// after it, ends in the "by" of a passive, with at most a title between:
// "$500 million promised by Prime Minister Justin", "the $500 million
// pledge made by".
func agentAfter(between string) bool {
	f := strings.Fields(between)
	if len(f) > 10 {
		return false
	}
	for i := len(f) - 1; i >= 0; i-- {
		switch w := f[i]; {
		case w == "by":
			return i > 0
		case w == "the" || w[0] >= 'A' && w[0] <= 'Z':
		default:
			return false
		}
	}
	return false
}

// localRef is one cue of local.tsv, filed under its first word.
type localRef struct {
	cue, iso string
}

// indexLocal files the cues of cu.local under their first words (the
// letters they start with), in the order of local.tsv.
func (cu *currency) indexLocal() {
	cu.localByWord = map[string][]localRef{}
	for _, lc := range cu.local {
		for _, w := range lc.cues {
			j := 1
			for j < len(w) && isASCIILetter(w[j]) {
				j++
			}
			cu.localByWord[w[:j]] = append(cu.localByWord[w[:j]], localRef{w, lc.iso})
		}
	}
}

// opensList reports whether the name that ends at byte k opens a list of
// names: a comma or "and" and a capitalised word follow it.
func opensList(text string, k int) bool {
	p := strings.TrimLeft(text[k:], " ")
	switch {
	case strings.HasPrefix(p, ","):
		p = strings.TrimLeft(p[1:], " ")
	case strings.HasPrefix(p, "and "):
		p = strings.TrimLeft(p[4:], " ")
	default:
		return false
	}
	p = strings.TrimPrefix(p, "the ")
	return p != "" && p[0] >= 'A' && p[0] <= 'Z'
}

// listed reports whether the name at byte k closes or continues a list of
// names: a comma or "and" after a capitalised word stands right before it.
func listed(text string, k int) bool {
	p := strings.TrimRight(text[:k], " ")
	switch {
	case strings.HasSuffix(p, ","):
		p = p[:len(p)-1]
	case strings.HasSuffix(p, " and"):
		p = strings.TrimRight(p[:len(p)-4], " ,")
	default:
		return false
	}
	j := len(p)
	for j > 0 && p[j-1] != ' ' {
		j--
	}
	return j < len(p) && p[j] >= 'A' && p[j] <= 'Z'
}
