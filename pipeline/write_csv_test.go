package pipeline

import (
	"bytes"
	"encoding/csv"
	"math/rand/v2"
	"testing"
	"time"
)

// csvRecord is a record as encoding/csv writes it and as appendCSVField
// does.
func csvRecord(t testing.TB, fields []string) (want, got []byte) {
	t.Helper()
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(fields); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	for i, f := range fields {
		if i > 0 {
			got = append(got, ',')
		}
		got = appendCSVField(got, f)
	}
	return buf.Bytes(), append(got, '\n')
}

func TestAppendCSVField(t *testing.T) {
	fields := []string{
		"", " ", "\t", "a", " a", "a ", "\ta", "\u00a0a", "\u0085a", "\u3000a", "\u2028a",
		"\\.", "\\", ".", "\\.\\.", "a\\.", `"`, `""`, `a"b`, `"a"`, "a,b", ",", "a\nb", "a\rb", "\r\n",
		"€450 million", "\xff", "\xffa\"", "a\x00b", "\v", "\fa", "x\u00a0",
	}
	for _, f := range fields {
		want, got := csvRecord(t, []string{f})
		if !bytes.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", f, got, want)
		}
	}

	// random records over an alphabet of the characters that matter
	alphabet := []string{"a", "b", " ", "\t", ",", `"`, "\r", "\n", "\\", ".", "\u00a0", "\u2003", "é", "\xff", "\x85"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		fields := make([]string, 1+rng.IntN(4))
		for i := range fields {
			var b []byte
			for range rng.IntN(6) {
				b = append(b, alphabet[rng.IntN(len(alphabet))]...)
			}
			fields[i] = string(b)
		}
		want, got := csvRecord(t, fields)
		if !bytes.Equal(got, want) {
			t.Fatalf("%q: got %q, want %q", fields, got, want)
		}
	}
}

// FuzzAppendCSVField checks that a field is written as encoding/csv writes
// it.
func FuzzAppendCSVField(f *testing.F) {
	for _, s := range []string{"", "a", " a", "\\.", `a"b`, "a,b", "a\r\nb", "\u00a0x", "\xff"} {
		f.Add(s, "x")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		want, got := csvRecord(t, []string{a, b})
		if !bytes.Equal(got, want) {
			t.Fatalf("%q, %q: got %q, want %q", a, b, got, want)
		}
	})
}

// appendDay writes every day of the years 0 to 9999, and days around
// them, as time.DateOnly does.
func TestAppendDay(t *testing.T) {
	check := func(day int64) {
		want := time.Unix(day*86400, 0).UTC().Format(time.DateOnly)
		if got := string(appendDay(nil, day)); got != want {
			t.Fatalf("appendDay(%d) = %q, want %q", day, got, want)
		}
	}
	for day := int64(firstFourDigitDay - 1000); day <= lastFourDigitDay+1000; day++ {
		check(day)
	}
	for _, day := range []int64{-1 << 30, -1e7, 1e7, 1 << 30} {
		check(day)
	}
}
