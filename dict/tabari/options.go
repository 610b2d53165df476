package tabari

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// ParseOption turns one TABARI option command into a dictionary option.
// "SET: NAME = VALUE" sets NAME; "SET: CODE BY CLAUSE" and "SET: CODE
// ALL" set CODE BY; "LABEL: 010=YIELD" sets "LABEL 010"; the other
// commands (COMPLEX:, DEFAULT:, COMMA:, FORWARD:, OUTPUT:, ...) are kept
// under their own name with the rest of the line as the value.
func ParseOption(line string) (key, value string, err error) {
	line = strings.TrimSpace(line)
	line = strings.TrimSpace(strings.TrimSuffix(line, "*/"))
	cmd, rest, ok := strings.Cut(line, ":")
	if !ok {
		return "", "", fmt.Errorf("option %q: want COMMAND: ...", line)
	}
	cmd = strings.ToUpper(strings.TrimSpace(cmd))
	rest = strings.TrimSpace(rest)
	switch cmd {
	case "SET":
		name, val, ok := strings.Cut(rest, "=")
		name = strings.ToUpper(strings.Join(strings.Fields(name), " "))
		if !ok {
			switch {
			case strings.HasPrefix(name, "CODE BY "):
				return "CODE BY", strings.TrimPrefix(name, "CODE BY "), nil
			case name == "CODE ALL":
				return "CODE BY", "ALL", nil
			}
			return "", "", fmt.Errorf("option %q: want SET: NAME = VALUE", line)
		}
		return name, strings.ToUpper(strings.TrimSpace(val)), nil
	case "LABEL":
		code, desc, ok := strings.Cut(rest, "=")
		if !ok {
			return "", "", fmt.Errorf("option %q: want LABEL: CODE=description", line)
		}
		return "LABEL " + strings.TrimSpace(code), strings.TrimSpace(desc), nil
	case "":
		return "", "", fmt.Errorf("option %q: empty command", line)
	}
	return cmd, strings.ToUpper(rest), nil
}

// readOptions parses a .options file. "//" starts a comment line.
func readOptions(d *dict.Dictionary, file, data string, errs *dict.ErrorList) {
	eachLine(data, func(n int, raw string) {
		t := strings.TrimSpace(raw)
		if t == "" || strings.HasPrefix(t, "//") || strings.HasPrefix(t, "#") {
			return
		}
		k, v, err := ParseOption(t)
		if err != nil {
			errs.Add(file, n, "%v", err)
			return
		}
		if d.Options == nil {
			d.Options = dict.Options{}
		}
		if k == "DEFAULT" && v == "OFF" {
			delete(d.Options, k)
			return
		}
		d.Options[k] = v
	})
}
