package fx

import (
	"math"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// Cases computed by hand from eurofxref-hist.csv: USD per unit = USD/X on
// the last fixing on or before the day. Weekends, TARGET holidays (Good
// Friday, Easter Monday, 25-26 December, 1 January, 1 May) and a day past
// the file's end fall back to the previous fixing.
func TestUSDPer(t *testing.T) {
	rt, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		cur, day string
		rate     float64
		on       string
	}{
		{"EUR", "2022-02-26", 1.1216, "2022-02-25"}, // Saturday
		{"EUR", "2022-02-27", 1.1216, "2022-02-25"}, // Sunday
		{"EUR", "2023-05-14", 1.0892, "2023-05-12"},
		{"GBP", "2022-11-17", 1.179651328951129, "2022-11-17"},
		{"GBP", "2023-01-01", 1.2025751750419988, "2022-12-30"}, // New Year
		{"CAD", "2022-12-25", 0.7359523314626204, "2022-12-23"}, // Christmas
		{"CAD", "2023-06-09", 0.7505918395766608, "2023-06-09"},
		{"NOK", "2023-02-20", 0.0973168129974563, "2023-02-20"},
		{"NOK", "2024-01-01", 0.09830523553222721, "2023-12-29"},
		{"SEK", "2023-11-04", 0.09115843270868824, "2023-11-03"},
		{"SEK", "2022-04-15", 0.10560344827586207, "2022-04-14"}, // Good Friday
		{"JPY", "2022-03-01", 0.008710105345298478, "2022-03-01"},
		{"JPY", "2023-12-31", 0.007068380988933665, "2023-12-29"},
		{"PLN", "2023-01-11", 0.2295435613746556, "2023-01-11"},
		{"PLN", "2022-05-01", 0.22530996152201796, "2022-04-29"}, // Labour Day, Sunday
		{"EUR", "2024-04-01", 1.0811, "2024-03-28"},              // Easter Monday after Good Friday
		{"GBP", "2024-12-25", 1.255358975907252, "2024-12-24"},
		{"CHF", "2023-05-20", 1.1098788252207845, "2023-05-19"},
		{"AUD", "2022-10-08", 0.6417529149744531, "2022-10-07"},
		{"EUR", "2026-11-25", 1.1684, "2026-04-13"}, // after the file's last day
		{"CZK", "2023-03-17", 0.04435861032236513, "2023-03-17"},
		{"DKK", "2023-08-18", 0.1458383659446547, "2023-08-18"},
		{"USD", "2023-08-18", 1, "2023-08-18"},
	}
	for _, tt := range tests {
		rate, on, ok := rt.USDPer(tt.cur, day(tt.day))
		if !ok || math.Abs(rate-tt.rate) > 1e-12*tt.rate || on.Format("2006-01-02") != tt.on {
			t.Errorf("USDPer(%s, %s) = %v, %s, %v; want %v on %s", tt.cur, tt.day, rate, on.Format("2006-01-02"), ok, tt.rate, tt.on)
		}
	}
}

func TestUnquoted(t *testing.T) {
	rt, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ cur, day string }{
		{"UAH", "2023-01-01"}, // never quoted
		{"RUB", "2022-06-01"}, // quotation suspended after 2022-03-01
		{"EUR", "1998-12-31"}, // before the euro
	} {
		if r, _, ok := rt.USDPer(tt.cur, day(tt.day)); ok {
			t.Errorf("USDPer(%s, %s) = %v, want no rate", tt.cur, tt.day, r)
		}
	}
	if _, _, ok := rt.USDPer("RUB", day("2022-02-28")); !ok {
		t.Errorf("RUB on 2022-02-28 should still have a rate")
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Day,USD\n", "header starting with Date"},
		{"Date,JPY,\n2022-01-03,130,\n", "no USD column"},
		{"Date,USD,\n2022-13-03,1.1,\n", "line 2: bad date"},
		{"Date,USD,\n2022-01-03,abc,\n", "line 2: bad rate"},
		{"Date,USD,\n", "no rates"},
	} {
		_, err := Parse(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
}
