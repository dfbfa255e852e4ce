package donors

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// The data files, embedded so that the binary carries its gazetteer.
//
//go:embed gazetteer.tsv not_donors.tsv
var dataFS embed.FS

// Names of the data files, as they appear in error messages.
const (
	GazetteerFile = "gazetteer.tsv"
	NotDonorsFile = "not_donors.tsv"
)

// Kinds of actor, the values of the kind column.
const (
	KindState        = "state"
	KindOrganisation = "organisation"
	KindBody         = "body"
)

// Entry is one actor of the gazetteer: one row of gazetteer.tsv.
type Entry struct {
	Canonical string // English short name, as events carry it in donor
	Code      string // ISO 3166-1 alpha-3 for states, a fixed code otherwise
	Kind      string // KindState, KindOrganisation or KindBody

	Aliases       []string // names, short forms, adjectives and demonyms, as written
	CaseSensitive []string // aliases and bodies that match only with their case
	Bodies        []string // institutions and office holders that speak for the actor
	// Capital is the capital city, standing for the government: a form
	// that matches only with its case, and that a linker drops where it
	// names a place ("in Berlin"). "" for none.
	Capital string

	Line int // line of the row in gazetteer.tsv, for rule ids ("donors/gazetteer.tsv:42")
}

// Forms returns every surface form that names e: the canonical name, then
// the aliases and the bodies in file order, then the capital, each once.
func (e *Entry) Forms() []string {
	forms := make([]string, 0, 2+len(e.Aliases)+len(e.Bodies))
	forms = append(forms, e.Canonical)
	for _, f := range slices.Concat(e.Aliases, e.Bodies) {
		if !slices.Contains(forms, f) {
			forms = append(forms, f)
		}
	}
	if e.Capital != "" && !slices.Contains(forms, e.Capital) {
		forms = append(forms, e.Capital)
	}
	return forms
}

// IsCaseSensitive reports whether form, one of e's forms, matches only with
// the case it is written in. The capital always does.
func (e *Entry) IsCaseSensitive(form string) bool {
	return form == e.Capital && form != "" || slices.Contains(e.CaseSensitive, form)
}

// NotDonor is one row of not_donors.tsv: a name that looks like a donor but
// is not one (a tracker, a think tank, a news organisation).
type NotDonor struct {
	Name, Why string
	Line      int
}

// Gazetteer is the loaded, checked gazetteer. It is read-only after Load and
// safe for concurrent use; the entries Lookup returns must not be modified.
type Gazetteer struct {
	Entries   []Entry // in file order
	NotDonors []NotDonor

	exact    map[string]int // normalised case-sensitive form -> entry
	folded   map[string]int // folded form -> entry
	byCode   map[string]int
	notDonor map[string]int // folded name -> index in NotDonors
	starts   []string       // every folded form and not-donor name, sorted
	// byFirst[c] is where the starts that begin with byte c begin: those
	// are starts[byFirst[c]:byFirst[c+1]]; byPair the same for two bytes
	// c0<<8|c1. Most words find their range empty or of a start or two,
	// and a search of the range is a search of all starts.
	byFirst [257]int32
	byPair  []int32
	// by index of a start: what the maps hold for it, so that a Walk
	// classifies a surface it has found to be a start without hashing
	// it (see Walk.Classify)
	info []startInfo
}

// startInfo is what the maps hold for a start, a folded string s.
type startInfo struct {
	folded   int32 // folded[s], -1 when absent
	notDonor bool  // s is a key of notDonor
	exact    bool  // some key of exact folds to s
}

// Error is a problem in a data file, at a line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Load reads and checks the embedded gazetteer.tsv and not_donors.tsv.
func Load() (*Gazetteer, error) { return LoadFS(dataFS) }

