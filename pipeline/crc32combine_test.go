package pipeline

import (
	"hash/crc32"
	"math/rand/v2"
	"testing"
)

func TestCRC32Combine(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 7, 8, 100, 4096, 100000} {
		for range 5 {
			a := make([]byte, r.IntN(300))
			b := make([]byte, n)
			for i := range a {
				a[i] = byte(r.Uint32())
			}
			for i := range b {
				b[i] = byte(r.Uint32())
			}
			want := crc32.ChecksumIEEE(append(append([]byte(nil), a...), b...))
			if got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b))); got != want {
				t.Fatalf("len(a) %d, len(b) %d: got %08x, want %08x", len(a), len(b), got, want)
			}
		}
	}
}

func FuzzCRC32Combine(f *testing.F) {
	f.Add([]byte("head"), []byte("rows"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		want := crc32.ChecksumIEEE(append(append([]byte(nil), a...), b...))
		if got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b))); got != want {
			t.Fatalf("got %08x, want %08x", got, want)
		}
	})
}
