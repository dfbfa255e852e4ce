package dates

import (
	"embed"
	"fmt"
	"maps"
	"slices"
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
	seasons    map[string]season
	numbers    map[string]int
	triggers   map[string]map[string]bool // word -> kinds
	countNouns map[string]bool
	events     map[string]bool
	notWeekday map[string]string // word -> "before" or "after" a bare weekday

	modifiers phraseTable // value: modifier ("" for none)
	relative  phraseTable // value: relEntry
	anchors   phraseTable // value: fixedDate

	// built from the tables above by buildInfo
	info      map[string]*wordInfo
	ascii     [0x80]*wordInfo // info of one-byte tokens
	maxWord   int             // the longest key of info, in bytes
	digitKeys bool            // some key of info is a number
	// table holds the keys of info in open addressing by keyHash, so that
	// the tokenizer can hash a word while it reads it. It also interns, with
	// a nil wordInfo, the other words of the phrase tables and the words the
	// grammar compares tokens with (grammarWords; see token.low).
	table  []infoSlot
	mask   uint32
	maxKey int // the longest key of table, in bytes
	// words[n][f] has bit l set when table holds a key of n ASCII
	// letters, first letter f and last letter l: no other word of
	// letters is a key, and the tokenizer need not look it up
	words [][26]uint32
}

type infoSlot struct {
	key string
	wi  *wordInfo
}

// keyHash is FNV-1a: hashStart, then hashByte for each byte of the key.
const hashStart uint32 = 2166136261

func hashByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

func keyHash(k string) uint32 {
	h := hashStart
	for i := 0; i < len(k); i++ {
		h = hashByte(h, k[i])
	}
	return h
}

// addWord notes the key k in lx.words when it is a word of lower-case
// ASCII letters.
func (lx *lexicon) addWord(k string) {
	for i := 0; i < len(k); i++ {
		if k[i] < 'a' || k[i] > 'z' {
			return
		}
	}
	for len(lx.words) <= len(k) {
		lx.words = append(lx.words, [26]uint32{})
	}
	lx.words[len(k)][k[0]-'a'] |= 1 << (k[len(k)-1] - 'a')
}

// mayBeKey reports whether the word w of two or more ASCII letters, in
// any case, may be a key of table once lower-cased.
func (lx *lexicon) mayBeKey(w string) bool {
	n := len(w)
	return n < len(lx.words) && lx.words[n][w[0]|0x20-'a']&(1<<(w[n-1]|0x20-'a')) != 0
}

// find returns the info of key k, whose keyHash is h, or nil.
func (lx *lexicon) find(k string, h uint32) *wordInfo {
	for i := h & lx.mask; ; i = (i + 1) & lx.mask {
		e := &lx.table[i]
		if e.key == "" {
			return nil
		}
		if e.key == k {
			return e.wi
		}
	}
}

// findFold looks up the lower-case form of the ASCII word w, whose keyHash
// is h: it returns the interned key, its info (nil for a word that only is
// interned) and whether the key was there.
func (lx *lexicon) findFold(w string, h uint32) (string, *wordInfo, bool) {
	for i := h & lx.mask; ; i = (i + 1) & lx.mask {
		e := &lx.table[i]
		if e.key == "" {
			return "", nil, false
		}
		if len(e.key) == len(w) && equalLower(e.key, w) {
			return e.key, e.wi, true
		}
	}
}

// equalLower reports whether the ASCII word w lower-cased is k, which has
// the same length.
func equalLower(k, w string) bool {
	for i := 0; i < len(k); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != k[i] {
			return false
		}
	}
	return true
}

// grammarWords are the lower-case words that dates.go compares tokens with
// (TestGrammarWordsInterned checks that the list is complete).
var grammarWords = strings.Fields(`act after ago and anchor before between dates day days duration
	earlier early end eve final financial first fiscal fourth from fy in last late
	later march mid month nd next numeric of or past post pre prior quarter range rd
	relative s season second st th that the third this through thru till to until
	weekday year
	thousand million billion trillion mln bln bn`)

