package pipeline

import (
	"strings"
	"time"

	"github.com/aidextract/aidextract/pipeline/model"
)

// datelineWindow is how far into a document its dateline may stand: the
// title block of a press release or a news story.
const datelineWindow = 400

// dateline returns the publication date a document states at its head —
// "Jan. 19, 2023 | IMMEDIATE RELEASE", "Brussels, 18 March 2024, 15:30",
// "Published 15 May 2023", "WASHINGTON, March 12, 2024 – The ..." — so that
// "today", "on Tuesday" and year-less dates resolve from it when the input
// gives no document date. A date in an ordinary first sentence ("On 24
// February 2022, Russia invaded") is narrative, not a dateline. ms must be
// sorted by Start; only date mentions with a full day are considered.
func dateline(d *model.Doc, ms []model.Mention) (time.Time, bool) {
	for i := range ms {
		m := &ms[i]
		if m.Start >= datelineWindow {
			break
		}
		if m.Date == nil {
			continue
		}
		if m.Date.Precision != model.Day || m.Date.Y == 0 || m.Date.EndY != 0 || m.Date.Relative {
			return time.Time{}, false // the first date decides
		}
		if !isDatelineContext(d.View.Text, m.Start, m.End) {
			return time.Time{}, false
		}
		first, _, _ := m.Date.Bounds()
		return first, true
	}
	return time.Time{}, false
}

// isDatelineContext reports whether the date at [start, end) stands on a
// short line of its own (a header line), or right after an upper-case place
// name and before a dash ("STOCKHOLM, 29 May 2024 – Sweden ...").
func isDatelineContext(t string, start, end int) bool {
	ls := strings.LastIndexByte(t[:start], '\n') + 1
	le := strings.IndexByte(t[end:], '\n')
	if le < 0 {
		le = len(t)
	} else {
		le += end
	}
	line := t[ls:le]
	before := strings.TrimSpace(t[ls:start])
	after := strings.TrimLeft(t[end:le], " ,")
	if len(line) <= 100 && !strings.HasSuffix(strings.TrimSpace(line), ".") {
		return true
	}
	place := strings.TrimSuffix(before, ",")
	if place != "" && place == strings.ToUpper(place) && strings.HasPrefix(after, "-") {
		return true
	}
	return false
}
