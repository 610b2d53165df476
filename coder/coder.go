// Package coder turns sentences into CAMEO events. It compiles a
// dict.Dictionary into phrase matchers and codes each sentence the way
// TABARI does: it finds actors, agents and verbs, joins compound actors,
// removes comma-delimited subordinate clauses, splits the sentence into
// clauses at conjunctions, and for each clause codes a verb through its
// patterns, with the source and target found by the pattern or by
// position. docs/coder.md describes the rules in order.
package coder

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// Config holds the coding options. Its zero value is not useful; New fills
// TABARI's defaults and then the dictionary's options.
type Config struct {
	CodeBy     string // CLAUSE (one verb per clause), SENTENCE or ALL
	MaxVerbs   int    // a sentence with this many verbs is complex; 0: no limit
	MaxConj    int    // likewise for clause conjunctions
	NoActPrior bool   // a sentence with no actor before its verb is complex
	// Comma-delimited clauses of Min..Max words are removed: internal ones
	// (between commas), terminal ones (EMin..EMax, to the sentence end) and
	// initial ones (BMin..BMax, from the sentence start).
	Comma                           bool
	CommaMin, CommaMax, CommaEMin   int
	CommaEMax, CommaBMin, CommaBMax int
	// CommaKeepVerbs keeps a comma-delimited clause that holds a verb
	// form: news prose puts main clauses between commas ("Two months
	// later, Zhou Enlai visited New Delhi, and ..."), where TABARI's rule
	// would delete them as asides.
	CommaKeepVerbs bool
	// CommaAndClause ends a compound at ", and" when a verb follows the
	// next actor and no list has begun: "…from Pakistan, and Khrushchev threatened…" is two
	// clauses, not the list "Pakistan and Khrushchev".
	CommaAndClause bool
	// RelativeStop keeps the target search and gapped pattern words from
	// crossing a relative pronoun after the verb: in "shot down a U-2
	// that had taken off from Pakistan", Pakistan is not the target.
	RelativeStop bool
	MinWords     int  // shorter sentences are not coded
	ConvertAgent bool // an agent alone codes as "~CODE"
	// LoneAgent, when set, is the prefix that codes an agent with no actor
	// ("---" gives PETRARCH's "---GOV"); it wins over ConvertAgent.
	LoneAgent string
	// ShareAgents gives an agent that precedes a compound ("the ambassadors
	// of A, B and C") to every member, as PETRARCH does; TABARI gives it
	// to the first only.
	ShareAgents bool
	// RequireDyad false codes events that lack a source or a target, with
	// "---" in its place (PETRARCH's require_dyad).
	RequireDyad bool
	// NoPossessives keeps "its", "their" and "his" from standing for
	// actors (PETRARCH); TABARI resolves them like other pronouns.
	NoPossessives bool
	Forward       bool // pronouns may refer to the previous sentence's actor
	// Subordinate ends an opening subordinate clause ("When …,") at its
	// comma, so that its actors are not the main clause's source.
	Subordinate bool
	// DedupeVerb keeps events of one sentence with the same source, target
	// and code when different verbs report them (TABARI keeps one).
	DedupeVerb bool
	// Semicolon ends a clause at a semicolon or colon.
	Semicolon bool
	// OfNoun makes a verb form right after "of" a noun ("eleven days of
	// fighting"), as a determiner does, and one joined by a hyphen to the
	// word before part of a compound ("visa-free", "US-backed").
	OfNoun bool
	// ForeignTarget passes over a target of the source's own country when
	// an actor of another follows in the clause.
	ForeignTarget bool
	// PossessiveHead makes a country's possessive before an actor of the
	// same country one actor, the one it qualifies: "Egypt's Muslim
	// Brotherhood" is the Brotherhood, not Egypt and the Brotherhood.
	PossessiveHead bool
	// Anaphors lists the definite anaphors coded like pronouns ("THE
	// MINISTER", "THE LATTER", "POSSESSIVE"): see anaphor.go.
	Anaphors map[string]bool
	// Acts holds the nouns that name an act ("ATTACK", "MOVE"): a reaction
	// whose object is one ("condemned the strikes") and that names no
	// target is aimed at the act's author (judged.go).
	Acts map[string]bool
	// GovCodes maps a code to the one it has when a government is its
	// source: a government that "protested" complained officially (114);
	// it did not demonstrate (140).
	GovCodes                     map[string]string
	DefaultSource, DefaultTarget string
	DefaultPrior, DefaultAfter   bool
}

