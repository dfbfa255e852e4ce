// Command aidextract turns text about foreign aid in the Russian invasion of
// Ukraine into typed, auditable tables. This file holds flags and
// subcommands only; the work is done in package pipeline.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/aidextract/aidextract/pipeline"
	"github.com/aidextract/aidextract/pipeline/eval"
)

const usage = `aidextract extracts money, dates and aid events from text about foreign aid
to Ukraine and writes them as CSV, XLSX and Parquet tables.

Usage:
  aidextract extract [flags] PATH...   extract every document under PATH (files, directories, - for stdin)
  aidextract eval --gold GOLD PATH...  score extraction against gold annotations
  aidextract merge SHARDS_DIR          turn the shards of aidextract-beam into the outputs extract writes
  aidextract diff OLD_DIR NEW_DIR      compare two runs' CSV outputs row by row (exit 1 when they differ)
  aidextract explain [TEXT... | -]     show what is found in a text, sentence by sentence, and by which rule
  aidextract version                   print the version

Run 'aidextract COMMAND --help' for a command's flags and examples.
`

// softMemoryLimit keeps the heap of a long run near its live size: most of
// a run's peak memory is garbage not yet collected. GOMEMLIMIT overrides it.
const softMemoryLimit = 300 << 20

// gcPercent lets the heap grow to five times its live size between
// collections: a run's live heap is small and its garbage plentiful, so
// collecting less often saves time, while softMemoryLimit still bounds the
// peak. GOGC overrides it.
const gcPercent = 400

func main() {
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(softMemoryLimit)
	}
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "extract":
		return extract(args[1:], stdin, stderr)
	case "eval":
		return evaluate(args[1:], stdout, stderr)
	case "diff":
		return diffRuns(args[1:], stdout, stderr)
	case "merge":
		return mergeShards(args[1:], stdout, stderr)
	case "explain":
		return explain(args[1:], stdin, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "aidextract %s (schema v%s)\n", pipeline.Version, pipeline.SchemaVersion)
		return 0
	case "help", "--help", "-help", "-h":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "aidextract: unknown command %q\n\n%s", args[0], usage)
	return 2
}

// newFlags returns the flag set of a command. --help prints the command's
// usage; a bad flag prints one line, "aidextract NAME: why (see
// 'aidextract NAME --help')", not the whole usage.
func newFlags(name, synopsis, examples string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	out := &flagOutput{w: stderr}
	fs.SetOutput(out)
	fs.Usage = func() {
		if msg := strings.TrimSpace(out.msg.String()); msg != "" {
			// The flag package reports a bad flag, then calls Usage.
			out.msg.Reset()
			fmt.Fprintf(stderr, "aidextract %s: %s (see 'aidextract %s --help')\n", name, msg, name)
			return
		}
		out.usage = true
		defer func() { out.usage = false }()
		fmt.Fprintf(stderr, "Usage: aidextract %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nExamples:\n%s", examples)
	}
	return fs
}

// flagOutput is the output of a flag set: it passes the usage through and
// holds back the flag package's error message for Usage to print as one
// line.
type flagOutput struct {
	w     io.Writer
	usage bool // Usage is printing the flag defaults
	msg   strings.Builder
}

func (o *flagOutput) Write(p []byte) (int, error) {
	if o.usage {
		return o.w.Write(p)
	}
	return o.msg.Write(p)
}

