package pipeline_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/pipeline"
)

// floors are the ratchet for each development article: precision, recall,
// and dated recall (gold events matched with the right date, over all gold
// events), each a hundredth below what was last measured. Raise them as
// the coder improves; lower one only with the reason written here.
//
// All were re-set in the eleventh session, when scoring became strict on
// direction as the held-out evaluation is (see TestArticles): before, an
// event told the wrong way round counted, so a reversed "Sun Weidong
// summoned Japan's ambassador" (JPN→CHN, its source taken from after the
// verb) matched a gold JPN→CHN protest. The whole set scored P 0.80 R 0.68
// dated R 0.51 the old way and P 0.77 R 0.66 dated R 0.49 strictly with
// the coder of that session's start. The reasons below for older changes
// were written under the old scoring.
// russia-pakistan was written first and tuned on; the other three were
// written blind by another author and first scored, together, at P 0.64,
// R 0.53 and dated recall 0.37; iran-usa and turkey-russia came later,
// also blind.
//
// Session 12 lowered four precision floors by 0.01–0.02 (azerbaijan-iran,
// egypt-israel, lebanon-syria, rwanda-drc) when a target of only the
// source's own country after the verb began to be left open for the
// resolver ("extended a $1 billion line of credit, then the largest India
// had offered"): the development articles gained 21 matched events for 41
// emitted, and recall and dated recall rose in all four. It lowered
// chile-bolivia's precision from 0.80 to 0.78 and turkey-syria's from 0.86 when
// "A and B talked" and "a telephone call between A and B" became
// meetings and calls: each is coded both ways, as CAMEO codes a mutual
// act, and its gold lists it once. chile-bolivia's dated recall went
// from 0.54 to 0.53 when a verb phrase sharing an earlier subject began
// to be dated by its own words: "…, and later that year their foreign
// ministers met in La Paz" is now 2024, not February 2024, the date of a
// telephone call it had matched. venezuela-guyana's precision went from
// 0.75 to 0.74 when signers after "by" began to sign with each other:
// "the 1897 Treaty of Washington, signed by Britain and Venezuela" is now
// coded, and its gold does not list it. thailand-cambodia's precision went
// from 0.85 to 0.84 when "the kingdom" began to stand for the last kingdom
// named: "France … and the kingdom of Siam signed a treaty" is now coded
// both ways, and its gold lists it once.
var floors = map[string][3]float64{
	// (0.64 until the Soviet side of an event with no target named was
	// supplied: "the Soviet Union shot down a U-2 that had taken off from
	// Pakistan" is now SUN>PAK 193, which its gold does not list; 0.60
	// from session 15, when a name after "the" began to fill a pattern's
	// actor slot: "Pakistan armed the Afghan mujahideen" is now coded,
	// against rebels its gold leaves out)
	"russia-pakistan.txt": {0.60, 0.82, 0.82},
	// precision lowered once (egypt-israel from 0.65, china-usa from
	// 0.85), when clauses opening with a time phrase (", and in April 1980
	// Washington …") began to be coded: the new events were right and
	// rightly dated, but a symmetric event counts twice against one gold
	// event (dated recall 0.44 -> 0.48 and 0.52 -> 0.60); china-usa's
	// again, to 0.75, when a clause with no known subject ("days later
	// Treasury Secretary Janet Yellen held talks") began to take the last
	// one's: a right event at the country level, but counted against a
	// gold event already matched; egypt-israel's again, to 0.70, when
	// "the two countries exchanged ambassadors in February 1980" began to
	// be coded and dated: it took the gold event that a hypothetical
	// "could sign" had matched by chance (dated recall 0.56 -> 0.60);
	// china-usa's to 0.74 when "attended … in" became a visit: "Xi did not
	// attend the G20 summit in New Delhi" is coded, flagged negated
	"egypt-israel.txt": {0.64, 0.87, 0.55},
	"china-usa.txt":    {0.72, 0.87, 0.75},
	// india-pakistan's lowered from 0.83 when "on September 6 Indian
	// forces crossed the international border" began to be coded and
	// dated: it took the gold event a misdated one had matched; lowered
	// again, to 0.75, when a list of verb phrases began to be coded
	// (", and, on January 10, 1966, signed a declaration"): the signing
	// is right and rightly dated, but a symmetric event counts twice and
	// its gold event had been matched by a misdated one (dated recall
	// 0.64 -> 0.68)
	"india-pakistan.txt": {0.78, 0.91, 0.71},
	// written blind after the rest; first scored at P 0.45 R 0.20 and
	// P 0.63 R 0.50; turkey-russia's precision lowered from 0.65 with
	// china-usa's, for "he and Putin agreed a ceasefire" (0871, root 08;
	// the gold says 05)
	"iran-usa.txt":      {0.76, 0.79, 0.71},
	"turkey-russia.txt": {0.77, 0.74, 0.45},
	// written blind by another author and first scored, together, at
	// P 0.68 R 0.54 dated R 0.34 (118 gold events); japan-korea's
	// precision lowered from 0.84 when Moon, Park and Lee became short
	// names: "Moon and Abe held talks in Chengdu" is now their meeting,
	// both ways (one gold event), and two planned trips by Moon are coded
	// and flagged as planned (dated recall 0.48 -> 0.50); ethiopia-eritrea's
	// from 0.74 when "a pitched battle …, in which each side claimed to
	// have killed hundreds of the other's soldiers" began to code the
	// killing too: right, but the battle's gold event is matched already;
	// saudi-iran's from 0.73 (strict) when a possessive after a colon
	// began to take its own clause's subject: "…: the new Islamic
	// Republic … promised to export its revolution" is now a promise
	// aimed at the other side, which its gold does not list
	// (0.71 until "Ethiopia … retook Badme" coded its own gold event,
	// 192, and left over the event that had matched it)
	"ethiopia-eritrea.txt": {0.70, 0.84, 0.61},
	// japan-korea P lowered from 0.81 in session 13: "Camp David …,
	// where Yoon and Kishida stood beside Joe Biden" is now a clause of
	// its own, a meeting its gold leaves out
	"japan-korea.txt": {0.79, 0.78, 0.59},
	// saudi-iran P lowered from 0.72 to 0.69 in session 15 for the same reason:
	// "held talks with the crown prince" is a third event of one visit,
	// and the war against the Houthis is against rebels
	// (P 0.69 until session 16: "a Saudi-led coalition began bombing the Houthi rebels" is
	// coded, an act against a non-state group, which golds leave out)
	"saudi-iran.txt": {0.68, 0.83, 0.69},
	// a third blind batch, first scored together at P 0.70 R 0.47 dated
	// R 0.30 (137 gold events; P 0.62 R 0.32 with the coder of the session
	// before); vietnam-china's precision lowered from 0.87 when ramming,
	// water cannon and lasers at sea began to be coded (recall 0.60 ->
	// 0.67, dated 0.46 -> 0.52)
	// greece-turkey R lowered from 0.67 to 0.65 in session 13 (it is
	// 0.656): a meeting told twice (a pair anaphor resolved onto a side
	// already named) is now told once, and the copy had matched a gold
	// event of another sentence
	"greece-turkey.txt":      {0.77, 0.65, 0.54},
	"vietnam-china.txt":      {0.84, 0.70, 0.51},
	"colombia-venezuela.txt": {0.80, 0.68, 0.44},
	// a fourth blind batch, first scored together at P 0.80 R 0.51 dated
	// R 0.32 (136 gold events; P 0.76 R 0.40 with the coder of the session
	// before); russia-georgia's precision lowered from 0.85 when the
	// coder's recall on it rose from 0.52 to 0.57 (dated 0.37 -> 0.39);
	// argentina-uk's from 0.73 to 0.71 when "he declined to accept it" began to
	// take the man named before (Cameron) rather than the summit: a right
	// source, but the envelope "it" is no target; argentina-uk's recall
	// from 0.58 to 0.56 (strict; 25 of 44 is 0.568) when "him" began to
	// prefer a man who is no verb's subject: "Diana Mondino, Milei's
	// foreign minister, tartly thanked him for including Argentina in his
	// visit" lost a wrong visit by Milei that had matched another gold
	// event; russia-georgia's precision from 0.74 when a comma began to
	// split clauses with their own subjects: "…, Georgian and Russian
	// negotiators signed an agreement" is now coded, both ways as a
	// mutual act, and its gold lists it once
	"pakistan-afghanistan.txt": {0.81, 0.71, 0.51},
	// (0.72 until session 16: "talks … produced no agreement" is coded,
	// flagged negated, and golds leave negated events out)
	"russia-georgia.txt": {0.71, 0.58, 0.45},
	"argentina-uk.txt":   {0.73, 0.56, 0.44},
	// a fifth and sixth blind batch, denser (398 gold events, about 66 an
	// article), first scored together at P 0.61 R 0.29 dated R 0.16 and
	// P 0.74 R 0.33 dated R 0.24; the first one was that low because its
	// dateline ("YEREVAN/BAKU, Sept 9, 2025 -") was missed; usa-cuba's
	// and north-south-korea's precision lowered by 0.01 when "he" began to
	// take the man named before in its sentence ("Castro … met Nixon")
	// and "made aid conditional" became a demand: each a new event of the
	// right countries whose gold event another had matched; iraq-kuwait's
	// precision lowered from 0.81 when "the Iraqis pulled back in April"
	// began to be coded and dated: it took the gold event a misdated
	// release had matched; to 0.78 when shows of force began to be coded:
	// "the United States rushed troops and aircraft back to Kuwait" is
	// aimed at Kuwait here, at Iraq in the gold; to 0.76 for "Britain
	// ended its 1899 protectorate agreement with Kuwait" (16; the gold
	// codes it 05); india-china's recall lowered from 0.67 (strict) when
	// "officials in both capitals called it a beginning" stopped being a
	// phone call that matched another gold event
	// (0.93 until session 16: "Wen Jiabao's visit … produced an agreement
	// on political parameters" is now coded and takes the gold that a
	// restoration of relations in 1976 had matched)
	"india-china.txt":        {0.91, 0.65, 0.43},
	"armenia-azerbaijan.txt": {0.68, 0.47, 0.28},
	"usa-cuba.txt":           {0.75, 0.55, 0.44},
	"morocco-algeria.txt":    {0.69, 0.52, 0.40},
	// north-south-korea's lowered from 0.91 when a participle between
	// commas became a clause of its own: "Korean Air Flight 858, flying
	// from Baghdad to Seoul, blew up" now codes the airliner's verb
	"north-south-korea.txt": {0.89, 0.50, 0.37},
	"iraq-kuwait.txt":       {0.78, 0.52, 0.46},
	// a seventh and eighth blind batch (379 gold events), first scored at
	// P 0.76 R 0.50 dated R 0.29 and P 0.84 R 0.52 dated R 0.36, against
	// P 0.75 R 0.48 dated R 0.27 and P 0.81 R 0.48 dated R 0.33 with the
	// coder of the session before; egypt-ethiopia's precision lowered
	// from 0.81 when a second verb phrase became a clause of its own:
	// Trump "predicted that Egypt would 'end up blowing up the dam'" is
	// coded, flagged hypothetical, and precision counts it;
	// sudan-south-sudan's from 0.82 when "went to" became a visit: "Kiir
	// went to Khartoum" and "Hamdok went to Juba" are right and rightly
	// dated, but one takes a gold event a misdated visit had matched
	// (dated recall 0.34 -> 0.39); again, to 0.79, when a city before
	// "declaration" stopped naming an actor: "The Khartoum declaration
	// included a commitment that Sudan would help …" is now coded, flagged
	// hypothetical, where the gold has a promise (03); russia-ukraine's
	// precision lowered from 0.76 (strict) when coercion by an unknown
	// subject became the other side's: "Soldiers without insignia, whom
	// Putin later acknowledged were Russian servicemen, seized Crimea's
	// parliament" is RUS>UKR 171, which its gold does not list
	"china-japan.txt":       {0.84, 0.61, 0.51},
	"russia-ukraine.txt":    {0.75, 0.66, 0.29},
	"sudan-south-sudan.txt": {0.75, 0.60, 0.31},
	// egypt-ethiopia's recall from 0.52 when Abdalla Hamdok joined the
	// dictionary: in "Donald Trump, on a call with Sudan's prime minister,
	// Abdalla Hamdok, to announce …, complained that Ethiopia 'broke the
	// deal'" the aside's apposition now holds an actor and stays, and the
	// complaint loses its subject
	// egypt-ethiopia P lowered from 0.70 in session 13: "flew to Cairo,
	// where Sisi declared that Egypt would not allow anyone to threaten
	// Somalia" gives a negated threat
	"egypt-ethiopia.txt": {0.68, 0.51, 0.33},
	"israel-syria.txt":   {0.81, 0.64, 0.48},
	"usa-venezuela.txt":  {0.83, 0.50, 0.42},
	// a ninth and tenth batch (441 gold events), first scored at P 0.76
	// R 0.58 dated R 0.46 and P 0.81 R 0.57 dated R 0.39, against the same
	// with the coder of the session before (P 0.81 R 0.56 dated 0.39 on
	// the tenth), then tuned on; thailand-cambodia's and japan-russia's
	// precision lowered by 0.01 when a participle after a comma became a
	// clause sharing the subject: "the two armies exchanged fire …,
	// killing at least two Cambodian soldiers" codes the killing too, and
	// "Tokyo rebuffed the offer, insisting that the islands come first"
	// the insistence (100), which the gold leaves inside the rejection;
	// thailand-cambodia's again, to 0.85, when fighting with no side named
	// became the dyad's: "Fighting erupted the next morning at several
	// points along the frontier" sums up acts its gold codes one by one
	"france-algeria.txt":    {0.82, 0.72, 0.59},
	"thailand-cambodia.txt": {0.84, 0.85, 0.62},
	"israel-iran.txt":       {0.69, 0.58, 0.51},
	// (0.78 until the Soviet side was supplied at the date: "the Soviet
	// delegation refused to sign" in 1951 is SUN>JPN 12, whose gold
	// writes RUS, and "Moscow declared war" repeats the attack)
	"japan-russia.txt":     {0.76, 0.61, 0.43},
	"india-bangladesh.txt": {0.81, 0.59, 0.43},
	// turkey-syria P lowered from 0.85 in session 13: "Erdoğan received
	// al-Sharaa" is now coded, a host's 043 that its gold writes host first
	// (0.84 until "Turkish artillery hit back at Syrian army positions"
	// coded the shelling, whose gold another event had matched; dated
	// recall 0.64 -> 0.65)
	// (0.83 until session 16: "Davutoğlu spent six hours with Assad" is now
	// a meeting and takes the gold that the defence ministers' talks, told
	// both ways, had matched twice)
	"turkey-syria.txt": {0.82, 0.74, 0.59},
	// an eleventh batch (196 gold events), written while the session tuned
	// on the ninth and tenth, first scored at P 0.73 R 0.48 dated R 0.38
	// (P 0.69 R 0.44 dated R 0.34 with the coder of the session before);
	// its saudi-qatar lists acts of four states as four events each;
	// venezuela-guyana's recall lowered from 0.63 when name-calling became
	// criticism and "called it a …" no call: "Ali called it 'a direct
	// threat'" had been a phone call matching another gold event; its
	// precision from 0.77 when "called the deployment a threat" became
	// criticism: Britain's deployment is not coded, so the judgement is
	// aimed at Guyana, not Britain
	"china-philippines.txt": {0.81, 0.78, 0.64},
	"saudi-qatar.txt":       {0.66, 0.49, 0.40},
	"venezuela-guyana.txt":  {0.74, 0.61, 0.52},
	// a twelfth batch (220 gold events), first scored at P 0.82 R 0.61
	// dated R 0.45 with the coder the session began with, then tuned on;
	// a thirteenth (216 gold events), written while the session tuned on
	// the twelfth, first scored at P 0.68 R 0.57 dated R 0.38 (P 0.69 R
	// 0.55 dated R 0.36 with the coder the session began with); its
	// serbia-croatia codes rump Yugoslavia as SRB where dyad says FRY;
	// rwanda-drc's precision from 0.65 when "brought A and B together"
	// became their meeting: "Qatar, which failed to bring Kagame and
	// Tshisekedi together in Doha" is coded, flagged negated, and
	// precision counts it;
	// egypt-turkey's lowered (P 0.69, R 0.68) when name-calling became
	// criticism: "calling Sisi a tyrant", told twice, is 111 (its gold
	// codes no name-calling), and the two phone calls it had been
	// matched other gold events; australia-china's from 0.91 when the
	// same split made "Wellington lodged its own complaint" a clause of
	// its own, aimed (with no target named) at Australia, not China
	"australia-china.txt": {0.88, 0.74, 0.59},
	// iran-iraq's from 0.90 when "poured across the border",
	// "recaptured Khorramshahr" and "retook Fao" began to code their own
	// gold events (dated recall 0.58 -> 0.59), leaving over the events
	// that had matched them
	// (0.89 since "chose Iraq for his first foreign trip …, arriving in
	// Baghdad" tells one visit with two verbs, both coded)
	// (P 0.88 until session 16: "the American-led coalition began bombing Iraq" is now
	// coded and takes the gold a later air strike had matched)
	"iran-iraq.txt":    {0.87, 0.66, 0.50},
	"rwanda-drc.txt":   {0.63, 0.66, 0.51},
	"egypt-turkey.txt": {0.65, 0.65, 0.48},
	// (0.64 until "Dissanayake chose New Delhi for his first foreign
	// trip" coded the visit: its gold event, which another LKA>IND 04 had
	// matched)
	"india-sri-lanka.txt": {0.63, 0.58, 0.46},
	"serbia-croatia.txt":  {0.60, 0.56, 0.35},
	// a fourteenth batch (230 gold events), first scored strictly at P
	// 0.72 R 0.60 dated R 0.47 with the coder of the eleventh session's
	// start, then tuned on; a fifteenth (237), written at the same time and
	// scored at P 0.74 R 0.51 dated R 0.34 (start) and P 0.75 R 0.53 dated
	// R 0.36 after tuning on the fourteenth, then tuned on; a sixteenth
	// (223), written while that session tuned on the fourteenth, first
	// scored at P 0.81 R 0.59 dated R 0.43 (start) and P 0.81 R 0.60 dated
	// R 0.44 at first sight, then tuned on; lebanon-syria's precision
	// lowered from 0.79 when "sent rescue teams" became aid: "opened its
	// ports to aid bound for Syria" in the same sentence codes the same
	// act again
	// (0.79 until session 16: a deal talks "could produce" is coded, flagged
	// hypothetical, which golds leave out)
	"kenya-somalia.txt":       {0.77, 0.80, 0.72},
	"indonesia-australia.txt": {0.75, 0.67, 0.53},
	"usa-north-korea.txt":     {0.76, 0.68, 0.51},
	"israel-jordan.txt":       {0.77, 0.65, 0.48},
	"peru-ecuador.txt":        {0.84, 0.57, 0.39},
	// azerbaijan-iran P lowered from 0.73 in session 13: "a summit in
	// Ashgabat, where Azerbaijan, Iran and Turkmenistan signed a gas swap
	// deal" is now coded, signing (057) where its gold has cooperation (06)
	"azerbaijan-iran.txt": {0.70, 0.64, 0.46},
	// (0.76 until Lebanon's defence minister Menassa was known: "the
	// defence ministers, Menassa and Abu Qasra, agreed a ceasefire" and
	// "they signed a border agreement" are coded both ways, and the
	// delegation's "first official Lebanese visit to Damascus" matches
	// its gold event; recall 0.72 -> 0.73; 0.72 from session 15, when
	// "Israeli jets destroyed Syria's missile batteries … and shot down
	// scores of its aircraft" began to code the destroying, which matches,
	// and so left "its aircraft" to the resolver, which gives the dyad in
	// focus, Lebanon, not Syria; then 0.70, when "a defence and security
	// pact followed that September" began to be coded, both ways as a
	// mutual act is, and its gold lists it once)
	"lebanon-syria.txt":    {0.70, 0.67, 0.48},
	"nigeria-cameroon.txt": {0.83, 0.70, 0.52},
	"poland-germany.txt":   {0.77, 0.60, 0.43},
	// a seventeenth (215 gold events), written at the end of that session
	// and scored once with its final coder (P 0.83 R 0.67 dated R 0.52;
	// P 0.80 R 0.63 dated R 0.46 with the coder it started from); not
	// tuned on; vietnam-cambodia lowered from 0.79 0.63 0.47 when the
	// subject of a that-complement became the target: "demanded that all
	// North Vietnamese troops leave" is now aimed at VDR, which its gold
	// writes VNM (it had matched as the implicit other side)
	"vietnam-cambodia.txt": {0.78, 0.62, 0.46},
	"uk-ireland.txt":       {0.86, 0.65, 0.50},
	"chile-bolivia.txt":    {0.78, 0.70, 0.53},
	// an eighteenth batch (231 gold events), written at the start of
	// session 12 and first scored at P 0.83 R 0.64 dated R 0.50 with the
	// coder that session began with, then tuned on
	// (P 0.85 until session 16: "Benazir Bhutto lobbied Bill Clinton at the
	// White House" is an appeal its gold leaves out)
	"usa-pakistan.txt": {0.84, 0.74, 0.59},
	"india-nepal.txt":  {0.88, 0.71, 0.63},
	// (egypt-sudan's P from 0.80: "Should the army retake Khartoum" is
	// coded, flagged hypothetical, against Egypt for want of a target)
	// (0.79 until session 16: "Cairo lobbied hard for the sanctions the UN
	// Security Council imposed" is an appeal to an IGO, which golds leave
	// out)
	"egypt-sudan.txt": {0.78, 0.82, 0.67},
	// a nineteenth (240 gold events), written at the same time and held
	// back: first scored late in session 12 at P 0.82 R 0.60 dated R 0.48
	// (P 0.81 R 0.57 dated R 0.47 with the coder the session began with),
	// then tuned on a little
	"usa-mexico.txt": {0.88, 0.65, 0.53},
	// (germany-russia's P from 0.82 when "German troops poured across the
	// Soviet frontier" began to code its own gold event, dated recall
	// 0.53 -> 0.54, and to 0.79 when "Merz says he would take Putin's
	// call if Russia accepted a ceasefire" was coded, flagged
	// hypothetical)
	"germany-russia.txt": {0.79, 0.63, 0.52},
	// (0.78 until Afghanistan's prime minister Shafiq was known: "the two
	// prime ministers, Hoveyda and Shafiq, signed a treaty" is coded both
	// ways)
	"iran-afghanistan.txt": {0.77, 0.60, 0.46},
	// a twentieth (220 gold events), written in the middle of session 12
	// and scored once at its end (P 0.77 R 0.64 dated R 0.49; P 0.76 R 0.60
	// dated R 0.46 with the coder it began with); not tuned on
	"brazil-argentina.txt": {0.82, 0.65, 0.51},
	// saudi-yemen P lowered from 0.75 in session 13: "the forces of
	// Abdulaziz ibn Saud … seized the port of Hodeidah" is now an
	// occupation (192) as its gold has it, and a match the seizure (171)
	// had found in another sentence is gone
	"saudi-yemen.txt": {0.74, 0.61, 0.46},
	// (0.72 until session 16: "Warsaw lobbied its EU partners" is an appeal
	// to an IGO, and "Duda likened Ukraine to a drowning man" now takes the
	// gold that "Sikorski rebuked him" had matched)
	"poland-ukraine.txt": {0.70, 0.63, 0.47},
	// a twenty-first batch (240 gold events), written at the start of
	// session 13 and first scored at P 0.79 R 0.63 dated R 0.50 with the
	// coder that session began with, then tuned on
	"bangladesh-myanmar.txt": {0.86, 0.76, 0.62},
	"usa-vietnam.txt":        {0.94, 0.64, 0.50},
	"turkey-iraq.txt":        {0.78, 0.75, 0.64},
	// a twenty-second (225 gold events), written at the same time and
	// held back; scored once late in session 13 (P 0.77 R 0.68 dated R
	// 0.53; P 0.77 R 0.67 dated R 0.52 with the coder it began with)
	// before the few commits its misses led to
	"china-pakistan.txt":        {0.76, 0.67, 0.52},
	"canada-india.txt":          {0.81, 0.71, 0.58},
	"uzbekistan-tajikistan.txt": {0.70, 0.64, 0.48},
	// a twenty-third batch (238 gold events), written at the start of
	// session 14 and first scored at P 0.68 R 0.59 dated R 0.40 with the
	// coder that session began with, then tuned on
	// (P 0.79 until session 16: two visits by a Russian the dictionary
	// does not know are now coded and take the golds that two phone calls,
	// told both ways, had matched)
	"russia-china.txt":     {0.77, 0.76, 0.58},
	"france-germany.txt":   {0.71, 0.65, 0.56},
	"ethiopia-somalia.txt": {0.69, 0.80, 0.62},
	// a twenty-fourth (228 gold events), written at the same time and held
	// back; scored once late in session 14 (P 0.78 R 0.70 dated R 0.57;
	// P 0.78 R 0.71 dated R 0.56 with the coder it began with), then
	// tuned on a little
	"usa-india.txt":         {0.82, 0.65, 0.51},
	"egypt-libya.txt":       {0.80, 0.68, 0.55},
	"kazakhstan-russia.txt": {0.68, 0.74, 0.61},
	// a twenty-fifth batch (235 gold events), written at the start of
	// session 15 and first scored at P 0.77 R 0.67 dated R 0.51 with the
	// coder that session began with, then tuned on
	"israel-lebanon.txt":        {0.80, 0.81, 0.67},
	"turkey-russia-century.txt": {0.73, 0.71, 0.58},
	"uk-china.txt":              {0.86, 0.74, 0.57},
	// a twenty-sixth (236 gold events), written at the same time and held
	// back unread; scored once at the end of session 15 (P 0.79 R 0.69
	// dated R 0.53; P 0.80 R 0.69 dated R 0.52 with the coder it began
	// with), not tuned on
	// (0.76 until session 16: "Witkoff spent five hours with Mr Putin" is
	// now the meeting its gold names, and the phone call told both ways no
	// longer has a second gold to match)
	"usa-russia.txt": {0.75, 0.68, 0.52},
	// (R 0.56 until session 16: "has never imposed sanctions on its
	// neighbour" now reads "its" as the target, South Africa itself, and
	// the negated event, which had matched another 16 by luck, is gone)
	"southafrica-zimbabwe.txt": {0.79, 0.55, 0.41},
	"iran-pakistan.txt":        {0.80, 0.79, 0.60},
	// a twenty-seventh (236 gold events), written in the middle of
	// session 15, first scored at P 0.77 R 0.64 dated R 0.50 with the
	// coder that session began with (P 0.78 R 0.64 dated R 0.50 with the
	// one it had reached), then tuned on
	// (P and R 0.01 higher until session 16: "Mr Trump has not presented
	// Japan with a bill for the American troops it hosts" now reads "it" as
	// Japan, rightly, and the hosting, no event, has no gold to match)
	"japan-usa.txt":    {0.84, 0.70, 0.50},
	"syria-russia.txt": {0.72, 0.78, 0.69},
	"egypt-saudi.txt":  {0.80, 0.70, 0.59},
	// a twenty-eighth batch (235 gold events), written at the start of
	// session 16 and first scored at P 0.82 R 0.69 dated R 0.54 with the
	// coder that session began with, then tuned on
	"indonesia-malaysia.txt": {0.83, 0.72, 0.60},
	"iraq-usa.txt":           {0.81, 0.74, 0.61},
	"israel-turkey.txt":      {0.85, 0.82, 0.69},
	// a twenty-ninth (229 gold events), written in the middle of session
	// 16, first scored at P 0.79 R 0.70 dated R 0.54 with the coder that
	// session began with (P 0.79 R 0.71 dated R 0.54 with the one it had
	// reached), then tuned on
	"libya-italy.txt":       {0.75, 0.80, 0.63},
	"brazil-usa.txt":        {0.90, 0.77, 0.66},
	"china-south-korea.txt": {0.73, 0.76, 0.71},
	// a thirtieth (226 gold events), written at the start of session 16
	// and held back unread; scored once at its end (P 0.71 R 0.66 dated
	// R 0.48; P 0.71 R 0.65 dated R 0.48 with the coder it began with),
	// then one fix: its "Long read · 22 April 2026" was not read
	"russia-finland.txt": {0.70, 0.67, 0.50},
	"saudi-usa.txt":      {0.73, 0.64, 0.43},
	"sudan-chad.txt":     {0.68, 0.66, 0.55},
	// a thirty-first (234 gold events), written late in session 16 and
	// first scored at P 0.81 R 0.70 dated R 0.49, the same with the coder
	// the session began with, then tuned on
	"spain-morocco.txt":       {0.87, 0.72, 0.53},
	"pakistan-bangladesh.txt": {0.75, 0.78, 0.63},
	"russia-belarus.txt":      {0.85, 0.77, 0.56},
}

