// Package segment splits a document's text into sentences and tokens with
// byte offsets, the layer every later stage reads.
//
// It is written by hand rather than built on jdkato/prose: prose's
// tokeniser and punkt splitter run at about 3 MB/s, while the coder's
// budget is tens of thousands of sentences per second on one core, and
// dictionary matching needs tokens that keep abbreviations such as "U.S."
// and "Gen." whole. The rules are few: words keep internal periods,
// apostrophes and ampersands; a hyphen between two letters splits a word
// and is dropped ("Sino-Indian" is SINO and INDIAN, as TABARI reads it);
// numbers keep their separators; a period ends a sentence unless it ends a
// known abbreviation (abbrev.txt) or an initial; a blank line always ends a
// sentence and a paragraph, and the first line break ends the headline.
package segment

import (
	"bufio"
	"context"
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

//go:embed abbrev.txt
var abbrevData string

// Segmenter adds the Sentences and Tokens layers.
type Segmenter struct {
	abbrev map[string]bool
}

// New returns a Segmenter with the built-in abbreviation list.
func New() *Segmenter {
	s := &Segmenter{abbrev: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(abbrevData))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s.abbrev[line] = true
	}
	return s
}

// Name names the stage in errors.
func (s *Segmenter) Name() string { return "segment" }

// Annotate replaces doc's Sentences and Tokens.
func (s *Segmenter) Annotate(_ context.Context, doc *dyad.Document) error {
	doc.Tokens = Tokenize(doc.Tokens[:0], doc.Text)
	doc.Sentences = s.Split(doc.Sentences[:0], doc.Text, doc.Tokens)
	return nil
}

// Tokenize appends the tokens of text to dst.
func Tokenize(dst []dyad.Token, text string) []dyad.Token {
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case unicode.IsLetter(r):
			end := scanWord(text, i)
			dst = append(dst, token(text, i, end, dyad.Word))
			i = end
		case unicode.IsDigit(r):
			end := scanNumber(text, i)
			kind := dyad.Number
			// "1990s", "3rd", "G-20"-like tails stay in one token.
			if end < len(text) {
				if r2, _ := utf8.DecodeRuneInString(text[end:]); unicode.IsLetter(r2) {
					end = scanWord(text, end)
					kind = dyad.Word
				}
			}
			dst = append(dst, token(text, i, end, kind))
			i = end
		case r == '\'' || r == '\u2019':
			// possessive 's and clitics n't are their own tokens; an
			// opening quote before a capital is only a quote
			// ("'January 20th 2017 will be remembered'")
			end := i + w
			if end < len(text) {
				if r2, _ := utf8.DecodeRuneInString(text[end:]); unicode.IsLetter(r2) && !(unicode.IsUpper(r2) && wordStart(text, i)) {
					end = scanWord(text, end)
				}
			}
			dst = append(dst, token(text, i, end, dyad.Punct))
			if end > i+w {
				dst[len(dst)-1].Kind = dyad.Word
			}
			i = end
		case r == '-' && i > 0 && i+w < len(text) && isLetterByte(text[i-1]) && isLetterByte(text[i+w]):
			i += w // an inner hyphen split off by scanWord
		default:
			dst = append(dst, token(text, i, i+w, dyad.Punct))
			i += w
		}
	}
	return dst
}

// wordStart reports whether text[i] begins a word: it opens the text or
// follows a space or an opening bracket or quote.
func wordStart(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r) || strings.ContainsRune("([{\"\u201c\u2018", r)
}

func token(text string, start, end int, kind dyad.TokenKind) dyad.Token {
	return dyad.Token{Span: dyad.Span{Start: start, End: end}, Kind: kind, Norm: upper(text[start:end])}
}

// upper avoids strings.ToUpper's allocation when the word is already upper
// case, and folds the typographic apostrophe to the ASCII one.
func upper(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('a' <= c && c <= 'z') {
			return strings.ToUpper(strings.ReplaceAll(s, "\u2019", "'"))
		}
	}
	return s
}

// scanWord returns the end of the word starting at i. A word keeps inner
// periods ("U.S.", "a.m."), hyphens, ampersands and apostrophes that are
// followed by a letter, except a possessive 's which becomes its own token.
func scanWord(text string, i int) int {
	end := i
	for end < len(text) {
		r, w := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			end += w
			continue
		}
		if end+w < len(text) {
			next, _ := utf8.DecodeRuneInString(text[end+w:])
			switch r {
			case '&', '_', '/':
				if unicode.IsLetter(next) || unicode.IsDigit(next) {
					end += w
					continue
				}
			case '-':
				// A hyphen between letters separates two tokens and is
				// not a token itself: "Sino-Indian", "Al-Gore" and
				// "pro-Russian" match dictionaries word by word, as in
				// TABARI. "G-20" and "MiG-29" stay whole.
				if unicode.IsDigit(next) && !isAllDigits(text[i:end]) {
					end += w
					continue
				}
			case '\'', '\u2019':
				// n't and 's split off; O'Brien stays whole.
				if unicode.IsLetter(next) && !isClitic(text[end+w:]) {
					end += w
					continue
				}
			case '.':
				if unicode.IsLetter(next) && isShortRun(text, i, end) {
					end += w
					continue
				}
			}
		}
		if r == '.' && isInitialism(text[i:end]) {
			end += w // keep the final period of "U.S." and "a.m."
		}
		break
	}
	return end
}

