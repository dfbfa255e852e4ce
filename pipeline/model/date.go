package model

import (
	"strconv"
	"time"
)

// Value is the ISO form of the date's start: "2022-02-26", "2022-06",
// "2024-Q2" or "2023". It is "" while the year is unknown.
func (d *Date) Value() string { return isoValue(d.Y, d.M, d.D, d.Q, d.Precision) }

// AppendValue appends Value() to b.
func (d *Date) AppendValue(b []byte) []byte {
	if d.Y == 0 {
		return b
	}
	return appendISO(b, d.Y, d.M, d.D, d.Q, d.Precision)
}

// EndValue is the ISO form of a range's end, or "".
func (d *Date) EndValue() string {
	if d.EndY == 0 {
		return ""
	}
	p := d.EndPrecision
	if p == "" {
		p = d.Precision
	}
	return isoValue(d.EndY, d.EndM, d.EndD, d.EndQ, p)
}

// Bounds returns the first and the last day the mention covers: the start
// of its value's period and the end of its range end's period (or of its
// value's period when it is not a range). ok is false while the year is
// unknown.
func (d *Date) Bounds() (first, last time.Time, ok bool) {
	if d.Y == 0 {
		return time.Time{}, time.Time{}, false
	}
	first, last = period(d.Y, d.M, d.D, d.Q, d.Precision)
	if d.EndY != 0 {
		p := d.EndPrecision
		if p == "" {
			p = d.Precision
		}
		_, last = period(d.EndY, d.EndM, d.EndD, d.EndQ, p)
	}
	return first, last, true
}

func isoValue(y, m, d, q int, precision string) string {
	if y == 0 {
		return ""
	}
	return string(appendISO(make([]byte, 0, len("2006-01-02")), y, m, d, q, precision))
}

// appendISO appends the ISO form of a date of the precision given; y is
// not zero. Written by hand rather than with fmt: every date row of a run
// formats one or two of these.
func appendISO(b []byte, y, m, d, q int, precision string) []byte {
	b = appendPadded(b, y, 4)
	switch precision {
	case Day:
		b = appendPadded(append(appendPadded(append(b, '-'), m, 2), '-'), d, 2)
	case Month:
		b = appendPadded(append(b, '-'), m, 2)
	case Quarter:
		b = strconv.AppendInt(append(b, '-', 'Q'), int64(q), 10)
	}
	return b
}

// appendPadded appends n in decimal, zero-padded to width digits, as
// fmt's %0*d does (a minus sign counts toward the width).
func appendPadded(b []byte, n, width int) []byte {
	var digits [20]byte
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u
		width--
	}
	i := len(digits)
	for u >= 10 || i > len(digits)-width+1 {
		i--
		digits[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	digits[i] = byte('0' + u)
	if neg {
		b = append(b, '-')
	}
	return append(b, digits[i:]...)
}

func period(y, m, d, q int, precision string) (time.Time, time.Time) {
	switch precision {
	case Day:
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return t, t
	case Month:
		t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(0, 1, -1)
	case Quarter:
		t := time.Date(y, time.Month(3*(q-1)+1), 1, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(0, 3, -1)
	}
	t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return t, t.AddDate(1, 0, -1)
}
