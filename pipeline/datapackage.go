package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// DataPackageFile is the name of the Frictionless Data Package descriptor
// written beside the CSV files.
const DataPackageFile = "datapackage.json"

// FXURL is where the ECB publishes the reference rates named by FXSource.
const FXURL = "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html"

// FXLicence is the terms under which the exchange rates are reused.
const FXLicence = "reused with acknowledgement of the source, as the European Central Bank permits"

// The descriptor's types. Field order is the order of the JSON output, so
// the bytes are the same for every run of the same version.
type (
	dataPackage struct {
		Profile     string         `json:"profile"`
		Name        string         `json:"name"`
		Title       string         `json:"title"`
		Description string         `json:"description"`
		Sources     []dpSource     `json:"sources"`
		Aidextract  dpToolInfo     `json:"aidextract"`
		Resources   []dataResource `json:"resources"`
	}
	dpSource struct {
		Title string `json:"title"`
		Path  string `json:"path"`
	}
	dpToolInfo struct {
		ToolVersion   string `json:"tool_version"`
		SchemaVersion string `json:"schema_version"`
		FXSource      string `json:"fx_source"`
		FXLicence     string `json:"fx_licence"`
	}
	dataResource struct {
		Name        string      `json:"name"`
		Path        string      `json:"path"`
		Profile     string      `json:"profile"`
		Description string      `json:"description"`
		Format      string      `json:"format"`
		Mediatype   string      `json:"mediatype"`
		Encoding    string      `json:"encoding"`
		Dialect     dpDialect   `json:"dialect"`
		Schema      tableSchema `json:"schema"`
	}
	dpDialect struct {
		Delimiter      string `json:"delimiter"`
		DoubleQuote    bool   `json:"doubleQuote"`
		LineTerminator string `json:"lineTerminator"`
		QuoteChar      string `json:"quoteChar"`
		Header         bool   `json:"header"`
	}
	tableSchema struct {
		Fields        []schemaField  `json:"fields"`
		MissingValues []string       `json:"missingValues"`
		PrimaryKey    []string       `json:"primaryKey,omitempty"`
		ForeignKeys   []dpForeignKey `json:"foreignKeys,omitempty"`
	}
	schemaField struct {
		Name        string         `json:"name"`
		Type        string         `json:"type"`
		Format      string         `json:"format,omitempty"`
		Description string         `json:"description,omitempty"`
		Constraints *dpConstraints `json:"constraints,omitempty"`
	}
	dpConstraints struct {
		Enum []string `json:"enum"`
	}
	dpForeignKey struct {
		Fields    []string    `json:"fields"`
		Reference dpReference `json:"reference"`
	}
	dpReference struct {
		Resource string   `json:"resource"`
		Fields   []string `json:"fields"`
	}
)

// PrimaryKey returns the column that identifies a row of t across runs
// (doc_id, mention_id or event_id), or "" when t has none.
func PrimaryKey(t *Table) string {
	switch t {
	case DocumentsTable:
		return "doc_id"
	case MoneyTable, DatesTable, MaterielTable, PersonnelTable:
		return "mention_id"
	case EventsTable:
		return "event_id"
	}
	return ""
}

// foreignKeys lists the references from t's columns to other tables.
func foreignKeys(t *Table) []dpForeignKey {
	var fks []dpForeignKey
	ref := func(col string, to *Table, toCol string) {
		if t.Index(col) >= 0 {
			fks = append(fks, dpForeignKey{Fields: []string{col}, Reference: dpReference{Resource: to.Name, Fields: []string{toCol}}})
		}
	}
	switch t {
	case MoneyTable, DatesTable, MaterielTable, PersonnelTable, EventsTable:
		ref("doc_id", DocumentsTable, "doc_id")
	}
	switch t {
	case MoneyTable, MaterielTable, PersonnelTable:
		ref("event_id", EventsTable, "event_id")
	}
	return fks
}

