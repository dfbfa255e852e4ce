package pipeline

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// The parts of a descriptor the tests look at.
type dpTest struct {
	Profile    string `json:"profile"`
	Aidextract struct {
		ToolVersion string `json:"tool_version"`
		FXSource    string `json:"fx_source"`
		FXLicence   string `json:"fx_licence"`
	} `json:"aidextract"`
	Sources []struct {
		Title string `json:"title"`
	} `json:"sources"`
	Resources []struct {
		Name    string `json:"name"`
		Path    string `json:"path"`
		Profile string `json:"profile"`
		Schema  struct {
			Fields []struct {
				Name        string `json:"name"`
				Type        string `json:"type"`
				Constraints *struct {
					Enum []string `json:"enum"`
				} `json:"constraints"`
			} `json:"fields"`
			PrimaryKey  []string `json:"primaryKey"`
			ForeignKeys []struct {
				Fields    []string `json:"fields"`
				Reference struct {
					Resource string   `json:"resource"`
					Fields   []string `json:"fields"`
				} `json:"reference"`
			} `json:"foreignKeys"`
		} `json:"schema"`
	} `json:"resources"`
}

var dpMeta = Meta{ToolVersion: "9.9.9", FXSource: "test rates"}

func TestDataPackageDescriptor(t *testing.T) {
	data, err := DataPackage(dpMeta)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := DataPackage(dpMeta)
	if !bytes.Equal(data, again) {
		t.Fatal("two descriptors of the same meta differ")
	}
	var dp dpTest
	if err := json.Unmarshal(data, &dp); err != nil {
		t.Fatal(err)
	}
	if dp.Profile != "tabular-data-package" {
		t.Errorf("profile %q", dp.Profile)
	}
	if dp.Aidextract.ToolVersion != "9.9.9" || dp.Aidextract.FXSource != "test rates" || dp.Aidextract.FXLicence == "" {
		t.Errorf("tool info %+v", dp.Aidextract)
	}
	if len(dp.Sources) != 1 || dp.Sources[0].Title != "test rates" {
		t.Errorf("sources %+v", dp.Sources)
	}
	if len(dp.Resources) != len(Tables) {
		t.Fatalf("%d resources, want %d", len(dp.Resources), len(Tables))
	}
	wantType := map[ColType]string{String: "string", Int: "integer", Float: "number", Date: "date", Bool: "boolean"}
	for i, tab := range Tables {
		r := dp.Resources[i]
		if r.Name != tab.Name || r.Path != tab.Name+".csv" || r.Profile != "tabular-data-resource" {
			t.Errorf("resource %d: %s %s %s", i, r.Name, r.Path, r.Profile)
		}
		if len(r.Schema.Fields) != len(tab.Columns) {
			t.Fatalf("%s: %d fields, want %d", tab.Name, len(r.Schema.Fields), len(tab.Columns))
		}
		for j, c := range tab.Columns {
			f := r.Schema.Fields[j]
			if f.Name != c.Name || f.Type != wantType[c.Type] {
				t.Errorf("%s.%s: field %s %s", tab.Name, c.Name, f.Name, f.Type)
			}
			var enum []string
			if f.Constraints != nil {
				enum = f.Constraints.Enum
			}
			if !slices.Equal(enum, c.Enum) {
				t.Errorf("%s.%s: enum %v, want %v", tab.Name, c.Name, enum, c.Enum)
			}
		}
		var pk []string
		if k := PrimaryKey(tab); k != "" {
			pk = []string{k}
		}
		if !slices.Equal(r.Schema.PrimaryKey, pk) {
			t.Errorf("%s: primary key %v, want %v", tab.Name, r.Schema.PrimaryKey, pk)
		}
	}

	fks := map[string][]string{}
	for _, r := range dp.Resources {
		for _, fk := range r.Schema.ForeignKeys {
			fks[r.Name] = append(fks[r.Name], strings.Join(fk.Fields, "+")+"->"+fk.Reference.Resource+"."+strings.Join(fk.Reference.Fields, "+"))
		}
	}
	want := map[string][]string{
		"money":     {"doc_id->documents.doc_id", "event_id->events.event_id"},
		"dates":     {"doc_id->documents.doc_id"},
		"materiel":  {"doc_id->documents.doc_id", "event_id->events.event_id"},
		"personnel": {"doc_id->documents.doc_id", "event_id->events.event_id"},
		"events":    {"doc_id->documents.doc_id"},
	}
	if !reflect.DeepEqual(fks, want) {
		t.Errorf("foreign keys %v\nwant %v", fks, want)
	}
	if PrimaryKey(DocumentsTable) != "doc_id" || PrimaryKey(MoneyTable) != "mention_id" || PrimaryKey(EventsTable) != "event_id" {
		t.Error("PrimaryKey")
	}
}

