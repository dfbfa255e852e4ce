package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{nil, 2, "Usage:"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"extract"}, 2, "no input"},
		{[]string{"extract", "--doc-date", "24/02/2022", "x"}, 2, "want YYYY-MM-DD"},
		{[]string{"extract", "--no-such-flag", "x"}, 2, "not defined"},
		{[]string{"extract", "--out", "OUT", "--format", "pdf", "-"}, 2, `unknown format "pdf"`},
		{[]string{"eval", "x"}, 2, "need --gold"},
		{[]string{"eval", "--gold", "g", "--min-f1", "money=2", "x"}, 2, "between 0 and 1"},
	}
	for _, tt := range tests {
		args := append([]string(nil), tt.args...)
		for i, a := range args {
			if a == "OUT" {
				args[i] = t.TempDir()
			}
		}
		code, _, stderr := runCLI(t, "", args...)
		if code != tt.code || !strings.Contains(stderr, tt.msg) {
			t.Errorf("aidextract %q: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.msg)
		}
	}
}

func TestHelp(t *testing.T) {
	code, _, stderr := runCLI(t, "", "extract", "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, flag := range []string{"-out", "-format", "-doc-date", "-emit-text", "Examples:"} {
		if !strings.Contains(stderr, flag) {
			t.Errorf("extract --help does not mention %s", flag)
		}
	}
}

func TestExtractStdin(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runCLI(t, "On 3 May 2023, the US announced $300 million in aid.", "extract", "--out", dir, "--format", "csv", "--emit-text", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	money, err := os.ReadFile(filepath.Join(dir, "money.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(money), "stdin,stdin:m:") || !strings.Contains(string(money), "$300 million,300000000,USD") {
		t.Errorf("money.csv =\n%s", money)
	}
	dates, _ := os.ReadFile(filepath.Join(dir, "dates.csv"))
	if !strings.Contains(string(dates), "3 May 2023,2023-05-03,day") {
		t.Errorf("dates.csv =\n%s", dates)
	}
	if _, err := os.Stat(filepath.Join(dir, "text", "stdin.txt")); err != nil {
		t.Errorf("--emit-text: %v", err)
	}
	if !strings.Contains(stderr, "1 documents") {
		t.Errorf("summary line = %q", stderr)
	}
}

func TestEvalGate(t *testing.T) {
	code, out, stderr := runCLI(t, "", "eval", "--gold", "../../testdata/gold", "--min-f1", "money=0.5", "../../testdata/corpus")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "money") || !strings.Contains(out, "f1") {
		t.Errorf("eval output = %q", out)
	}
	// A gold file with one amount made wrong cannot be met with F1 1.
	gold, err := os.ReadFile("../../testdata/gold/seed.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(gold), `"value": 350000000,`, `"value": 351000000,`, 1)
	if broken == string(gold) {
		t.Fatal("gold has no $350 million record to break")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "seed.jsonl"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI(t, "", "eval", "--gold", dir, "--min-f1", "money=1", "../../testdata/corpus")
	if code != 1 || !strings.Contains(stderr, "money F1") || !strings.Contains(stderr, "below 1.000") {
		t.Errorf("gate money=1 on a broken gold: exit %d, stderr %q", code, stderr)
	}
}
