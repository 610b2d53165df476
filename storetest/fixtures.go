package storetest

import (
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// ev describes an event of a fixture document by the words that evidence it.
type ev struct {
	id        string
	src, tgt  string // actor codes
	code      string
	quad      int
	goldstein float64
	verb      string // first occurrence in the text
	date      dyad.Date
	dateWords string
	modality  dyad.Modality
}

// article builds a document whose sentences end at ". " and whose events
// carry spans found in the text.
func article(id, url string, published dyad.Date, text string, events ...ev) *dyad.Document {
	doc := &dyad.Document{ID: id, Source: "storetest", URL: url, Title: "Article " + id,
		Published: published, PublishedBy: "metadata", Text: text,
		Meta: map[string]string{"fixture": "yes"}}
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			doc.Sentences = append(doc.Sentences, dyad.Sentence{Span: dyad.Span{Start: start, End: i + 1}})
			start = i + 2
		}
	}
	for _, e := range events {
		vs := strings.Index(text, e.verb)
		if vs < 0 {
			panic("fixture " + id + ": no verb " + e.verb)
		}
		verb := dyad.Span{Start: vs, End: vs + len(e.verb)}
		sent := 0
		for i, s := range doc.Sentences {
			if s.Contains(verb) {
				sent = i
			}
		}
		m := e.modality
		if m == "" {
			m = dyad.Asserted
		}
		de := dyad.Event{ID: e.id, Sentence: sent, Code: e.code, QuadClass: e.quad, Goldstein: e.goldstein,
			Source: dyad.EventActor{Code: e.src, Country: dyad.Country(e.src), Name: e.src},
			Target: dyad.EventActor{Code: e.tgt, Country: dyad.Country(e.tgt), Name: e.tgt},
			Date:   e.date, Modality: m, Verb: dyad.EvidenceOf(text, verb), Rule: "fixture:" + e.code}
		if e.dateWords != "" {
			ds := strings.Index(text, e.dateWords)
			de.DateEvidence = dyad.EvidenceOf(text, dyad.Span{Start: ds, End: ds + len(e.dateWords)})
		}
		if m != dyad.Asserted {
			de.ModalityCue = de.Verb
		}
		doc.Events = append(doc.Events, de)
	}
	return doc
}

func day(s string) dyad.Date {
	d, err := dyad.ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

// retellings returns three articles from two outlets that retell one
// meeting between Russia and Pakistan in March 2019, with an accusation, a
// planned sale and a 1988 Soviet clash.
func retellings() []*dyad.Document {
	a := article("a", "https://www.reuters.com/world/a", day("2019-03-04"),
		"Russian and Pakistani officials met in Islamabad on 3 March 2019. Russia plans to sell helicopters to Pakistan next year.",
		ev{id: "a1", src: "RUSGOV", tgt: "PAKGOV", code: "040", quad: 1, goldstein: 1, verb: "met", date: day("2019-03-03"), dateWords: "3 March 2019"},
		ev{id: "a2", src: "RUS", tgt: "PAK", code: "061", quad: 2, goldstein: 6.4, verb: "plans to sell", date: dyad.Year(2020), dateWords: "next year", modality: dyad.Planned})
	b := article("b", "https://dawn.com/news/b", day("2019-03-04"),
		"Pakistan hosted a Russian delegation. Pakistan accused Russia of delays.",
		ev{id: "b1", src: "PAKGOV", tgt: "RUSGOV", code: "043", quad: 1, goldstein: 2.8, verb: "hosted"},
		ev{id: "b2", src: "PAK", tgt: "RUS", code: "112", quad: 3, goldstein: -2, verb: "accused"})
	c := article("c", "https://www.reuters.com/world/c", day("2019-04-10"),
		"In March 2019 Russia and Pakistan held talks. Soviet and Pakistani forces clashed in 1988.",
		ev{id: "c1", src: "RUS", tgt: "PAK", code: "046", quad: 1, goldstein: 7, verb: "held talks", date: dyad.Month(2019, time.March), dateWords: "March 2019"},
		ev{id: "c2", src: "SUN", tgt: "PAK", code: "190", quad: 4, goldstein: -10, verb: "clashed", date: dyad.Year(1988), dateWords: "1988"})
	c.Facts = []dyad.Fact{{Sentence: 0, Indicator: "bilateral_trade", Actors: []string{"RUS", "PAK"},
		Period: dyad.Year(2018), Value: 5.4e8, Unit: "USD", Number: dyad.Evidence{Span: dyad.Span{Start: 0, End: 2}, Text: "In"}}}
	return []*dyad.Document{a, b, c}
}
