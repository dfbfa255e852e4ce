// Package personnel finds counts of people: troops trained, soldiers
// deployed, volunteers, casualties, instructors, pilots.
package personnel

import "github.com/aidextract/aidextract/pipeline/model"

// Extractor finds counts of people in a sentence.
type Extractor struct{}

// New builds the extractor.
func New() (*Extractor, error) { return &Extractor{}, nil }

// Name implements model.Extractor.
func (e *Extractor) Name() string { return "personnel" }

// Extract implements model.Extractor.
func (e *Extractor) Extract(d *model.Doc, s model.Sentence) []model.Mention {
	return nil
}