func TestDataPackageSink(t *testing.T) {
	dir := t.TempDir()
	final := filepath.Join(dir, DataPackageFile)
	s, err := NewDataPackageSink(dir, dpMeta)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Write(MoneyTable, Row{"ignored"}); err != nil {
		t.Errorf("Write: %v", err)
	}
	if err := s.Write(&Table{Name: "nope"}, nil); err == nil {
		t.Error("unknown table accepted")
	}
	if err := s.Commit(); err == nil {
		t.Error("Commit before Finish succeeded")
	}
	if err := s.Finish(); err != nil {
		t.Fatal(err)
	}
	names := listDir(t, dir)
	if len(names) != 1 || !strings.HasPrefix(names[0], ".datapackage.json.tmp-") {
		t.Fatalf("after Finish: %v", names)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := listDir(t, dir); !slices.Equal(got, []string{DataPackageFile}) {
		t.Fatalf("after Commit: %v", got)
	}
	want, _ := DataPackage(dpMeta)
	if !bytes.Equal(readFile(t, final), want) {
		t.Error("datapackage.json is not DataPackage(meta)")
	}
	s.Abort() // after Commit: keeps the final file
	if _, err := os.Stat(final); err != nil {
		t.Error(err)
	}

	// Abort after Finish removes the temporary file, keeps the old final one.
	s, _ = NewDataPackageSink(dir, Meta{ToolVersion: "other"})
	if err := s.Finish(); err != nil {
		t.Fatal(err)
	}
	s.Abort()
	if got := listDir(t, dir); !slices.Equal(got, []string{DataPackageFile}) {
		t.Fatalf("after Abort: %v", got)
	}
	if !bytes.Equal(readFile(t, final), want) {
		t.Error("Abort changed datapackage.json")
	}
	if err := s.Write(MoneyTable, nil); err != ErrAborted {
		t.Errorf("Write after Abort = %v", err)
	}

	if _, err := NewDataPackageSink(filepath.Join(dir, "missing"), dpMeta); err == nil {
		t.Error("missing directory accepted")
	}
}

func TestRunWritesDataPackageWithCSV(t *testing.T) {
	in := filepath.Join(t.TempDir(), "note.txt")
	if err := os.WriteFile(in, []byte("On 3 May 2023, the US announced $300 million in aid."), 0o644); err != nil {
		t.Fatal(err)
	}
	csvDir, pqDir := t.TempDir(), t.TempDir()
	if _, err := Run(Config{Paths: []string{in}, OutDir: csvDir, Formats: []string{"csv"}}); err != nil {
		t.Fatal(err)
	}
	want, _ := DataPackage(Meta{ToolVersion: Version, FXSource: FXSource})
	if !bytes.Equal(readFile(t, filepath.Join(csvDir, DataPackageFile)), want) {
		t.Error("csv run: datapackage.json missing or different")
	}
	if _, err := Run(Config{Paths: []string{in}, OutDir: pqDir, Formats: []string{"parquet"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(pqDir, DataPackageFile)); !os.IsNotExist(err) {
		t.Errorf("parquet-only run wrote datapackage.json (%v)", err)
	}
}
