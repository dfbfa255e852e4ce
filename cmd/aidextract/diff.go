package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/aidextract/aidextract/pipeline/diff"
)

// diffRuns compares the CSV outputs of two runs: exit 0 when they hold the
// same rows and values, 1 when they differ, 2 on bad usage or unreadable
// files.
func diffRuns(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("diff", "diff [flags] OLD_DIR NEW_DIR", `  aidextract diff out-main out
  aidextract diff --format markdown --max 20 base/out head/out > diff.md
  aidextract diff --format json old new | jq '.tables[] | {table, added: (.added | length)}'
`, stderr)
	format := fs.String("format", "text", "output format: "+strings.Join(diff.Formats, ", "))
	max := fs.Int("max", 50, "list at most `N` rows per table and kind of change in text and markdown (0 = all)")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if fs.NArg() != 2 {
		fmt.Fprintln(stderr, "aidextract diff: need OLD_DIR and NEW_DIR")
		fs.Usage()
		return 2
	}
	switch *format {
	case "text", "markdown", "md", "json":
	default:
		fmt.Fprintf(stderr, "aidextract diff: unknown --format %q (want %s)\n", *format, strings.Join(diff.Formats, ", "))
		return 2
	}
	res, err := diff.Dirs(fs.Arg(0), fs.Arg(1))
	if err != nil {
		fmt.Fprintf(stderr, "aidextract diff: %v\n", err)
		return 2
	}
	if err := diff.Write(stdout, res, *format, *max); err != nil {
		fmt.Fprintf(stderr, "aidextract diff: %v\n", err)
		return 2
	}
	if res.Differs() {
		return 1
	}
	return 0
}