// DefaultConfig returns TABARI's defaults.
func DefaultConfig() Config {
	return Config{
		CodeBy: "CLAUSE", Comma: true, RequireDyad: true,
		CommaMin: 2, CommaMax: 10, CommaEMin: 2, CommaEMax: 10, CommaBMin: 255, CommaBMax: 0,
	}
}

// Set applies one option by its dictionary name (see dict/tabari's
// ParseOption): CODE BY, COMPLEX, COMMA, MINIMUM WORDS, CONVERT AGENT,
// FORWARD and DEFAULT, and dyad's LONE AGENT, SHARE AGENTS, REQUIRE DYAD
// and POSSESSIVE PRONOUNS. Unknown names are ignored: they concern output or
// interaction, not coding.
func (c *Config) Set(name, value string) error {
	value = strings.ToUpper(strings.TrimSpace(value))
	switch strings.ToUpper(name) {
	case "CODE BY":
		switch value {
		case "CLAUSE", "SENTENCE", "ALL":
			c.CodeBy = value
		default:
			return fmt.Errorf("option CODE BY %q: want CLAUSE, SENTENCE or ALL", value)
		}
	case "COMPLEX":
		c.MaxVerbs, c.MaxConj, c.NoActPrior = 0, 0, false
		for _, f := range strings.Fields(value) {
			switch {
			case strings.HasPrefix(f, "VERBS["):
				c.MaxVerbs = bracketInt(f)
			case strings.HasPrefix(f, "CONJ["):
				c.MaxConj = bracketInt(f)
			case f == "NOACTPRIOR":
				c.NoActPrior = true
			}
		}
	case "COMMA":
		if value == "OFF" {
			c.Comma = false
			return nil
		}
		c.Comma = true
		f := strings.Fields(strings.ReplaceAll(value, "=", " = "))
		for i := 0; i+2 < len(f); i++ {
			if f[i+1] != "=" {
				continue
			}
			n, err := strconv.Atoi(f[i+2])
			if err != nil {
				return fmt.Errorf("option COMMA %q: %v", value, err)
			}
			switch f[i] {
			case "MIN":
				c.CommaMin = n
			case "MAX":
				c.CommaMax = n
			case "EMIN":
				c.CommaEMin = n
			case "EMAX":
				c.CommaEMax = n
			case "BMIN":
				c.CommaBMin = n
			case "BMAX":
				c.CommaBMax = n
			}
		}
	case "MINIMUM WORDS":
		n, err := strconv.Atoi(strings.Fields(value + " 0")[0])
		if err != nil {
			return fmt.Errorf("option MINIMUM WORDS %q: %v", value, err)
		}
		c.MinWords = n
	case "COMMA KEEP VERBS":
		c.CommaKeepVerbs = value == "TRUE"
	case "COMMA AND CLAUSE":
		c.CommaAndClause = value == "TRUE"
	case "RELATIVE STOP":
		c.RelativeStop = value == "TRUE"
	case "CONVERT AGENT":
		c.ConvertAgent = value == "TRUE"
	case "LONE AGENT":
		c.LoneAgent = strings.Trim(value, `"`)
		if value == "OFF" {
			c.LoneAgent = ""
		}
	case "SUBORDINATE CLAUSES":
		c.Subordinate = value == "TRUE"
	case "DEDUPE":
		c.DedupeVerb = value == "VERB"
	case "SEMICOLON CLAUSES":
		c.Semicolon = value == "TRUE"
	case "OF NOUNS":
		c.OfNoun = value == "TRUE"
	case "POSSESSIVE HEAD":
		c.PossessiveHead = value == "TRUE"
	case "FOREIGN TARGET":
		c.ForeignTarget = value == "TRUE"
	case "ANAPHORS":
		c.Anaphors = parsePhrases(value)
	case "ACT NOUNS":
		c.Acts = parsePhrases(value)
	case "GOVERNMENT CODES":
		c.GovCodes = map[string]string{}
		for _, pair := range strings.Split(value, "|") {
			f := strings.Fields(pair)
			if len(f) != 2 {
				return fmt.Errorf("GOVERNMENT CODES: %q: want FROM TO", strings.TrimSpace(pair))
			}
			c.GovCodes[f[0]] = f[1]
		}
	case "SHARE AGENTS":
		c.ShareAgents = value == "TRUE"
	case "POSSESSIVE PRONOUNS":
		c.NoPossessives = value == "FALSE"
	case "REQUIRE DYAD":
		c.RequireDyad = value != "FALSE"
	case "FORWARD":
		c.Forward = !strings.HasSuffix(value, "OFF")
	case "DEFAULT":
		c.DefaultSource, c.DefaultTarget, c.DefaultPrior, c.DefaultAfter = "", "", false, false
		if value == "OFF" {
			return nil
		}
		f := strings.Fields(value)
		for i := 0; i < len(f); i++ {
			code := ""
			if i+1 < len(f) && strings.HasPrefix(f[i+1], "[") {
				code = strings.Trim(f[i+1], "[]")
			}
			switch f[i] {
			case "SOURCE":
				c.DefaultSource = code
			case "TARGET":
				c.DefaultTarget = code
			case "PRIOR":
				c.DefaultPrior = true
			case "AFTER":
				c.DefaultAfter = true
			}
		}
	}
	return nil
}

