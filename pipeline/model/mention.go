package model

import "time"

// Kind names the table a mention belongs to.
type Kind uint8

const (
	KindMoney Kind = iota + 1
	KindDate
	KindMateriel
	KindPersonnel
)

func (k Kind) String() string {
	switch k {
	case KindMoney:
		return "money"
	case KindDate:
		return "date"
	case KindMateriel:
		return "materiel"
	case KindPersonnel:
		return "personnel"
	}
	return "unknown"
}

// Mention is what an extractor returns: a typed value found at a span.
// Start and End are byte offsets into the document's View.Text (end
// exclusive); the pipeline converts them to code points of the original text
// once, through the view's map. Exactly one of the payload pointers is set,
// the one that matches Kind.
type Mention struct {
	Kind       Kind
	Start, End int
	Sentence   int
	Rule       string // what produced it, e.g. "money/symbol-amount"

	Money     *Money
	Date      *Date
	Materiel  *Materiel
	Personnel *Personnel
}

// Qualifier values (SCHEMA.md).
const (
	Exact    = "exact"
	UpTo     = "up_to"
	MoreThan = "more_than"
	AtLeast  = "at_least"
	Approx   = "approx"
	LessThan = "less_than"
	Vague    = "vague"
)

// Money is an amount with a currency.
type Money struct {
	Value     float64
	ValueMax  float64 // 0 unless a range
	Currency  string  // ISO 4217
	Qualifier string
	Role      string // new, total, other

	// Filled by resolution; HasUSD false means value_usd is null.
	HasUSD   bool
	ValueUSD float64
	FXRate   float64 // 0 = null
	FXDate   time.Time
	// Paired is set when the text states the other currency's amount right
	// beside this one ("€450 million (US$502 million)").
	Paired  bool
	EventID string
}

// Precision of a date value.
const (
	Day     = "day"
	Month   = "month"
	Quarter = "quarter"
	Year    = "year"
)

// Date is a calendar expression. Y is 0 while the year is still unknown
// (a year-less date before narrative resolution).
type Date struct {
	Y, M, D   int // M, D are 0 when not given; Q holds a quarter
	Q         int
	Precision string
	// End of a range; EndY == 0 when the mention is not a range.
	EndY, EndM, EndD, EndQ int
	EndPrecision           string
	Modifier               string // early, mid, late, by, since, before, after, as_of
	Relative               bool   // the text has no year or is relative
	// Anchor describes how a relative date resolves (filled by the extractor,
	// consumed by resolution): "" for absolute or year-less dates, else e.g.
	// "day:+1" (the next day), "day:0" (that date), "month:0" (at that time).
	Anchor string
	// NeedsYear is true for a year-less date whose year comes from context.
	NeedsYear bool
}

// Materiel is a count of equipment (issue 3 fills it).
type Materiel struct {
	Quantity    int64
	HasQuantity bool
	QuantityMax int64
	Qualifier   string
	Vague       string
	Item        string
	System      string
	Category    string
	CaliberMM   float64
	Unit        string
	Role        string
	EventID     string
}

// Personnel is a count of people (issue 3 fills it).
type Personnel struct {
	Quantity    int64
	HasQuantity bool
	QuantityMax int64
	Qualifier   string
	Vague       string
	Who         string
	Role        string
	EventID     string
}
