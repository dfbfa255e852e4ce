package cuewin

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

// fieldStartAfter, asked about one end many times with any n, and then
// about another end, must answer as fieldStart.
func TestFieldStartAfter(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var tx Text
	for range 5000 {
		s := randText(r)
		tx.Reset(s, nil)
		for range 6 {
			end := r.IntN(len(s) + 1)
			tail := s[end:tx.clauseEnd(end)]
			for range 8 {
				n := r.IntN(12) - 2
				if got, want := tx.fieldStartAfter(end, tail, n), fieldStart(tail, n); got != want {
					t.Fatalf("fieldStartAfter(%d, %q, %d) = %d, want %d", end, tail, n, got, want)
				}
			}
		}
	}
}

// After about one end for every cue and several reaches in a row, as the
// extractors ask, must answer as the plain search.
func TestAfterOneEndManyCues(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	cues := compileTestCues(t)
	set := NewSet(cues...)
	var reused Text
	for range 3000 {
		s := randText(r)
		reused.Reset(s, set)
		for range 4 {
			j := r.IntN(len(s) + 1)
			for _, c := range cues {
				for range 3 {
					reach := r.IntN(10) - 1
					n, ok := reused.After(c, j, reach)
					wn, wok := naiveAfter(c.re, s, j, reach)
					if ok != wok || ok && n != wn {
						t.Fatalf("After(%q, %q, %d, %d) = %d, %v; want %d, %v", c.re, s, j, reach, n, ok, wn, wok)
					}
				}
			}
		}
	}
}

// Reset must find the semicolons and candidates that the byte-by-byte
// loop it had found.
func TestResetSameAsRef(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	cues := compileTestCues(t)
	set := NewSet(cues...)
	var tx Text
	cands := 0
	texts := make([]string, 20000)
	for i := range texts {
		texts[i] = randText(r)
	}
	if b, err := os.ReadFile("../../../testdata/corpus/seed.txt"); err == nil {
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	for _, s := range texts {
		cands += checkReset(t, &tx, set, s)
	}
	if cands < 10000 {
		t.Fatalf("only %d candidates", cands)
	}
}

// startsAtRef is startsAt as it was, asking prefixes about every length.
func (st *Set) startsAtRef(s string, i int) uint64 {
	var buf [prefixLen]byte
	buf[0] = lowerASCII(s[i])
	m := st.one[buf[0]]
	for n := 1; n < prefixLen && i+n < len(s); n++ {
		buf[n] = lowerASCII(s[i+n])
		m |= st.prefixes[string(buf[:n+1])]
	}
	return m
}

// startsAt, with its gates, must answer as startsAtRef.
func TestStartsAtSameAsRef(t *testing.T) {
	cues := compileTestCues(t)
	set := NewSet(cues...)
	r := rand.New(rand.NewPCG(9, 10))
	texts := make([]string, 5000)
	for i := range texts {
		texts[i] = randText(r)
	}
	for p := range set.prefixes {
		texts = append(texts, p, strings.ToUpper(p), p+"x", "x"+p)
	}
	hits := 0
	for _, s := range texts {
		for i := range len(s) {
			got, want := set.startsAt(s, i), set.startsAtRef(s, i)
			if got != want {
				t.Fatalf("startsAt(%q, %d) = %x, want %x", s, i, got, want)
			}
			if want != 0 {
				hits++
			}
		}
	}
	if hits < 1000 {
		t.Fatalf("only %d prefixes found", hits)
	}
}

// checkReset resets tx to s and checks it against the byte-by-byte loop
// Reset had, which asked startsAtRef at every byte that starts a run.
// It returns the number of candidates.
func checkReset(t *testing.T, tx *Text, set *Set, s string) int {
	t.Helper()
	tx.Reset(s, set)
	var semis []int
	var want []cand
	var present uint64
	all := strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b == ';' {
			semis = append(semis, i)
		}
		if all || !set.first[lowerASCII(b)] || i > 0 && isWordByte(s[i-1]) == isWordByte(b) {
			continue
		}
		if m := set.startsAtRef(s, i); m != 0 {
			want = append(want, cand{i, m})
			present |= m
		}
	}
	if tx.all != all || !slices.Equal(tx.semis, semis) || !slices.Equal(tx.cands, want) || tx.present != present {
		t.Fatalf("Reset(%q): all %v semis %v cands %v present %x; want %v %v %v %x", s, tx.all, tx.semis, tx.cands, tx.present, all, semis, want, present)
	}
	return len(want)
}

func FuzzReset(f *testing.F) {
	cues := compileTestCues(f)
	set := NewSet(cues...)
	for _, s := range []string{"", ";", "a;b", "The stocks; held in storage", "\u212a", "x\u017fy", "PRODUCED 5"} {
		f.Add(s)
	}
	var tx Text
	f.Fuzz(func(t *testing.T, s string) {
		checkReset(t, &tx, set, s)
	})
}

// BenchmarkReset resets a Text to each line of the seed article.
func BenchmarkReset(b *testing.B) {
	data, err := os.ReadFile("../../../testdata/corpus/seed.txt")
	if err != nil {
		b.Skip(err)
	}
	cues := compileTestCues(b)
	set := NewSet(cues...)
	lines := strings.Split(string(data), "\n")
	b.SetBytes(int64(len(data)))
	var tx Text
	for b.Loop() {
		for _, s := range lines {
			tx.Reset(s, set)
		}
	}
}
