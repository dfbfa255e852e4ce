package pipeline

import (
	"fmt"
	"math"
	"time"
)

// SchemaVersion is the version of the output contract (SCHEMA.md). It is
// written into the Parquet key-value metadata (aidextract.schema_version)
// and into the README sheet of the workbook. Bump it when a column is
// renamed, removed or reordered; appending a column does not need a bump.
const SchemaVersion = "1"

// ColType is the logical type of a column. Each sink maps it to its own
// representation: CSV text, an Arrow/Parquet type, an XLSX cell type.
type ColType int

const (
	String ColType = iota // CSV text, Parquet UTF8, XLSX inline string
	Int                   // CSV decimal, Parquet INT64, XLSX number
	Float                 // CSV shortest decimal, Parquet DOUBLE, XLSX number
	Date                  // CSV 2006-01-02, Parquet DATE (date32), XLSX date
	Bool                  // CSV true/false, Parquet BOOLEAN, XLSX boolean
)

// String names the type as the README sheet shows it.
func (c ColType) String() string {
	switch c {
	case String:
		return "string"
	case Int:
		return "integer"
	case Float:
		return "number"
	case Date:
		return "date"
	case Bool:
		return "boolean"
	}
	return fmt.Sprintf("ColType(%d)", int(c))
}

// Column is one column of an output table.
type Column struct {
	Name string
	Type ColType
	Doc  string   // one-line description for the README sheet
	Enum []string // allowed values (SCHEMA.md enumerations); nil if free
	USD  bool     // currency number format in XLSX
	Dict bool     // dictionary-encode in Parquet (low-cardinality strings)
}

// Table is one output table: <Name>.csv, <Name>.parquet and the sheet
// <Name> of the workbook share its column list.
type Table struct {
	Name    string
	Doc     string
	Columns []Column
}