// LoadFS reads and checks gazetteer.tsv and not_donors.tsv from fsys. It
// rejects unknown, missing or repeated columns, rows with the wrong number
// of fields, a bad kind or code, a repeated canonical name or code, an empty
// list item, a case_sensitive form that is not an alias or body of its row,
// a form that two rows claim, and a not-donor name that is also a form. The
// error joins one *Error per problem, each printed as "file:line: why"; a
// file that cannot be read is reported as fs.ReadFile reports it.
func LoadFS(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{
		exact:    map[string]int{},
		folded:   map[string]int{},
		byCode:   map[string]int{},
		notDonor: map[string]int{},
	}
	var errs []error
	if data, err := fs.ReadFile(fsys, GazetteerFile); err != nil {
		errs = append(errs, err)
	} else {
		errs = append(errs, g.parseGazetteer(string(data))...)
	}
	if data, err := fs.ReadFile(fsys, NotDonorsFile); err != nil {
		errs = append(errs, err)
	} else {
		errs = append(errs, g.parseNotDonors(string(data))...)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	for _, m := range []map[string]int{g.exact, g.folded, g.notDonor} {
		for k := range m {
			g.starts = append(g.starts, fold(k))
		}
	}
	slices.Sort(g.starts)
	g.starts = slices.Compact(g.starts)
	// the first start at or after each byte and each pair of bytes; a
	// comparison with string(b) allocates nothing
	var b [2]byte
	k := 0
	for c := range 256 {
		b[0] = byte(c)
		for k < len(g.starts) && g.starts[k] < string(b[:1]) {
			k++
		}
		g.byFirst[c] = int32(k)
	}
	g.byFirst[256] = int32(len(g.starts))
	g.byPair = make([]int32, 1<<16+1)
	k = 0
	for p := range 1 << 16 {
		b[0], b[1] = byte(p>>8), byte(p)
		for k < len(g.starts) && g.starts[k] < string(b[:]) {
			k++
		}
		g.byPair[p] = int32(k)
	}
	g.byPair[1<<16] = int32(len(g.starts))
	g.info = make([]startInfo, len(g.starts))
	for i, s := range g.starts {
		g.info[i].folded = -1
		if e, ok := g.folded[s]; ok {
			g.info[i].folded = int32(e)
		}
		_, g.info[i].notDonor = g.notDonor[s]
	}
	for k := range g.exact {
		if i, ok := slices.BinarySearch(g.starts, fold(k)); ok {
			g.info[i].exact = true
		}
	}
	return g, nil
}

// MayStart reports whether surface, or a longer surface that begins with
// it, could be a name Lookup or IsNotDonor recognises. A caller trying
// every window of a sentence grows a window only while MayStart holds.
func (g *Gazetteer) MayStart(surface string) bool {
	w := fold(surface)
	if w == "the" || g.hasPrefix(w) || strings.HasPrefix(w, "the ") && g.hasPrefix(w[len("the "):]) {
		return true
	}
	p := stripPossessive(w)
	return p != w && (g.hasPrefix(p) || strings.HasPrefix(p, "the ") && g.hasPrefix(p[len("the "):]))
}

// hasPrefix reports whether some form starts with the folded word w.
func (g *Gazetteer) hasPrefix(w string) bool {
	// only the starts that begin with w's first bytes can begin with w
	starts := g.starts
	switch {
	case len(w) >= 2:
		p := int(w[0])<<8 | int(w[1])
		starts = starts[g.byPair[p]:g.byPair[p+1]]
	case len(w) == 1:
		starts = starts[g.byFirst[w[0]]:g.byFirst[int(w[0])+1]]
	}
	i, _ := slices.BinarySearch(starts, w)
	return i < len(starts) && strings.HasPrefix(starts[i], w)
}

// Lookup returns the entry that surface names: one of its forms, compared
// without case unless the form is case-sensitive. Curly apostrophes and
// runs of spaces are folded first; a leading "the" and a trailing possessive
// ("Germany's", "Netherlands'") are tried off when the whole surface does
// not match.
func (g *Gazetteer) Lookup(surface string) (*Entry, bool) {
	cs, n := candidates(surface)
	for _, s := range cs[:n] {
		if i, ok := g.exact[s]; ok {
			return &g.Entries[i], true
		}
		if i, ok := getFolded(g.folded, s); ok {
			return &g.Entries[i], true
		}
	}
	return nil, false
}

// ByCode returns the entry with the code ("USA", "EU"), compared exactly.
func (g *Gazetteer) ByCode(code string) (*Entry, bool) {
	if i, ok := g.byCode[code]; ok {
		return &g.Entries[i], true
	}
	return nil, false
}

// IsNotDonor reports whether surface is listed in not_donors.tsv, compared
// as Lookup compares forms that are not case-sensitive.
func (g *Gazetteer) IsNotDonor(surface string) bool {
	cs, n := candidates(surface)
	for _, s := range cs[:n] {
		if _, ok := getFolded(g.notDonor, s); ok {
			return true
		}
	}
	return false
}

// Classify is IsNotDonor and Lookup at once, for the cost of one: notDonor
// is IsNotDonor(surface), and when it is false e is what Lookup returns
// (nil when it finds nothing).
func (g *Gazetteer) Classify(surface string) (e *Entry, notDonor bool) {
	cs, n := candidates(surface)
	for _, s := range cs[:n] {
		if _, ok := getFolded(g.notDonor, s); ok {
			return nil, true
		}
	}
	for _, s := range cs[:n] {
		if i, ok := g.exact[s]; ok {
			return &g.Entries[i], false
		}
		if i, ok := getFolded(g.folded, s); ok {
			return &g.Entries[i], false
		}
	}
	return nil, false
}

// getFolded returns m[fold(s)]. A short plain s is folded into a buffer on
// the stack, which the map lookup reads without allocating a string.
func getFolded(m map[string]int, s string) (int, bool) {
	var buf [64]byte
	if len(s) > len(buf) || !isPlain(s) {
		i, ok := m[fold(s)]
		return i, ok
	}
	b := buf[:len(s)]
	for k := 0; k < len(s); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	i, ok := m[string(b)]
	return i, ok
}

// The columns of each file; every one must appear in the header, once. An
// optional column may be left out.
var (
	gazetteerColumns  = []string{"canonical", "code", "kind", "aliases", "case_sensitive", "bodies"}
	gazetteerOptional = []string{"capital"}
	notDonorColumns   = []string{"name", "why"}
)

var (
	stateCode = regexp.MustCompile(`^[A-Z]{3}$`)
	otherCode = regexp.MustCompile(`^[A-Z][A-Z0-9]{1,7}$`)
)

// claim is a form registered by an entry, for the check that no form names
// two entries.
type claim struct {
	entry int
	form  string // normalised, case as written
	cs    bool
}

func (g *Gazetteer) parseGazetteer(text string) []error {
	var errs []error
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &Error{GazetteerFile, line, fmt.Sprintf(format, args...)})
	}
	rows, err := readTable(GazetteerFile, text, gazetteerColumns, gazetteerOptional)
	if err != nil {
		return []error{err}
	}
	canon := map[string]int{} // folded canonical -> line
	codes := map[string]int{} // code -> line
	claims := map[string][]claim{}
	for _, r := range rows {
		n := len(errs)
		e := Entry{
			Canonical: r.get("canonical"),
			Code:      r.get("code"),
			Kind:      r.get("kind"),
			Line:      r.line,
		}
		if e.Canonical == "" {
			fail(r.line, "empty canonical")
		} else if line, dup := canon[fold(e.Canonical)]; dup {
			fail(r.line, "duplicate canonical %q (first at line %d)", e.Canonical, line)
		} else {
			canon[fold(e.Canonical)] = r.line
		}
		switch e.Kind {
		case KindState:
			if !stateCode.MatchString(e.Code) {
				fail(r.line, "code %q of a state is not ISO 3166-1 alpha-3 (three capitals)", e.Code)
			}
		case KindOrganisation, KindBody:
			if !otherCode.MatchString(e.Code) {
				fail(r.line, "code %q is not 2-8 capitals and digits starting with a capital", e.Code)
			}
		default:
			fail(r.line, "kind %q is not one of %s, %s, %s", e.Kind, KindState, KindOrganisation, KindBody)
		}
		if line, dup := codes[e.Code]; dup && e.Code != "" {
			fail(r.line, "duplicate code %q (first at line %d)", e.Code, line)
		} else {
			codes[e.Code] = r.line
		}
		for _, col := range []struct {
			name string
			dst  *[]string
		}{{"aliases", &e.Aliases}, {"case_sensitive", &e.CaseSensitive}, {"bodies", &e.Bodies}} {
			list, err := splitList(r.get(col.name))
			if err != "" {
				fail(r.line, "%s: %s", col.name, err)
			}
			*col.dst = list
		}
		e.Capital = strings.TrimSpace(r.get("capital"))
		if strings.Contains(e.Capital, "|") {
			fail(r.line, "capital %q: one name only", e.Capital)
		}
		listed := map[string]bool{e.Canonical: true}
		for _, f := range slices.Concat(e.Aliases, e.Bodies, []string{e.Capital}) {
			if f == "" {
				continue
			}
			if listed[f] && f != e.Canonical {
				fail(r.line, "form %q is listed twice", f)
			}
			listed[f] = true
		}
		for i, cs := range e.CaseSensitive {
			if slices.Contains(e.CaseSensitive[:i], cs) {
				fail(r.line, "case_sensitive %q is listed twice", cs)
			}
		}
		forms := e.Forms()
		for _, cs := range e.CaseSensitive {
			if !slices.Contains(forms, cs) {
				fail(r.line, "case_sensitive %q is not an alias or body of %s", cs, e.Canonical)
			}
		}
		if len(errs) > n {
			continue // register nothing from a bad row
		}
		idx := len(g.Entries)
		pending := map[string][]claim{} // this row's claims, kept only if the row is good
		for _, f := range forms {
			c := claim{entry: idx, form: norm(f), cs: e.IsCaseSensitive(f)}
			key := fold(f)
			for _, o := range slices.Concat(claims[key], pending[key]) {
				if c.cs && o.cs && c.form != o.form {
					continue // "US" and "Us" may name different entries
				}
				if o.entry == idx {
					fail(r.line, "form %q is listed twice (as %q)", f, o.form)
				} else {
					fail(r.line, "form %q is also claimed by %s (line %d)", f, g.Entries[o.entry].Canonical, g.Entries[o.entry].Line)
				}
			}
			pending[key] = append(pending[key], c)
		}
		if len(errs) > n {
			continue
		}
		for key, cs := range pending {
			claims[key] = append(claims[key], cs...)
		}
		g.Entries = append(g.Entries, e)
		g.byCode[e.Code] = idx
		for _, f := range forms {
			if e.IsCaseSensitive(f) {
				g.exact[norm(f)] = idx
			} else {
				g.folded[fold(f)] = idx
			}
		}
	}
	return errs
}

