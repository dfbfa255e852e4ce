package pipeline

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// The data rows of the workbook's sheets are rendered here rather than by
// excelize's StreamWriter.SetRow, which keeps every sheet's XML in memory
// up to 16 MB (32 MB of buffer) until the workbook is written, and spends
// a few microseconds a cell. The XML is byte for byte what SetRow writes
// for the values a row of Tables holds (string, int64, float64, bool,
// time.Time, nil, each possibly in an excelize.Cell with a style):
// TestXLSXRowsMatchExcelize checks it against excelize, and
// TestXLSXCellsMatchRows appendXLSXCells, which renders the rows of a run,
// against it.

// appendXLSXCells is appendXLSXRow for a row of cells: the same bytes,
// written without boxing a value or allocating a cell reference.
func appendXLSXCells(b []byte, r int, cols []string, styles []int, c cells) []byte {
	// the row's number, written once for every cell's reference
	var rbuf [20]byte
	rn := strconv.AppendInt(rbuf[:0], int64(r), 10)
	b = append(b, `<row r="`...)
	b = append(b, rn...)
	b = append(b, `">`...)
	for i := range c {
		x := &c[i]
		switch x.kind {
		case nullCell:
			continue
		case stringCell:
			if !plainInline(x.s) {
				break
			}
			b = appendCellRef(b, cols[i], rn, styles[i])
			b = append(b, ` t="inlineStr"><is><t>`...)
			b = append(b, x.s...)
			b = append(b, `</t></is></c>`...)
			continue
		case intCell:
			b = appendCellRef(b, cols[i], rn, styles[i])
			b = append(b, `><v>`...)
			b = strconv.AppendInt(b, x.n, 10)
			b = append(b, `</v></c>`...)
			continue
		}
		if nb, ok := appendCommonCell(b, cols[i], rn, styles[i], x); ok {
			b = nb
			continue
		}
		// the rarer values, as appendXLSXCell writes them
		b = appendXLSXCell(b, cols[i], r, styles[i], x.value())
	}
	return append(b, `</row>`...)
}

// appendCommonCell appends the cell x as appendXLSXCell writes it, for
// the values most rows hold besides plain strings and integers: finite
// floats, booleans, dates from 1900-03-01 on, and strings that need
// escaping but neither cutting to Excel's limit nor _xHHHH_ escapes. It
// reports false, appending nothing, for any other cell.
func appendCommonCell(b []byte, col string, rn []byte, style int, x *cell) ([]byte, bool) {
	switch x.kind {
	case floatCell:
		if math.IsNaN(x.f) || math.IsInf(x.f, 0) {
			return b, false
		}
		b = appendCellRef(b, col, rn, style)
		b = append(b, `><v>`...)
		b = appendCellFloat(b, x.f)
		return append(b, `</v></c>`...), true
	case boolCell:
		b = appendCellRef(b, col, rn, style)
		b = append(b, ` t="b"><v>`...)
		if x.n != 0 {
			b = append(b, '1')
		} else {
			b = append(b, '0')
		}
		return append(b, `</v></c>`...), true
	case dateCell:
		// from 1900-03-01 on, a day's serial number is whole: days since
		// 1899-12-30, as Excel counts its leap day of 1900
		if x.n < xlsxFirstPlainDay || x.n > xlsxLastDay {
			return b, false
		}
		b = appendCellRef(b, col, rn, style)
		b = append(b, `><v>`...)
		b = strconv.AppendInt(b, x.n+xlsxSerialOfEpoch, 10)
		return append(b, `</v></c>`...), true
	case stringCell:
		// UTF-16 takes no more units than UTF-8 bytes: a string of up to
		// Excel's limit in bytes is never cut
		if len(x.s) > xlsxTotalCellChars || strings.Contains(x.s, "_x") {
			return b, false
		}
		b = appendCellRef(b, col, rn, style)
		b = append(b, ` t="inlineStr"><is><t`...)
		if x.s != "" && (isXMLSpace(x.s[0]) || isXMLSpace(x.s[len(x.s)-1])) {
			b = append(b, ` xml:space="preserve"`...)
		}
		b = append(b, '>')
		b = appendInlineText(b, x.s)
		return append(b, `</t></is></c>`...), true
	}
	return b, false
}

// Dates as Unix days: 1900-03-01, the first with a whole serial number;
// 9999-12-31, the last Excel shows; and the serial number of 1970-01-01.
const (
	xlsxFirstPlainDay = -25508
	xlsxLastDay       = lastFourDigitDay
	xlsxSerialOfEpoch = 25569
)

// isXMLSpace reports the bytes whose presence at either end of a string
// makes xlsxInlineString preserve its space.
func isXMLSpace(c byte) bool { return c == 9 || c == 10 || c == 13 || c == 32 }

