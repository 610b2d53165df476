package ingest

import (
	_ "embed"
	"regexp"
	"strings"
)

//go:embed chrome.txt
var chromeData string

// chromeLine matches a whole line of site furniture (chrome.txt).
var chromeLine = compileChrome(chromeData)

func compileChrome(data string) *regexp.Regexp {
	var alts []string
	for _, l := range strings.Split(data, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		alts = append(alts, "(?:"+l+")")
	}
	return regexp.MustCompile(`(?i)^(?:` + strings.Join(alts, "|") + `)$`)
}

// maxChromeLine is the longest line dropChrome may remove.
const maxChromeLine = 200

// dropChrome removes the lines that are site furniture ("Advertise
// here!", "© 2019 ...", "Read more") which extraction let through, or
// which a page saved as text kept.
func dropChrome(text string) string {
	lines := strings.Split(text, "\n")
	kept := lines[:0]
	dropped := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t != "" && len(t) <= maxChromeLine && chromeLine.MatchString(t) {
			dropped = true
			continue
		}
		kept = append(kept, l)
	}
	if !dropped {
		return text
	}
	return cleanText(strings.Join(kept, "\n"))
}
