package dyad

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// EventID is an event's stable ID: the first 16 hex digits of the SHA-256
// of the document ID, the sentence, the source, target and verb spans, and
// the actor and event codes. The same input and dictionaries give the same
// IDs; a stage that changes an event's actors gives it a new one.
func EventID(docID string, e *Event) string {
	var buf [256]byte
	b := append(buf[:0], docID...)
	b = append(b, 0)
	b = strconv.AppendInt(b, int64(e.Sentence), 10)
	for _, sp := range [...]Span{e.Source.Span, e.Target.Span, e.Verb.Span} {
		b = append(b, 0)
		b = strconv.AppendInt(b, int64(sp.Start), 10)
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(sp.End), 10)
	}
	for _, c := range [...]string{e.Source.Code, e.Target.Code, e.Code} {
		b = append(b, 0)
		b = append(b, c...)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}
