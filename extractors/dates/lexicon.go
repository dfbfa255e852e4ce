package dates

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed *.tsv *.txt
var dataFS embed.FS

// lexicon is the knowledge the grammar consults, read from the embedded
// data files. It is built once and never written afterwards, so one lexicon
// serves every goroutine.
type lexicon struct {
	months     map[string]monthName // lower-case name
	weekdays   map[string]int
	seasons    map[string]string // season -> modifier
	numbers    map[string]int
	triggers   map[string]map[string]bool // word -> kinds
	countNouns map[string]bool
	events     map[string]bool

	modifiers phraseTable // value: modifier ("" for none)
	relative  phraseTable // value: relEntry
	anchors   phraseTable // value: fixedDate
}

type monthName struct {
	m    int
	abbr bool
}

type relEntry struct {
	anchor   string
	now      bool
	modifier string
}

type fixedDate struct{ y, m, d int }

// phraseTable maps a phrase, as its lower-case tokens joined by spaces, to a
// value. maxLen is the longest phrase in tokens.
type phraseTable struct {
	m      map[string]any
	maxLen int
}

func (p *phraseTable) add(phrase string, v any) {
	toks := tokenize(phrase)
	if len(toks) == 0 {
		return
	}
	if p.m == nil {
		p.m = map[string]any{}
	}
	p.m[joinLow(toks)] = v
	if len(toks) > p.maxLen {
		p.maxLen = len(toks)
	}
}

func joinLow(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.low)
	}
	return b.String()
}

// forward returns the longest phrase starting at token i: its value and the
// index after it.
func (p *phraseTable) forward(toks []token, i int) (any, int, bool) {
	for n := min(p.maxLen, len(toks)-i); n >= 1; n-- {
		if v, ok := p.m[joinLow(toks[i:i+n])]; ok {
			return v, i + n, true
		}
	}
	return nil, i, false
}

// backward returns the longest phrase ending just before token i: its value
// and the index of its first token.
func (p *phraseTable) backward(toks []token, i int) (any, int, bool) {
	for n := min(p.maxLen, i); n >= 1; n-- {
		if v, ok := p.m[joinLow(toks[i-n:i])]; ok {
			return v, i - n, true
		}
	}
	return nil, i, false
}

// readTable returns the tab-separated fields of each line of a data file,
// skipping blank lines and # comments.
func readTable(name string) [][]string {
	raw, err := dataFS.ReadFile(name)
	if err != nil {
		panic(fmt.Sprintf("dates: %s: %v", name, err))
	}
	var rows [][]string
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		var fields []string
		for _, f := range strings.Split(line, "\t") {
			if f = strings.TrimSpace(f); f != "" {
				fields = append(fields, f)
			}
		}
		rows = append(rows, fields)
	}
	return rows
}

func mustInt(name, s string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(s, "+"))
	if err != nil {
		panic(fmt.Sprintf("dates: %s: bad number %q", name, s))
	}
	return n
}

func need(name string, row []string, n int) {
	if len(row) < n {
		panic(fmt.Sprintf("dates: %s: line %q needs %d tab-separated fields", name, strings.Join(row, " "), n))
	}
}

func loadLexicon() *lexicon {
	lx := &lexicon{
		months:     map[string]monthName{},
		weekdays:   map[string]int{},
		seasons:    map[string]string{},
		numbers:    map[string]int{},
		triggers:   map[string]map[string]bool{},
		countNouns: map[string]bool{},
		events:     map[string]bool{},
	}
	for _, r := range readTable("months.tsv") {
		need("months.tsv", r, 2)
		lx.months[strings.ToLower(r[0])] = monthName{m: mustInt("months.tsv", r[1]), abbr: len(r) > 2 && r[2] == "abbr"}
	}
	for _, r := range readTable("weekdays.tsv") {
		need("weekdays.tsv", r, 2)
		lx.weekdays[strings.ToLower(r[0])] = mustInt("weekdays.tsv", r[1])
	}
	for _, r := range readTable("seasons.tsv") {
		need("seasons.tsv", r, 2)
		lx.seasons[strings.ToLower(r[0])] = modValue(r[1])
	}
	for _, r := range readTable("numbers.tsv") {
		need("numbers.tsv", r, 2)
		lx.numbers[strings.ToLower(r[0])] = mustInt("numbers.tsv", r[1])
	}
	for _, r := range readTable("triggers.tsv") {
		need("triggers.tsv", r, 2)
		w := strings.ToLower(r[0])
		if lx.triggers[w] == nil {
			lx.triggers[w] = map[string]bool{}
		}
		for _, k := range strings.Fields(strings.Join(r[1:], " ")) {
			lx.triggers[w][k] = true
		}
	}
	for _, r := range readTable("countnouns.txt") {
		lx.countNouns[strings.ToLower(r[0])] = true
	}
	for _, r := range readTable("events.txt") {
		lx.events[strings.ToLower(r[0])] = true
	}
	for _, r := range readTable("modifiers.tsv") {
		need("modifiers.tsv", r, 2)
		lx.modifiers.add(r[0], modValue(r[1]))
	}
	for _, r := range readTable("relative.tsv") {
		need("relative.tsv", r, 2)
		e := relEntry{anchor: r[1]}
		if len(r) > 2 {
			for _, o := range strings.Split(r[2], ",") {
				switch o = strings.TrimSpace(o); o {
				case "now":
					e.now = true
				case "early", "mid", "late":
					e.modifier = o
				default:
					panic(fmt.Sprintf("dates: relative.tsv: unknown option %q", o))
				}
			}
		}
		if _, _, ok := parseAnchor(e.anchor); !ok {
			panic(fmt.Sprintf("dates: relative.tsv: bad anchor %q", e.anchor))
		}
		lx.relative.add(r[0], e)
	}
	for _, r := range readTable("anchors.tsv") {
		need("anchors.tsv", r, 2)
		var f fixedDate
		if _, err := fmt.Sscanf(r[1], "%4d-%2d-%2d", &f.y, &f.m, &f.d); err != nil {
			panic(fmt.Sprintf("dates: anchors.tsv: bad date %q", r[1]))
		}
		lx.anchors.add(r[0], f)
	}
	return lx
}

func modValue(s string) string {
	if s == "none" {
		return ""
	}
	return s
}

// parseAnchor splits "day:+1" into its unit and offset.
func parseAnchor(a string) (unit string, off int, ok bool) {
	u, n, found := strings.Cut(a, ":")
	if !found {
		return "", 0, false
	}
	switch u {
	case "day", "month", "year", "same":
	default:
		return "", 0, false
	}
	v, err := strconv.Atoi(strings.TrimPrefix(n, "+"))
	if err != nil {
		return "", 0, false
	}
	return u, v, true
}

func (lx *lexicon) isTrigger(word, kind string) bool {
	return lx.triggers[word][kind]
}
