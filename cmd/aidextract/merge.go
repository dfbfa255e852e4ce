package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/aidextract/aidextract/pipeline"
)

// mergeShards is 'aidextract merge': the shards written by aidextract-beam
// (SHARDS_DIR/<table>/part-00003-of-00016.parquet) become the single-file
// outputs of 'aidextract extract'.
func mergeShards(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("merge", "merge SHARDS_DIR [flags]", `  aidextract merge out/beam --out out/beam-merged
  aidextract merge out/beam --out merged --format csv,parquet

SHARDS_DIR holds one folder per table with the shards of one run
(part-00000-of-00016.parquet and/or .csv). The Parquet shards are read when
present (they keep every type), else the CSV ones. The outputs are
byte-identical to those 'aidextract extract' writes for the same corpus.
`, stderr)
	out := fs.String("out", "out", "directory to write the tables to (created if missing)")
	formats := fs.String("format", "csv,xlsx,parquet", "comma-separated output formats: csv, xlsx, parquet")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	// Flags may come before or after SHARDS_DIR.
	var pos []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			return flagExit(err)
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(pos) != 1 {
		fmt.Fprintln(stderr, "aidextract merge: want one SHARDS_DIR")
		fs.Usage()
		return 2
	}
	var fmts []string
	for _, f := range strings.Split(*formats, ",") {
		if f = strings.TrimSpace(strings.ToLower(f)); f != "" {
			fmts = append(fmts, f)
		}
	}
	if err := pipeline.CheckFormats(fmts); err != nil {
		fmt.Fprintf(stderr, "aidextract merge: --format: %v\n", err)
		return 2
	}
	sum, err := pipeline.Merge(pos[0], *out, fmts)
	if err != nil {
		fmt.Fprintf(stderr, "aidextract: %v\n", err)
		return 1
	}
	if !*quiet {
		var parts []string
		for _, t := range pipeline.Tables {
			parts = append(parts, fmt.Sprintf("%s %d", t.Name, sum.Rows[t.Name]))
		}
		fmt.Fprintf(stderr, "aidextract: merged %d %s shards, %d documents -> %s; rows: %s\n",
			sum.Shards, sum.Format, sum.Documents, *out, strings.Join(parts, ", "))
	}
	return 0
}