func bracketInt(f string) int {
	i, j := strings.IndexByte(f, '['), strings.IndexByte(f, ']')
	if i < 0 || j < i {
		return 0
	}
	n, _ := strconv.Atoi(f[i+1 : j])
	return n
}

// PETRARCHOptions are the options that give PETRARCH-1's behaviour on
// its dictionaries: its comma-clause limits, agents alone coded "---GOV",
// agents shared by a compound, and possessive pronouns that are not
// actors.
func PETRARCHOptions() dict.Options {
	return dict.Options{
		"COMMA":        "MIN = 2 MAX = 8 EMIN = 2 EMAX = 8 BMIN = 0 BMAX = 0",
		"LONE AGENT":   "---",
		"SHARE AGENTS": "TRUE",

		"POSSESSIVE PRONOUNS": "FALSE",
	}
}

// Coder codes events. It is safe for concurrent use; WithOptions returns a
// copy with other options that shares the compiled dictionary.
type Coder struct {
	Config Config
	// DateOf returns the date at which the time-bounded actor codes of a
	// clause are resolved. Nil means the document's publication date.
	DateOf func(doc *dyad.Document, sentence int, clause dyad.Span) dyad.Date
	// Trace, when set, is told each coding decision of a sentence: the
	// verbs considered and the pattern or default code each took, and
	// why a verb gave no event. `dyad explain` prints them.
	Trace func(sentence int, msg string)

	d         *dict.Dictionary
	lx        *lexicon
	vbs       []cverb
	parts     [][][]string // per actor, per code: the code split at "/"
	actorRule []string
	// isPlace marks, per actor, a seat of government or a city
	// ("Algiers"), which names no actor in "the Algiers Agreement"
	isPlace []bool
	pool    *sync.Pool
}