func (g *Gazetteer) parseNotDonors(text string) []error {
	var errs []error
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &Error{NotDonorsFile, line, fmt.Sprintf(format, args...)})
	}
	rows, err := readTable(NotDonorsFile, text, notDonorColumns, nil)
	if err != nil {
		return []error{err}
	}
	seen := map[string]int{} // folded name -> line
	for _, r := range rows {
		nd := NotDonor{Name: r.get("name"), Why: r.get("why"), Line: r.line}
		key := fold(nd.Name)
		switch {
		case nd.Name == "":
			fail(r.line, "empty name")
		case nd.Why == "":
			fail(r.line, "empty why for %q", nd.Name)
		case seen[key] > 0:
			fail(r.line, "duplicate name %q (first at line %d)", nd.Name, seen[key])
		default:
			seen[key] = r.line
			if e, ok := g.Lookup(nd.Name); ok {
				fail(r.line, "%q is a form of %s (%s:%d)", nd.Name, e.Canonical, GazetteerFile, e.Line)
				continue
			}
			g.notDonor[key] = len(g.NotDonors)
			g.NotDonors = append(g.NotDonors, nd)
		}
	}
	return errs
}

// row is one data row of a table, its cells by column name.
type row struct {
	line  int
	cells map[string]string
}

func (r row) get(col string) string { return r.cells[col] }

