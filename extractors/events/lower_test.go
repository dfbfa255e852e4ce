package events

import (
	"math/rand/v2"
	"testing"
)

// appendLowerASCII appends what the byte-at-a-time lowering gives, after
// what dst held: for random texts of every length around the eight-byte
// blocks, with bytes of every kind.
func TestAppendLowerASCIIMatchesBytewise(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 24))
	var dst []byte
	for n := range 300 {
		for range 5 {
			checkAppendLower(t, dst, randomBytes(rng, n))
			dst = append(dst[:0], "Prefix"[:rng.IntN(7)]...)
		}
	}
}

func checkAppendLower(t *testing.T, dst []byte, s string) {
	t.Helper()
	want := string(dst) + lowerASCIIRef(s)
	if got := string(appendLowerASCII(dst, s)); got != want {
		t.Fatalf("appendLowerASCII(%q, %q) = %q, want %q", dst, s, got, want)
	}
	if got := lowerASCII(s); got != lowerASCIIRef(s) {
		t.Fatalf("lowerASCII(%q) = %q, want %q", s, got, lowerASCIIRef(s))
	}
}

func FuzzAppendLowerASCII(f *testing.F) {
	for _, s := range []string{"", "ABC", "Hello, World! ÉCOLE", "0123456789ABCDEFGHIJ\xff"} {
		f.Add("x", s)
	}
	f.Fuzz(func(t *testing.T, prefix, s string) {
		checkAppendLower(t, []byte(prefix), s)
	})
}

// randomBytes is n bytes around the edges of the ASCII letter ranges, of
// UTF-8 and of word characters, and now and then any byte at all.
func randomBytes(rng *rand.Rand, n int) string {
	const alphabet = "@AZ[`az{ Qq\x7f\x80\xc3\xa9\xff09'.,"
	b := make([]byte, n)
	for k := range b {
		if rng.IntN(4) == 0 {
			b[k] = byte(rng.IntN(256))
		} else {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
	}
	return string(b)
}
