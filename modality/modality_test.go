package modality_test

import (
	"context"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/modality"
	"github.com/dyadproject/dyad/segment"
)

// Each sentence marks its event word in brackets.
var cases = map[dyad.Modality][]string{
	dyad.Asserted: {
		"India [signed] two agreements with China in April.",
		"Rajiv Gandhi [visited] Beijing in December 1988.",
		"The two leaders [held] talks in Wuhan.",
		"Pakistan [condemned] the strike on Monday.",
		"Chinese troops [crossed] the line of actual control.",
		"In May 2015 the Prime Minister [visited] Xi'an.",
		"Moscow [expelled] two British diplomats.",
		"The minister [met] his counterpart after the summit.",
		"Iran [accused] Israel of sabotage.",
		"Egypt and Israel [signed] a peace treaty in 1979.",
		"Nehru and Zhou [agreed] on five principles.",
		"Beijing [criticised] New Delhi over the visit.",
		"The United States [imposed] sanctions on Iran.",
		"Japan [pledged] aid to the flood victims.",
		"Turkey [recalled] its ambassador from Vienna.",
		"Xi [visited] Delhi in 2019, but a return visit never happened.",
	},
	dyad.Planned: {
		"Xi [will visit] India later this year.",
		"Modi plans to [visit] Beijing in June.",
		"The minister was expected to [meet] his counterpart.",
		"China invited Modi to [visit] Wuhan.",
		"The two sides are scheduled to [sign] a trade pact.",
		"Iran intends to [expand] enrichment.",
		"The president is to [travel] to Cairo next week.",
		"Pakistan agreed to [release] the prisoners.",
		"Russia is set to [deliver] the S-400 systems.",
		"The upcoming [summit] in Delhi will focus on trade.",
		"Officials said the leaders would meet soon, and Xi is going to [visit] Delhi.",
		"The proposed [visit] by the Chinese premier was discussed.",
		"Washington wants to [resume] talks with Pyongyang.",
		"The planned [talks] between India and Pakistan were announced.",
		"Tokyo promised to [provide] further loans.",
		"Khrushchev's visit brought a promise to [hand] back the naval base.",
		"Officials in both capitals talk of a [visit] by Pezeshkian to Kabul, though none has been scheduled.",
	},
	dyad.Negated: {
		"India [did not sign] the agreement.",
		"China never [recognised] the McMahon line.",
		"No British government has [agreed] to negotiate sovereignty.",
		"The minister failed to [meet] his counterpart.",
		"Pakistan didn't [attend] the summit.",
		"Israel has not [withdrawn] its troops.",
		"The two sides could not [agree] on a text.",
		"Washington declined to [comment] on the report.",
		"India was disappointed in its bid to [join] the group.",
		"Moscow won't [extradite] the suspect.",
		"Iran no longer [cooperates] with the inspectors.",
		"The talks ended without [agreeing] a ceasefire.",
		"Egypt refrained from [criticising] Saudi Arabia.",
		"China retaliated by ceasing to [recognise] the passport.",
		"The envoy wasn't [received] by the king.",
		"Delhi cannot [accept] Chinese mediation.",
		"The government hasn't [approved] the deal.",
		"A state [visit] by Milei to Brasília has never materialised.",
		"A Clinton [trip] to the North was discussed but never happened.",
		"A Putin [visit] to Turkey, mooted for two years, has still not happened.",
		"The promised [summit] fell through.",
	},
	dyad.Hypothetical: {
		"Trump predicted that Egypt would \"end up [blowing] up the dam\".",
		"India would [retaliate] if attacked.",
		"China could [block] the resolution.",
		"If Pakistan [attacks], India will respond.",
		"Iran might [resume] enrichment.",
		"The sanctions may [hurt] both sides.",
		"Russia should [withdraw] its forces.",
		"Unless Israel [halts] settlements, talks will fail.",
		"Analysts ask whether Turkey [will join] the pact.",
		"A deal is possible if both [compromise].",
		"Egypt is likely to [mediate] between the factions.",
		"The army threatened to [storm] the camp.",
		"Washington warned it would [impose] new tariffs.",
		"In case talks [collapse], troops will stay.",
		"Japan could [lift] the ban next year.",
		"Officials said Iran would [allow] inspections.",
		"Officials say a [visit] by Aoun to Damascus is possible in the coming months.",
	},
	dyad.Reported: {
		"India reportedly [sent] troops to the border.",
		"According to Xinhua, China [signed] the deal.",
		"Pakistan allegedly [shelled] the villages.",
		"Iran [seized] a tanker, officials said.",
		"The rebels [attacked] the convoy, the agency reported, a news agency said.",
		"Media reported that Russia [expelled] the envoy.",
		"Israel is said to have [struck] the base.",
		"Sources said the army [arrested] two officers.",
		"The ministry said that Egypt [hosted] the talks.",
		"Turkey [shot down] a drone, according to reports.",
		"The militants claimed they [kidnapped] the workers.",
		"Saudi Arabia [intercepted] missiles, state media reported.",
		"China [detained] the diplomats, reports said.",
		"According to the statement, Japan [donated] rice.",
		"The president [fired] the general, officials said.",
	},
}

func TestClassify(t *testing.T) {
	m, err := modality.New()
	if err != nil {
		t.Fatal(err)
	}
	seg := segment.New()
	for want, sents := range cases {
		if len(sents) < 15 {
			t.Errorf("%s: %d sentences, want at least 15", want, len(sents))
		}
		for _, s := range sents {
			t.Run(string(want)+"/"+s, func(t *testing.T) {
				open, close := strings.Index(s, "["), strings.Index(s, "]")
				text := s[:open] + s[open+1:close] + s[close+1:]
				verb := dyad.Span{Start: open, End: close - 1}
				doc := &dyad.Document{Text: text}
				if err := seg.Annotate(context.Background(), doc); err != nil {
					t.Fatal(err)
				}
				got, cue := m.Classify(doc, 0, verb)
				if got != want {
					t.Errorf("modality of %q = %s (cue %q), want %s", verb.In(text), got, cue.Text, want)
				}
				if cue.Text != "" && cue.In(text) != cue.Text {
					t.Errorf("cue span %v covers %q, want %q", cue.Span, cue.In(text), cue.Text)
				}
			})
		}
	}
}
