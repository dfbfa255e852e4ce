package model

import "strconv"

// Event is one aid action: who gave (pledged, delivered, approved...) what,
// to whom, when and how much. Start and End are byte offsets into the view
// of the evidence sentence. A statement with several donors yields one
// Event per donor, sharing the sentence and the amount as stated.
type Event struct {
	Sentence   int
	Start, End int
	Seq        int // 0 for the first event of a sentence, 1, 2 ... for the next

	Date       *Date // nil when no date could be given
	Donor      string
	DonorCode  string
	DonorGroup string
	Recipient  string
	Kind       string // pledge, delivery, approval, request, total, other
	AidType    string // military, financial, humanitarian, training, mixed, unspecified
	HasAmount  bool
	Amount     float64
	Currency   string
	Qualifier  string
	HasUSD     bool
	AmountUSD  float64
	Package    string
	ItemCount  int
	Confidence float64
	Rule       string // what produced it, e.g. "events/trigger:pledged"
}

// EventID is the stable id of an event: "<doc_id>:e:<char_start>" for the
// first event of its evidence sentence (char_start in code points), with
// "-2", "-3" ... appended for the next ones (seq 1, 2 ...).
func EventID(docID string, charStart, seq int) string {
	// built in one allocation: the linker makes one for most amounts and
	// items it links
	var buf [64]byte
	return string(AppendEventID(buf[:0], docID, charStart, seq))
}

// AppendEventID appends EventID(docID, charStart, seq) to b.
func AppendEventID(b []byte, docID string, charStart, seq int) []byte {
	b = append(b, docID...)
	b = append(b, ":e:"...)
	b = strconv.AppendInt(b, int64(charStart), 10)
	if seq > 0 {
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(seq+1), 10)
	}
	return b
}
