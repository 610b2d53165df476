package builtin_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/builtin"
)

// unMembers are the ISO 3166-1 alpha-3 codes of the 193 UN member states.
const unMembers = `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ
BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA
GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA
JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI
MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR
OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP
SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS
TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE`

func load(t *testing.T) *dict.Dictionary {
	t.Helper()
	d, err := builtin.Load()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestStates checks that every UN member and observer is a state whose
// code today is its ID.
func TestStates(t *testing.T) {
	d := load(t)
	byID := map[string]*dict.Actor{}
	for i := range d.Actors {
		byID[d.Actors[i].ID] = &d.Actors[i]
	}
	codes := strings.Fields(unMembers)
	if len(codes) != 193 {
		t.Fatalf("the test lists %d UN members, want 193", len(codes))
	}
	codes = append(codes, "PSE", "VAT", "TWN", "XKX", "ESH")
	now := day("2026-01-01")
	for _, c := range codes {
		t.Run(c, func(t *testing.T) {
			a, ok := byID[c]
			if !ok {
				t.Fatalf("no actor %s", c)
			}
			if a.Type != "state" {
				t.Errorf("%s: type %q, want state", a.Pos, a.Type)
			}
			m := dyad.ActorMention{Codes: a.Codes}
			if got, ok := m.CodeAt(now); !ok || got.Code != c {
				t.Errorf("%s: code in 2026 is %q, want %s", a.Pos, got.Code, c)
			}
			if len(a.Names) == 0 {
				t.Errorf("%s: no names", a.Pos)
			}
		})
	}
}

// TestHistoricalCodes checks the predecessor codes that states carry and
// the successor links of historical states, before, during and after.
func TestHistoricalCodes(t *testing.T) {
	d := load(t)
	byID := map[string]*dict.Actor{}
	for i := range d.Actors {
		byID[d.Actors[i].ID] = &d.Actors[i]
	}
	tests := []struct {
		id, date, want string
	}{
		{"RUS", "1980-06-01", "SUN"},
		{"RUS", "1991-12-11", "SUN"},
		{"RUS", "1991-12-12", "RUS"},
		{"UKR", "1986-04-26", "SUN"},
		{"UKR", "1991-08-23", "SUN"},
		{"UKR", "1991-12-01", "UKR"},
		{"UKR", "2014-03-01", "UKR"},
		{"LTU", "1991-09-05", "SUN"},
		{"LTU", "1991-09-06", "LTU"},
		{"SRB", "1990-01-01", "YUG"},
		{"SRB", "1999-03-24", "FRY"},
		{"SRB", "2005-01-01", "SCG"},
		{"SRB", "2006-06-05", "SRB"},
		{"XKX", "2007-01-01", "SRB"},
		{"XKX", "2008-02-17", "XKX"},
		{"CZE", "1968-08-21", "CSK"},
		{"CZE", "1993-01-01", "CZE"},
		{"BGD", "1965-09-06", "PAK"},
		{"BGD", "1971-12-16", "BGD"},
		{"VNM", "1968-01-30", "VNM"},
		{"VDR", "1968-01-30", "VNM"}, // the state the Socialist Republic continued
		{"YAR", "1979-02-24", "YEM"}, // ISO's code for North Yemen, which Yemen kept
		{"YMD", "1979-02-24", "YMD"},
		{"VNM", "1979-02-17", "VNM"},
		{"EGY", "1959-01-01", "UAR"},
		{"EGY", "1973-10-06", "EGY"},
		{"SUN", "1962-10-22", "SUN"},
		{"DDR", "1961-08-13", "DDR"},
		{"FRG", "1961-08-13", "DEU"},
		{"EAST_PAKISTAN", "1970-11-12", "PAK"},
		{"EAST_PAKISTAN", "1971-12-16", "BGD"},
		{"AFG_TALIBAN", "1998-01-01", "AFGGOV"},
		{"AFG_TALIBAN", "2010-01-01", "AFGREB"},
		{"AFG_TALIBAN", "2022-01-01", "AFGGOV"},
		{"IND_BJP", "2000-01-01", "INDGOV"},
		{"IND_BJP", "2010-01-01", "INDOPP"},
		{"IND_CONGRESS", "2010-01-01", "INDGOV"},
		{"PAK_PTI", "2020-01-01", "PAKGOV"},
		{"PAK_PTI", "2023-01-01", "PAKOPP"},
		{"USA_REPUBLICANS", "1985-01-01", "USAGOV"},
		{"USA_REPUBLICANS", "2014-01-01", "USAOPP"},
		{"IGOOAU", "1980-01-01", "IGOOAU"},
		{"IGOAFU", "2010-01-01", "IGOAFU"},
	}
	for _, tc := range tests {
		t.Run(tc.id+"@"+tc.date, func(t *testing.T) {
			a, ok := byID[tc.id]
			if !ok {
				t.Fatalf("no actor %s", tc.id)
			}
			m := dyad.ActorMention{Codes: a.Codes}
			if got, ok := m.CodeAt(day(tc.date)); !ok || got.Code != tc.want {
				t.Errorf("%s at %s: got %q (%v), want %s", tc.id, tc.date, got.Code, ok, tc.want)
			}
		})
	}
	for _, id := range []string{"SUN", "YUG", "CSK", "DDR", "YAR", "YMD", "VDR", "RVN", "RHO", "UAR"} {
		a, ok := byID[id]
		if !ok {
			t.Errorf("no historical state %s", id)
			continue
		}
		m := dyad.ActorMention{Codes: a.Codes}
		if _, ok := m.CodeAt(day("2020-01-01")); ok {
			t.Errorf("%s: %s still has a code in 2020", a.Pos, id)
		}
	}
	for _, a := range d.Actors {
		if a.Successor != "" && byID[a.Successor] == nil {
			t.Errorf("%s: %s: successor %s is not an actor", a.Pos, a.ID, a.Successor)
		}
	}
}

// TestPhraseOwners checks that no phrase of a state, organisation or
// group is claimed by two entries: the coder takes the first entry that
// matches, so a shared phrase would silently code as the wrong actor.
func TestPhraseOwners(t *testing.T) {
	d := load(t)
	owner := map[string]string{}
	for _, a := range d.Actors {
		if a.Type == "person" {
			continue
		}
		for _, list := range [][]dict.Phrase{a.Names, a.Adj, a.Gov, a.City} {
			for _, p := range list {
				k := strings.ToUpper(strings.Join(strings.Fields(p.Text), " "))
				if prev, ok := owner[k]; ok && prev != a.ID {
					t.Errorf("%s: %q of %s is also a phrase of %s", p.Pos, p.Text, a.ID, prev)
				}
				owner[k] = a.ID
			}
		}
	}
	for _, g := range d.Agents {
		for _, p := range g.Names {
			k := strings.ToUpper(strings.Join(strings.Fields(p.Text), " "))
			if prev, ok := owner[k]; ok {
				t.Errorf("%s: agent phrase %q of %s is also a phrase of actor %s", p.Pos, p.Text, g.Code, prev)
			}
		}
	}
}

// TestAgentCodes checks that agent codes are built from CAMEO role codes
// and that the canonical offices exist.
func TestAgentCodes(t *testing.T) {
	d := load(t)
	roles := map[string]bool{}
	for _, r := range strings.Fields("GOV MIL COP JUD LEG OPP REB INS SEP SPY UAF BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB MED REF AGR RAD MOD NGO NGM IGO MUS CHR JEW HIN BUD SIK") {
		roles[r] = true
	}
	offices := map[string]bool{}
	for _, g := range d.Agents {
		if len(g.Code)%3 != 0 {
			t.Errorf("%s: agent code %s is not made of three-letter roles", g.Pos, g.Code)
		}
		for i := 0; i+3 <= len(g.Code); i += 3 {
			if !roles[g.Code[i:i+3]] {
				t.Errorf("%s: agent code %s: %s is not a CAMEO role", g.Pos, g.Code, g.Code[i:i+3])
			}
		}
		for _, o := range g.Offices {
			offices[o.Name] = true
		}
	}
	for _, o := range []string{"president", "vice president", "prime minister", "deputy prime minister",
		"king", "crown prince", "supreme leader", "chancellor", "foreign minister", "deputy foreign minister",
		"defence minister", "deputy defence minister", "national security adviser", "finance minister",
		"interior minister", "ambassador", "spokesperson", "secretary-general", "general secretary",
		"army chief", "general"} {
		if !offices[o] {
			t.Errorf("no office %q", o)
		}
	}
}
