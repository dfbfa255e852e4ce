package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/aidextract/aidextract/pipeline"
)

// The environment of the helper process of TestDiskFull: the file size
// limit, and the arguments as JSON.
const (
	fsizeEnv     = "AIDEXTRACT_TEST_FSIZE"
	fsizeArgsEnv = "AIDEXTRACT_TEST_FSIZE_ARGS"
)

// TestFileSizeLimitHelper is not a test: it is the process TestDiskFull
// runs the command in, with files limited to $AIDEXTRACT_TEST_FSIZE bytes
// as on a disk that fills up. A write past the limit fails with EFBIG
// ("file too large") after writing what fits; Go ignores SIGXFSZ, so the
// process lives on. (The limit is set in a process of its own so that it
// spares the test log go test writes.)
func TestFileSizeLimitHelper(t *testing.T) {
	limit := os.Getenv(fsizeEnv)
	if limit == "" {
		t.Skip("the helper process of TestDiskFull")
	}
	n, err := strconv.ParseUint(limit, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	var args []string
	if err := json.Unmarshal([]byte(os.Getenv(fsizeArgsEnv)), &args); err != nil {
		t.Fatal(err)
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Fatal(err)
	}
	lim.Cur = n
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Fatal(err)
	}
	os.Exit(run(args, strings.NewReader(""), os.Stdout, os.Stderr))
}

// runLimited runs the command with files limited to limit bytes and
// returns its exit status and stderr.
func runLimited(t *testing.T, limit uint64, args ...string) (int, string) {
	t.Helper()
	js, err := json.Marshal(args)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestFileSizeLimitHelper$")
	cmd.Env = append(os.Environ(), fsizeEnv+"="+strconv.FormatUint(limit, 10), fsizeArgsEnv+"="+string(js))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0, stderr.String()
	case errors.As(err, &ee) && ee.Exited():
		return ee.ExitCode(), stderr.String()
	}
	t.Fatalf("helper process: %v\n%s", err, stderr.String())
	return 0, ""
}

// A disk that fills up at any point of a run, in any output file (spill,
// --emit-text files, CSV, datapackage.json, Parquet, aid.xlsx): the run
// either completes, or fails with exit 1 and one line, leaving the earlier
// outputs byte for byte as they were and no temporary file behind. It
// never reports the failure as a document's.
func TestDiskFull(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	rbWrite(t, in, map[string]string{"a.txt": goodText})
	if code, _, stderr := runCLI(t, "", "extract", "--quiet", "--emit-text", "--out", out, in); code != 0 {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	before := rbSnapshot(t, out)
	largest := 0
	for _, b := range before {
		largest = max(largest, len(b))
	}
	rbWrite(t, in, map[string]string{
		"b.txt": "Germany gave €2 million and 12 Leopard 2 tanks on 4 May 2023.",
		"c.txt": strings.Repeat("The EU approved €50 billion for Ukraine in 2024. ", 40),
	})

	failed := map[string]bool{} // which file a failing run named
	for _, limit := range []uint64{1, 1000, 4000, 16000, uint64(largest) + 1, 1 << 20} {
		t.Run(strconv.FormatUint(limit, 10), func(t *testing.T) {
			code, stderr := runLimited(t, limit, "extract", "--quiet", "--emit-text", "--out", out, in)
			switch code {
			case 1:
				if !strings.HasPrefix(stderr, "aidextract: ") || !strings.HasSuffix(stderr, ": file too large\n") || strings.Count(stderr, "\n") != 1 {
					t.Errorf("stderr %q, want one line ending in file too large", stderr)
				}
				for _, name := range []string{"spill file", "text file", "datapackage.json", ".csv", ".parquet", "aid.xlsx"} {
					if strings.Contains(stderr, name) {
						failed[name] = true
					}
				}
				rbSame(t, out, before)
			case 0:
				if limit < 1000 {
					t.Errorf("a run with files limited to %d bytes succeeded", limit)
				}
				after := rbSnapshot(t, out)
				if len(after) != len(before)+2 { // two more text files
					t.Errorf("files %v after a run, before %v", mapKeys(after), mapKeys(before))
				}
				docs := rbColumn(rbRows(t, out, pipeline.DocumentsTable), pipeline.DocumentsTable, "doc_id")
				if !reflect.DeepEqual(docs, []string{"a", "b", "c"}) {
					t.Errorf("documents %v", docs)
				}
				rbAgree(t, out)
				before = after
			default:
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			for name := range rbSnapshot(t, out) {
				if strings.HasPrefix(filepath.Base(name), ".") {
					t.Errorf("%s left behind", name)
				}
			}
		})
	}
	// The limits above make the --emit-text files, the spill file and the
	// table files (today datapackage.json and aid.xlsx) fail in turn.
	for _, name := range []string{"spill file", "text file"} {
		if !failed[name] {
			t.Errorf("no run failed writing the %s (failures: %v)", name, failed)
		}
	}
	if !failed["datapackage.json"] && !failed[".csv"] && !failed[".parquet"] && !failed["aid.xlsx"] {
		t.Errorf("no run failed writing a table (failures: %v)", failed)
	}
}
