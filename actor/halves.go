package actor

import (
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// NorthCode and SouthCode are the actor codes the built-in dictionaries give
// to "the North" and "the South", which in a piece about a divided country
// stand for one of its halves. The Resolver replaces them with the half in
// the document's dyad, or drops the event when the dyad has none.
const (
	NorthCode = "NORTH"
	SouthCode = "SOUTH"
)

// half returns the placeholder that stands for a divided country's half.
// The list is short and closed, so it lives here rather than in the
// dictionaries: the two Koreas, Yemens and Vietnams, and the two Sudans.
func half(country string) string {
	switch country {
	case "PRK", "YEM", "VNM", "SDN": // North Yemen and North Vietnam code YEM and VNM
		return NorthCode
	case "KOR", "YMD", "RVN", "SSD":
		return SouthCode
	}
	return ""
}

func isHalf(code string) bool {
	return strings.HasPrefix(code, NorthCode) || strings.HasPrefix(code, SouthCode)
}

// resolveHalves gives "the North" and "the South" their country in the
// document's dyad ("the North" is PRK in a piece about the two Koreas).
// Where it cannot name the half (a dyad without halves, a lower-case "the
// north", which is a region, or "the South Atlantic") the side is left
// open, as if no actor were named.
func resolveHalves(doc *dyad.Document, trace func(dyad.Event, string)) {
	a, b, ok := mainPair(doc)
	for i := range doc.Events {
		ev := &doc.Events[i]
		for _, x := range [...]*dyad.EventActor{&ev.Source, &ev.Target} {
			if isHalf(x.Code) && !resolveHalf(doc, x, a, b, ok) {
				trace(*ev, x.Span.In(doc.Text)+" is the half of no divided country in the document's dyad")
				*x = dyad.EventActor{Code: "---"}
			}
		}
	}
}

func resolveHalf(doc *dyad.Document, x *dyad.EventActor, a, b string, ok bool) bool {
	placeholder := x.Code[:len(NorthCode)]
	text := x.Span.In(doc.Text)
	if !ok || !strings.Contains(text, "North") && !strings.Contains(text, "South") || capitalAfter(doc.Text, x.End) {
		return false
	}
	for _, c := range [...]string{a, b} {
		if half(c) == placeholder {
			*x = resolved(*x, c, x.Code[len(placeholder):], "half: "+text+" → "+c)
			return true
		}
	}
	return false
}

// capitalAfter reports whether the word after offset i is capitalised:
// "the South Atlantic" is a name, not a half.
func capitalAfter(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], " ")
	return rest != "" && unicode.IsUpper([]rune(rest[:min(len(rest), 4)])[0])
}