type goldEvent struct {
	Source, Target, Root, Date, Note string
}

// TestArticles scores the coder on the development articles in
// testdata/articles as the held-out evaluation scores it: an event counts
// when its country-level source and target and CAMEO root match a gold
// event, and its date agrees at the gold's precision. Source and target
// may be in either order only for a symmetric code (cameo.Symmetric: a
// meeting, an agreement signed, cooperation, fighting); a hosted visit
// (043 B→A) counts as the visit A→B. Each file is read by ingest, as `dyad
// code FILE` reads it (since session 16), so the floors cover reading the
// headline and the publication line too.
func TestArticles(t *testing.T) {
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	if len(files) == 0 {
		t.Fatal("no development articles")
	}
	var emitted, gold, matched, dated int
	r := &ingest.Reader{}
	for _, f := range files {
		// read as `dyad code FILE` reads it: the headline, byline and
		// publication line go through ingest, which dates the page
		docs, err := r.ReadFile(context.Background(), f)
		if err != nil || len(docs) != 1 {
			t.Fatalf("%s: %d documents, %v", f, len(docs), err)
		}
		doc := docs[0]
		if err := p.Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		golds := readGold(t, strings.TrimSuffix(f, ".txt")+".gold.jsonl")
		m, d := score(t, filepath.Base(f), doc, golds)
		emitted, gold, matched, dated = emitted+len(doc.Events), gold+len(golds), matched+m, dated+d
		prec, rec, dates := ratio(m, len(doc.Events)), ratio(m, len(golds)), ratio(d, len(golds))
		t.Logf("%s: P=%.2f R=%.2f dated R=%.2f (dates right %d of %d matched)", filepath.Base(f), prec, rec, dates, d, m)
		fl, ok := floors[filepath.Base(f)]
		if !ok {
			t.Errorf("%s has no floor in the floors table", f)
			continue
		}
		if prec < fl[0] || rec < fl[1] || dates < fl[2] {
			t.Errorf("%s below its floor: P=%.2f (≥%.2f) R=%.2f (≥%.2f) dated R %.2f (≥%.2f)", filepath.Base(f), prec, fl[0], rec, fl[1], dates, fl[2])
		}
	}
	t.Logf("all articles: P=%.2f R=%.2f dated R=%.2f (%d emitted, %d gold, %d matched, %d of them dated right)",
		ratio(matched, emitted), ratio(matched, gold), ratio(dated, gold), emitted, gold, matched, dated)
}