// appendCellFloat appends formatCellFloat(f, -1, 64), formatted in place
// when it has no more than Excel's 15 significant digits, as most do.
func appendCellFloat(b []byte, f float64) []byte {
	n := len(b)
	b = strconv.AppendFloat(b, f, 'f', -1, 64)
	significant := 0
	for _, c := range b[n:] {
		if c >= '0' && c <= '9' && (significant > 0 || c != '0') {
			significant++
		}
	}
	if significant <= 15 {
		return b
	}
	return append(b[:n], formatCellFloat(f, -1, 64)...)
}

// appendInlineText appends s as xlsxInlineString writes a string that is
// neither cut nor holds "_x": XML-escaped as xml.EscapeText does, with its
// line feeds kept as they are.
func appendInlineText(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); {
		start := i
		var esc string
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch c {
			case '"':
				esc = "&#34;"
			case '\'':
				esc = "&#39;"
			case '&':
				esc = "&amp;"
			case '<':
				esc = "&lt;"
			case '>':
				esc = "&gt;"
			case '\t':
				esc = "&#x9;"
			case '\r':
				esc = "&#xD;"
			default:
				if c >= 0x20 || c == '\n' {
					continue
				}
				esc = "\uFFFD"
			}
		} else {
			r, width := utf8.DecodeRuneInString(s[i:])
			i += width
			if r == utf8.RuneError && width == 1 || !(r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF) {
				esc = "\uFFFD"
			} else {
				continue
			}
		}
		b = append(b, s[last:start]...)
		b = append(b, esc...)
		last = i
	}
	return append(b, s[last:]...)
}

// appendCellRef appends the opening <c> tag of the cell in column col of
// the row numbered rn (its reference and style) up to its type: the
// caller adds the type and closes the tag.
func appendCellRef(b []byte, col string, rn []byte, style int) []byte {
	b = append(b, `<c r="`...)
	b = append(b, col...)
	b = append(b, rn...)
	b = append(b, '"')
	if style != 0 {
		b = append(b, ` s="`...)
		b = strconv.AppendInt(b, int64(style), 10)
		b = append(b, '"')
	}
	return b
}

// plainInline reports whether xlsxInlineString leaves s as it is, with no
// space to preserve: short printable ASCII, nothing to escape, no _x.
func plainInline(s string) bool {
	if s == "" || len(s) > xlsxTotalCellChars/2 || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; inlineStop[c] && (c != '_' || i+1 < len(s) && s[i+1] == 'x') {
			return false
		}
	}
	return true
}

// inlineStop marks the bytes plainInline stops at: control bytes, bytes of
// non-ASCII runes, the characters XML escapes, and '_', which is only
// trouble before an 'x'.
var inlineStop = func() (t [256]bool) {
	for c := range t {
		t[c] = c < 0x20 || c >= 0x80 || strings.IndexByte(`"'&<>_`, byte(c)) >= 0
	}
	return t
}()

// appendCellStart appends the opening <c> tag of the cell in column col,
// row r, as appendXLSXCell writes it.
func appendCellStart(b []byte, col string, r, style int, typ string) []byte {
	var rbuf [20]byte
	b = appendCellRef(b, col, strconv.AppendInt(rbuf[:0], int64(r), 10), style)
	if typ != "" {
		b = append(b, ` t="`...)
		b = append(b, typ...)
		b = append(b, '"')
	}
	return append(b, '>')
}

// appendXLSXCell appends one <c> element, as excelize's writeCell does for
// the cell that setCellValFunc makes of v.
func appendXLSXCell(b []byte, col string, r, style int, v any) []byte {
	var t, val, inline string
	var preserve, isInline bool
	switch x := v.(type) {
	case string:
		isInline = true
		inline, preserve = xlsxInlineString(x)
	case int64:
		val = strconv.FormatInt(x, 10)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			isInline = true
			inline, preserve = xlsxInlineString(strconv.FormatFloat(x, 'g', -1, 64))
		} else {
			val = formatCellFloat(x, -1, 64)
		}
	case bool:
		t, val = "b", "0"
		if x {
			val = "1"
		}
	case time.Time:
		// StreamWriter.setCellTime: a serial number after 1899-12-31,
		// else the RFC 3339 text as an inline string, unescaped
		_, offset := x.In(x.Location()).Zone()
		x = x.Add(time.Duration(offset) * time.Second)
		if serial := timeToExcelTime(x); serial > 0 {
			val = strconv.FormatFloat(serial, 'f', -1, 64)
		} else {
			isInline, inline = true, x.Format(time.RFC3339Nano)
		}
	default: // as excelize does
		isInline = true
		inline, preserve = xlsxInlineString(fmt.Sprint(v))
	}
	if isInline {
		t = "inlineStr"
	}
	b = appendCellStart(b, col, r, style, t)
	if val != "" {
		b = append(b, `<v>`...)
		b = appendEscaped(b, val)
		b = append(b, `</v>`...)
	}
	if isInline {
		b = append(b, `<is><t`...)
		if preserve {
			b = append(b, ` xml:space="preserve"`...)
		}
		b = append(b, '>')
		b = append(b, inline...)
		b = append(b, `</t></is>`...)
	}
	return append(b, `</c>`...)
}

