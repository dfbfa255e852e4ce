package materiel

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/aidextract/aidextract/extractors/internal/words"
)

//go:embed systems.tsv
var systemsTSV string

//go:embed heads.tsv
var headsTSV string

// File names used in error messages and rule ids.
const (
	SystemsFile = "systems.tsv"
	HeadsFile   = "heads.tsv"
)

// Categories are the values of materiel.category (docs/SCHEMA.md), in
// schema order.
var Categories = []string{
	"tank", "armored_vehicle", "vehicle", "artillery", "rocket_artillery",
	"air_defense", "anti_tank", "missile", "ammunition", "aircraft",
	"helicopter", "drone", "radar", "mine", "small_arms", "other",
}

// System is one row of systems.tsv: a named weapon system or equipment type.
type System struct {
	Canonical string // the name written to materiel.system
	Category  string // one of Categories
	CaliberMM float64
	// Aliases are the spellings matched without regard to case (see Fold),
	// as listed in the file. The canonical name is matched too, unless it is
	// listed in CaseSensitive.
	Aliases []string
	// CaseSensitive are the spellings matched only exactly as written.
	CaseSensitive []string
	Note          string
	Line          int // line in systems.tsv, for rule ids ("systems.tsv:42")
}

// Head is one row of heads.tsv: a generic head noun of counted materiel.
type Head struct {
	Singular string
	Plural   string // never empty: the file's empty plural becomes Singular+"s"
	Category string // one of Categories
	// Unit is the materiel.unit of a measure word followed by "of <item>"
	// ("rounds" for "75,000 rounds of 155 mm ammunition"); empty otherwise.
	Unit string
	// Decides is true when the head's category wins over that of a system
	// named before it ("Leopard 2 mine-clearing tanks" are vehicles).
	Decides bool
	Note    string
	Line    int // line in heads.tsv
}

// Lexicon is the parsed weapons lexicon. Build it with LoadLexicon; the
// zero value finds nothing. It is safe for concurrent use once built.
type Lexicon struct {
	Systems []System
	Heads   []Head

	folded map[string]int // Fold(alias) -> index in Systems
	exact  map[string]int // case-sensitive alias -> index in Systems
	heads  map[string]int // Fold(singular or plural) -> index in Heads
	// first maps the first word of every key of folded, heads and (folded)
	// exact to the numbers of words of the keys starting with it: a
	// phrase whose first word is not there cannot match, nor one of a
	// length no such key has.
	first map[string]wordCounts
	// firstLens holds, for each first byte of a key of first, a bit for
	// each of the keys' lengths (bit 63: 63 bytes or more): most words
	// fail it without a map look-up.
	firstLens [256]uint64
	// firstHash holds, for each firstHash of a key of first, a bit for
	// each length of such keys: a second gate before the map, which most
	// words that pass firstLens fail.
	firstHash [firstHashSize]uint64
	// keys maps every key of folded and heads to its system and head (-1
	// for none), so that lookupPhrase asks once for both.
	keys map[string]keyRef
	// exactLens and keysLens gate exact and keys as firstLens gates
	// first: most phrases of a sentence fail them without a look-up.
	exactLens, keysLens [256]uint64
	// keysHash gates keys as firstHash gates first.
	keysHash [firstHashSize]uint64
}

type keyRef struct{ sys, head int }

// LoadError is a problem in one line of a lexicon file.
type LoadError struct {
	File string
	Line int
	Msg  string
}

func (e *LoadError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// LoadLexicon parses the embedded systems.tsv and heads.tsv. The error, if
// any, joins one *LoadError per problem found.
func LoadLexicon() (*Lexicon, error) {
	systems, err := parseSystems(strings.NewReader(systemsTSV), SystemsFile)
	if err != nil {
		return nil, err
	}
	heads, err := parseHeads(strings.NewReader(headsTSV), HeadsFile)
	if err != nil {
		return nil, err
	}
	return newLexicon(systems, heads, SystemsFile, HeadsFile)
}

// Fold returns the matching key of a spelling: lower case, hyphens read as
// spaces, runs of white space as one space, no leading or trailing space.
// "T-72", "t 72" and " T  72" share the key "t 72".
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	s = strings.ToLower(strings.ReplaceAll(s, "-", " "))
	return strings.Join(strings.Fields(s), " ")
}