// dateAgrees reports whether an event's date value agrees with a gold date
// at the gold's precision; a gold interval ("1998/2000") accepts any date
// inside it.
func dateAgrees(value, gold string) bool {
	from, to, interval := strings.Cut(gold, "/")
	if !interval {
		return strings.HasPrefix(value, gold)
	}
	if len(value) < len(from) || len(value) < len(to) {
		return false
	}
	return value[:len(from)] >= from && value[:len(to)] <= to
}

func ratio(a, b int) float64 { return float64(a) / float64(max(b, 1)) }

// score matches events to gold events, date-agreeing matches first, and
// returns the matches and how many of them have the right date.
func score(t *testing.T, name string, doc *dyad.Document, golds []goldEvent) (matched, dated int) {
	used := make([]bool, len(doc.Events))
	found := make([]bool, len(golds))
	match := func(g goldEvent, e *dyad.Event, needDate bool) bool {
		s, tg := e.Source.Country, e.Target.Country
		if strings.HasPrefix(e.Code, "043") {
			s, tg = tg, s // hosting a visit is the visit told the other way
		}
		mutual := cameo.Symmetric(e.Code) && s == g.Target && tg == g.Source
		return e.Root == g.Root && (s == g.Source && tg == g.Target || mutual) &&
			(!needDate || dateAgrees(e.Date.Value, g.Date))
	}
	for _, needDate := range []bool{true, false} {
		for gi, g := range golds {
			if found[gi] {
				continue
			}
			for i := range doc.Events {
				if !used[i] && match(g, &doc.Events[i], needDate) {
					used[i], found[gi] = true, true
					matched++
					if needDate {
						dated++
					} else {
						t.Logf("%s: %s→%s %s dated %s, gold %s (%s)", name, g.Source, g.Target, g.Root, doc.Events[i].Date.Value, g.Date, g.Note)
					}
					break
				}
			}
		}
	}
	for gi, g := range golds {
		if !found[gi] {
			t.Logf("%s: missed %s→%s %s %s (%s)", name, g.Source, g.Target, g.Root, g.Date, g.Note)
		}
	}
	return matched, dated
}

func readGold(t *testing.T, path string) []goldEvent {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldEvent
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g goldEvent
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	return out
}
