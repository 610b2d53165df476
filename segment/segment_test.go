package segment_test

import (
	"context"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/segment"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviations", "Mr. Sharif met Gen. Musharraf in St. Petersburg on Sept. 28, 2000. They talked.",
			[]string{"Mr. Sharif met Gen. Musharraf in St. Petersburg on Sept. 28, 2000.", "They talked."}},
		{"us-midsentence", "The U.S. Army left. Then it rained.",
			[]string{"The U.S. Army left.", "Then it rained."}},
		{"us-end", "Troops came from the U.S. The talks failed.",
			[]string{"Troops came from the U.S.", "The talks failed."}},
		{"quotes", `"We will not yield," he said. "Never." Talks resumed.`,
			[]string{`"We will not yield," he said.`, `"Never."`, "Talks resumed."}},
		{"question", "Will India agree? Nobody knows!", []string{"Will India agree?", "Nobody knows!"}},
		{"initials", "J. R. R. Tolkien wrote it. Fine.", []string{"J. R. R. Tolkien wrote it.", "Fine."}},
		{"paragraphs", "Heading without stop\n\nBody text here.", []string{"Heading without stop", "Body text here."}},
		{"headline-line", "How Iraq Learned to Live With Iran\nBAGHDAD, Sept. 8, 2025 - When Iraq called, Iran\nanswered.",
			[]string{"How Iraq Learned to Live With Iran", "BAGHDAD, Sept. 8, 2025 - When Iraq called, Iran\nanswered."}},
		{"decimal", "Trade rose 4.5 percent to $95.2 billion. Good.", []string{"Trade rose 4.5 percent to $95.2 billion.", "Good."}},
		{"lowercase-after-period", "It was agreed at 5 p.m. on Monday.", []string{"It was agreed at 5 p.m. on Monday."}},
	}
	seg := segment.New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := &dyad.Document{Text: tc.text}
			if err := seg.Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range doc.Sentences {
				got = append(got, s.In(doc.Text))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Egypt's U.S. jets", []string{"Egypt", "'s", "U.S.", "jets"}},
		{"5,000 troops; $4.5bn", []string{"5,000", "troops", ";", "$", "4.5bn"}},
		{"didn't O'Brien", []string{"didn't", "O'Brien"}},
		{"Sino-Indian 1990s G-20 2010-11 anti- Gondor", []string{"Sino", "Indian", "1990s", "G-20", "2010", "-", "11", "anti", "-", "Gondor"}},
		{"Sept 28, 2000", []string{"Sept", "28", ",", "2000"}},
		{"Moscow\u2019s envoy", []string{"Moscow", "\u2019s", "envoy"}},
		{"'January 20th' ('Tis)", []string{"'", "January", "20th", "'", "(", "'", "Tis", ")"}},
		{"rock 'n' roll", []string{"rock", "'n", "'", "roll"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			toks := segment.Tokenize(nil, tc.text)
			var got []string
			for _, tk := range toks {
				got = append(got, tk.In(tc.text))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
	if got := segment.Tokenize(nil, "Moscow\u2019s")[1].Norm; got != "'S" {
		t.Errorf("Norm of typographic possessive = %q, want 'S", got)
	}
}

func FuzzSegment(f *testing.F) {
	f.Add("Mr. Sharif met Gen. Musharraf in St. Petersburg.\n\nU.S. troops left.")
	f.Add("\xff'.\u2019s")
	seg := segment.New()
	f.Fuzz(func(t *testing.T, text string) {
		doc := &dyad.Document{Text: text}
		if err := seg.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		prev := 0
		for _, tk := range doc.Tokens {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("bad token span %v after %d in %q", tk.Span, prev, text)
			}
			prev = tk.End
		}
		n := 0
		for _, s := range doc.Sentences {
			if s.FirstToken != n || s.EndToken <= s.FirstToken {
				t.Fatalf("sentence token range %d-%d, want start %d", s.FirstToken, s.EndToken, n)
			}
			n = s.EndToken
		}
		if n != len(doc.Tokens) {
			t.Fatalf("sentences cover %d of %d tokens", n, len(doc.Tokens))
		}
	})
}

// TestOtherDigits is the regression for a hang FuzzCode found: a digit of
// another script began a number token that scanNumber did not consume.
func TestOtherDigits(t *testing.T) {
	text := "Δ\x1a\xae\xb3#٨ and ٣٤ troops"
	toks := segment.Tokenize(nil, text)
	for _, tk := range toks {
		if tk.End <= tk.Start {
			t.Fatalf("empty token at %d in %q", tk.Start, text)
		}
	}
	if got := toks[len(toks)-2].In(text); got != "٣٤" {
		t.Errorf("number token %q, want ٣٤", got)
	}
}