// readTable splits text into rows under a header that must hold exactly the
// given columns, and may hold the optional ones, in any order. Blank lines
// and lines starting with '#' are skipped; cells are trimmed of surrounding
// spaces.
func readTable(file, text string, columns, optional []string) ([]row, error) {
	var (
		header     []string
		headerLine int
		rows       []row
		errs       []error
	)
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &Error{file, line, fmt.Sprintf(format, args...)})
	}
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for j := range fields {
			fields[j] = strings.TrimSpace(fields[j])
		}
		if header == nil {
			header, headerLine = fields, n
			seen := map[string]bool{}
			for _, h := range fields {
				switch {
				case !slices.Contains(columns, h) && !slices.Contains(optional, h):
					fail(n, "unknown column %q (want %s)", h, strings.Join(slices.Concat(columns, optional), ", "))
				case seen[h]:
					fail(n, "column %q repeated", h)
				}
				seen[h] = true
			}
			for _, c := range columns {
				if !seen[c] {
					fail(n, "missing column %q", c)
				}
			}
			if len(errs) > 0 {
				return nil, errors.Join(errs...)
			}
			continue
		}
		if len(fields) != len(header) {
			fail(n, "%d fields, the header has %d", len(fields), len(header))
			continue
		}
		r := row{line: n, cells: make(map[string]string, len(header))}
		for j, h := range header {
			r.cells[h] = fields[j]
		}
		rows = append(rows, r)
	}
	switch {
	case header == nil:
		fail(1, "no header row (want %s)", strings.Join(columns, ", "))
	case len(rows) == 0 && len(errs) == 0:
		fail(headerLine, "no rows")
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return rows, nil
}