// Index returns the position of the named column, or -1.
func (t *Table) Index(name string) int {
	for i, c := range t.Columns {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// Row is one row of a table: one value per column, in column order. nil is
// null; otherwise the value is a string (String), int64 (Int), float64
// (Float), bool (Bool) or time.Time (Date: a calendar day, UTC midnight).
type Row []any

// Meta describes a run; the Parquet and XLSX sinks record it.
type Meta struct {
	ToolVersion string
	// FXSource names the exchange rates used, e.g. "European Central Bank
	// euro foreign exchange reference rates (eurofxref-hist.csv)".
	FXSource string
}

// Enumerations of SCHEMA.md.
var (
	enumFormat        = []string{"text", "html", "jsonl"}
	enumQualifier     = []string{"exact", "up_to", "more_than", "at_least", "approx", "less_than", "vague"}
	enumMoneyRole     = []string{"new", "total", "other"}
	enumPrecision     = []string{"day", "month", "quarter", "year"}
	enumModifier      = []string{"early", "mid", "late", "by", "since", "before", "after", "as_of"}
	enumCategory      = []string{"tank", "armored_vehicle", "vehicle", "artillery", "rocket_artillery", "air_defense", "anti_tank", "missile", "ammunition", "aircraft", "helicopter", "drone", "radar", "mine", "small_arms", "other"}
	enumMaterielRole  = []string{"aid", "other"}
	enumPersonnelRole = []string{"trained", "deployed", "volunteered", "casualties", "other"}
	enumEventKind     = []string{"pledge", "delivery", "approval", "request", "total", "other"}
	enumAidType       = []string{"military", "financial", "humanitarian", "training", "mixed", "unspecified"}
)

// The columns every mention table starts with.
func mentionColumns(prefix string) []Column {
	return []Column{
		{Name: "doc_id", Type: String, Doc: "Document id: the input file's base name without extension, or the JSONL record's id", Dict: true},
		{Name: "mention_id", Type: String, Doc: "Stable mention id <doc_id>:" + prefix + ":<char_start>"},
		{Name: "sentence_id", Type: Int, Doc: "0-based sentence index within the document"},
		{Name: "char_start", Type: Int, Doc: "Start of the mention: Unicode code-point offset into the document text"},
		{Name: "char_end", Type: Int, Doc: "End of the mention (exclusive): Unicode code-point offset into the document text"},
		{Name: "text", Type: String, Doc: "The mention as written in the document"},
	}
}

func concat(parts ...[]Column) []Column {
	var out []Column
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

var (
	// DocumentsTable lists the input documents.
	DocumentsTable = &Table{
		Name: "documents",
		Doc:  "One row per input document",
		Columns: []Column{
			{Name: "doc_id", Type: String, Doc: "Document id: the input file's base name without extension, or the JSONL record's id"},
			{Name: "source", Type: String, Doc: "Input path, - for stdin, or path:line for a JSONL record"},
			{Name: "format", Type: String, Doc: "Input format", Enum: enumFormat, Dict: true},
			{Name: "title", Type: String, Doc: "Document title, when the input has one"},
			{Name: "doc_date", Type: Date, Doc: "Document date, when known"},
			{Name: "chars", Type: Int, Doc: "Length of the document text in Unicode code points"},
			{Name: "sha256", Type: String, Doc: "SHA-256 of the document text (UTF-8), lowercase hex"},
		},
	}

	// MoneyTable lists amounts of money.
	MoneyTable = &Table{
		Name: "money",
		Doc:  "One row per amount of money mentioned",
		Columns: concat(mentionColumns("m"), []Column{
			{Name: "value", Type: Float, Doc: "Amount in units of currency (lower bound of a range)"},
			{Name: "currency", Type: String, Doc: "ISO 4217 currency code", Dict: true},
			{Name: "qualifier", Type: String, Doc: "How the text bounds the amount", Enum: enumQualifier, Dict: true},
			{Name: "value_max", Type: Float, Doc: "Upper bound of a range, else empty"},
			{Name: "role", Type: String, Doc: "new aid, a running total, or other", Enum: enumMoneyRole, Dict: true},
			{Name: "value_usd", Type: Float, Doc: "value in US dollars: value x fx_rate, or the USD amount stated beside it", USD: true},
			{Name: "fx_rate", Type: Float, Doc: "USD per unit of currency on fx_date; empty when not converted"},
			{Name: "fx_date", Type: Date, Doc: "Day of the exchange rate; empty when the text states the USD amount"},
			{Name: "event_id", Type: String, Doc: "The event this amount belongs to, else empty"},
		}),
	}

	// DatesTable lists calendar expressions.
	DatesTable = &Table{
		Name: "dates",
		Doc:  "One row per date mentioned",
		Columns: concat(mentionColumns("d"), []Column{
			{Name: "value", Type: String, Doc: "ISO value: 2022-02-26, 2022-06, 2024-Q2 or 2023; empty while the year is unknown"},
			{Name: "precision", Type: String, Doc: "Precision of value", Enum: enumPrecision, Dict: true},
			{Name: "value_end", Type: String, Doc: "ISO value of a range's end, else empty"},
			{Name: "modifier", Type: String, Doc: "Modifier of the date, else empty", Enum: enumModifier, Dict: true},
			{Name: "relative", Type: Bool, Doc: "true when the text has no year or is relative (On 10 May, the next day)"},
			{Name: "date_start", Type: Date, Doc: "First day the mention covers"},
			{Name: "date_end", Type: Date, Doc: "Last day the mention covers"},
		}),
	}

	// MaterielTable lists counts of equipment.
	MaterielTable = &Table{
		Name: "materiel",
		Doc:  "One row per count of equipment mentioned",
		Columns: concat(mentionColumns("mt"), []Column{
			{Name: "quantity", Type: Int, Doc: "Number of items (lower bound of a range); empty for a vague count"},
			{Name: "quantity_max", Type: Int, Doc: "Upper bound of a range, else empty"},
			{Name: "qualifier", Type: String, Doc: "How the text bounds the quantity", Enum: enumQualifier, Dict: true},
			{Name: "vague", Type: String, Doc: "The vague word standing for the number (dozens), else empty", Dict: true},
			{Name: "item", Type: String, Doc: "The item as written, without the number"},
			{Name: "system", Type: String, Doc: "Canonical system name, e.g. M142 HIMARS", Dict: true},
			{Name: "category", Type: String, Doc: "Category of the item", Enum: enumCategory, Dict: true},
			{Name: "caliber_mm", Type: Float, Doc: "Caliber in millimetres, when stated or known"},
			{Name: "unit", Type: String, Doc: "Unit counted, e.g. rounds", Dict: true},
			{Name: "role", Type: String, Doc: "aid given or other", Enum: enumMaterielRole, Dict: true},
			{Name: "event_id", Type: String, Doc: "The event this count belongs to, else empty"},
		}),
	}

	// PersonnelTable lists counts of people.
	PersonnelTable = &Table{
		Name: "personnel",
		Doc:  "One row per count of people mentioned",
		Columns: concat(mentionColumns("p"), []Column{
			{Name: "quantity", Type: Int, Doc: "Number of people (lower bound of a range); empty for a vague count"},
			{Name: "quantity_max", Type: Int, Doc: "Upper bound of a range, else empty"},
			{Name: "qualifier", Type: String, Doc: "How the text bounds the quantity", Enum: enumQualifier, Dict: true},
			{Name: "vague", Type: String, Doc: "The vague word standing for the number (dozens), else empty", Dict: true},
			{Name: "who", Type: String, Doc: "Who they are, as written"},
			{Name: "role", Type: String, Doc: "What the count is about", Enum: enumPersonnelRole, Dict: true},
			{Name: "event_id", Type: String, Doc: "The event this count belongs to, else empty"},
		}),
	}

	// EventsTable lists aid events: who gives what to whom, when.
	EventsTable = &Table{
		Name: "events",
		Doc:  "One row per aid event and donor",
		Columns: []Column{
			{Name: "event_id", Type: String, Doc: "Stable event id <doc_id>:e:<char_start>"},
			{Name: "doc_id", Type: String, Doc: "Document id", Dict: true},
			{Name: "sentence_id", Type: Int, Doc: "0-based index of the evidence sentence"},
			{Name: "char_start", Type: Int, Doc: "Start of the evidence sentence: code-point offset into the document text"},
			{Name: "char_end", Type: Int, Doc: "End of the evidence sentence (exclusive): code-point offset"},
			{Name: "date", Type: Date, Doc: "Date of the event"},
			{Name: "date_precision", Type: String, Doc: "Precision of date", Enum: enumPrecision, Dict: true},
			{Name: "donor", Type: String, Doc: "Canonical English short name of the donor; empty when the text names none", Dict: true},
			{Name: "donor_code", Type: String, Doc: "ISO 3166-1 alpha-3 for states; EU, NATO, IMF, WBG, UN ... for organisations", Dict: true},
			{Name: "donor_group", Type: String, Doc: "Words naming an unnamed or collective donor (allies, 26 nations) when donor is empty"},
			{Name: "recipient", Type: String, Doc: "Recipient", Dict: true},
			{Name: "kind", Type: String, Doc: "Kind of event", Enum: enumEventKind, Dict: true},
			{Name: "aid_type", Type: String, Doc: "Type of aid", Enum: enumAidType, Dict: true},
			{Name: "amount", Type: Float, Doc: "Amount as stated (the joint amount when several donors share it)"},
			{Name: "currency", Type: String, Doc: "ISO 4217 currency code of amount", Dict: true},
			{Name: "qualifier", Type: String, Doc: "How the text bounds the amount", Enum: enumQualifier, Dict: true},
			{Name: "amount_usd", Type: Float, Doc: "amount in US dollars", USD: true},
			{Name: "package", Type: String, Doc: "Named package or fund, e.g. PDA 22, USAI, EPF", Dict: true},
			{Name: "item_count", Type: Int, Doc: "Number of items in the event"},
			{Name: "evidence", Type: String, Doc: "The evidence sentence"},
			{Name: "confidence", Type: Float, Doc: "Confidence, 0..1"},
		},
	}
)

// ErrorsTable lists the documents a run could not read or process. It is
// not part of SCHEMA.md's v1 tables; it is written beside them so that a
// long batch run reports what it skipped in the same place as what it found.
var ErrorsTable = &Table{
	Name: "errors",
	Doc:  "One row per document that could not be read or processed",
	Columns: []Column{
		{Name: "doc_id", Type: String, Doc: "Id the document would have had, when known"},
		{Name: "source", Type: String, Doc: "Input path, - for stdin, or path:line for a JSONL record"},
		{Name: "stage", Type: String, Doc: "Stage that failed", Enum: []string{"read", "extract"}, Dict: true},
		{Name: "message", Type: String, Doc: "What went wrong"},
	},
}

// Tables lists every output table in the order the sinks write them.
var Tables = []*Table{DocumentsTable, MoneyTable, DatesTable, MaterielTable, PersonnelTable, EventsTable, ErrorsTable}

// isTable reports whether t is one of Tables.
func isTable(t *Table) bool {
	for _, x := range Tables {
		if x == t {
			return true
		}
	}
	return false
}

// normalize checks r against t and returns it in canonical form: int
// widened to int64, float32 to float64, NaN and infinities as null, dates
// as UTC midnight of their calendar day. It returns r itself when nothing
// changes, else a copy; r is never modified. Every sink calls it, so that
// the three formats agree on every cell.
func normalize(t *Table, r Row) (Row, error) {
	if len(r) != len(t.Columns) {
		return nil, fmt.Errorf("%s: row has %d values, want %d", t.Name, len(r), len(t.Columns))
	}
	out, copied := r, false
	set := func(i int, v any) {
		if !copied {
			out, copied = append(Row(nil), r...), true
		}
		out[i] = v
	}
	for i, v := range r {
		if v == nil {
			continue
		}
		c := &t.Columns[i]
		ok := true
		switch c.Type {
		case String:
			_, ok = v.(string)
		case Int:
			switch x := v.(type) {
			case int64:
			case int:
				set(i, int64(x))
			case int32:
				set(i, int64(x))
			default:
				ok = false
			}
		case Float:
			switch x := v.(type) {
			case float64:
				if math.IsNaN(x) || math.IsInf(x, 0) {
					set(i, nil)
				}
			case float32:
				f := float64(x)
				if math.IsNaN(f) || math.IsInf(f, 0) {
					set(i, nil)
				} else {
					set(i, f)
				}
			default:
				ok = false
			}
		case Date:
			x, isTime := v.(time.Time)
			ok = isTime
			if ok {
				if x.IsZero() {
					set(i, nil)
					break
				}
				y, m, d := x.Date()
				day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
				if x != day {
					set(i, day)
				}
			}
		case Bool:
			_, ok = v.(bool)
		}
		if !ok {
			return nil, fmt.Errorf("%s.%s: value %v of type %T is not a %s", t.Name, c.Name, v, v, c.Type)
		}
	}
	return out, nil
}
