package words

import (
	"fmt"
	"strings"
	"testing"
)

func TestEach(t *testing.T) {
	text := `Germany ("the donor") sent 16 M777s, 5,000 rounds; and — "more".  ...`
	var got []string
	Each(text, func(w Word) {
		if text[w.Start-len(w.Lead):w.Start] != w.Lead || text[w.End:w.End+len(w.Trail)] != w.Trail {
			t.Errorf("word %+v: lead or trail is not beside it", w)
		}
		got = append(got, fmt.Sprintf("%s|%s|%s", w.Lead, text[w.Start:w.End], w.Trail))
	})
	want := []string{"|Germany|", `("|the|`, `|donor|")`, "|sent|", "|16|", "|M777s|,", "|5,000|", "|rounds|;", "|and|", "|—|", `"|more|".`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