type monthName struct {
	m    int
	abbr bool
}

type relEntry struct {
	anchor   string
	now      bool
	modifier string
	atom     string // anchor as the atom carries it: anchor, with "@now" when now
}

// fixedDate is a named day of anchors.tsv; y is 0 for a holiday, a day of
// every year.
type fixedDate struct{ y, m, d int }

// ruleHoliday is the rule of a holiday of anchors.tsv ("Christmas Day").
const ruleHoliday = "holiday"

// phraseTable maps a phrase, as its sequence of lower-case tokens, to a
// value. Phrases are stored twice, as a trie read forwards and a trie read
// backwards, so that a lookup walks the tokens of the sentence one by one
// and stops at the first token that no phrase continues with. The first step
// of each walk is kept on the word's wordInfo (see lookup), so that a token
// that starts no phrase costs nothing.
type phraseTable struct {
	id       int // index into wordInfo.fwd and wordInfo.bwd
	fwd, bwd phraseNode
	maxLen   int
}

// phraseNode is a node of a phrase trie: the phrase that ends here, if any,
// and the tokens that continue it.
type phraseNode struct {
	next map[string]*phraseNode
	v    any
	ok   bool
}

func (n *phraseNode) child(w string) *phraseNode {
	if n.next == nil {
		n.next = map[string]*phraseNode{}
	}
	c := n.next[w]
	if c == nil {
		c = &phraseNode{}
		n.next[w] = c
	}
	return c
}

func (p *phraseTable) add(phrase string, v any) {
	toks := tokenize(phrase)
	if len(toks) == 0 {
		return
	}
	n := &p.fwd
	for _, t := range toks {
		n = n.child(t.low)
	}
	n.v, n.ok = v, true
	n = &p.bwd
	for i := len(toks) - 1; i >= 0; i-- {
		n = n.child(toks[i].low)
	}
	n.v, n.ok = v, true
	if len(toks) > p.maxLen {
		p.maxLen = len(toks)
	}
}

// forward returns the longest phrase starting at token i: its value and the
// index after it. The tokens must have been classified.
func (p *phraseTable) forward(toks []token, i int) (any, int, bool) {
	if i < 0 || i >= len(toks) || toks[i].info == nil {
		return nil, i, false
	}
	n := toks[i].info.fwd[p.id]
	var v any
	end, ok := i, false
	for k := i + 1; n != nil; k++ {
		if n.ok {
			v, end, ok = n.v, k, true
		}
		if k >= len(toks) || n.next == nil {
			break
		}
		n = n.next[toks[k].low]
	}
	return v, end, ok
}

// backward returns the longest phrase ending just before token i: its value
// and the index of its first token. The tokens must have been classified.
func (p *phraseTable) backward(toks []token, i int) (any, int, bool) {
	if i <= 0 || i > len(toks) || toks[i-1].info == nil {
		return nil, i, false
	}
	n := toks[i-1].info.bwd[p.id]
	var v any
	start, ok := i, false
	for k := i - 1; n != nil; k-- {
		if n.ok {
			v, start, ok = n.v, k, true
		}
		if k == 0 || n.next == nil {
			break
		}
		n = n.next[toks[k-1].low]
	}
	return v, start, ok
}

// the phrase tables, by their id
const (
	tableAnchors = iota
	tableRelative
	tableModifiers
	numTables
)

// Trigger kinds as bits of wordInfo.trig.
const (
	trigMonth uint8 = 1 << iota
	trigYear
	trigWeekday
	trigSeason
	trigQuarter
	trigDuration
)

func triggerBit(kind string) uint8 {
	switch kind {
	case weakMonth:
		return trigMonth
	case weakYear:
		return trigYear
	case weakWeekday:
		return trigWeekday
	case weakSeason:
		return trigSeason
	case weakQuarter:
		return trigQuarter
	case "duration":
		return trigDuration
	}
	return 0
}

// season is one row of seasons.tsv.
type season struct {
	modifier string
	from, to int // its first and last months; to < from for a winter
}

