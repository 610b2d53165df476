// Package export writes events and facts for other tools: JSON Lines
// following dyad's event contract (docs/output.md), and CSV. Offsets in
// every output are character (Unicode code point) offsets, converted from
// the model's byte offsets by dyad.CharIndex.
package export
