package events

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// The data files, embedded so that the binary carries its vocabulary.
//
//go:embed triggers.tsv cues.tsv packages.tsv groups.tsv parties.tsv specialists.tsv ordinals.tsv legislatures.tsv markers.tsv civil.tsv private.tsv currencies.tsv
var dataFS embed.FS

// Names of the data files, as they appear in rule ids and error messages.
const (
	TriggersFile = "triggers.tsv"
	CuesFile     = "cues.tsv"
	PackagesFile = "packages.tsv"
	GroupsFile   = "groups.tsv"
	PartiesFile  = "parties.tsv"
	SpecialsFile = "specialists.tsv"
	OrdinalsFile = "ordinals.tsv"
	LegisFile    = "legislatures.tsv"
	MarkersFile  = "markers.tsv"
	CivilFile    = "civil.tsv"
	PrivateFile  = "private.tsv"
	CurrencyFile = "currencies.tsv"
)

// Event kinds and aid types (SCHEMA.md).
const (
	KindPledge   = "pledge"
	KindDelivery = "delivery"
	KindApproval = "approval"
	KindRequest  = "request"
	KindTotal    = "total"
	KindOther    = "other"
	kindNone     = "none" // a trigger that denies aid

	AidMilitary     = "military"
	AidFinancial    = "financial"
	AidHumanitarian = "humanitarian"
	AidTraining     = "training"
	AidMixed        = "mixed"
	AidUnspecified  = "unspecified"
)

// Error is a problem in a data file, at a line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// phrase is a sequence of lower-case tokens to match against a sentence's
// tokens. A token ending in '*' matches by prefix, "..." skips up to three
// tokens and "<n>" matches a number.
type phrase struct {
	toks []string
	text string // as written in the data file
	line int
}

const (
	gapToken     = "..."
	longGapToken = "...." // for phrases whose ends are rare together: "purchas* .... for ukrain*"
	numberToken  = "<n>"
	maxGap       = 3
	maxLongGap   = 12
)

// isGap reports whether a phrase token skips words.
func isGap(pt string) bool { return pt == gapToken || pt == longGapToken }

func parsePhrase(s string) ([]string, error) {
	var toks []string
	for part := range strings.FieldsSeq(s) {
		switch {
		case isGap(part) || part == numberToken:
			if len(toks) == 0 && isGap(part) {
				return nil, errors.New("a phrase cannot start with " + part)
			}
			toks = append(toks, part)
		case strings.HasSuffix(part, "*"):
			if len(part) < 3 || strings.ContainsAny(part[:len(part)-1], "*-") {
				return nil, fmt.Errorf("bad prefix token %q", part)
			}
			toks = append(toks, part)
		default:
			for sub := range strings.SplitSeq(part, "-") {
				if sub == "" {
					return nil, fmt.Errorf("empty token in %q", part)
				}
				toks = append(toks, sub)
			}
		}
	}
	if len(toks) == 0 {
		return nil, errors.New("empty phrase")
	}
	if isGap(toks[len(toks)-1]) {
		return nil, errors.New("a phrase cannot end with " + toks[len(toks)-1])
	}
	for _, t := range toks {
		if t != strings.ToLower(t) {
			return nil, fmt.Errorf("phrase %q must be lower case", s)
		}
	}
	return toks, nil
}

// row is one data row with its line number.
type row struct {
	line   int
	fields map[string]string
}

// readTable reads a TSV file: '#' comments and blank lines are skipped, the
// first other line is the header and must hold exactly columns, and every
// row must have as many fields as the header.
func readTable(file, text string, columns []string) ([]row, []error) {
	var rows []row
	var errs []error
	var header []string
	for i, ln := range strings.Split(text, "\n") {
		line := i + 1
		ln = strings.TrimRight(ln, "\r")
		if strings.TrimSpace(ln) == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		fields := strings.Split(ln, "\t")
		if header == nil {
			if !slices.Equal(fields, columns) {
				return nil, []error{&Error{file, line, fmt.Sprintf("header %q, want %q", fields, columns)}}
			}
			header = fields
			continue
		}
		if len(fields) != len(header) {
			errs = append(errs, &Error{file, line, fmt.Sprintf("%d fields, want %d", len(fields), len(header))})
			continue
		}
		r := row{line: line, fields: map[string]string{}}
		for k, c := range header {
			r.fields[c] = strings.TrimSpace(fields[k])
		}
		rows = append(rows, r)
	}
	if header == nil {
		errs = append(errs, &Error{file, 0, "no header line"})
	}
	return rows, errs
}

