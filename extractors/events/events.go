// Package events links the mentions of a document into aid events: who
// gave what, to whom, when and how much.
package events

import "github.com/aidextract/aidextract/pipeline/model"

// Linker builds events from a document's resolved mentions.
type Linker struct{}

// New loads the linker's data.
func New() (*Linker, error) { return &Linker{}, nil }

// Link returns the document's events, in text order. It runs after dates
// are resolved and amounts converted; it sets EventID on the money and
// materiel mentions it links to an event.
func (l *Linker) Link(d *model.Doc, ms []model.Mention) []model.Event {
	return nil
}
