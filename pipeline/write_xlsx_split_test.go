package pipeline

import (
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A table longer than a sheet goes on in further sheets, each with the
// header, placed after the table's first sheet and listed in the README.
// The limit is lowered to three data rows a sheet.
func TestXLSXSheetSplit(t *testing.T) {
	defer func(n int) { xlsxMaxRows = n }(xlsxMaxRows)
	xlsxMaxRows = 4

	path := filepath.Join(t.TempDir(), "aid.xlsx")
	x, err := NewXLSXSink(path, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	var rows []tableRow
	for i := range 7 {
		start := int64(10 * i)
		rows = append(rows, tableRow{MaterielTable, Row{"seed", "seed:mt:" + strconv.Itoa(10*i), int64(i), start, start + 5, "5 tanks", int64(5), nil, "exact", nil, "tanks", nil, "tank", nil, nil, "aid", nil}})
	}
	for _, tr := range sampleRows() {
		if tr.t == MoneyTable || tr.t == DocumentsTable {
			rows = append(rows, tr)
		}
	}
	writeAll(t, Sinks{x}, rows)

	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{"README"}
	for _, tb := range Tables {
		want = append(want, tb.Name)
		if tb == MaterielTable {
			want = append(want, "materiel (2)", "materiel (3)")
		}
	}
	if got := f.GetSheetList(); !reflect.DeepEqual(got, want) {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	header := strings.Join(columnNames(MaterielTable), ",")
	next := 0
	for _, sheet := range []string{"materiel", "materiel (2)", "materiel (3)"} {
		got, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || strings.Join(got[0], ",") != header {
			t.Fatalf("%s: header %v", sheet, got)
		}
		if len(got) > xlsxMaxRows {
			t.Errorf("%s: %d rows, more than %d", sheet, len(got), xlsxMaxRows)
		}
		for _, r := range got[1:] {
			if r[1] != "seed:mt:"+strconv.Itoa(10*next) {
				t.Errorf("%s: row %v, want mention %d", sheet, r, next)
			}
			next++
		}
		if panes, err := f.GetPanes(sheet); err != nil || !panes.Freeze {
			t.Errorf("%s: panes %+v %v", sheet, panes, err)
		}
	}
	if next != 7 {
		t.Errorf("%d materiel rows in all, want 7", next)
	}
	// every sheet has its own autofilter, over its own rows
	filters := map[string]bool{}
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm._FilterDatabase" {
			filters[d.Scope+"="+d.RefersTo] = true
		}
	}
	for _, w := range []string{"materiel='materiel'!$A$1:$Q$4", "materiel (2)='materiel (2)'!$A$1:$Q$4", "materiel (3)='materiel (3)'!$A$1:$Q$2", "money='money'!$A$1:$O$4"} {
		if !filters[w] {
			t.Errorf("no autofilter %s in %v", w, filters)
		}
	}
	readme, err := f.GetRows("README")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, r := range readme {
		lines = append(lines, strings.Join(r, "|"))
	}
	all := strings.Join(lines, "\n")
	for _, s := range []string{"table|rows|sheets|description", "materiel|7|materiel, materiel (2), materiel (3)|", "money|3||", "sheets|a table of more than 3 rows goes on in further sheets"} {
		if !strings.Contains(all, s) {
			t.Errorf("README lacks %q:\n%s", s, all)
		}
	}
}

func columnNames(t *Table) []string {
	var names []string
	for _, c := range t.Columns {
		names = append(names, c.Name)
	}
	return names
}
