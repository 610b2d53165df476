package dict

import (
	"fmt"
	"strings"
)

// This file parses each kind of entry and its attributes.

var actorTypes = map[string]bool{
	"state": true, "igo": true, "group": true, "firm": true, "media": true,
	"ngo": true, "place": true, "person": true,
}

// actor parses "actor ID NAME".
func (p *parser) actor(pos Pos, rest string) {
	id, name := cut(rest)
	p.d.Actors = append(p.d.Actors, Actor{ID: id, Name: name, Pos: pos})
	p.idx = len(p.d.Actors) - 1
	p.open(entActor, pos.Line, "actor", id)
	switch {
	case id == "":
		p.errorf(pos.Line, "actor has no ID (want: actor ID NAME)")
		p.open(entBad, pos.Line, "", "")
	case !validID(id):
		p.errorf(pos.Line, "actor ID %q: want one upper-case word", id)
	default:
		if prev, ok := p.actorAt[id]; ok {
			p.errorf(pos.Line, "actor %s already defined at %s", id, prev)
		} else {
			p.actorAt[id] = pos
		}
	}
}

func (p *parser) actorAttr(n int, key, rest string) {
	a := &p.d.Actors[p.idx]
	switch key {
	case "names":
		a.Names = append(a.Names, p.phrases(n, key, rest)...)
	case "short":
		a.Short = append(a.Short, p.phrases(n, key, rest)...)
	case "adj":
		a.Adj = append(a.Adj, p.phrases(n, key, rest)...)
	case "gov":
		a.Gov = append(a.Gov, p.phrases(n, key, rest)...)
	case "city":
		a.City = append(a.City, p.phrases(n, key, rest)...)
	case "code":
		c, err := parseCodeLine(rest)
		if err != nil {
			p.errorf(n, "%v", err)
			return
		}
		a.Codes = append(a.Codes, c)
	case "type":
		if !actorTypes[rest] {
			p.errorf(n, "type %q: want state, igo, group, firm, media, ngo, place or person", rest)
		} else if p.single(n, key) {
			a.Type = rest
		}
	case "country":
		if err := checkAgentCode(rest); err != nil || len(rest) != 3 && !strings.HasPrefix(rest, "IGO") {
			p.errorf(n, "country %q: want an ISO 3166 alpha-3 code such as IND, or an IGO code", rest)
		} else if p.single(n, key) {
			a.Country = rest
		}
	case "successor":
		if !validID(rest) {
			p.errorf(n, "successor %q: want an actor ID", rest)
		} else if p.single(n, key) {
			a.Successor = rest
		}
	case "gender":
		if rest != "m" && rest != "f" && rest != "n" {
			p.errorf(n, "gender %q: want m, f or n", rest)
		} else if p.single(n, key) {
			a.Gender = rest
		}
	default:
		p.errorf(n, "unknown attribute %q for an actor (want names, short, adj, code, type, gov, city, country, successor or gender)", key)
	}
}

// agent parses "agent CODE NAME".
func (p *parser) agent(pos Pos, rest string) {
	code, name := cut(rest)
	p.d.Agents = append(p.d.Agents, Agent{Code: code, Name: name, Pos: pos})
	p.idx = len(p.d.Agents) - 1
	p.open(entAgent, pos.Line, "agent", code)
	if code == "" {
		p.errorf(pos.Line, "agent has no code (want: agent CODE NAME)")
		p.open(entBad, pos.Line, "", "")
	} else if err := checkAgentCode(code); err != nil {
		p.errorf(pos.Line, "%v", err)
	}
}

func (p *parser) agentAttr(n int, key, rest string) {
	a := &p.d.Agents[p.idx]
	switch key {
	case "names":
		a.Names = append(a.Names, p.phrases(n, key, rest)...)
	case "office":
		name, list, ok := strings.Cut(rest, ":")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			p.errorf(n, "office: want office NAME: phrase | phrase")
			return
		}
		ph := p.phrases(n, "office "+name, list)
		if len(ph) > 0 {
			a.Offices = append(a.Offices, Office{Name: name, Phrases: ph})
		}
	case "position":
		if rest != "before" && rest != "after" {
			p.errorf(n, "position %q: want before or after", rest)
		} else if p.single(n, key) {
			a.Before = rest == "before"
		}
	default:
		p.errorf(n, "unknown attribute %q for an agent (want names, office or position)", key)
	}
}