// wordInfo is everything the lexicon knows about one lower-case token. The
// scanner looks each token up once and consults this record afterwards.
type wordInfo struct {
	month     monthName
	isMonth   bool
	weekday   int
	isWeekday bool
	season    season
	isSeason  bool
	number    int
	isNumber  bool
	trigger   bool  // listed in triggers.tsv
	trig      uint8 // its trigger kinds
	countNoun bool
	event     bool
	// starter: an atom may begin at this token (see scanner.atomAt).
	starter bool
	// fiscal: fiscalAt may read a fiscal year from this word; quarter:
	// quarterAt may read a quarter from it (see scanner.quarterGate)
	fiscal, quarter bool
	// first steps into the phrase tries, by table id
	fwd, bwd [numTables]*phraseNode
}

// buildInfo fills lx.info from the other tables.
func (lx *lexicon) buildInfo() {
	lx.info = map[string]*wordInfo{}
	get := func(w string) *wordInfo {
		wi := lx.info[w]
		if wi == nil {
			wi = &wordInfo{}
			lx.info[w] = wi
		}
		return wi
	}
	for w, m := range lx.months {
		wi := get(w)
		wi.month, wi.isMonth, wi.starter = m, true, true
	}
	for w, d := range lx.weekdays {
		wi := get(w)
		wi.weekday, wi.isWeekday, wi.starter = d, true, true
	}
	for w, s := range lx.seasons {
		wi := get(w)
		wi.season, wi.isSeason, wi.starter = s, true, true
	}
	for w, n := range lx.numbers {
		wi := get(w)
		wi.number, wi.isNumber, wi.starter = n, true, true
	}
	for w, kinds := range lx.triggers {
		wi := get(w)
		wi.trigger = true
		for k, on := range kinds {
			if on {
				wi.trig |= triggerBit(k)
			}
		}
	}
	for w, on := range lx.countNouns {
		if on {
			get(w).countNoun = true
		}
	}
	for w, on := range lx.events {
		if on {
			get(w).event = true
		}
	}
	// words the grammar names itself: "the eve of", "the second quarter",
	// "fiscal year", "FY2024", "Q3"
	for _, w := range []string{"the", "fiscal", "financial", "fy", "q", "first", "second", "third", "fourth", "last", "final"} {
		get(w).starter = true
	}
	for _, w := range []string{"fiscal", "financial", "fy"} {
		get(w).fiscal = true
	}
	for _, w := range []string{"q", "the", "first", "second", "third", "fourth", "last", "final"} {
		get(w).quarter = true
	}
	for _, p := range []*phraseTable{&lx.anchors, &lx.relative, &lx.modifiers} {
		for w, n := range p.fwd.next {
			wi := get(w)
			wi.fwd[p.id] = n
			if p.id != tableModifiers {
				wi.starter = true
			}
		}
		for w, n := range p.bwd.next {
			get(w).bwd[p.id] = n
		}
	}
	for w, wi := range lx.info {
		if len(w) == 1 && w[0] < 0x80 {
			lx.ascii[w[0]] = wi
		}
		if len(w) > lx.maxWord {
			lx.maxWord = len(w)
		}
		if allDigits(w) {
			lx.digitKeys = true
		}
	}
	keys := map[string]*wordInfo{}
	for w, wi := range lx.info {
		keys[w] = wi
	}
	var walk func(n *phraseNode)
	walk = func(n *phraseNode) {
		for w, c := range n.next {
			if _, ok := keys[w]; !ok {
				keys[w] = nil
			}
			walk(c)
		}
	}
	for _, p := range []*phraseTable{&lx.anchors, &lx.relative, &lx.modifiers} {
		walk(&p.fwd)
		walk(&p.bwd)
	}
	for _, w := range slices.Concat(grammarWords, slices.Collect(maps.Keys(lx.notWeekday))) {
		if _, ok := keys[w]; !ok {
			keys[w] = nil
		}
	}
	size := 64
	for size < 4*len(keys) {
		size *= 2
	}
	lx.table, lx.mask = make([]infoSlot, size), uint32(size-1)
	for w, wi := range keys {
		if w == "" {
			continue
		}
		i := keyHash(w) & lx.mask
		for lx.table[i].key != "" {
			i = (i + 1) & lx.mask
		}
		lx.table[i] = infoSlot{w, wi}
		lx.maxKey = max(lx.maxKey, len(w))
		lx.addWord(w)
	}
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// lookup returns the info of a token of the given kind with lower-case
// form low, or nil. A nil lexicon knows nothing.
func (lx *lexicon) lookup(low string, kind byte) *wordInfo {
	switch {
	case lx == nil:
		return nil
	case len(low) == 1 && low[0] < 0x80:
		return lx.ascii[low[0]]
	case kind == 'n' && !lx.digitKeys || len(low) > lx.maxWord || low == "":
		return nil
	}
	return lx.find(low, keyHash(low))
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
		seasons:    map[string]season{},
		numbers:    map[string]int{},
		triggers:   map[string]map[string]bool{},
		countNouns: map[string]bool{},
		events:     map[string]bool{},
		notWeekday: map[string]string{},
	}
	lx.anchors.id, lx.relative.id, lx.modifiers.id = tableAnchors, tableRelative, tableModifiers
	for _, r := range readTable("months.tsv") {
		need("months.tsv", r, 2)
		lx.months[strings.ToLower(r[0])] = monthName{m: mustInt("months.tsv", r[1]), abbr: len(r) > 2 && r[2] == "abbr"}
	}
	for _, r := range readTable("weekdays.tsv") {
		need("weekdays.tsv", r, 2)
		lx.weekdays[strings.ToLower(r[0])] = mustInt("weekdays.tsv", r[1])
	}
	for _, r := range readTable("seasons.tsv") {
		need("seasons.tsv", r, 3)
		var sn season
		if _, err := fmt.Sscanf(r[2], "%d-%d", &sn.from, &sn.to); err != nil || sn.from < 1 || sn.from > 12 || sn.to < 1 || sn.to > 12 {
			panic(fmt.Sprintf("dates: seasons.tsv: bad months %q", r[2]))
		}
		sn.modifier = modValue(r[1])
		lx.seasons[strings.ToLower(r[0])] = sn
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
	for _, r := range readTable("weekdaycontext.tsv") {
		need("weekdaycontext.tsv", r, 2)
		if r[1] != "before" && r[1] != "after" {
			panic(fmt.Sprintf("dates: weekdaycontext.tsv: %q is neither before nor after", r[1]))
		}
		lx.notWeekday[strings.ToLower(r[0])] = r[1]
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
		e.atom = e.anchor
		if e.now {
			e.atom += "@now"
		}
		if _, _, ok := parseAnchor(e.anchor); !ok {
			panic(fmt.Sprintf("dates: relative.tsv: bad anchor %q", e.anchor))
		}
		lx.relative.add(r[0], e)
	}
	for _, r := range readTable("anchors.tsv") {
		need("anchors.tsv", r, 2)
		var f fixedDate
		var err error
		if strings.HasPrefix(r[1], "--") {
			// a holiday: a day of every year ("--12-25")
			_, err = fmt.Sscanf(r[1], "--%2d-%2d", &f.m, &f.d)
		} else {
			_, err = fmt.Sscanf(r[1], "%4d-%2d-%2d", &f.y, &f.m, &f.d)
		}
		if err != nil || f.m < 1 || f.m > 12 || f.d < 1 || f.d > 31 {
			panic(fmt.Sprintf("dates: anchors.tsv: bad date %q", r[1]))
		}
		lx.anchors.add(r[0], f)
	}
	lx.buildInfo()
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
	case "day", "month", "year", "same", "years":
	default:
		return "", 0, false
	}
	v, err := strconv.Atoi(strings.TrimPrefix(n, "+"))
	if err != nil {
		return "", 0, false
	}
	return u, v, true
}

// isTrigger reports whether the token with info wi is a trigger word of the
// given kind.
func isTrigger(wi *wordInfo, kind string) bool {
	return wi != nil && wi.trig&triggerBit(kind) != 0
}