// isFolded reports whether Fold(s) is s: ASCII without upper-case
// letters or hyphens, words apart by single spaces.
func isFolded(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z', c == '-', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// Lookup returns the system that spelling names: an exact match of a
// case-sensitive alias, else a match of Fold(alias) against the other
// aliases and canonical names.
func (l *Lexicon) Lookup(alias string) (*System, bool) {
	if i, ok := l.exact[alias]; ok {
		return &l.Systems[i], true
	}
	var buf [64]byte
	if key, ok := words.FoldASCII(buf[:0], alias); ok {
		if i, ok := l.folded[string(key)]; ok {
			return &l.Systems[i], true
		}
		return nil, false
	}
	if i, ok := l.folded[Fold(alias)]; ok {
		return &l.Systems[i], true
	}
	return nil, false
}

// lookupPhrase is what a phrase of a sentence is: Lookup(raw), else
// LookupHead(raw), else, for a plural ("s" but not "ss") longer than
// three bytes, Lookup of raw without its "s". For ASCII it folds raw
// once and asks keys once.
func (l *Lexicon) lookupPhrase(raw string) (*System, *Head) {
	var buf [64]byte
	key, ascii := words.FoldASCII(buf[:0], raw)
	if !ascii || l.keys == nil {
		// Lookup asks exact first
		plural := len(raw) > 3 && strings.HasSuffix(raw, "s") && !strings.HasSuffix(raw, "ss")
		if s, ok := l.Lookup(raw); ok {
			return s, nil
		}
		if h, ok := l.LookupHead(raw); ok {
			return nil, h
		}
		if plural {
			if s, ok := l.Lookup(raw[:len(raw)-1]); ok {
				return s, nil
			}
		}
		return nil, nil
	}
	return l.lookupFolded(raw, key)
}

// lookupFolded is lookupPhrase(raw) for an ASCII raw whose fold is key,
// in a lexicon with keys.
func (l *Lexicon) lookupFolded(raw string, key []byte) (*System, *Head) {
	if i, ok := l.exactAt(raw); ok {
		return &l.Systems[i], nil
	}
	plural := len(raw) > 3 && strings.HasSuffix(raw, "s") && !strings.HasSuffix(raw, "ss")
	if r, ok := l.keyAt(key); ok {
		if r.sys >= 0 {
			return &l.Systems[r.sys], nil
		}
		return nil, &l.Heads[r.head]
	}
	if !plural {
		return nil, nil
	}
	if i, ok := l.exactAt(raw[:len(raw)-1]); ok {
		return &l.Systems[i], nil
	}
	// Fold of raw without its "s": key without it, and without the space
	// a hyphen or space before the "s" became
	key = key[:len(key)-1]
	if n := len(key); n > 0 && key[n-1] == ' ' {
		key = key[:n-1]
	}
	if r, ok := l.keyAt(key); ok && r.sys >= 0 {
		return &l.Systems[r.sys], nil
	}
	return nil, nil
}

// exactAt is l.exact[s], without the look-up when exactLens rules it out.
func (l *Lexicon) exactAt(s string) (int, bool) {
	if s != "" && l.exactLens[s[0]]&lenBit(len(s)) == 0 {
		return 0, false
	}
	i, ok := l.exact[s]
	return i, ok
}

// keyAt is l.keys[string(key)], without the look-up when keysLens or
// keysHash rules it out.
func (l *Lexicon) keyAt(key []byte) (keyRef, bool) {
	if len(key) > 0 && (l.keysLens[key[0]]&lenBit(len(key)) == 0 || l.keysHash[firstHash(key)]&lenBit(len(key)) == 0) {
		return keyRef{}, false
	}
	r, ok := l.keys[string(key)]
	return r, ok
}

// LookupHead returns the head whose singular or plural matches word, compared
// after Fold.
func (l *Lexicon) LookupHead(word string) (*Head, bool) {
	var buf [64]byte
	if key, ok := words.FoldASCII(buf[:0], word); ok {
		if i, ok := l.heads[string(key)]; ok {
			return &l.Heads[i], true
		}
		return nil, false
	}
	if i, ok := l.heads[Fold(word)]; ok {
		return &l.Heads[i], true
	}
	return nil, false
}

// newLexicon indexes parsed rows and checks that no head is also a system
// alias. The names are the files' names for error messages.
func newLexicon(systems []System, heads []Head, systemsName, headsName string) (*Lexicon, error) {
	l := &Lexicon{Systems: systems, Heads: heads}
	var errs []error
	var csFolded map[string][]int
	l.folded, l.exact, csFolded, errs = indexSystems(systems, systemsName)
	l.heads = make(map[string]int, 2*len(heads))
	for i, h := range heads {
		for _, form := range uniq(h.Singular, h.Plural) {
			k := Fold(form)
			if j, ok := l.heads[k]; ok && j != i {
				errs = append(errs, &LoadError{headsName, h.Line, fmt.Sprintf("%q is also a form of head %q (line %d)", form, heads[j].Singular, heads[j].Line)})
				continue
			}
			l.heads[k] = i
			sys := -1
			if j, ok := l.folded[k]; ok {
				sys = j
			} else if js := csFolded[k]; len(js) > 0 {
				sys = js[0]
			}
			if sys >= 0 {
				s := systems[sys]
				errs = append(errs, &LoadError{headsName, h.Line, fmt.Sprintf("head %q is also an alias of system %q (%s:%d)", form, s.Canonical, systemsName, s.Line)})
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	l.first = make(map[string]wordCounts)
	index := func(key string) {
		f := strings.Fields(key)
		if len(f) > 0 {
			l.first[f[0]] |= wordCounts(lenBit(len(f)))
			l.firstLens[f[0][0]] |= lenBit(len(f[0]))
			l.firstHash[firstHash(f[0])] |= lenBit(len(f[0]))
		}
	}
	for k := range l.folded {
		index(k)
	}
	for k := range l.heads {
		index(k)
	}
	for k := range l.exact {
		index(Fold(k))
	}
	for k := range l.exact {
		if k != "" {
			l.exactLens[k[0]] |= lenBit(len(k))
		}
	}
	l.keys = make(map[string]keyRef, len(l.folded)+len(l.heads))
	for k, i := range l.folded {
		l.keys[k] = keyRef{sys: i, head: -1}
	}
	for k, i := range l.heads {
		r, ok := l.keys[k]
		if !ok {
			r.sys = -1
		}
		r.head = i
		l.keys[k] = r
	}
	for k := range l.keys {
		if k != "" {
			l.keysLens[k[0]] |= lenBit(len(k))
			l.keysHash[firstHash(k)] |= lenBit(len(k))
		}
	}
	return l, nil
}

// wordCounts holds a bit for each number of words n of some keys, bit n
// (bit 63 for 63 words or more).
type wordCounts uint64

// most is the largest number of words in c, or 0 for none.
func (c wordCounts) most() int { return bits.Len64(uint64(c)) - 1 }

// has reports whether some key has n words.
func (c wordCounts) has(n int) bool { return c&wordCounts(lenBit(n)) != 0 }

// maxWords returns the most words of a key of Lookup or LookupHead whose
// Fold starts with the word first (lower case), or 0 when none does. ok
// is false when the lexicon has no such index (a zero Lexicon): every
// phrase must then be tried.
func (l *Lexicon) maxWords(first string) (n int, ok bool) {
	c, ok := l.wordCounts(first)
	return c.most(), ok
}

// wordCounts returns the numbers of words of the keys of Lookup and
// LookupHead whose Fold starts with the word first (lower case); ok is
// false as for maxWords.
func (l *Lexicon) wordCounts(first string) (c wordCounts, ok bool) {
	if l.first == nil {
		return 0, false
	}
	if first == "" || l.firstLens[first[0]]&lenBit(len(first)) == 0 || l.firstHash[firstHash(first)]&lenBit(len(first)) == 0 {
		return 0, true
	}
	return l.first[first], true
}

// firstHashSize is the length of Lexicon.firstHash, a power of two.
const (
	firstHashBits = 12
	firstHashSize = 1 << firstHashBits
)

// firstHash mixes the first, middle and last two bytes of a non-empty
// word into an index of Lexicon.firstHash: four bytes tell most words of
// a sentence from the keys that share their length.
func firstHash[S string | []byte](w S) int {
	n := len(w)
	h := uint32(w[0]) | uint32(w[n/2])<<8 | uint32(w[n-1])<<16 | uint32(w[max(n-2, 0)])<<24
	return int((h*0x9e3779b1)>>(32-firstHashBits)) & (firstHashSize - 1)
}

// maxWordsBytes is maxWords for an indexed lexicon, without allocating.
func (l *Lexicon) maxWordsBytes(first []byte) int { return l.wordCountsBytes(first).most() }

// wordCountsBytes is wordCounts for an indexed lexicon, without
// allocating.
func (l *Lexicon) wordCountsBytes(first []byte) wordCounts {
	if len(first) == 0 || l.firstLens[first[0]]&lenBit(len(first)) == 0 || l.firstHash[firstHash(first)]&lenBit(len(first)) == 0 {
		return 0
	}
	return l.first[string(first)]
}

func lenBit(n int) uint64 { return 1 << min(n, 63) }

// indexSystems builds the alias maps and reports every spelling that two
// systems claim: the same folded alias, the same case-sensitive alias, or a
// case-sensitive alias whose folded form another system matches without
// regard to case.
func indexSystems(systems []System, name string) (folded, exact map[string]int, csFolded map[string][]int, errs []error) {
	folded = make(map[string]int)
	exact = make(map[string]int)
	csFolded = make(map[string][]int)
	canon := make(map[string]int)
	for i, s := range systems {
		ck := Fold(s.Canonical)
		if j, ok := canon[ck]; ok {
			errs = append(errs, &LoadError{name, s.Line, fmt.Sprintf("canonical name %q already used at line %d", s.Canonical, systems[j].Line)})
			continue
		}
		canon[ck] = i
		for _, a := range foldedAliases(s) {
			k := Fold(a)
			if j, ok := folded[k]; ok && j != i {
				errs = append(errs, &LoadError{name, s.Line, fmt.Sprintf("alias %q is also an alias of %q (line %d)", a, systems[j].Canonical, systems[j].Line)})
				continue
			}
			if js := othersThan(csFolded[k], i); len(js) > 0 {
				errs = append(errs, &LoadError{name, s.Line, fmt.Sprintf("alias %q also matches case-sensitive alias of %q (line %d)", a, systems[js[0]].Canonical, systems[js[0]].Line)})
				continue
			}
			folded[k] = i
		}
		for _, a := range s.CaseSensitive {
			if j, ok := exact[a]; ok && j != i {
				errs = append(errs, &LoadError{name, s.Line, fmt.Sprintf("case-sensitive alias %q is also an alias of %q (line %d)", a, systems[j].Canonical, systems[j].Line)})
				continue
			}
			k := Fold(a)
			if j, ok := folded[k]; ok {
				if j == i {
					errs = append(errs, &LoadError{name, s.Line, fmt.Sprintf("case-sensitive alias %q is already matched without regard to case", a)})
				} else {
					errs = append(errs, &LoadError{name, s.Line, fmt.Sprintf("case-sensitive alias %q is matched by alias of %q (line %d) without regard to case", a, systems[j].Canonical, systems[j].Line)})
				}
				continue
			}
			exact[a] = i
			if !slices.Contains(csFolded[k], i) {
				csFolded[k] = append(csFolded[k], i)
			}
		}
	}
	return folded, exact, csFolded, errs
}

// foldedAliases are the spellings of s matched without regard to case: its
// aliases and, unless it is case-sensitive, its canonical name.
func foldedAliases(s System) []string {
	if slices.Contains(s.CaseSensitive, s.Canonical) || slices.Contains(s.Aliases, s.Canonical) {
		return s.Aliases
	}
	return append([]string{s.Canonical}, s.Aliases...)
}

func othersThan(idx []int, i int) []int {
	var out []int
	for _, j := range idx {
		if j != i {
			out = append(out, j)
		}
	}
	return out
}

func uniq(a, b string) []string {
	if a == b {
		return []string{a}
	}
	return []string{a, b}
}

// parseSystems reads a systems table. name is the file name used in errors.
func parseSystems(r io.Reader, name string) ([]System, error) {
	t, errs := readTable(r, name,
		[]string{"canonical", "category", "caliber_mm", "aliases"},
		[]string{"aliases_cs", "note"})
	if t == nil {
		return nil, errors.Join(errs...)
	}
	var systems []System
	for _, row := range t.rows {
		bad := func(format string, args ...any) {
			errs = append(errs, &LoadError{name, row.line, fmt.Sprintf(format, args...)})
		}
		s := System{
			Canonical: t.get(row, "canonical"),
			Category:  t.get(row, "category"),
			Note:      t.get(row, "note"),
			Line:      row.line,
		}
		ok := true
		if s.Canonical == "" {
			bad("empty canonical")
			ok = false
		}
		if msg := checkCategory(s.Category); msg != "" {
			bad("%s", msg)
			ok = false
		}
		if c := t.get(row, "caliber_mm"); c != "" {
			v, err := strconv.ParseFloat(c, 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 || v > 1000 {
				bad("bad caliber_mm %q: want a number of millimetres in (0, 1000]", c)
				ok = false
			}
			s.CaliberMM = v
		}
		var msg string
		if s.Aliases, msg = splitList(t.get(row, "aliases")); msg != "" {
			bad("aliases: %s", msg)
			ok = false
		}
		if s.CaseSensitive, msg = splitList(t.get(row, "aliases_cs")); msg != "" {
			bad("aliases_cs: %s", msg)
			ok = false
		}
		seen := make(map[string]bool)
		for _, a := range append(slices.Clone(s.Aliases), s.CaseSensitive...) {
			if seen[a] {
				bad("alias %q listed twice", a)
				ok = false
			}
			seen[a] = true
		}
		if ok {
			systems = append(systems, s)
		}
	}
	_, _, _, ierrs := indexSystems(systems, name)
	errs = append(errs, ierrs...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return systems, nil
}

// parseHeads reads a heads table. name is the file name used in errors.
func parseHeads(r io.Reader, name string) ([]Head, error) {
	t, errs := readTable(r, name,
		[]string{"head", "plural", "category", "unit"},
		[]string{"note", "decides"})
	if t == nil {
		return nil, errors.Join(errs...)
	}
	var heads []Head
	forms := make(map[string]int) // Fold(form) -> line
	for _, row := range t.rows {
		bad := func(format string, args ...any) {
			errs = append(errs, &LoadError{name, row.line, fmt.Sprintf(format, args...)})
		}
		h := Head{
			Singular: t.get(row, "head"),
			Plural:   t.get(row, "plural"),
			Category: t.get(row, "category"),
			Unit:     t.get(row, "unit"),
			Note:     t.get(row, "note"),
			Line:     row.line,
		}
		ok := true
		switch d := t.get(row, "decides"); d {
		case "yes":
			h.Decides = true
		case "":
		default:
			bad("bad decides %q: want yes or empty", d)
			ok = false
		}
		if h.Singular == "" {
			bad("empty head")
			ok = false
		}
		if h.Plural == "" {
			h.Plural = h.Singular + "s"
		}
		if msg := checkCategory(h.Category); msg != "" {
			bad("%s", msg)
			ok = false
		}
		if h.Unit != "" && strings.Trim(h.Unit, "abcdefghijklmnopqrstuvwxyz") != "" {
			bad("bad unit %q: want lower-case letters", h.Unit)
			ok = false
		}
		if !ok {
			continue
		}
		for _, form := range uniq(h.Singular, h.Plural) {
			k := Fold(form)
			if line, dup := forms[k]; dup {
				bad("head %q already listed at line %d", form, line)
				ok = false
				continue
			}
			forms[k] = h.Line
		}
		if ok {
			heads = append(heads, h)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return heads, nil
}

func checkCategory(c string) string {
	switch {
	case c == "":
		return "empty category"
	case !slices.Contains(Categories, c):
		return fmt.Sprintf("unknown category %q (want one of %s)", c, strings.Join(Categories, ", "))
	}
	return ""
}

// splitList splits a '|'-separated list; an empty field is an empty list.
func splitList(s string) ([]string, string) {
	if s == "" {
		return nil, ""
	}
	parts := strings.Split(s, "|")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			return nil, fmt.Sprintf("empty entry in %q", s)
		}
		parts[i] = p
	}
	return parts, ""
}

// table is a parsed tab-separated file: a header row naming the columns,
// then rows with exactly as many fields. Lines starting with '#' and blank
// lines are skipped; line numbers count every physical line from 1.
type table struct {
	cols map[string]int
	rows []tableRow
}

type tableRow struct {
	line   int
	fields []string
}

// get returns the trimmed field of col, or "" when the optional column is
// absent.
func (t *table) get(r tableRow, col string) string {
	i, ok := t.cols[col]
	if !ok {
		return ""
	}
	return r.fields[i]
}

// readTable reads a table whose header must hold every required column and
// may hold the optional ones. A bad header returns a nil table.
func readTable(r io.Reader, name string, required, optional []string) (*table, []error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var (
		t    *table
		errs []error
		line int
	)
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if t == nil {
			t = &table{cols: make(map[string]int, len(fields))}
			for i, f := range fields {
				f = strings.TrimSpace(f)
				if _, dup := t.cols[f]; dup {
					errs = append(errs, &LoadError{name, line, fmt.Sprintf("column %q repeated", f)})
				} else if !slices.Contains(required, f) && !slices.Contains(optional, f) {
					errs = append(errs, &LoadError{name, line, fmt.Sprintf("unknown column %q (want %s)", f, strings.Join(append(slices.Clone(required), optional...), ", "))})
				}
				t.cols[f] = i
			}
			for _, c := range required {
				if _, ok := t.cols[c]; !ok {
					errs = append(errs, &LoadError{name, line, fmt.Sprintf("missing column %q", c)})
				}
			}
			if len(errs) > 0 {
				return nil, errs
			}
			continue
		}
		if len(fields) != len(t.cols) {
			errs = append(errs, &LoadError{name, line, fmt.Sprintf("%d fields, the header has %d", len(fields), len(t.cols))})
			continue
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		t.rows = append(t.rows, tableRow{line: line, fields: fields})
	}
	if err := sc.Err(); err != nil {
		return nil, append(errs, &LoadError{name, line + 1, err.Error()})
	}
	if t == nil {
		return nil, append(errs, &LoadError{name, max(line, 1), "no header row"})
	}
	return t, errs
}
