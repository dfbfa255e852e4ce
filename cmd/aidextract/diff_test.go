package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extractTo runs aidextract extract on text (read from stdin) into a new
// directory and returns it.
func extractTo(t *testing.T, text string) string {
	t.Helper()
	dir := t.TempDir()
	if code, _, stderr := runCLI(t, text, "extract", "--quiet", "--format", "csv", "--out", dir, "-"); code != 0 {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	return dir
}

const diffText = "On 3 May 2023, the US announced $300 million in aid. Germany delivered 40 Marder infantry fighting vehicles."

func TestDiffSame(t *testing.T) {
	a, b := extractTo(t, diffText), extractTo(t, diffText)
	for _, format := range []string{"text", "markdown", "json"} {
		code, stdout, stderr := runCLI(t, "", "diff", "--format", format, a, b)
		if code != 0 {
			t.Errorf("%s: exit %d, stderr %q, stdout\n%s", format, code, stderr, stdout)
		}
	}
}

func TestDiffChanged(t *testing.T) {
	a := extractTo(t, diffText)
	b := extractTo(t, strings.Replace(diffText, "$300 million", "$350 million", 1))

	code, stdout, stderr := runCLI(t, "", "diff", a, b)
	if code != 1 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, s := range []string{"money: 0 added, 0 removed, 1 changed", "~ stdin:m:", "value: 300000000 -> 350000000", "events: 0 added, 0 removed, 1 changed"} {
		if !strings.Contains(stdout, s) {
			t.Errorf("text output lacks %q:\n%s", s, stdout)
		}
	}
	if strings.Contains(stdout, "dates:") || strings.Contains(stdout, "materiel:") {
		t.Errorf("unchanged tables reported:\n%s", stdout)
	}

	code, stdout, _ = runCLI(t, "", "diff", "--format", "markdown", a, b)
	if code != 1 || !strings.HasPrefix(stdout, "### aidextract diff") || !strings.Contains(stdout, "| money | 1 | 1 | 0 | 0 | 1 |") {
		t.Errorf("markdown: exit %d\n%s", code, stdout)
	}

	code, stdout, _ = runCLI(t, "", "diff", "--format", "json", a, b)
	var res struct {
		Differs bool `json:"differs"`
		Tables  []struct {
			Table   string `json:"table"`
			Changed []struct {
				Key string `json:"key"`
			} `json:"changed"`
		} `json:"tables"`
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil || code != 1 || !res.Differs {
		t.Fatalf("json: exit %d, %v\n%s", code, err, stdout)
	}
	n := 0
	for _, tab := range res.Tables {
		n += len(tab.Changed)
	}
	if n != 3 { // the document's hash and title, the amount, its event
		t.Errorf("json: %d changed rows, want 3:\n%s", n, stdout)
	}
}

func TestDiffUsage(t *testing.T) {
	a := extractTo(t, diffText)
	empty := t.TempDir()
	file := filepath.Join(empty, "x.txt")
	os.WriteFile(file, []byte("x"), 0o644)
	tests := []struct {
		args []string
		msg  string
	}{
		{[]string{"diff"}, "need OLD_DIR and NEW_DIR"},
		{[]string{"diff", a}, "need OLD_DIR and NEW_DIR"},
		{[]string{"diff", "--format", "yaml", a, a}, `unknown --format "yaml"`},
		{[]string{"diff", a, filepath.Join(empty, "missing")}, "no such file"},
		{[]string{"diff", a, empty}, "no output tables"},
		{[]string{"diff", file, a}, "not a directory"},
	}
	for _, tt := range tests {
		code, _, stderr := runCLI(t, "", tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.msg) {
			t.Errorf("aidextract %q: exit %d, stderr %q; want 2 and %q", tt.args, code, stderr, tt.msg)
		}
	}
	if code, _, stderr := runCLI(t, "", "diff", "--help"); code != 0 || !strings.Contains(stderr, "-format") {
		t.Errorf("diff --help: exit %d\n%s", code, stderr)
	}
}