// New compiles d.
func New(d *dict.Dictionary) (*Coder, error) {
	if d == nil {
		return nil, fmt.Errorf("coder: nil dictionary")
	}
	c := &Coder{Config: DefaultConfig(), d: d, lx: newLexicon(lexiconSize(d)), pool: &sync.Pool{New: func() any { return new(sent) }}}
	names := make([]string, 0, len(d.Options))
	for k := range d.Options {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if err := c.Config.Set(k, d.Options[k]); err != nil {
			return nil, fmt.Errorf("coder: %w", err)
		}
	}
	c.parts = make([][][]string, len(d.Actors))
	c.isPlace = make([]bool, len(d.Actors))
	c.actorRule = make([]string, len(d.Actors))
	for i, a := range d.Actors {
		c.actorRule[i] = a.Pos.String()
		for _, dc := range a.Codes {
			c.parts[i] = append(c.parts[i], strings.Split(dc.Code, "/"))
		}
		shorts, adjs := map[string]bool{}, map[string]bool{}
		for _, p := range a.Short {
			shorts[p.Text] = true
		}
		for _, p := range a.Adj {
			adjs[p.Text] = true
		}
		c.isPlace[i] = strings.HasSuffix(a.ID, dict.GovSuffix) || strings.HasSuffix(a.ID, dict.CitySuffix)
		mixed := false
		for _, p := range a.Names {
			mixed = mixed || strings.ToUpper(p.Text) != p.Text
		}
		for _, p := range a.Names {
			r, _ := utf8.DecodeRuneInString(p.Text)
			c.lx.add(entry{kind: kActor, idx: int32(i), words: splitWords(p.Words), short: shorts[p.Text], adj: adjs[p.Text],
				acronym:   mixed && len(p.Words) == 1 && strings.ToUpper(p.Text) == p.Text,
				lowerLead: len(p.Words) > 1 && unicode.IsLower(r)})
		}
	}
	for i, a := range d.Agents {
		for _, p := range a.Names {
			c.lx.add(entry{kind: kAgent, idx: int32(i), words: splitWords(p.Words)})
		}
	}
	for _, p := range d.Nouns {
		c.lx.add(entry{kind: kNoun, idx: -1, words: splitWords(p.Words)})
	}
	for _, p := range d.Adjectives {
		c.lx.add(entry{kind: kAdj, idx: -1, words: splitWords(p.Words)})
	}
	for _, p := range d.Discards {
		c.lx.add(entry{kind: kDiscard, idx: -1, words: splitWords(p.Words)})
	}
	for _, p := range d.Complex {
		c.lx.add(entry{kind: kComplex, idx: -1, words: splitWords(p.Words)})
	}
	cp := &compiler{synsets: d.Synsets, memo: map[string][][]celem{}, busy: map[string]bool{}}
	for i, v := range d.Verbs {
		cv := cverb{code: v.Code, rule: v.Pos.String(), name: v.ID}
		for _, p := range v.Patterns {
			cv.patterns = append(cv.patterns, cp.pattern(p))
			cv.nominal = cv.nominal || p.Noun
		}
		c.vbs = append(c.vbs, cv)
		for _, f := range v.Forms {
			c.lx.add(entry{kind: kVerb, idx: int32(i), words: splitWords(f.Words)})
		}
	}
	return c, nil
}

// lexiconSize estimates the trie nodes: the letters of first words.
func lexiconSize(d *dict.Dictionary) int {
	n := 0
	add := func(ps []dict.Phrase) {
		for _, p := range ps {
			if len(p.Words) > 0 {
				n += len(p.Words[0].Text)
			}
		}
	}
	for _, a := range d.Actors {
		add(a.Names)
	}
	for _, a := range d.Agents {
		add(a.Names)
	}
	for _, v := range d.Verbs {
		add(v.Forms)
	}
	return n
}

// WithOptions returns a copy of c with opts applied on top of its options.
func (c *Coder) WithOptions(opts dict.Options) (*Coder, error) {
	cc := *c
	names := make([]string, 0, len(opts))
	for k := range opts {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if err := cc.Config.Set(k, opts[k]); err != nil {
			return nil, fmt.Errorf("coder: %w", err)
		}
	}
	return &cc, nil
}

// Name names the stage in errors.
func (c *Coder) Name() string { return "coder" }

// Annotate codes every sentence of doc, appending actor mentions and
// events. It needs the Sentences and Tokens layers.
func (c *Coder) Annotate(ctx context.Context, doc *dyad.Document) error {
	if len(doc.Sentences) == 0 && strings.TrimSpace(doc.Text) != "" {
		return &dyad.MissingLayerError{Layer: "sentences"}
	}
	st := newState()
	for i := range doc.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		c.codeSentence(doc, i, st)
	}
	return nil
}

// at returns the instant at which codes of sentence i are resolved.
func (c *Coder) at(doc *dyad.Document, i int) time.Time {
	d := doc.Published
	if c.DateOf != nil {
		d = c.DateOf(doc, i, doc.Sentences[i].Span)
	}
	if d.Precision == dyad.PrecDay || d.Precision == dyad.PrecTime {
		return d.Begin
	}
	return d.Mid()
}
