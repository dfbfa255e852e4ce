// Command benchcorpus measures aidextract's speed and memory on a large
// corpus made from the bundled texts.
//
//	benchcorpus gen -size 100 -o bench/corpus-100MB.jsonl [TEXT...]
//	benchcorpus ref FILE...
//	benchcorpus bench -bin bin/aidextract -out bench/out -formats csv,parquet -formats csv,parquet,xlsx CORPUS...
//	benchcorpus bench -bin base=/tmp/aidextract-base -bin new=bin/aidextract -rounds 3 CORPUS...
//
// gen writes a JSONL corpus of about -size MB (1 MB = 10^6 bytes),
// deterministically: a fixed-seed generator picks paragraphs of the texts
// (by default the bundled corpus and the holdout texts), shuffles them into
// documents of varied length, changes many of their numbers, and gives
// documents unique ids, and some a date, a title or HTML instead of text.
//
// ref is the reference every throughput is compared with: one pass over
// the files that only reads them and counts the runs of digits.
//
// bench runs the reference, then `aidextract extract --quiet` once per
// format set on every corpus, and prints a table: MB/s, CPU seconds,
// documents/s, rows/s (every row of every table), peak resident memory of
// the process, and the ratio of aidextract's throughput to the reference's.
// Given several binaries (-bin NAME=PATH, repeated), it runs them one after
// the other, -rounds times over, so that two trees are compared under the
// same load; each row then names its binary.
package main

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "gen":
		err = gen(os.Args[2:])
	case "ref":
		err = refCmd(os.Args[2:])
	case "bench":
		err = bench(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: benchcorpus gen|ref|bench [flags] [files]  (see the package doc)")
	os.Exit(2)
}

// defaultTexts are the bundled texts the corpus is made of.
var defaultTexts = []string{"testdata/corpus/seed.txt", "testdata/holdout/corpus/*.txt"}

// record is one JSONL line, as aidextract reads it.
type record struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	Date  string `json:"date,omitempty"`
	Text  string `json:"text,omitempty"`
	HTML  string `json:"html,omitempty"`
}

func gen(args []string) error {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	size := fs.Float64("size", 100, "corpus size in MB (10^6 bytes)")
	out := fs.String("o", "", "output file (default stdout)")
	seed := fs.Uint64("seed", 1, "seed of the generator")
	htmlShare := fs.Float64("html", 0.05, "share of documents given as HTML")
	fs.Parse(args)
	texts := fs.Args()
	if len(texts) == 0 {
		texts = defaultTexts
	}
	paras, titles, err := loadParagraphs(texts)
	if err != nil {
		return err
	}
	w := io.Writer(os.Stdout)
	var f *os.File
	if *out != "" {
		if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
			return err
		}
		if f, err = os.Create(*out + ".tmp"); err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	rng := rand.New(rand.NewPCG(*seed, 0x9e3779b97f4a7c15))
	limit := int64(*size * 1e6)
	var written int64
	var sb strings.Builder
	for i := 0; written < limit; i++ {
		rec := record{ID: fmt.Sprintf("bench-%08x", uint32(i)*2654435761)}
		if rng.Float64() < 0.7 {
			rec.Title = vary(rng, titles[rng.IntN(len(titles))])
		}
		if rng.Float64() < 0.6 {
			day := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(4*365))
			rec.Date = day.Format(time.DateOnly)
		}
		// Mostly news-sized documents, now and then a long report.
		n := 2 + rng.IntN(12)
		if rng.IntN(10) == 0 {
			n = 20 + rng.IntN(120)
		}
		asHTML := rng.Float64() < *htmlShare
		sb.Reset()
		if asHTML {
			sb.WriteString("<html><head><title>")
			sb.WriteString(html.EscapeString(rec.Title))
			sb.WriteString("</title></head><body>\n")
		}
		start := rng.IntN(len(paras))
		for k := range n {
			// Runs of consecutive paragraphs, now and then a jump, so
			// documents read roughly like the texts and still differ.
			p := paras[(start+k)%len(paras)]
			if rng.IntN(4) == 0 {
				p = paras[rng.IntN(len(paras))]
			}
			p = vary(rng, p)
			if asHTML {
				if strings.HasPrefix(p, "#") {
					sb.WriteString("<h2>" + html.EscapeString(strings.TrimLeft(p, "# ")) + "</h2>\n")
				} else {
					sb.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
				}
				continue
			}
			if k > 0 {
				sb.WriteString("\n\n")
			}
			sb.WriteString(p)
		}
		if asHTML {
			sb.WriteString("</body></html>\n")
			rec.HTML = sb.String()
		} else {
			rec.Text = sb.String()
		}
		line, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		line = append(line, '\n')
		if _, err := bw.Write(line); err != nil {
			return err
		}
		written += int64(len(line))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return err
		}
		return os.Rename(*out+".tmp", *out)
	}
	return nil
}

