package actor

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// KingdomCode is the actor code the built-in dictionaries give to "the
// kingdom", which in news stands for the monarchy the story is about
// ("In late December the kingdom announced a $500m package"). The
// Resolver replaces it with the last state named before it that is one of
// the kingdoms listed by the option KINGDOMS.
const KingdomCode = "KINGDOM"

// resolveKingdoms gives "the kingdom" the last kingdom named before it, or
// leaves the side open when none was.
func resolveKingdoms(doc *dyad.Document, kingdoms map[string]bool, trace func(dyad.Event, string)) {
	for i := range doc.Events {
		ev := &doc.Events[i]
		for _, x := range [...]*dyad.EventActor{&ev.Source, &ev.Target} {
			if !strings.HasPrefix(x.Code, KingdomCode) {
				continue
			}
			if c := lastKingdom(doc, kingdoms, x.Start); c != "" {
				*x = resolved(*x, c, x.Code[len(KingdomCode):], "kingdom: "+x.Span.In(doc.Text)+" → "+c)
				continue
			}
			trace(*ev, x.Span.In(doc.Text)+" follows no kingdom named")
			*x = dyad.EventActor{Code: "---"}
		}
	}
}

// lastKingdom returns the country of the last actor mention before pos
// that is a listed kingdom, or "".
func lastKingdom(doc *dyad.Document, kingdoms map[string]bool, pos int) string {
	for i := len(doc.Actors) - 1; i >= 0; i-- {
		m := &doc.Actors[i]
		if m.Start >= pos {
			continue
		}
		if c, ok := mentionCountry(doc, m); ok && kingdoms[c] {
			return c
		}
	}
	return ""
}