// splitList splits a '|'-separated cell; an empty cell is an empty list.
func splitList(cell string) ([]string, string) {
	if cell == "" {
		return nil, ""
	}
	parts := strings.Split(cell, "|")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
		if parts[i] == "" {
			return nil, fmt.Sprintf("empty item %d in %q", i+1, cell)
		}
	}
	return parts, ""
}

// norm folds typography the way the matching view does: curly apostrophes
// become straight ones and runs of spaces one space.
func norm(s string) string {
	if isPlain(s) {
		return s // the common case: nothing to fold, no allocation
	}
	s = apostrophes.Replace(s)
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// apostrophes folds curly and modifier apostrophes to "'".
var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'")

// isPlain reports whether s is ASCII with single spaces only and none at
// either end: already what norm returns.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < ' ' || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// fold is norm without case.
func fold(s string) string { return strings.ToLower(norm(s)) }

// candidates lists the strings Lookup tries for a surface, most literal
// first: as written, without a trailing possessive, without a leading
// article, without both. They are out[:n]: an array, not a slice, so that
// listing them allocates nothing.
func candidates(surface string) (out [4]string, n int) {
	s := norm(surface)
	out[0], n = s, 1
	add := func(c string) {
		if c != "" && !slices.Contains(out[:n], c) {
			out[n] = c
			n++
		}
	}
	add(stripPossessive(s))
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		add(s[4:])
		add(stripPossessive(s[4:]))
	}
	return out, n
}

func stripPossessive(s string) string {
	switch {
	case strings.HasSuffix(s, "'s"), strings.HasSuffix(s, "'S"):
		return s[:len(s)-2]
	case strings.HasSuffix(s, "s'"):
		return s[:len(s)-1]
	}
	return s
}
