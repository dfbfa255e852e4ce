// Command aidextract-beam runs the aidextract extractors as an Apache Beam
// pipeline and writes every table as shards:
//
//	OUTPUT/<table>/part-00003-of-00016.parquet (and .csv)
//
// which 'aidextract merge OUTPUT --out DIR' turns into the outputs of
// 'aidextract extract'. The runner is Prism, in process, unless --runner
// names another (flink, spark, dataflow; see beam/README.md).
//
// Usage:
//
//	aidextract-beam [flags] INPUT...
//	aidextract-beam --output out/beam ../testdata/corpus
//	aidextract-beam --runner=flink --endpoint=localhost:8099 --environment_type=LOOPBACK \
//	    --output /shared/shards --shards 64 '/shared/corpus/*.jsonl.gz'
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/aidextract/aidextract/beam/aidbeam"
	"github.com/aidextract/aidextract/pipeline"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

// The pipeline's own flags. Beam's flags (--runner, --endpoint,
// --environment_type, --worker_binary, --project, --region, ...) are on
// the same command line; names use underscores, as Beam's do.
var (
	output   = flag.String("output", "out/beam", "folder of the shards: a local path, gs://bucket/path or s3://bucket/path")
	shards   = flag.Int("shards", 16, "number of shards of every table")
	formats  = flag.String("format", "csv,parquet", "comma-separated shard formats: csv, parquet")
	docDate  = flag.String("doc_date", "", "document date `YYYY-MM-DD` for inputs that give none (as extract --doc-date)")
	maxDoc   = flag.Int64("max_doc_bytes", pipeline.DefaultMaxDocBytes, "largest document accepted, in `bytes`")
	maxLine  = flag.Int("max_line_bytes", pipeline.DefaultMaxLineBytes, "longest line accepted in text and JSONL inputs, in `bytes`")
	maxDepth = flag.Int("max_html_depth", pipeline.DefaultMaxHTMLDepth, "deepest nesting of HTML elements accepted")
)

func init() {
	// Prism's job server logs every step at info level; warn keeps the
	// terminal to the summary and what went wrong.
	beamlog.LogLevel = "warn"
	flag.StringVar(&beamlog.LogLevel, "log_level", beamlog.LogLevel, "level of Beam's own log: debug, info, warn or error")
}

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), `Usage: aidextract-beam [flags] INPUT...

Runs the aidextract extractors as an Apache Beam pipeline (Prism, in
process, by default) and writes every table as shards into --output;
'aidextract merge OUTPUT --out DIR' turns them into the single-file outputs.
INPUT is a file, a directory or a glob (quoted); gs:// and s3:// globs too.

Flags of the pipeline: --output --shards --format --doc_date --max_doc_bytes
--max_line_bytes --max_html_depth --log_level. Every other flag below is
Beam's (--runner, --endpoint, --environment_type, --worker_binary, ...).

`)
		flag.PrintDefaults()
	}
	// Workers re-launch this binary with their own flags: parse them and
	// hand over to Beam before anything else.
	flag.Parse()
	beam.Init()

	if err := run(context.Background()); err != nil {
		fmt.Fprintf(os.Stderr, "aidextract-beam: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	o := aidbeam.Options{
		Inputs: flag.Args(), Output: *output, Shards: *shards, DocDate: *docDate,
		MaxDocBytes: *maxDoc, MaxLineBytes: *maxLine, MaxHTMLDepth: *maxDepth,
	}
	for _, f := range strings.Split(*formats, ",") {
		if f = strings.TrimSpace(strings.ToLower(f)); f != "" {
			o.Formats = append(o.Formats, f)
		}
	}
	if err := o.Check(); err != nil {
		flag.Usage()
		return err
	}
	if err := aidbeam.CheckLocalInputs(o.Inputs); err != nil {
		return err
	}
	if err := aidbeam.RemoveShards(o.Output); err != nil {
		return err
	}
	p, s := beam.NewPipelineWithRoot()
	if err := aidbeam.Build(s, o); err != nil {
		return err
	}
	start := time.Now()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "aidextract-beam: %d shards -> %s in %.1fs%s\n", o.Shards, o.Output, time.Since(start).Seconds(), summary(res))
	fmt.Fprintf(os.Stderr, "aidextract-beam: next: aidextract merge %s --out DIR\n", o.Output)
	return nil
}

// summary formats the pipeline's counters, when the runner reports them.
func summary(res beam.PipelineResult) string {
	if res == nil {
		return ""
	}
	got := map[string]int64{}
	for _, c := range res.Metrics().Query(func(r metrics.SingleResult) bool { return r.Namespace() == "aidextract" }).Counters() {
		got[c.Name()] += c.Result()
	}
	if len(got) == 0 {
		return ""
	}
	line := fmt.Sprintf("; %d files, %d documents, %d failed", got["files"], got["documents"], got["failed"])
	var rows []string
	for _, t := range pipeline.Tables {
		rows = append(rows, fmt.Sprintf("%s %d", t.Name, got["rows."+t.Name]))
	}
	return line + "; rows: " + strings.Join(rows, ", ")
}
