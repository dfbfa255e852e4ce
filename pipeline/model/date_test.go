package model

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// isoValueRef is isoValue as it was written with fmt.
func isoValueRef(y, m, d, q int, precision string) string {
	if y == 0 {
		return ""
	}
	switch precision {
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case Month:
		return fmt.Sprintf("%04d-%02d", y, m)
	case Quarter:
		return fmt.Sprintf("%04d-Q%d", y, q)
	}
	return fmt.Sprintf("%04d", y)
}

func TestISOValueSameAsFmt(t *testing.T) {
	edge := []int{0, 1, 9, 10, 12, 31, 99, 100, 999, 1000, 2022, 9999, 10000, 123456, -1, -9, -10, -999, -2022, math.MaxInt, math.MinInt}
	r := rand.New(rand.NewPCG(1, 2))
	check := func(y, m, d, q int, p string) {
		if got, want := isoValue(y, m, d, q, p), isoValueRef(y, m, d, q, p); got != want {
			t.Fatalf("isoValue(%d, %d, %d, %d, %q) = %q, want %q", y, m, d, q, p, got, want)
		}
	}
	for _, p := range []string{Day, Month, Quarter, Year, ""} {
		for _, y := range edge {
			for _, v := range edge {
				check(y, v, v, v, p)
				check(y, 2, v, 3, p)
			}
		}
		for range 10000 {
			check(r.IntN(3000)-500, r.IntN(14)-1, r.IntN(40)-3, r.IntN(6), p)
		}
	}
}

func FuzzISOValue(f *testing.F) {
	f.Add(2022, 2, 24, 1, Day)
	f.Add(-5, 0, 0, 0, Quarter)
	f.Fuzz(func(t *testing.T, y, m, d, q int, p string) {
		if got, want := isoValue(y, m, d, q, p), isoValueRef(y, m, d, q, p); got != want {
			t.Fatalf("isoValue(%d, %d, %d, %d, %q) = %q, want %q", y, m, d, q, p, got, want)
		}
	})
}
