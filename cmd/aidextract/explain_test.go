package main

import (
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	text := "On 3 May 2023, the US announced $300 million in military aid. Kyiv said 200 soldiers were trained."
	check := func(name, stdout string) {
		t.Helper()
		for _, s := range []string{
			"sentence 0 [0:",
			`date      "3 May 2023"`, "value=2023-05-03 precision=day",
			`money     "$300 million"`, "value=300000000 currency=USD qualifier=exact role=new value_usd=300000000",
			"rule=money/", "rule=dates/",
			"sentence 1 [", `personnel "200 soldiers"`, "quantity=200", "who=soldiers",
			"event     explain:e:0", `donor="United States"`, "kind=pledge", "amount=300000000",
			"2 sentences, 3 mentions, 1 events",
		} {
			if !strings.Contains(stdout, s) {
				t.Errorf("%s: output lacks %q:\n%s", name, s, stdout)
			}
		}
	}
	code, stdout, stderr := runCLI(t, "", "explain", text)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	check("argument", stdout)
	code, stdout, stderr = runCLI(t, text, "explain", "-")
	if code != 0 {
		t.Fatalf("stdin: exit %d: %s", code, stderr)
	}
	check("stdin", stdout)
	code, stdout, _ = runCLI(t, "", strings.Fields("explain On 3 May 2023, the US announced $300 million in military aid.")...)
	if code != 0 || !strings.Contains(stdout, `"$300 million"`) {
		t.Errorf("words as arguments: exit %d\n%s", code, stdout)
	}
}

func TestExplainYearless(t *testing.T) {
	code, stdout, _ := runCLI(t, "", "explain", "--doc-date", "2023-02-24", "On 10 January, Canada pledged C$500 million.")
	if code != 0 || !strings.Contains(stdout, "document date 2023-02-24") || !strings.Contains(stdout, "value=2023-01-10") {
		t.Errorf("exit %d\n%s", code, stdout)
	}
	_, quiet, _ := runCLI(t, "", "explain", "Nothing here. Canada pledged C$500 million.")
	_, all, _ := runCLI(t, "", "explain", "--all", "Nothing here. Canada pledged C$500 million.")
	if strings.Contains(quiet, "Nothing here") || !strings.Contains(all, "(nothing found)") {
		t.Errorf("--all:\n%s\nwithout:\n%s", all, quiet)
	}
}

func TestExplainUsage(t *testing.T) {
	for _, tt := range []struct {
		args  []string
		stdin string
		msg   string
	}{
		{[]string{"explain"}, "", "no text"},
		{[]string{"explain", "-"}, "  \n", "no text"},
		{[]string{"explain", "--doc-date", "May 2023", "x"}, "", "want YYYY-MM-DD"},
	} {
		code, _, stderr := runCLI(t, tt.stdin, tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.msg) {
			t.Errorf("%q: exit %d, stderr %q", tt.args, code, stderr)
		}
	}
}
