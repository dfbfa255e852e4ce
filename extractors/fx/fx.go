// Package fx converts amounts to US dollars at the European Central Bank's
// euro reference rates. The rates (eurofxref-hist.csv, 1999 onwards) are
// embedded gzip-compressed exactly as the ECB publishes them; `make fx`
// refreshes them from a newer copy of the same file.
//
// The ECB quotes every currency against the euro, so the US dollar value of
// one unit of X on day D is USD(D) / X(D), a cross rate through the euro.
// A day without a fixing (a weekend or a TARGET holiday) takes the last
// rate published before it. Currencies the ECB does not quote have no rate.
package fx

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Source names the rates, for the outputs' metadata and the README.
const Source = "European Central Bank, euro foreign exchange reference rates (eurofxref-hist.csv)"

//go:embed eurofxref-hist.csv.gz
var embedded []byte

// Rates is a table of euro reference rates, oldest day first.
type Rates struct {
	days        []time.Time    // ascending
	cols        map[string]int // currency -> column in perEUR
	perEU       [][]float64    // perEU[day][col]: units of the currency per euro; 0 = not published
	first, last time.Time
}

var (
	defaultOnce  sync.Once
	defaultRates *Rates
	defaultErr   error
)

// Default returns the embedded rates, parsed once.
func Default() (*Rates, error) {
	defaultOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(embedded))
		if err != nil {
			defaultErr = fmt.Errorf("fx: embedded rates: %w", err)
			return
		}
		defaultRates, defaultErr = Parse(zr)
	})
	return defaultRates, defaultErr
}

// Parse reads eurofxref-hist.csv: a header "Date,USD,JPY,...", then one row
// per day, newest or oldest first, "N/A" where no rate was published.
func Parse(r io.Reader) (*Rates, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("fx: header: %w", err)
	}
	if len(header) < 2 || header[0] != "Date" {
		return nil, fmt.Errorf("fx: line 1: want a header starting with Date, got %q", strings.Join(header, ","))
	}
	rt := &Rates{cols: map[string]int{}}
	for i, c := range header[1:] {
		c = strings.TrimSpace(c)
		if c == "" {
			continue // the file ends each line with a comma
		}
		if _, dup := rt.cols[c]; dup {
			return nil, fmt.Errorf("fx: line 1: currency %s twice", c)
		}
		rt.cols[c] = i
	}
	if _, ok := rt.cols["USD"]; !ok {
		return nil, fmt.Errorf("fx: line 1: no USD column")
	}
	type row struct {
		day   time.Time
		rates []float64
	}
	var rows []row
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("fx: line %d: %w", line, err)
		}
		day, err := time.Parse("2006-01-02", rec[0])
		if err != nil {
			return nil, fmt.Errorf("fx: line %d: bad date %q", line, rec[0])
		}
		rates := make([]float64, len(header)-1)
		for i, v := range rec[1:] {
			if i >= len(rates) {
				break
			}
			v = strings.TrimSpace(v)
			if v == "" || v == "N/A" {
				continue
			}
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || f <= 0 {
				return nil, fmt.Errorf("fx: line %d: bad rate %q for %s", line, v, header[i+1])
			}
			rates[i] = f
		}
		rows = append(rows, row{day, rates})
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("fx: no rates")
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].day.Before(rows[j].day) })
	for i, r := range rows {
		if i > 0 && r.day.Equal(rows[i-1].day) {
			return nil, fmt.Errorf("fx: day %s twice", r.day.Format("2006-01-02"))
		}
		rt.days = append(rt.days, r.day)
		rt.perEU = append(rt.perEU, r.rates)
	}
	rt.first, rt.last = rt.days[0], rt.days[len(rt.days)-1]
	return rt, nil
}

// Range returns the first and the last day with rates.
func (rt *Rates) Range() (first, last time.Time) { return rt.first, rt.last }

// Quoted reports whether the ECB publishes (or published) a rate for the
// currency. EUR is always quoted.
func (rt *Rates) Quoted(currency string) bool {
	if currency == "EUR" {
		return true
	}
	_, ok := rt.cols[currency]
	return ok
}

// USDPer returns how many US dollars one unit of currency was worth on day:
// the last rate published on or before that day (both the dollar's and the
// currency's), and the day that rate was published. ok is false for a
// currency the ECB does not quote, or a day before it quoted it.
func (rt *Rates) USDPer(currency string, day time.Time) (rate float64, on time.Time, ok bool) {
	if currency == "USD" {
		return 1, day, true
	}
	usd := rt.cols["USD"]
	col, quoted := rt.cols[currency]
	if currency != "EUR" && !quoted {
		return 0, time.Time{}, false
	}
	// i: the last day on or before day.
	i := sort.Search(len(rt.days), func(k int) bool { return rt.days[k].After(day) }) - 1
	for ; i >= 0; i-- {
		r := rt.perEU[i]
		if r[usd] == 0 {
			continue
		}
		if currency == "EUR" {
			return r[usd], rt.days[i], true
		}
		if r[col] == 0 {
			// Not published that day; a currency that has stopped being
			// quoted (RUB after 2022-03-01) has no rate after that.
			if rt.stoppedBefore(col, i) {
				return 0, time.Time{}, false
			}
			continue
		}
		return r[usd] / r[col], rt.days[i], true
	}
	return 0, time.Time{}, false
}

// stoppedBefore reports whether the currency in col has no rate on day i
// because it was withdrawn from quotation, rather than a gap of a day or
// two: it has no rate for the 10 published days up to i.
func (rt *Rates) stoppedBefore(col, i int) bool {
	for k := i; k >= 0 && k > i-10; k-- {
		if rt.perEU[k][col] != 0 {
			return false
		}
	}
	return true
}
