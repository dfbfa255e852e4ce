package pipeline

import (
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

func TestDateline(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
	}{
		{"Aid announced\n\nJan. 19, 2023 | IMMEDIATE RELEASE\n\nThe Department announced today $2 billion.", "2023-01-19"},
		{"Council of the EU\nPress release\nBrussels, 18 March 2024, 15:30\n\nThe Council today adopted it.", "2024-03-18"},
		{"Headline\n\nWASHINGTON, March 12, 2024 – The administration on Tuesday announced a package worth $300 million for Ukraine and its allies.", "2024-03-12"},
		{"Published 15 May 2023 | News story\n\nThe Prime Minister will today confirm it.", "2023-05-15"},
		// Narrative, not a dateline.
		{"Title\n\nOn 24 February 2022, Russia invaded Ukraine, escalating the war that began in 2014 into a full-scale invasion.", ""},
		{"Several democracies have assisted Ukraine since the Russian invasion of 24 February 2022, although limits shaped their aid.", ""},
		// Too far into the document.
		{string(make([]byte, 500)) + "\nJan. 19, 2023\n", ""},
	}
	for _, tt := range tests {
		doc := &model.Document{ID: "t", Text: tt.text}
		p.Process(doc)
		got := ""
		if !doc.Date.IsZero() {
			got = doc.Date.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("dateline of %.50q = %q, want %q", tt.text, got, tt.want)
		}
	}
}
