package materiel

import "github.com/aidextract/aidextract/pipeline/model"

// Extractor finds counted equipment in a sentence.
type Extractor struct {
	lex *Lexicon
}

// New loads the lexicon and builds the extractor.
func New() (*Extractor, error) {
	lex, err := LoadLexicon()
	if err != nil {
		return nil, err
	}
	return &Extractor{lex: lex}, nil
}

// Name implements model.Extractor.
func (e *Extractor) Name() string { return "materiel" }

// Extract implements model.Extractor.
func (e *Extractor) Extract(d *model.Doc, s model.Sentence) []model.Mention {
	return nil
}
