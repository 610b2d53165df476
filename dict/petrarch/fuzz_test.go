package petrarch_test

import (
	"testing"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/petrarch"
)

func fuzzKind(f *testing.F, kind string, seeds []string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		d := &dict.Dictionary{}
		_ = petrarch.Parse(d, kind, "fuzz", []byte(data))
		for _, a := range d.Actors {
			if len(a.Names) == 0 || len(a.Codes) == 0 {
				t.Fatalf("actor %q without names or codes", a.Name)
			}
		}
	})
}

func FuzzPetrarchActors(f *testing.F) {
	fuzzKind(f, "actors", []string{
		"ARNOR_ [ARN] ;x\n", "<!-- a\nb -->\nENT\n\t[### <890101]\n\t[ENT]\n",
		"GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n",
		"KOREA [KORGOVBUS 2004017-20061201] # x\n", "<! -- x -->\nA [B] [C 010101-991231]\n", "+X\n[Y]\n",
	})
}

func FuzzPetrarchAgents(f *testing.F) {
	fuzzKind(f, "agents", []string{
		"!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\n", "POLICE {} [ ~COP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n",
		"RIGHTS_ACTIVIST [SGM~]\n", "!A! = B\n!A!!A! [~X]\n", "X {Y [~Z]\n",
	})
}

func FuzzPetrarchVerbs(f *testing.F) {
	fuzzKind(f, "verbs", []string{
		"&CURRENCY\n+DOLLAR\n+SWISS FRANC\n&X_\n+DID N'T\n--- ABANDON [345] ---\nABANDON\nKLM_NOP_+RST [002]\n- * NEW_&CURRENCY_RELATIONS [903]\n",
		"--- BREAK [1717] ---\nBREAK { BROKE BROKEN }\n+SHOOT_DOWN {+SHOT_DOWN}\n- + * IN $ [075]\n- { A | B } * [1]\n",
		"--- DELAY [191] [031:031] ---\nDELAY\n- % HAVE * [191]\n", "--- A ---\nRE_+ADMIT\nTRY\n- $ * ^ + [0]\n",
	})
}

func FuzzPetrarchDiscards(f *testing.F) {
	fuzzKind(f, "discards", []string{"MONTHS LATER\n+World Golf Championships # x\nBASEBALL_\n"})
}