// trigger is one row of triggers.tsv.
type trigger struct {
	phrase
	kind     string
	strength int
}

// cue is one row of cues.tsv.
type cue struct {
	phrase
	aidType string
}

// pkg is one row of packages.tsv.
type pkg struct {
	phrase
	name     string
	numbered bool
	donor    string // canonical gazetteer name of who runs it; "" none
}

// Marker roles (markers.tsv), as indices into markerRoles: a sentence keeps
// its markers in an array by role, not in a map.
type role int

const (
	markNegation role = iota
	markHypothetical
	markSubpart
	markExcluder
	markVenue
	markExample
	markPurchase
	markPronoun
	markAnaphor
	markQuantity
	markDeterminer
	markPackage
	markPermission
	markWhole
	markFuture
	markWelcome
	markSource
	markBody
	markLocator
	markVerdict
	markAbstract
	markDefinition
	markHabit
	markElsewhere
	numRoles
)

// markerRoles are the names of the roles in markers.tsv.
var markerRoles = [numRoles]string{
	markNegation: "negation", markHypothetical: "hypothetical", markSubpart: "subpart", markExcluder: "excluder",
	markVenue: "venue", markExample: "example", markPurchase: "purchase", markPronoun: "pronoun",
	markAnaphor: "anaphor", markQuantity: "quantity", markDeterminer: "determiner", markPackage: "package",
	markPermission: "permission", markWhole: "whole", markFuture: "future", markWelcome: "welcome",
	markSource: "source", markBody: "body",
	markLocator: "locator", markVerdict: "verdict", markAbstract: "abstract",
	markDefinition: "definition", markHabit: "habit",
	markElsewhere: "elsewhere",
}

// data is the linker's loaded vocabulary.
type data struct {
	triggers []trigger
	cues     []cue
	packages []pkg
	groups   []phrase
	legis    []phrase           // words that name a legislature
	civil    map[string]bool    // last words of items for civilians
	private  map[string]bool    // words that make a state's adjective a private giver
	markers  [numRoles][]phrase // by role
	// recipients are never donors; suppliers map a donor to the side it
	// supplies.
	recipients map[string]bool
	suppliers  map[string]string
	// specialists map a donor that gives one kind of aid to that kind.
	specialists map[string]string
	// currencyOf maps the ISO code of a currency of one country to
	// that country, the giver of a sum in it that nothing else gives.
	currencyOf map[string]string
	ordinals   map[string]int // ordinal words
	tens       map[string]int // cardinal tens that join an ordinal
}

var (
	kinds    = []string{KindPledge, KindDelivery, KindApproval, KindRequest, KindTotal, KindOther, kindNone, kindContents}
	aidTypes = []string{AidMilitary, AidFinancial, AidHumanitarian, AidTraining, cueMeans, cueCivil, cueGear, cueUse, cueNone}
)