// loadParagraphs reads the texts' paragraphs (non-blank lines) and the
// short ones among them as titles.
func loadParagraphs(patterns []string) (paras, titles []string, err error) {
	for _, pat := range patterns {
		files, err := filepath.Glob(pat)
		if err != nil {
			return nil, nil, err
		}
		if len(files) == 0 {
			return nil, nil, fmt.Errorf("%s: no such file", pat)
		}
		for _, name := range files {
			b, err := os.ReadFile(name)
			if err != nil {
				return nil, nil, err
			}
			for _, l := range strings.Split(string(b), "\n") {
				l = strings.TrimSpace(l)
				if l == "" {
					continue
				}
				paras = append(paras, l)
				if len(l) < 100 && !strings.ContainsAny(l, ".:") {
					titles = append(titles, strings.TrimLeft(l, "# "))
				}
			}
		}
	}
	if len(paras) == 0 || len(titles) == 0 {
		return nil, nil, errors.New("no paragraphs in the texts")
	}
	return paras, titles, nil
}

// vary changes about half of the runs of digits in s: years stay years
// (2014 to 2025), small numbers stay small (days of a month stay valid),
// others keep their number of digits.
func vary(rng *rand.Rand, s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		if b[i] < '0' || b[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		if rng.IntN(2) == 0 {
			run := b[i:j]
			switch {
			case len(run) == 4 && (run[0] == '1' && run[1] == '9' || run[0] == '2' && run[1] == '0'):
				copy(run, fmt.Sprint(2014+rng.IntN(12)))
			case len(run) <= 2:
				v := 1 + rng.IntN(28)
				if len(run) == 1 {
					v = 1 + rng.IntN(9)
				}
				copy(run, fmt.Sprintf("%0*d", len(run), v))
			default:
				run[0] = byte('1' + rng.IntN(9))
				for k := 1; k < len(run); k++ {
					run[k] = byte('0' + rng.IntN(10))
				}
			}
		}
		i = j
	}
	return string(b)
}

// refResult is one pass of the reference reader.
type refResult struct {
	Bytes, Runs int64
	Elapsed     time.Duration
}

func (r refResult) MBps() float64 { return float64(r.Bytes) / 1e6 / r.Elapsed.Seconds() }

// reference reads the files once and counts their runs of digits.
func reference(files []string) (refResult, error) {
	start := time.Now()
	var res refResult
	buf := make([]byte, 1<<20)
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return res, err
		}
		in := false
		for {
			n, err := f.Read(buf)
			for _, c := range buf[:n] {
				d := c-'0' < 10
				if d && !in {
					res.Runs++
				}
				in = d
			}
			res.Bytes += int64(n)
			if err == io.EOF {
				break
			}
			if err != nil {
				f.Close()
				return res, err
			}
		}
		f.Close()
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

