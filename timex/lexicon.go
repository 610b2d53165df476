package timex

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed words.txt
var wordsData string

// unit is a duration unit: the TIMEX3 letter, how many of it one word
// means ("decade" is 10 Y) and whether it is a clock unit (PT…).
type unit struct {
	letter string
	mult   int
	clock  bool
}

// durMod is a duration mod cue ("more than") and its TIMEX3 mod.
type durMod struct {
	words []string
	mod   string
}

// lexicon holds the word lists of words.txt, keyed by upper-case norm.
type lexicon struct {
	month, monthAbbr, weekday, weekdayAbbr, number, ordinal, decadeWord map[string]int
	season, setWord, dayPart, pointMod                                  map[string]string
	unit                                                                map[string]unit
	durMod                                                              []durMod
	trapBefore, trapAfter, past, future, notPast, notWeekday            map[string]bool
	// trigger holds the words of which every expression has at least one
	// (months, weekdays, seasons, units, parts of the day, decade words
	// and a few deictic words); a sentence without one, and without a
	// digit, is not scanned at all.
	trigger map[string]bool
	// tri3 marks the first three letters of every trigger word, so that
	// most words are ruled out without a map lookup.
	tri3 [26 * 26 * 26]bool
	// cue3 does the same for the tense cue words (future, past, notPast).
	cue3 [26 * 26 * 26]bool
	// start holds every word that may begin an expression, so the scanner
	// tries its matchers only there.
	start map[string]bool
}

// lexiconOnce parses the embedded word lists once; the result is never
// modified afterwards.
var lexiconOnce = sync.OnceValue(func() *lexicon {
	lx, err := parseLexicon(wordsData)
	if err != nil {
		panic(err) // the embedded file is part of the program
	}
	return lx
})

func parseLexicon(data string) (*lexicon, error) {
	lx := &lexicon{
		month: map[string]int{}, monthAbbr: map[string]int{}, weekday: map[string]int{},
		weekdayAbbr: map[string]int{}, number: map[string]int{}, ordinal: map[string]int{}, decadeWord: map[string]int{},
		season: map[string]string{}, setWord: map[string]string{}, dayPart: map[string]string{},
		pointMod: map[string]string{}, unit: map[string]unit{},
		trapBefore: map[string]bool{}, trapAfter: map[string]bool{}, past: map[string]bool{},
		future: map[string]bool{}, notPast: map[string]bool{}, notWeekday: map[string]bool{},
		start: map[string]bool{}, trigger: map[string]bool{},
	}
	ints := map[string]map[string]int{
		"month": lx.month, "monthabbr": lx.monthAbbr, "weekday": lx.weekday,
		"weekdayabbr": lx.weekdayAbbr, "number": lx.number, "ordinal": lx.ordinal, "decadeword": lx.decadeWord,
	}
	strs := map[string]map[string]string{
		"season": lx.season, "setword": lx.setWord, "dayPart": lx.dayPart, "pointmod": lx.pointMod,
	}
	sets := map[string]map[string]bool{
		"trapbefore": lx.trapBefore, "trapafter": lx.trapAfter, "past": lx.past,
		"future": lx.future, "notpast": lx.notPast, "notweekday": lx.notWeekday,
	}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' && line[len(line)-1] == ']' {
			section = line[1 : len(line)-1]
			continue
		}
		f := strings.Fields(line)
		bad := func(why string) error { return fmt.Errorf("words.txt:%d: %s: %q", n, why, line) }
		switch {
		case ints[section] != nil:
			if len(f) != 2 {
				return nil, bad("want WORD NUMBER")
			}
			v, err := strconv.Atoi(f[1])
			if err != nil {
				return nil, bad("bad number")
			}
			ints[section][f[0]] = v
		case strs[section] != nil:
			if len(f) != 2 {
				return nil, bad("want WORD VALUE")
			}
			strs[section][f[0]] = f[1]
		case sets[section] != nil:
			sets[section][f[0]] = true
		case section == "unit":
			if len(f) < 3 {
				return nil, bad("want WORD LETTER MULT [T]")
			}
			m, err := strconv.Atoi(f[2])
			if err != nil {
				return nil, bad("bad multiplier")
			}
			lx.unit[f[0]] = unit{letter: f[1], mult: m, clock: len(f) > 3 && f[3] == "T"}
		case section == "durmod":
			if len(f) < 2 {
				return nil, bad("want PHRASE MOD")
			}
			lx.durMod = append(lx.durMod, durMod{words: f[:len(f)-1], mod: f[len(f)-1]})
		default:
			return nil, bad("unknown section " + section)
		}
	}
	for _, m := range []map[string]int{lx.month, lx.monthAbbr, lx.weekday, lx.weekdayAbbr, lx.number, lx.ordinal} {
		for w := range m {
			lx.start[w] = true
		}
	}
	for _, m := range []map[string]string{lx.season, lx.setWord, lx.pointMod} {
		for w := range m {
			lx.start[w] = true
		}
	}
	for _, dm := range lx.durMod {
		lx.start[dm.words[0]] = true
	}
	for _, m := range []map[string]int{lx.month, lx.monthAbbr, lx.weekday, lx.weekdayAbbr, lx.decadeWord} {
		for w := range m {
			lx.trigger[w] = true
		}
	}
	for _, m := range []map[string]string{lx.season, lx.setWord, lx.dayPart} {
		for w := range m {
			lx.trigger[w] = true
		}
	}
	for w := range lx.unit {
		lx.trigger[w] = true
	}
	for _, w := range []string{"YESTERDAY", "TODAY", "TOMORROW", "TONIGHT", "WEEKEND", "WEEKENDS",
		"QUARTER", "QUARTERS", "HALF", "FY", "FISCAL", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "ONCE", "TWICE", "THRICE"} {
		lx.trigger[w] = true
	}
	for _, w := range []string{"THE", "LAST", "NEXT", "THIS", "PAST", "EVERY", "EACH", "YESTERDAY",
		"TODAY", "TOMORROW", "TONIGHT", "LATER", "EARLIER", "THAT", "END", "BEGINNING", "START",
		"CLOSE", "FY", "FISCAL", "ONCE", "TWICE", "THRICE", "PER", "Q1", "Q2", "Q3", "Q4", "H1", "H2",
		"COMING", "PREVIOUS", "FOLLOWING", "SAME", "HALF", "FY", "'"} {
		lx.start[w] = true
	}
	for w := range lx.trigger {
		if k, ok := prefix3(w); ok {
			lx.tri3[k] = true
		}
	}
	for _, m := range []map[string]bool{lx.future, lx.past, lx.notPast} {
		for w := range m {
			if k, ok := prefix3(w); ok {
				lx.cue3[k] = true
			}
		}
	}
	return lx, nil
}

// prefix3 indexes the first three letters of an upper-case word; it reports
// false for words that do not start with three letters A-Z.
func prefix3(w string) (int, bool) {
	if len(w) < 3 {
		return 0, false
	}
	k := 0
	for i := 0; i < 3; i++ {
		c := w[i]
		if c < 'A' || c > 'Z' {
			return 0, false
		}
		k = k*26 + int(c-'A')
	}
	return k, true
}

// mayCue reports whether w may be a tense cue word; false rules it out.
func (lx *lexicon) mayCue(w string) bool {
	k, ok := prefix3(w)
	return !ok || lx.cue3[k]
}

// isTrigger reports whether w is a trigger word.
func (lx *lexicon) isTrigger(w string) bool {
	if k, ok := prefix3(w); ok && !lx.tri3[k] {
		return false
	}
	return lx.trigger[w]
}