// verb parses "verb ID CODE".
func (p *parser) verb(pos Pos, rest string) {
	id, code := cut(rest)
	p.d.Verbs = append(p.d.Verbs, Verb{ID: id, Code: code, Pos: pos})
	p.idx = len(p.d.Verbs) - 1
	p.open(entVerb, pos.Line, "verb", id)
	switch {
	case id == "":
		p.errorf(pos.Line, "verb has no ID (want: verb ID CODE)")
		p.open(entBad, pos.Line, "", "")
	case !validID(id):
		p.errorf(pos.Line, "verb ID %q: want one upper-case word", id)
	case code == "":
		p.errorf(pos.Line, "verb %s has no code (want: verb ID CODE, with --- for none)", id)
	default:
		if err := checkEventCode(code); err != nil {
			p.errorf(pos.Line, "%v", err)
		}
	}
}

func (p *parser) verbAttr(n int, key, rest string) {
	v := &p.d.Verbs[p.idx]
	switch key {
	case "forms":
		v.Forms = append(v.Forms, p.phrases(n, key, rest)...)
	case "pattern", "noun":
		code, text := cut(rest)
		if err := checkEventCode(code); err != nil {
			p.errorf(n, "%s: %v", key, err)
			return
		}
		seq, err := parseSeq(text)
		if err != nil {
			p.errorf(n, "%s %q: %v", key, text, err)
			return
		}
		pos := Pos{p.file, n}
		p.seqRefs(pos, seq)
		v.Patterns = append(v.Patterns, Pattern{Code: code, Seq: seq, Noun: key == "noun", Text: text, Pos: pos})
	default:
		p.errorf(n, "unknown attribute %q for a verb (want forms, pattern or noun)", key)
	}
}

// synsetHeader parses "synset NAME [MEMBERS]".
func (p *parser) synsetHeader(pos Pos, rest string) {
	name, members := cut(rest)
	if !validName(name) {
		p.errorf(pos.Line, "synset name %q: want letters, digits and _", name)
		p.open(entBad, pos.Line, "", "")
		return
	}
	name = strings.ToUpper(name)
	if prev, ok := p.synsetAt[name]; ok {
		if prev.File != "" {
			p.errorf(pos.Line, "synset %s already defined at %s", name, prev)
		} else {
			p.errorf(pos.Line, "synset %s already defined", name)
		}
		p.open(entBad, pos.Line, "", "")
		return
	}
	p.synsetAt[name] = pos
	if _, ok := p.d.Synsets[name]; !ok {
		p.d.Synsets[name] = nil
	}
	p.open(entSynset, pos.Line, "synset", name)
	p.synset = name
	if members != "" {
		p.synsetMembers(pos, members)
	}
}

func (p *parser) synsetMembers(pos Pos, line string) {
	alts, err := parseAlts(line)
	if err != nil {
		p.errorf(pos.Line, "synset %s: %v", p.synset, err)
		p.n++ // the line was not empty
		return
	}
	for _, a := range alts {
		p.seqRefs(pos, a)
	}
	p.d.Synsets[p.synset] = append(p.d.Synsets[p.synset], alts...)
	p.n += len(alts)
}

// discards parses "discard|complex|noun|adjective PHRASES".
func (p *parser) discards(pos Pos, key, rest string) {
	var list *[]Phrase
	switch key {
	case "discard":
		list = &p.d.Discards
	case "complex":
		list = &p.d.Complex
	case "noun":
		list = &p.d.Nouns
	case "adjective":
		list = &p.d.Adjectives
	default:
		p.errorf(pos.Line, "unknown list %q: .discards files hold discard, complex, noun and adjective lists", key)
		p.open(entBad, pos.Line, "", "")
		return
	}
	p.open(entList, pos.Line, key, "")
	p.list = list
	if rest != "" {
		*list = append(*list, p.phrases(pos.Line, key, rest)...)
		p.n++ // a bad phrase is reported already; the list is not empty
	}
}

// option parses "NAME: VALUE".
func (p *parser) option(pos Pos, line string) {
	name, value, ok := strings.Cut(line, ":")
	if !ok {
		p.errorf(pos.Line, "option %q: want NAME: VALUE", line)
		return
	}
	name = strings.TrimSpace(name)
	if !validOption(name) {
		p.errorf(pos.Line, "option name %q: want letters, digits, _ and single spaces", name)
		return
	}
	name = strings.ToUpper(name)
	if prev, ok := p.optionAt[name]; ok {
		p.errorf(pos.Line, "option %s already set at %s", name, prev)
		return
	}
	p.optionAt[name] = pos
	p.d.Options[name] = strings.TrimSpace(value)
}

// validOption reports whether s is an option name: words of letters,
// digits and _ separated by single spaces, as in TABARI's "LABEL 010".
func validOption(s string) bool {
	for w := range strings.SplitSeq(s, " ") {
		if !validName(w) {
			return false
		}
	}
	return true
}

// String returns the name of the match kind.
func (k MatchKind) String() string {
	switch k {
	case Stem:
		return "stem"
	case Exact:
		return "exact"
	case Noun:
		return "noun"
	}
	return fmt.Sprintf("MatchKind(%d)", uint8(k))
}
