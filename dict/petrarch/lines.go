package petrarch

import "strings"

// eachLine calls f with each line of data that is not blank once its
// comments are removed, with its 1-based number. Leading white space is
// kept: in actor files it marks date-restriction lines.
//
// Comments: "<!-- ... -->", also over several lines and also written
// "<! --"; "#" outside brackets (so "[###]" is a code; "[MNC]# Oil" is
// a code and a comment); and legacy ";" comments.
func eachLine(data string, f func(n int, line string)) {
	in := false
	for n := 1; len(data) > 0; n++ {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		line, in = stripComments(strings.TrimRight(line, "\r"), in)
		if strings.TrimSpace(line) != "" {
			f(n, line)
		}
	}
}

// stripComments removes comments from line; in says whether the line
// starts inside an XML-style comment, and the result whether the next
// one does.
func stripComments(line string, in bool) (string, bool) {
	var b strings.Builder
	for {
		if in {
			j := strings.Index(line, "-->")
			if j < 0 {
				return b.String(), true
			}
			line, in = line[j+3:], false
		}
		i := strings.Index(line, "<!")
		if i < 0 {
			break
		}
		b.WriteString(line[:i])
		line, in = line[i+2:], true
	}
	depth := 0
	for i := 0; i < len(line); i++ {
		switch c := line[i]; c {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case ';':
			if depth == 0 {
				line = line[:i]
			}
		case '#':
			if depth == 0 {
				line = line[:i]
			}
		}
	}
	if b.Len() == 0 {
		return line, false
	}
	b.WriteString(line)
	return b.String(), false
}
