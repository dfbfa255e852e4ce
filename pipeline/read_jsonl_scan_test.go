package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// referenceFields decodes a record with encoding/json, as the slow path
// of jsonlObject does, asking for every field.
func referenceFields(b []byte) (f jsonlFields, err error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		return f, err
	}
	if obj == nil {
		return f, errors.New("null")
	}
	if f.id, err = jsonID(obj["id"]); err != nil {
		return f, err
	}
	for _, k := range []struct {
		key string
		dst **string
	}{{"text", &f.text}, {"html", &f.html}, {"title", &f.title}, {"date", &f.date}} {
		if *k.dst, err = jsonString(obj, k.key); err != nil {
			return f, err
		}
	}
	return f, nil
}

func (f jsonlFields) String() string {
	show := func(s *string) string {
		if s == nil {
			return "nil"
		}
		return fmt.Sprintf("%q", *s)
	}
	return fmt.Sprintf("{id %q text %s html %s title %s date %s}", f.id, show(f.text), show(f.html), show(f.title), show(f.date))
}

// checkScanRecord reports whether scanRecord took b, failing when it took
// it and encoding/json disagrees.
func checkScanRecord(t *testing.T, b []byte) bool {
	t.Helper()
	got, ok := scanRecord(b)
	if !ok {
		return false
	}
	want, err := referenceFields(b)
	if err != nil {
		t.Fatalf("scanRecord(%q) = %v, but encoding/json fails: %v", b, got, err)
	}
	if got.String() != want.String() {
		t.Fatalf("scanRecord(%q) = %v, want %v", b, got, want)
	}
	return true
}