// appendEscaped appends s escaped as xml.EscapeText does.
func appendEscaped(b []byte, s string) []byte {
	if !strings.ContainsAny(s, "\"'&<>\t\n\r") && isPlainXML(s) {
		return append(b, s...)
	}
	var w bytes.Buffer
	_ = xml.EscapeText(&w, []byte(s))
	return append(b, w.Bytes()...)
}

// isPlainXML reports whether s has only characters that xml.EscapeText
// writes as they are (printable ASCII, or runes outside ASCII that XML
// allows).
func isPlainXML(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x80 {
			return false
		}
	}
	return true
}

// xlsxTotalCellChars is Excel's limit of UTF-16 units in a cell
// (excelize.TotalCellChars).
const xlsxTotalCellChars = 32767

// xlsxInlineString is excelize's trimCellValue(value, true): the value
// cut to Excel's limit, XML-escaped with line feeds kept, and its
// _xHHHH_ sequences escaped; preserve is set when it starts or ends with
// white space.
func xlsxInlineString(value string) (v string, preserve bool) {
	if len(value) > xlsxTotalCellChars/2 && countUTF16(value) > xlsxTotalCellChars {
		value = truncateUTF16(value, xlsxTotalCellChars)
	}
	if value != "" {
		switch value[0] {
		case 9, 10, 13, 32:
			preserve = true
		}
		switch value[len(value)-1] {
		case 9, 10, 13, 32:
			preserve = true
		}
		if strings.ContainsAny(value, "\"'&<>\t\n\r") || !isPlainXML(value) {
			var buf strings.Builder
			_ = xml.EscapeText(&buf, []byte(value))
			value = strings.ReplaceAll(buf.String(), "&#xA;", "\n")
		}
	}
	return bstrMarshal(value), preserve
}

func countUTF16(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

func truncateUTF16(s string, length int) string {
	n := 0
	for i, r := range s {
		if n += utf16.RuneLen(r); n > length {
			return s[:i]
		}
	}
	return s
}

var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal is excelize's: it escapes the literal _xHHHH_ sequences of a
// string (as _x005F_xHHHH_), which Excel would otherwise read as escaped
// characters.
func bstrMarshal(s string) (result string) {
	if !strings.Contains(s, "_x") {
		return s
	}
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				_, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`)
				if err == nil {
					result += subStr + "x005F" + subStr
					continue
				}
			}
			result += subStr + "x005F_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
				result += "_x005F" + subStr
				continue
			}
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}

// formatCellFloat is excelize's: the shortest decimal form, cut to Excel's
// 15 significant digits.
func formatCellFloat(value float64, prec, bitSize int) string {
	str := strconv.FormatFloat(value, 'f', prec, bitSize)
	if prec != -1 || math.Abs(value) == math.MaxFloat64 {
		return str
	}
	const maxPrec = 15
	decimal := strings.IndexByte(str, '.')
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		significant++
		if significant <= maxPrec {
			continue
		}
		if decimal >= 0 && idx > decimal {
			return strings.TrimSuffix(str[:idx], ".")
		}
		if decimal < 0 {
			decimal = len(str)
		}
		truncated := []byte(str[:decimal])
		for ; idx < len(truncated); idx++ {
			truncated[idx] = '0'
		}
		return string(truncated)
	}
	return str
}

var (
	excelMinTime1900      = time.Date(1899, time.December, 31, 0, 0, 0, 0, time.UTC)
	excelBuggyPeriodStart = time.Date(1900, time.March, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond)
)

// timeToExcelTime is excelize's, for the 1900 date system: the serial
// number of t (days since 1899-12-30, Excel's leap day of 1900 counted).
func timeToExcelTime(t time.Time) float64 {
	const (
		dayNanoseconds = 24 * time.Hour
		maxDuration    = 290 * 364 * dayNanoseconds
	)
	if t.Before(excelMinTime1900) {
		return 0
	}
	tt, diff, result := t, t.Sub(excelMinTime1900), 0.0
	for diff >= maxDuration {
		result += float64(maxDuration / dayNanoseconds)
		tt = tt.Add(-maxDuration)
		diff = tt.Sub(excelMinTime1900)
	}
	rem := diff % dayNanoseconds
	result += float64(diff-rem)/float64(dayNanoseconds) + float64(rem)/float64(dayNanoseconds)
	if t.After(excelBuggyPeriodStart) {
		result++
	}
	return result
}
