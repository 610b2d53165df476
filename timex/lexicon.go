package timex

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
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
	holidays                                                            []holiday
	holidayWord                                                         map[string]bool // the words of holidays before their last
	trapBefore, trapAfter, past, future, notPast, notWeekday            map[string]bool
	// motion and purpose: "travelled to Berlin to meet Scholz in February
	// 2024" — an infinitive of a meeting after a verb of travel shares
	// the trip's date
	motion, purpose map[string]bool
	// trigger holds the words of which every expression has at least one
	// (months, weekdays, seasons, units, parts of the day, decade words
	// and a few deictic words); a sentence without one, and without a
	// digit, is not scanned at all.
	trigger map[string]bool
	// start holds every word that may begin an expression, so the scanner
	// tries its matchers only there.
	start map[string]bool
	// table gives each word of the lists above its class bits, so that
	// the scanner looks a token up once per sentence and the matchers test
	// bits instead of hashing the same word again (see scanner.cls). It is
	// an open-addressing table keyed by an FNV-1a hash, where most words
	// miss on an empty slot without a string comparison; at 8 bytes a
	// slot it stays in cache beside the coder's tables, which a Go map of
	// the same words did not. words[k] is the word of table[k].
	table []slot
	words []string
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
		motion: map[string]bool{}, purpose: map[string]bool{},
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
		"motion": lx.motion, "purpose": lx.purpose,
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
		case section == "holiday":
			if len(f) < 2 {
				return nil, bad("want PHRASE DATE")
			}
			h, err := parseHoliday(f[:len(f)-1], f[len(f)-1])
			if err != nil {
				return nil, bad(err.Error())
			}
			lx.holidays = append(lx.holidays, h)
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
	// longest first, so "Easter Sunday" wins over "Easter"
	slices.SortStableFunc(lx.holidays, func(a, b holiday) int { return len(b.words) - len(a.words) })
	lx.holidayWord = map[string]bool{}
	for _, h := range lx.holidays {
		// the last word is the trigger ("Day", "Eve", "Sunday"): first
		// words such as "New" and "May" are too common to scan for
		lx.start[h.words[0]] = true
		lx.trigger[h.words[len(h.words)-1]] = true
		for _, w := range h.words[:len(h.words)-1] {
			lx.holidayWord[w] = true
		}
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
		"QUARTER", "QUARTERS", "HALF", "FY", "FISCAL", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "ONCE", "TWICE", "THRICE", "ANNUM",
		"NOON", "MIDDAY", "MIDNIGHT", "AM", "PM", "A.M.", "P.M."} {
		lx.trigger[w] = true
	}
	for _, w := range []string{"THE", "LAST", "NEXT", "THIS", "PAST", "EVERY", "EACH", "YESTERDAY",
		"TODAY", "TOMORROW", "TONIGHT", "LATER", "EARLIER", "THAT", "END", "BEGINNING", "START",
		"CLOSE", "FY", "FISCAL", "ONCE", "TWICE", "THRICE", "PER", "Q1", "Q2", "Q3", "Q4", "H1", "H2",
		"COMING", "PREVIOUS", "FOLLOWING", "SAME", "HALF", "FY", "'", "NOON", "MIDDAY", "MIDNIGHT", "SEVERAL", "FEW", "MANY"} {
		lx.start[w] = true
	}
	lx.classify()
	return lx, nil
}

// class is a set of word-list memberships of one word.
type class uint32

const (
	cTrigger class = 1 << iota
	cStart
	cFuture
	cPast
	cNotPast
	cMonth // full month name or abbreviation
	cWeekday
	cNumber
	cOrdinal
	cDecade
	cSeason
	cSetWord
	cDayPart
	cPointMod
	cUnit
	cTrapBefore
	cTrapAfter
	cNotWeekday
	cDurMod  // first word of a duration mod phrase
	cHoliday // first word of a holiday
)

// slot is one entry of lexicon.table; c is 0 in an empty slot.
type slot struct {
	hash uint32
	c    class
}

func (lx *lexicon) classify() {
	classes := map[string]class{}
	mark := func(c class, words []string) {
		for _, w := range words {
			classes[w] |= c
		}
	}
	mark(cTrigger, keys(lx.trigger))
	mark(cStart, keys(lx.start))
	mark(cFuture, keys(lx.future))
	mark(cPast, keys(lx.past))
	mark(cNotPast, keys(lx.notPast))
	mark(cMonth, keys(lx.month))
	mark(cMonth, keys(lx.monthAbbr))
	mark(cWeekday, keys(lx.weekday))
	mark(cWeekday, keys(lx.weekdayAbbr))
	mark(cNumber, keys(lx.number))
	mark(cOrdinal, keys(lx.ordinal))
	mark(cDecade, keys(lx.decadeWord))
	mark(cSeason, keys(lx.season))
	mark(cSetWord, keys(lx.setWord))
	mark(cDayPart, keys(lx.dayPart))
	mark(cPointMod, keys(lx.pointMod))
	mark(cUnit, keys(lx.unit))
	mark(cTrapBefore, keys(lx.trapBefore))
	mark(cTrapAfter, keys(lx.trapAfter))
	mark(cNotWeekday, keys(lx.notWeekday))
	mark(cDurMod, durModFirst(lx.durMod))
	for _, h := range lx.holidays {
		mark(cHoliday, h.words[:1])
	}
	size := 64
	for size < 3*len(classes) {
		size *= 2
	}
	lx.table, lx.words = make([]slot, size), make([]string, size)
	for w, c := range classes {
		h := fnv(w)
		k := int(h) & (size - 1)
		for lx.table[k].c != 0 {
			k = (k + 1) & (size - 1)
		}
		lx.table[k], lx.words[k] = slot{hash: h, c: c}, w
	}
}

func durModFirst(dms []durMod) []string {
	var out []string
	for _, dm := range dms {
		out = append(out, dm.words[0])
	}
	return out
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// classOf returns w's class bits.
func (lx *lexicon) classOf(w string) class {
	h := fnv(w)
	mask := len(lx.table) - 1
	for k := int(h) & mask; lx.table[k].c != 0; k = (k + 1) & mask {
		if lx.table[k].hash == h && lx.words[k] == w {
			return lx.table[k].c
		}
	}
	return 0
}

// fnv is the 32-bit FNV-1a hash of w.
func fnv(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}