func refCmd(args []string) error {
	if len(args) == 0 {
		return errors.New("ref: no file")
	}
	r, err := reference(args)
	if err != nil {
		return err
	}
	fmt.Printf("%d bytes, %d digit runs in %.2fs: %.0f MB/s\n", r.Bytes, r.Runs, r.Elapsed.Seconds(), r.MBps())
	return nil
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, " ") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func bench(args []string) error {
	fs := flag.NewFlagSet("bench", flag.ExitOnError)
	var bins listFlag
	fs.Var(&bins, "bin", "aidextract binary, or NAME=PATH (repeatable: the binaries run one after the other; default bin/aidextract)")
	out := fs.String("out", "bench/out", "output folder (emptied before each run)")
	workers := fs.Int("workers", 0, "--workers of aidextract (0 = its default)")
	rounds := fs.Int("rounds", 1, "runs of every binary for every format set, alternating")
	var formats listFlag
	fs.Var(&formats, "formats", "a format set to run, e.g. csv,parquet (repeatable)")
	fs.Parse(args)
	if len(formats) == 0 {
		formats = listFlag{"csv,parquet", "csv,parquet,xlsx"}
	}
	if len(bins) == 0 {
		bins = listFlag{"bin/aidextract"}
	}
	if *rounds < 1 {
		return errors.New("bench: -rounds must be at least 1")
	}
	if fs.NArg() == 0 {
		return errors.New("bench: no corpus")
	}
	fmt.Printf("aidextract benchmark: %s, %d CPUs (GOMAXPROCS %d)\n\n", runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0))
	fmt.Println("| corpus | formats | MB | seconds | CPU seconds | MB/s | docs/s | rows/s | peak RSS MB | ratio to reference | load |")
	fmt.Println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
	for _, corpus := range fs.Args() {
		ref, err := reference([]string{corpus})
		if err != nil {
			return err
		}
		mb := float64(ref.Bytes) / 1e6
		name := filepath.Base(corpus)
		fmt.Printf("| %s | reference (read + count %d digit runs) | %.0f | %.2f | | %.0f | | | | 1 | %s |\n",
			name, ref.Runs, mb, ref.Elapsed.Seconds(), ref.MBps(), loadAvg())
		for _, f := range formats {
			for range *rounds {
				for _, b := range bins {
					binName, path, ok := strings.Cut(b, "=")
					if !ok {
						binName, path = "", b
					}
					label := f
					if len(bins) > 1 {
						label = f + " · " + cmp.Or(binName, path)
					}
					if err := benchRun(path, *out, *workers, corpus, f, label, mb, ref); err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

// benchRun runs bin once on corpus with the formats f and prints the row
// of the table, labelled label.
func benchRun(bin, out string, workers int, corpus, f, label string, mb float64, ref refResult) error {
	load := loadAvg()
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	cmdArgs := []string{"extract", "--quiet", "--out", out, "--format", f}
	if workers > 0 {
		cmdArgs = append(cmdArgs, "--workers", fmt.Sprint(workers))
	}
	cmd := exec.Command(bin, append(cmdArgs, corpus)...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	if err != nil {
		return fmt.Errorf("%s %s: %w", bin, strings.Join(cmd.Args[1:], " "), err)
	}
	rss := 0.0
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = float64(ru.Maxrss) / 1024 // KiB on Linux
	}
	docs, rows, err := countRows(out)
	if err != nil {
		return err
	}
	sec := elapsed.Seconds()
	// user and system time of the process: on a shared machine it varies
	// less than the wall clock, which neighbours slow
	cpu := (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	fmt.Printf("| %s | %s | %.0f | %.1f | %.1f | %.1f | %.0f | %.0f | %.0f | %.4f | %s |\n",
		filepath.Base(corpus), label, mb, sec, cpu, mb/sec, float64(docs)/sec, float64(rows)/sec, rss, mb/sec/ref.MBps(), load)
	return nil
}

// countRows counts the documents and the rows of every table in the CSV
// files of dir.
func countRows(dir string) (docs, rows int64, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return 0, 0, err
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return 0, 0, err
		}
		r := csv.NewReader(bufio.NewReaderSize(f, 1<<20))
		r.ReuseRecord = true
		r.FieldsPerRecord = -1
		var n int64 = -1 // the header
		for {
			if _, err = r.Read(); err != nil {
				break
			}
			n++
		}
		f.Close()
		if err != io.EOF {
			return 0, 0, fmt.Errorf("%s: %w", name, err)
		}
		rows += n
		if filepath.Base(name) == "documents.csv" {
			docs = n
		}
	}
	return docs, rows, nil
}

// loadAvg is the one-minute load average when the run starts.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(b))[0]
}
