package timex

import "testing"

// TestClassTable checks the hash table against the word lists it indexes:
// every listed word has its classes, and unlisted words have none.
func TestClassTable(t *testing.T) {
	lx := lexiconOnce()
	lists := []struct {
		c     class
		words []string
	}{
		{cTrigger, keys(lx.trigger)}, {cStart, keys(lx.start)}, {cFuture, keys(lx.future)},
		{cPast, keys(lx.past)}, {cNotPast, keys(lx.notPast)}, {cMonth, keys(lx.month)},
		{cMonth, keys(lx.monthAbbr)}, {cWeekday, keys(lx.weekday)}, {cNumber, keys(lx.number)},
		{cOrdinal, keys(lx.ordinal)}, {cUnit, keys(lx.unit)}, {cTrapAfter, keys(lx.trapAfter)},
		{cTrapBefore, keys(lx.trapBefore)}, {cSeason, keys(lx.season)}, {cDurMod, durModFirst(lx.durMod)},
	}
	for _, l := range lists {
		if len(l.words) == 0 {
			t.Errorf("class %b: empty word list", l.c)
		}
		for _, w := range l.words {
			if lx.classOf(w)&l.c == 0 {
				t.Errorf("%q lacks class %b (has %b)", w, l.c, lx.classOf(w))
			}
		}
	}
	for _, w := range []string{"", "SENIOR", "EMBASSY", ".", ",", "IS", "MONDAYS2", "JANUARYX", "THE1"} {
		if c := lx.classOf(w); c != 0 {
			t.Errorf("%q: class %b, want none", w, c)
		}
	}
}