// loadData reads and checks every data file from fsys. Problems are joined,
// one *Error per problem.
func loadData(fsys fs.FS) (*data, error) {
	d := &data{recipients: map[string]bool{}, suppliers: map[string]string{}, specialists: map[string]string{}, currencyOf: map[string]string{}, ordinals: map[string]int{}, tens: map[string]int{}}
	var errs []error
	read := func(file string, columns []string) []row {
		b, err := fs.ReadFile(fsys, file)
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		rows, es := readTable(file, string(b), columns)
		errs = append(errs, es...)
		return rows
	}
	// phr parses the phrase column and rejects duplicates within a file.
	phr := func(file string, seen map[string]int, r row) (phrase, bool) {
		text := r.fields["phrase"]
		toks, err := parsePhrase(text)
		if err != nil {
			errs = append(errs, &Error{file, r.line, err.Error()})
			return phrase{}, false
		}
		key := strings.Join(toks, " ")
		if first, dup := seen[key]; dup {
			errs = append(errs, &Error{file, r.line, fmt.Sprintf("duplicate phrase %q (first at line %d)", text, first)})
			return phrase{}, false
		}
		seen[key] = r.line
		return phrase{toks: toks, text: text, line: r.line}, true
	}

	seen := map[string]int{}
	for _, r := range read(TriggersFile, []string{"phrase", "kind", "strength"}) {
		p, ok := phr(TriggersFile, seen, r)
		kind := r.fields["kind"]
		if !slices.Contains(kinds, kind) {
			errs = append(errs, &Error{TriggersFile, r.line, fmt.Sprintf("kind %q, want one of %s", kind, strings.Join(kinds, ", "))})
			ok = false
		}
		n, err := strconv.Atoi(r.fields["strength"])
		if err != nil || n < 1 || n > 4 {
			errs = append(errs, &Error{TriggersFile, r.line, fmt.Sprintf("strength %q, want 1 to 4", r.fields["strength"])})
			ok = false
		}
		if ok {
			d.triggers = append(d.triggers, trigger{p, kind, n})
		}
	}

	seen = map[string]int{}
	for _, r := range read(CuesFile, []string{"phrase", "aid_type"}) {
		p, ok := phr(CuesFile, seen, r)
		t := r.fields["aid_type"]
		if !slices.Contains(aidTypes, t) {
			errs = append(errs, &Error{CuesFile, r.line, fmt.Sprintf("aid_type %q, want one of %s", t, strings.Join(aidTypes, ", "))})
			ok = false
		}
		if ok {
			d.cues = append(d.cues, cue{p, t})
		}
	}

	seen = map[string]int{}
	for _, r := range read(PackagesFile, []string{"phrase", "package", "numbered", "donor"}) {
		p, ok := phr(PackagesFile, seen, r)
		name, num, donor := r.fields["package"], r.fields["numbered"], r.fields["donor"]
		if donor == "" {
			errs = append(errs, &Error{PackagesFile, r.line, "empty donor, want a name or -"})
			ok = false
		}
		if donor == "-" {
			donor = ""
		}
		if name == "" {
			errs = append(errs, &Error{PackagesFile, r.line, "empty package"})
			ok = false
		}
		if num != "yes" && num != "no" {
			errs = append(errs, &Error{PackagesFile, r.line, fmt.Sprintf("numbered %q, want yes or no", num)})
			ok = false
		}
		if ok {
			d.packages = append(d.packages, pkg{p, name, num == "yes", donor})
		}
	}

	seen = map[string]int{}
	for _, r := range read(GroupsFile, []string{"phrase"}) {
		if p, ok := phr(GroupsFile, seen, r); ok {
			d.groups = append(d.groups, p)
		}
	}

	// a phrase may serve several roles ("including" is a subpart and an
	// example), so duplicates are checked per role
	seenRole := map[string]map[string]int{}
	for _, r := range read(MarkersFile, []string{"phrase", "role"}) {
		role := r.fields["role"]
		k := slices.Index(markerRoles[:], role)
		if k < 0 {
			errs = append(errs, &Error{MarkersFile, r.line, fmt.Sprintf("role %q, want one of %s", role, strings.Join(markerRoles[:], ", "))})
			continue
		}
		if seenRole[role] == nil {
			seenRole[role] = map[string]int{}
		}
		if p, ok := phr(MarkersFile, seenRole[role], r); ok {
			d.markers[k] = append(d.markers[k], p)
		}
	}

	seen = map[string]int{}
	for _, r := range read(LegisFile, []string{"phrase"}) {
		if p, ok := phr(LegisFile, seen, r); ok {
			d.legis = append(d.legis, p)
		}
	}

	// word lists: lower case, each word once
	words := func(file string) map[string]bool {
		set := map[string]bool{}
		for _, r := range read(file, []string{"word"}) {
			w := r.fields["word"]
			if w != strings.ToLower(w) || w == "" {
				errs = append(errs, &Error{file, r.line, fmt.Sprintf("word %q, want lower case", w)})
				continue
			}
			if set[w] {
				errs = append(errs, &Error{file, r.line, fmt.Sprintf("duplicate word %q", w)})
				continue
			}
			set[w] = true
		}
		return set
	}
	d.civil = words(CivilFile)
	d.private = words(PrivateFile)

	for _, r := range read(CurrencyFile, []string{"iso", "donor"}) {
		iso, donor := r.fields["iso"], r.fields["donor"]
		if len(iso) != 3 || iso != strings.ToUpper(iso) || donor == "" {
			errs = append(errs, &Error{CurrencyFile, r.line, fmt.Sprintf("iso %q, donor %q: want a three-letter code and a name", iso, donor)})
			continue
		}
		if d.currencyOf[iso] != "" {
			errs = append(errs, &Error{CurrencyFile, r.line, fmt.Sprintf("duplicate currency %q", iso)})
			continue
		}
		d.currencyOf[iso] = donor
	}

	for _, r := range read(PartiesFile, []string{"actor", "role", "recipient"}) {
		actor, role, to := r.fields["actor"], r.fields["role"], r.fields["recipient"]
		if actor == "" {
			errs = append(errs, &Error{PartiesFile, r.line, "empty actor"})
			continue
		}
		if d.recipients[actor] || d.suppliers[actor] != "" {
			errs = append(errs, &Error{PartiesFile, r.line, fmt.Sprintf("duplicate actor %q", actor)})
			continue
		}
		switch role {
		case "recipient":
			if to != "-" {
				errs = append(errs, &Error{PartiesFile, r.line, "a recipient's recipient must be -"})
				continue
			}
			d.recipients[actor] = true
		case "supplier":
			if to == "-" || to == "" {
				errs = append(errs, &Error{PartiesFile, r.line, "a supplier needs a recipient"})
				continue
			}
			d.suppliers[actor] = to
		default:
			errs = append(errs, &Error{PartiesFile, r.line, fmt.Sprintf("role %q, want recipient or supplier", role)})
		}
	}
	for _, actor := range slices.Sorted(maps.Keys(d.suppliers)) {
		if to := d.suppliers[actor]; !d.recipients[to] {
			errs = append(errs, &Error{PartiesFile, 0, fmt.Sprintf("%s supplies %q, which is not a recipient", actor, to)})
		}
	}

	for _, r := range read(SpecialsFile, []string{"donor", "aid_type"}) {
		donor, aid := r.fields["donor"], r.fields["aid_type"]
		switch {
		case donor == "":
			errs = append(errs, &Error{SpecialsFile, r.line, "empty donor"})
		case d.specialists[donor] != "":
			errs = append(errs, &Error{SpecialsFile, r.line, fmt.Sprintf("duplicate donor %q", donor)})
		case aid != AidFinancial && aid != AidHumanitarian:
			errs = append(errs, &Error{SpecialsFile, r.line, fmt.Sprintf("aid_type %q, want financial or humanitarian", aid)})
		default:
			d.specialists[donor] = aid
		}
	}

	for _, r := range read(OrdinalsFile, []string{"word", "value", "kind"}) {
		w, k := r.fields["word"], r.fields["kind"]
		n, err := strconv.Atoi(r.fields["value"])
		if err != nil || n <= 0 {
			errs = append(errs, &Error{OrdinalsFile, r.line, fmt.Sprintf("value %q, want a positive integer", r.fields["value"])})
			continue
		}
		if _, dup := d.ordinals[w]; dup {
			errs = append(errs, &Error{OrdinalsFile, r.line, fmt.Sprintf("duplicate word %q", w)})
			continue
		}
		if _, dup := d.tens[w]; dup {
			errs = append(errs, &Error{OrdinalsFile, r.line, fmt.Sprintf("duplicate word %q", w)})
			continue
		}
		switch k {
		case "ordinal":
			d.ordinals[w] = n
		case "tens":
			d.tens[w] = n
		default:
			errs = append(errs, &Error{OrdinalsFile, r.line, fmt.Sprintf("kind %q, want ordinal or tens", k)})
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return d, nil
}