func TestScanRecord(t *testing.T) {
	deep := strings.Repeat("[", maxScanDepth+1) + strings.Repeat("]", maxScanDepth+1)
	tests := []struct {
		in   string
		fast bool // scanRecord takes it
	}{
		{`{"id":"a","text":"x"}`, true},
		{` { "id" : 1 , "text" : "x" } `, true},
		{"{\r\n\t\"text\"\t:\n\"x\"\r}", true},
		{`{}`, true},
		{`{"Text":"x","TEXT":"y"}`, true}, // keys are not folded
		{`{"id":-1.5e+3,"text":"x"}`, true},
		{`{"id":0,"text":"x"}`, true},
		{`{"id":-0.0E-0,"text":"x"}`, true},
		{`{"id":12345678901234567890123,"text":"x"}`, true},
		{`{"id":null,"text":null,"html":null,"title":null,"date":null}`, true},
		{`{"id":"","text":""}`, true},
		{`{"text":"a","text":"b"}`, true},
		{`{"text":"a","text":null}`, true},
		{`{"id":"a","id":7}`, true},
		{`{"te\u0078t":"x","\u0069d":"y"}`, true},
		{`{"text":"\ud83d\ude00 \u00e9\u20AC"}`, true},
		{`{"text":"\ud83d"}`, true},
		{`{"text":"\ude00\ud83d"}`, true},
		{`{"text":"\ud83d\u0041"}`, true},
		{`{"text":"\ud83d\ud83d\ude00"}`, true},
		{`{"text":"\ud83d\n"}`, true},
		{`{"text":"\u0000"}`, true},
		{`{"text":"\"\\\/\b\f\n\r\t"}`, true},
		{`{"text":"€ é 日本 😀"}`, true},
		{"{\"text\":\"a\xffb\"}", true},
		{"{\"text\":\"\xe2\x80\"}", true},
		{"{\"text\":\"\xed\xa0\x80\"}", true}, // an encoded surrogate is invalid UTF-8
		{"{\"text\":\"\xef\xbf\xbd\"}", true},
		{"{\"te\xffxt\":\"a\",\"text\":\"b\"}", true},
		{"{\"m\":\"\xff\",\"text\":\"b\"}", true},
		{`{"date":"2024-01-01","title":"T","html":"<p>h</p>"}`, true},
		{`{"meta":{"a":[1,2,{"b":null}],"c":"\u00e9\""},"text":"x","n":[],"o":{}}`, true},
		{`{"n":-0,"m":1e5,"o":1E-5,"p":0.25,"q":true,"r":false,"s":null}`, true},
		{`{"m":` + deep + `,"text":"x"}`, false}, // encoding/json takes it
		{`{"text":5,"text":"b"}`, false},         // encoding/json takes it
		{`{"id":true,"text":"x"}`, false},
		{`{"id":{},"text":"x"}`, false},
		{`{"id":"1","text":5}`, false},
		{`{"date":20240101,"text":"x"}`, false},
		{`{"title":["t"],"text":"x"}`, false},
		{`{"id":01,"text":"x"}`, false},
		{`{"id":1.,"text":"x"}`, false},
		{`{"id":.5,"text":"x"}`, false},
		{`{"id":+1,"text":"x"}`, false},
		{`{"id":-,"text":"x"}`, false},
		{`{"id":1e,"text":"x"}`, false},
		{`{"id":1e+,"text":"x"}`, false},
		{`{"a":tru}`, false},
		{`{"a":True}`, false},
		{`{"a":nulll}`, false},
		{`{"text":"a` + "\x01" + `"}`, false},
		{`{"text":"a` + "\x7f" + `"}`, true},
		{`{"m":"a` + "\x1f" + `","text":"x"}`, false},
		{`{"text":"\x"}`, false},
		{`{"text":"\u12"}`, false},
		{`{"text":"\u12g4"}`, false},
		{`{"text":"\ud83d\u12"}`, false},
		{`{"m":"\q","text":"x"}`, false},
		{`{"text":"x`, false},
		{`{"text":"x\`, false},
		{`{"text":"x"`, false},
		{`{"text":"x",`, false},
		{`{"text":"x",}`, false},
		{`{,"text":"x"}`, false},
		{`{"text" "x"}`, false},
		{`{"text":}`, false},
		{`{text:"x"}`, false},
		{`{'text':'x'}`, false},
		{`{"m":[1,2,],"text":"x"}`, false},
		{`{"m":[1 2],"text":"x"}`, false},
		{`{"m":{"a"},"text":"x"}`, false},
		{`{"m":{1:2},"text":"x"}`, false},
		{`{"m":{"a":1,},"text":"x"}`, false},
		{`{"m":[,"text":"x"}`, false},
		{`{"text":"x"} {"text":"y"}`, false},
		{`{"text":"x"}x`, false},
		{`{"text":"x"}}`, false},
		{"{\"text\":\"x\"}\u00a0", false},
		{"\ufeff{\"text\":\"x\"}", false},
		{`null`, false},
		{`[]`, false},
		{`"x"`, false},
		{``, false},
	}
	for _, tt := range tests {
		if ok := checkScanRecord(t, []byte(tt.in)); ok != tt.fast {
			t.Errorf("scanRecord(%q) took it: %v, want %v", tt.in, ok, tt.fast)
		}
	}
}

// TestScanRecordCorpus: the fast path takes every record of the bundled
// corpus and agrees with encoding/json.
func TestScanRecordCorpus(t *testing.T) {
	data, err := os.ReadFile(readersDir + "corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for line := range bytes.Lines(data) {
		if line = bytes.TrimSpace(line); len(line) > 0 && !checkScanRecord(t, line) {
			t.Errorf("scanRecord does not take %s", line)
		}
	}
}

// FuzzJSONLRecord: when scanRecord takes an input, encoding/json takes it
// too and gives the same values.
func FuzzJSONLRecord(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"x"}`, `{"id":-1.5e+3,"html":"<p>","title":null}`, `{"te\u0078t":"\ud83d\ude00\ud83d\u0041"}`,
		`{"m":{"a":[1,2,{"b":null}],"c":"\u00e9\""},"text":"x","date":"2024-01-01"}`, "{\"text\":\"a\xffb\xe2\x80\"}",
		`{"text":"a","text":null,"id":7,"id":"b"}`, `{"n":-0,"m":1e5,"o":1E-5,"p":0.25,"q":true,"r":false,"s":null}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkScanRecord(t, b) })
}

// BenchmarkJSONLRecord decodes the bundled texts as JSONL records.
func BenchmarkJSONLRecord(b *testing.B) {
	var lines [][]byte
	var size int64
	for i, text := range modeltest.BundledTexts(b, "..") {
		line, err := json.Marshal(map[string]any{"id": fmt.Sprint("doc-", i), "title": "A title", "date": "2024-05-01", "text": text})
		if err != nil {
			b.Fatal(err)
		}
		lines = append(lines, append(line, '\n'))
		size += int64(len(line) + 1)
	}
	r := newReader(ReadOptions{}, nil)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, line := range lines {
			if _, e := r.jsonlRecord("c.jsonl", i+1, 1, line); e != nil {
				b.Fatal(e)
			}
		}
	}
}
