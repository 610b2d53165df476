package dyad

import "time"

// ActorMention is a span that names an actor, an agent or both. The coder
// resolves Codes at the event's date, so a mention keeps every dated code of
// its dictionary entry rather than one code.
type ActorMention struct {
	Span
	Sentence int
	EntryID  string      // dictionary entry that matched ("" for a bare agent)
	Name     string      // canonical name of the entry
	Codes    []DatedCode // the entry's codes; Resolve picks one at a date
	Agent    string      // agent code attached by a phrase such as "police"
	Office   string      // office named by the mention ("prime minister"), if any
	Rule     string      // dictionary pattern that fired
	// Resolution says how a role description, pronoun or short name was
	// resolved ("coref: the two countries → IND-CHN"); empty for direct names.
	Resolution string
}

// DatedCode is an actor code valid from From (inclusive) to To (exclusive);
// a zero bound is open. Office is the office the code stands for.
type DatedCode struct {
	Code     string
	From, To Date
	Office   string
}

// TimeMention is a temporal expression normalised in TimeML TIMEX3
// conventions.
type TimeMention struct {
	Span
	Sentence int
	Type     string // date, time, duration or set
	Value    string // TIMEX3 value
	Mod      string // TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...
	Date     Date   // the period a date or time covers; zero for durations and sets
	// Anchor says what a relative value was resolved against:
	// "document", "narrative" or "" for absolute expressions.
	Anchor string
}

// Quantity is a normalised number with its unit, such as "$4.5 billion"
// (4.5e9 USD) or "5,000 troops" (5000 count of troops).
type Quantity struct {
	Span
	Sentence  int
	Value     float64
	ValueMax  float64 // upper bound of a range; 0 when not a range
	Unit      string  // ISO 4217 currency, "percent", "percentage_point", "count", "rank"
	Qualifier string  // over, about, up_to, almost, ...
	Noun      string  // what is counted, for counts ("troops", "killed")
}

// Modality says whether an event is reported as fact.
type Modality string

// Modalities. Only Asserted and Reported events are counted as things that
// happened.
const (
	Asserted     Modality = "asserted"
	Planned      Modality = "planned"
	Negated      Modality = "negated"
	Hypothetical Modality = "hypothetical"
	Reported     Modality = "reported"
)

// Happened reports whether an event of this modality took place.
func (m Modality) Happened() bool { return m == Asserted || m == Reported || m == "" }

// EventActor is the source or target of an event, resolved at the event's date.
type EventActor struct {
	Span
	Code       string // full CAMEO actor code, e.g. INDGOV
	Country    string // ISO 3166 alpha-3, or the CAMEO IGO code
	Agent      string
	Name       string
	Office     string
	Resolution string
}

// Event is one coded event with its evidence.
type Event struct {
	ID        string
	DocID     string
	Sentence  int
	Source    EventActor
	Target    EventActor
	Code      string // CAMEO event code
	Root      string // first two digits
	QuadClass int
	Goldstein float64
	PLOVER    string

	Date         Date
	DateEvidence Evidence // zero when the date is the document date
	DocDate      Date

	Modality    Modality
	ModalityCue Evidence

	Verb     Evidence
	Rule     string // ID of the dictionary pattern that fired
	Quantity *Quantity
}

// Fact is a figure tied to actors and a period, such as bilateral trade of
// $95 billion between India and China in 2018.
type Fact struct {
	ID        string
	DocID     string
	Sentence  int
	Indicator string   // bilateral_trade, exports, gdp, ... or other:<name>
	Actors    []string // one country code, or two for a dyad
	Period    Date
	Value     float64
	ValueMax  float64
	Unit      string
	Qualifier string
	EventID   string // the event whose value this is, if any

	Number         Evidence
	IndicatorWords Evidence
	ActorEvidence  []Evidence
	PeriodEvidence Evidence
}

// ValidAt reports whether the code is valid at instant t.
func (c DatedCode) ValidAt(t time.Time) bool {
	if !c.From.IsZero() && t.Before(c.From.Begin) {
		return false
	}
	if !c.To.IsZero() && !t.Before(c.To.Begin) {
		return false
	}
	return true
}

// CodeAt returns the mention's code valid at t, or false when none is.
// Among dated codes valid at t the latest to start wins (a military ruler
// who becomes president is GOV from then on, not MIL); an undated code is
// the fallback. For an unknown (zero) t the undated code wins, else the
// latest to start.
func (m *ActorMention) CodeAt(t time.Time) (DatedCode, bool) {
	if t.IsZero() {
		return m.undatedOrLatest()
	}
	best, found := -1, false
	var fallback DatedCode
	for i, c := range m.Codes {
		if c.From.IsZero() && c.To.IsZero() {
			if !found {
				fallback, found = c, true
			}
			continue
		}
		if c.ValidAt(t) && (best < 0 || c.From.Begin.After(m.Codes[best].From.Begin)) {
			best = i
		}
	}
	if best >= 0 {
		return m.Codes[best], true
	}
	return fallback, found
}

// undatedOrLatest is the code for an unknown date: the undated code, else
// the one that started last.
func (m *ActorMention) undatedOrLatest() (DatedCode, bool) {
	best := -1
	for i, c := range m.Codes {
		if c.From.IsZero() && c.To.IsZero() {
			return c, true
		}
		if best < 0 || c.From.Begin.After(m.Codes[best].From.Begin) {
			best = i
		}
	}
	if best < 0 {
		return DatedCode{}, false
	}
	return m.Codes[best], true
}

// Country returns the country (or IGO) part of an actor code: its first
// three letters, or the first six for IGO codes such as IGOUNO.
func Country(code string) string {
	if len(code) >= 6 && code[:3] == "IGO" {
		return code[:6]
	}
	if len(code) < 3 {
		return ""
	}
	return code[:3]
}