func extract(args []string, stdin io.Reader, stderr io.Writer) int {
	fs := newFlags("extract", "extract [flags] PATH...", `  aidextract extract testdata/corpus
  aidextract extract --out out --format csv,parquet --doc-date 2023-02-24 press/*.html
  aidextract extract --workers 4 --fail-fast archive/2023.jsonl.gz
  curl -s https://example.org/news.txt | aidextract extract --format csv -

Exit status: 0 when every document was read and written; 1 when the run
failed as a whole (outputs not written, earlier outputs left in place); 2 on
a usage error, or when some documents failed (each is printed and listed in
the errors table; the other documents' rows are written).
`, stderr)
	out := fs.String("out", "out", "directory to write the tables to (created if missing)")
	formats := fs.String("format", "csv,xlsx,parquet", "comma-separated output formats: csv, xlsx, parquet")
	docDate := fs.String("doc-date", "", "document date `YYYY-MM-DD` for inputs that give none; anchors year-less dates")
	emitText := fs.Bool("emit-text", false, "also write each document's plain text (the text offsets point into) to OUT/text/DOC_ID.txt")
	workers := fs.Int("workers", 0, "documents processed in parallel (0 = one per CPU)")
	failFast := fs.Bool("fail-fast", false, "stop at the first document that cannot be read or processed, writing nothing")
	maxDoc := fs.Int64("max-doc-bytes", pipeline.DefaultMaxDocBytes, "largest document accepted, in `bytes` (a file, stdin, or one JSONL record's text)")
	maxLine := fs.Int("max-line-bytes", pipeline.DefaultMaxLineBytes, "longest line accepted in text and JSONL inputs, in `bytes`")
	maxDepth := fs.Int("max-html-depth", pipeline.DefaultMaxHTMLDepth, "deepest nesting of HTML elements accepted")
	quiet := fs.Bool("quiet", false, "print nothing but errors (no progress, no summary)")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "aidextract extract: no input; name files, directories or - for stdin (see 'aidextract extract --help')")
		return 2
	}
	if *maxDoc <= 0 || *maxLine <= 0 || *maxDepth <= 0 || *workers < 0 {
		fmt.Fprintln(stderr, "aidextract extract: --max-doc-bytes, --max-line-bytes and --max-html-depth must be positive, --workers not negative")
		return 2
	}
	cfg := pipeline.Config{
		Paths: fs.Args(), Stdin: stdin, OutDir: *out, EmitText: *emitText,
		Workers: *workers, FailFast: *failFast,
		Read: pipeline.ReadOptions{MaxDocBytes: *maxDoc, MaxLineBytes: *maxLine, MaxHTMLDepth: *maxDepth},
	}
	for _, f := range strings.Split(*formats, ",") {
		if f = strings.TrimSpace(strings.ToLower(f)); f != "" {
			cfg.Formats = append(cfg.Formats, f)
		}
	}
	if err := pipeline.CheckFormats(cfg.Formats); err != nil {
		fmt.Fprintf(stderr, "aidextract extract: --format: %v\n", err)
		return 2
	}
	if *docDate != "" {
		t, err := time.Parse("2006-01-02", *docDate)
		if err != nil {
			fmt.Fprintf(stderr, "aidextract extract: --doc-date %q: want YYYY-MM-DD\n", *docDate)
			return 2
		}
		cfg.Read.DocDate = t
	}
	bar := newProgressBar(stderr, *quiet)
	cfg.Progress = bar.update
	cfg.OnFailure = func(source, message string) {
		bar.clear()
		fmt.Fprintf(stderr, "aidextract: %s: %s\n", source, message)
	}
	sum, err := pipeline.Run(cfg)
	bar.clear()
	if err != nil && !errors.Is(err, pipeline.ErrDocuments) {
		fmt.Fprintf(stderr, "aidextract: %v\n", err)
		return 1
	}
	if sum != nil && !*quiet {
		fmt.Fprintln(stderr, summaryLine(sum, *out))
	}
	if err != nil {
		if sum == nil { // --fail-fast: nothing written
			fmt.Fprintf(stderr, "aidextract: %v\n", err)
		}
		return 2
	}
	return 0
}

func summaryLine(s *pipeline.Summary, out string) string {
	var parts []string
	for _, t := range pipeline.Tables {
		parts = append(parts, fmt.Sprintf("%s %d", t.Name, s.Rows[t.Name]))
	}
	mbps := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		mbps = float64(s.Bytes) / 1e6 / sec
	}
	line := fmt.Sprintf("aidextract: %d documents, %d sentences -> %s; rows: %s; %.1f MB/s in %.1fs",
		s.Documents, s.Sentences, out, strings.Join(parts, ", "), mbps, s.Elapsed.Seconds())
	var warns []string
	if s.Failed > 0 {
		warns = append(warns, fmt.Sprintf("%d documents failed (see the errors table)", s.Failed))
	}
	if s.Unconverted > 0 {
		warns = append(warns, fmt.Sprintf("%d amounts without a US dollar value (currency not quoted by the ECB, or no date)", s.Unconverted))
	}
	if s.Repaired > 0 {
		warns = append(warns, fmt.Sprintf("%d invalid UTF-8 sequences replaced with U+FFFD", s.Repaired))
	}
	if len(warns) > 0 {
		line += "; warnings: " + strings.Join(warns, ", ")
	}
	return line
}

