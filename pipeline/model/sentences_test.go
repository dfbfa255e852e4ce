package model

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Russia invaded. Ukraine resisted.", []string{"Russia invaded.", "Ukraine resisted."}},
		{"The U.S. House approved it. The Senate agreed.", []string{"The U.S. House approved it.", "The Senate agreed."}},
		{"It came from the U.S. The next day it arrived.", []string{"It came from the U.S.", "The next day it arrived."}},
		{"Lt. Gen. Ben Hodges said so. No. 5 was next.", []string{"Lt. Gen. Ben Hodges said so.", "No. 5 was next."}},
		{"It cost $2.5 billion. On Sept. 2 it left.", []string{"It cost $2.5 billion.", "On Sept. 2 it left."}},
		{"J. R. Smith spoke. He left!", []string{"J. R. Smith spoke.", "He left!"}},
		{"He said \"Go.\" Then he went.", []string{"He said \"Go.\"", "Then he went."}},
		{"## Heading\nA paragraph.\n\nAnother one", []string{"## Heading", "A paragraph.", "Another one"}},
		{"lower case after a period. does not split", []string{"lower case after a period. does not split"}},
		{"India sent Rs. 50 crore. It arrived.", []string{"India sent Rs. 50 crore.", "It arrived."}},
		{"   ", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range SplitSentences(tt.in) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SplitSentences(%q)\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
}
