package tabari_test

import (
	"testing"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/tabari"
)

func FuzzTabariActors(f *testing.F) {
	for _, s := range []string{
		"ARNOR [ARN]\n", "AXNOR  [AR1 <911226] [AR2]\n", "GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 950601 - 990815]\n",
		"<NOUN>\nSHEEP\n</NOUN>\n", "PRINCE DOL_AMROTH [--- <950630] [DOL]\n", "THE_AU_ [IGOAFR]\n~~FINISH\n",
		"POLICE_ [~COP]\n", "RIGHTS_ [NGO~]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		for _, kind := range []string{"actors", "agents", "options"} {
			_ = tabari.Parse(&dict.Dictionary{}, kind, "fuzz", []byte(data))
		}
	})
}

func FuzzTabariVerbs(f *testing.F) {
	for _, s := range []string{
		"<SYNSETS>\n&A\n+B_C\n+&A_D\n</SYNSETS>\nACT_ [100]\n{ ACTING_ }\n- SAID WOULD * NOW [101]\n",
		"SHOULD [101]\n- SUGGESTED + * DEMAND_{ GENEVA_ | INTERNATIONAL_ }_CONVENTIONS [161]\n",
		"X [---]\n- $ ^ FOR * [164]\n- % * [044:045]\n- REAL~_* [1]\n", "<TIME>\nYESTERDAY [-1]\n- * AND A WEEK [+8]\n</TIME>\n",
		"A [1]\n- { X | { Y | Z } } * [2]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		_ = tabari.Parse(&dict.Dictionary{}, "verbs", "fuzz", []byte(data))
	})
}