func evaluate(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval", "eval --gold FILE_OR_DIR [flags] PATH...", `  aidextract eval --gold testdata/gold testdata/corpus
  aidextract eval --gold testdata/gold --show 20 --min-f1 money=0.97 --min-f1 date=0.93 testdata/corpus
`, stderr)
	gold := fs.String("gold", "", "gold annotations: one JSONL file, or a directory of DOC_ID.jsonl files")
	show := fs.Int("show", 0, "list up to `N` misses and false positives per type")
	docDate := fs.String("doc-date", "", "document date `YYYY-MM-DD` for inputs that give none")
	var mins minF1
	fs.Var(&mins, "min-f1", "fail (exit 1) when TYPE's F1 is below N, as `TYPE=N`; repeatable")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if *gold == "" || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "aidextract eval: need --gold and at least one PATH")
		fs.Usage()
		return 2
	}
	var opt pipeline.ReadOptions
	if *docDate != "" {
		t, err := time.Parse("2006-01-02", *docDate)
		if err != nil {
			fmt.Fprintf(stderr, "aidextract eval: --doc-date %q: want YYYY-MM-DD\n", *docDate)
			return 2
		}
		opt.DocDate = t
	}
	scores, err := pipeline.Evaluate(fs.Args(), *gold, opt)
	if err != nil {
		fmt.Fprintf(stderr, "aidextract: %v\n", err)
		return 1
	}
	eval.WriteTable(stdout, scores)
	if *show > 0 {
		for _, typ := range eval.Types {
			s := scores[typ]
			if s == nil {
				continue
			}
			list := func(label string, items []eval.Item) {
				for i, it := range items {
					if i == *show {
						fmt.Fprintf(stdout, "  ... %d more\n", len(items)-i)
						break
					}
					fmt.Fprintf(stdout, "  %s %-12q %-28s @%d %s\n", label, it.Text, it.Value, it.Start, it.Rule)
				}
			}
			fmt.Fprintf(stdout, "\n%s: %d missed, %d false", typ, len(s.Misses), len(s.False))
			// matched, but with a value the gold does not have
			for _, w := range []struct {
				what  string
				items []eval.Item
			}{{"role", s.WrongRole}, {"date", s.WrongDate}, {"kind", s.WrongKind}, {"aid type", s.WrongAid}} {
				if len(w.items) > 0 {
					fmt.Fprintf(stdout, ", %d with another %s", len(w.items), w.what)
				}
			}
			fmt.Fprintln(stdout)
			list("miss ", s.Misses)
			list("false", s.False)
			list("role ", s.WrongRole)
			list("date ", s.WrongDate)
			list("kind ", s.WrongKind)
			list("aid  ", s.WrongAid)
		}
	}
	failed := false
	for _, typ := range mins.keys() {
		s := scores[typ]
		if s == nil {
			fmt.Fprintf(stderr, "aidextract eval: --min-f1 %s: no such type (have %s)\n", typ, strings.Join(eval.Types, ", "))
			return 2
		}
		if f := s.F1(); f < mins[typ] {
			fmt.Fprintf(stderr, "aidextract eval: %s F1 %.3f is below %.3f\n", typ, f, mins[typ])
			failed = true
		}
	}
	if failed {
		return 1
	}
	return 0
}

// minF1 collects repeated --min-f1 TYPE=N flags.
type minF1 map[string]float64

func (m *minF1) String() string { return "" }

func (m *minF1) Set(v string) error {
	typ, n, ok := strings.Cut(v, "=")
	f, err := strconv.ParseFloat(n, 64)
	if !ok || err != nil || f < 0 || f > 1 {
		return fmt.Errorf("want TYPE=N with N between 0 and 1, got %q", v)
	}
	if *m == nil {
		*m = minF1{}
	}
	(*m)[typ] = f
	return nil
}

func (m minF1) keys() []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func flagExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}
