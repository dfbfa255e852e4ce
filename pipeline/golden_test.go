package pipeline_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline"
)

func extractTo(t *testing.T, dir string, formats ...string) {
	t.Helper()
	_, err := pipeline.Run(pipeline.Config{
		Paths:   []string{"../testdata/corpus"},
		OutDir:  dir,
		Formats: formats,
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestGolden compares the CSVs of the bundled corpus with the reviewed
// copies in testdata/golden. UPDATE_GOLDEN=1 rewrites them (make golden);
// review the diff before committing.
func TestGolden(t *testing.T) {
	dir := t.TempDir()
	extractTo(t, dir, "csv")
	for _, tab := range pipeline.Tables {
		name := tab.Name + ".csv"
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("..", "testdata", "golden", name)
		if os.Getenv("UPDATE_GOLDEN") != "" {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run make golden to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s:\n%s", name, golden, lineDiff(string(want), string(got)))
		}
	}
}

// lineDiff lists the lines only in want (-) and only in got (+), at most 20.
func lineDiff(want, got string) string {
	in := func(lines []string) map[string]int {
		m := map[string]int{}
		for _, l := range lines {
			m[l]++
		}
		return m
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	wm, gm := in(wl), in(gl)
	var b strings.Builder
	n := 0
	for _, l := range wl {
		if gm[l] > 0 {
			gm[l]--
			continue
		}
		if n++; n <= 20 {
			fmt.Fprintf(&b, "- %s\n", l)
		}
	}
	for _, l := range gl {
		if wm[l] > 0 {
			wm[l]--
			continue
		}
		if n++; n <= 20 {
			fmt.Fprintf(&b, "+ %s\n", l)
		}
	}
	if n > 20 {
		fmt.Fprintf(&b, "... %d more lines differ\n", n-20)
	}
	return b.String()
}

// TestDeterministic runs the pipeline twice and demands byte-identical
// CSV, Parquet and XLSX.
func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	extractTo(t, a, "csv", "parquet", "xlsx")
	extractTo(t, b, "csv", "parquet", "xlsx")
	files, err := filepath.Glob(filepath.Join(a, "*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2*len(pipeline.Tables)+2 {
		t.Fatalf("got %d files, want %d: %v", len(files), 2*len(pipeline.Tables)+2, files)
	}
	for _, fa := range files {
		x, _ := os.ReadFile(fa)
		y, err := os.ReadFile(filepath.Join(b, filepath.Base(fa)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", filepath.Base(fa))
		}
	}
}

// TestOffsets checks the provenance promise on every mention row of the
// bundled corpus: text == doc[char_start:char_end] in code points.
func TestOffsets(t *testing.T) {
	dir := t.TempDir()
	extractTo(t, dir, "csv")
	doc, err := os.ReadFile("../testdata/corpus/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(string(doc))
	for _, tab := range pipeline.Tables[1:] {
		f, err := os.Open(filepath.Join(dir, tab.Name+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		cs, ce, tx := tab.Index("char_start"), tab.Index("char_end"), tab.Index("text")
		if tx < 0 {
			continue // events carry the evidence sentence instead
		}
		for _, r := range rows[1:] {
			s, _ := strconv.Atoi(r[cs])
			e, _ := strconv.Atoi(r[ce])
			if s < 0 || e > len(runes) || s >= e || string(runes[s:e]) != r[tx] {
				t.Errorf("%s row %v: text %q is not doc[%d:%d]", tab.Name, r[:3], r[tx], s, e)
			}
		}
	}
}
