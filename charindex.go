package dyad

import "unicode/utf8"

// CharIndex converts byte offsets into Text to character (Unicode code
// point) offsets, the unit JSON output uses. It is the one place that
// conversion happens.
type CharIndex struct {
	text  string
	ascii bool
	// marks[i] is the character offset of byte offset i*stride.
	marks []int
}

const charStride = 64

// NewCharIndex indexes text for offset conversion.
func NewCharIndex(text string) *CharIndex {
	ci := &CharIndex{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ci.ascii = false
			break
		}
	}
	if ci.ascii {
		return ci
	}
	n := 0
	for b := 0; b <= len(text); b++ {
		if b%charStride == 0 {
			ci.marks = append(ci.marks, n)
		}
		if b < len(text) && utf8.RuneStart(text[b]) {
			n++
		}
	}
	return ci
}

// Char returns the character offset of byte offset b.
func (ci *CharIndex) Char(b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(ci.text) {
		b = len(ci.text)
	}
	if ci.ascii {
		return b
	}
	base := b / charStride
	n := ci.marks[base]
	for i := base * charStride; i < b; i++ {
		if utf8.RuneStart(ci.text[i]) {
			n++
		}
	}
	return n
}