func isClitic(rest string) bool {
	if len(rest) >= 1 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isLetterByte(rest[1])) {
		return true
	}
	return false
}

func isLetterByte(c byte) bool { return c >= utf8.RuneSelf || ('a' <= c|0x20 && c|0x20 <= 'z') }

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isShortRun reports whether the segment since the last period of a word is
// one or two letters, as in "U.S" or "a.m", so a further period joins it.
func isShortRun(text string, start, end int) bool {
	seg := text[start:end]
	if k := strings.LastIndexByte(seg, '.'); k >= 0 {
		seg = seg[k+1:]
	}
	return utf8.RuneCountInString(seg) <= 2
}

// isInitialism reports whether w looks like "U.S" or "a.m": letters
// separated by periods.
func isInitialism(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) > 2 || part == "" {
			return false
		}
	}
	return true
}

// scanNumber returns the end of a number: digits with inner ',', '.', ':'
// or '/' followed by a digit ("5,000", "4.5", "09:15", "28/02/2014").
func scanNumber(text string, i int) int {
	end := i
	for end < len(text) {
		c := text[end]
		if '0' <= c && c <= '9' {
			end++
			continue
		}
		if c >= utf8.RuneSelf {
			// other scripts' digits ("٨") are digits too; without this a
			// number token could be empty and the tokenizer would not move
			if r, w := utf8.DecodeRuneInString(text[end:]); unicode.IsDigit(r) {
				end += w
				continue
			}
		}
		if (c == ',' || c == '.' || c == ':' || c == '/') && end+1 < len(text) && '0' <= text[end+1] && text[end+1] <= '9' {
			end++
			continue
		}
		break
	}
	return end
}

// Split groups tokens into sentences.
func (s *Segmenter) Split(dst []dyad.Sentence, text string, toks []dyad.Token) []dyad.Sentence {
	para := 0
	first := 0
	flush := func(end int) {
		if end > first {
			dst = append(dst, dyad.Sentence{
				Span:       dyad.Span{Start: toks[first].Start, End: toks[end-1].End},
				FirstToken: first, EndToken: end, Paragraph: para,
			})
		}
		first = end
	}
	// the first line is a headline, which ends at its line break even
	// without a period ("How Iraq Learned to Live With Iran\nBAGHDAD,
	// Sept. 8, 2025 - When …")
	headEnd := strings.IndexByte(text, '\n')
	for i := range toks {
		if i > first && blankLineBetween(text, toks[i-1].End, toks[i].Start) {
			flush(i)
			para++
		} else if i > first && s.endsSentence(text, toks, i-1) {
			flush(i)
		} else if i > first && headEnd >= toks[i-1].End && headEnd < toks[i].Start {
			flush(i)
		}
	}
	flush(len(toks))
	return dst
}

func blankLineBetween(text string, a, b int) bool {
	return strings.Count(text[a:b], "\n") >= 2
}

// endsSentence reports whether a sentence ends after token i.
func (s *Segmenter) endsSentence(text string, toks []dyad.Token, i int) bool {
	t := toks[i]
	w := text[t.Start:t.End]
	// closing quotes and brackets after the terminal belong to the sentence
	if isCloser(w) && i > 0 && toks[i-1].End == t.Start && isTerminal(text[toks[i-1].Start:toks[i-1].End]) {
		return startsSentence(text, toks, i+1)
	}
	if t.Kind == dyad.Word && strings.HasSuffix(w, ".") && isInitialism(strings.TrimSuffix(w, ".")) {
		// "U.S." ends a sentence only when a new one clearly starts.
		return startsSentence(text, toks, i+1) && (i+1 == len(toks) || sentenceOpeners[toks[i+1].Norm])
	}
	if !isTerminal(w) {
		return false
	}
	if i+1 < len(toks) && isCloser(text[toks[i+1].Start:toks[i+1].End]) && toks[i+1].Start == t.End {
		return false // the closer ends it
	}
	if w == "." && i > 0 {
		prev := toks[i-1]
		pw := text[prev.Start:prev.End]
		if prev.End == t.Start && (s.abbrev[pw] || isInitial(pw)) {
			return false
		}
	}
	return startsSentence(text, toks, i+1)
}

// sentenceOpeners are words that, after "U.S." or "U.K.", show that a new
// sentence has begun; a capitalised noun ("U.S. Army") does not.
var sentenceOpeners = map[string]bool{
	"THE": true, "A": true, "AN": true, "IT": true, "HE": true, "SHE": true, "THEY": true,
	"WE": true, "I": true, "IN": true, "ON": true, "BUT": true, "AND": true, "THIS": true,
	"THAT": true, "THESE": true, "THOSE": true, "HIS": true, "HER": true, "THEIR": true,
	"AT": true, "AFTER": true, "BEFORE": true, "WHEN": true, "WHILE": true, "SINCE": true,
}

func isTerminal(w string) bool { return w == "." || w == "!" || w == "?" }

func isCloser(w string) bool {
	return w == "\"" || w == "'" || w == "\u201d" || w == "\u2019" || w == ")" || w == "]"
}

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// startsSentence reports whether token i can begin a sentence: it exists and
// begins with an upper-case letter, a digit or an opening quote.
func startsSentence(text string, toks []dyad.Token, i int) bool {
	if i >= len(toks) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[toks[i].Start:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\u201c' || r == '\'' || r == '\u2018' || r == '('
}