// DataPackage returns the Frictionless Data Package descriptor of the CSV
// outputs: one tabular resource per table of Tables, with its Table Schema
// (types, enum constraints, primary and foreign keys) derived from the
// table's columns. The bytes depend only on Tables and meta.
func DataPackage(meta Meta) ([]byte, error) {
	dp := dataPackage{
		Profile: "tabular-data-package",
		Name:    "aidextract-output",
		Title:   "Foreign aid to Ukraine: money, dates, materiel, personnel and aid events",
		Description: fmt.Sprintf("Tables extracted from text by aidextract %s (schema v%s). Every mention row carries the document id and the code-point offsets of the characters it came from. Exchange rates: %s; %s.",
			meta.ToolVersion, SchemaVersion, meta.FXSource, FXLicence),
		Aidextract: dpToolInfo{
			ToolVersion:   meta.ToolVersion,
			SchemaVersion: SchemaVersion,
			FXSource:      meta.FXSource,
			FXLicence:     FXLicence,
		},
	}
	if meta.FXSource != "" {
		dp.Sources = []dpSource{{Title: meta.FXSource, Path: FXURL}}
	}
	for _, t := range Tables {
		r := dataResource{
			Name:        t.Name,
			Path:        t.Name + ".csv",
			Profile:     "tabular-data-resource",
			Description: t.Doc,
			Format:      "csv",
			Mediatype:   "text/csv",
			Encoding:    "utf-8",
			Dialect:     dpDialect{Delimiter: ",", DoubleQuote: true, LineTerminator: "\n", QuoteChar: `"`, Header: true},
			Schema: tableSchema{
				MissingValues: []string{""},
				ForeignKeys:   foreignKeys(t),
			},
		}
		if pk := PrimaryKey(t); pk != "" {
			r.Schema.PrimaryKey = []string{pk}
		}
		for _, c := range t.Columns {
			f := schemaField{Name: c.Name, Type: c.Type.String(), Description: c.Doc}
			if c.Type == Date {
				f.Format = "default"
			}
			if len(c.Enum) > 0 {
				f.Constraints = &dpConstraints{Enum: append([]string(nil), c.Enum...)}
			}
			r.Schema.Fields = append(r.Schema.Fields, f)
		}
		dp.Resources = append(dp.Resources, r)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(dp); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// dataPackageSink writes dir/datapackage.json. It ignores the rows: the
// descriptor depends only on the tables' columns and the run's metadata.
type dataPackageSink struct {
	state sinkState
	dir   string
	meta  Meta
	file  *tempFile
}

// NewDataPackageSink returns a sink that writes the Frictionless Data
// Package descriptor of the CSV files (see DataPackage) to
// dir/datapackage.json. The directory must exist.
func NewDataPackageSink(dir string, meta Meta) (Sink, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%s: not a directory", dir)
	}
	return &dataPackageSink{dir: dir, meta: meta}, nil
}

func (s *dataPackageSink) Write(t *Table, r Row) error { return s.writeCells(t, nil) }

func (s *dataPackageSink) writeCells(t *Table, _ cells) error {
	if err := s.state.check(writing, "Write"); err != nil {
		return err
	}
	if !isTable(t) {
		return fmt.Errorf("datapackage: unknown table %q", t.Name)
	}
	return nil
}

func (s *dataPackageSink) Finish() error {
	if err := s.state.check(writing, "Finish"); err != nil {
		return err
	}
	data, err := DataPackage(s.meta)
	if err != nil {
		return err
	}
	tf, err := createTemp(filepath.Join(s.dir, DataPackageFile))
	if err != nil {
		return err
	}
	s.file = tf
	if _, err := tf.f.Write(data); err != nil {
		return fmt.Errorf("%s: %w", tf.final, err)
	}
	if err := tf.close(); err != nil {
		return err
	}
	s.state = finished
	return nil
}

func (s *dataPackageSink) Commit() error {
	if err := s.state.check(finished, "Commit"); err != nil {
		return err
	}
	if err := s.file.commit(); err != nil {
		return err
	}
	s.state = committed
	return nil
}

func (s *dataPackageSink) Abort() {
	if s.file != nil {
		s.file.remove()
	}
	s.state = aborted
}
