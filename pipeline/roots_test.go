package pipeline_test

import (
	"context"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

// TestRoots codes sentences of our own for every CAMEO root with the
// built-in dictionaries alone. Each must give an event with the expected
// countries and root.
func TestRoots(t *testing.T) {
	tests := []struct {
		root, src, tgt, text string
	}{
		{"01", "PAK", "IND", "Pakistan claimed responsibility for the strike on India."},
		{"01", "JPN", "TUR", "Japan expressed condolences to Turkey after the earthquake."},
		{"02", "EGY", "USA", "Egypt appealed to the United States for economic aid."},
		{"02", "ARG", "BRA", "In 2019 the Argentine president pleaded with Brazil for help with the dollar shortage."},
		{"02", "FRA", "RUS", "France urged Russia to resume talks."},
		{"03", "JPN", "IND", "Japan pledged aid to India after the floods."},
		{"03", "CHN", "PAK", "China offered to mediate between Pakistan and India."},
		{"04", "IND", "CHN", "India held talks with China on the border."},
		{"04", "RUS", "PAK", "Russian Foreign Minister Sergei Lavrov visited Pakistan in April 2021."},
		{"04", "EGY", "ISR", "Egypt hosted an Israeli delegation in Cairo."},
		{"05", "IND", "USA", "India signed a nuclear agreement with the United States."},
		{"05", "BRA", "ARG", "In July 1990 Brazil and Argentina signed the Buenos Aires Act."},
		{"05", "DEU", "FRA", "Germany praised France for its leadership."},
		{"06", "RUS", "IND", "Russia conducted joint military exercises with India."},
		{"06", "CHN", "PAK", "China invested billions in Pakistan."},
		{"07", "USA", "ISR", "The United States supplied missiles to Israel."},
		{"07", "JPN", "BGD", "Japan provided humanitarian aid to Bangladesh."},
		{"07", "IND", "NPL", "India gifted a million vaccine doses to Nepal."},
		{"07", "IND", "NPL", "India dispatched a military mission to Nepal."},
		{"08", "RUS", "PAK", "Russia lifted its arms embargo on Pakistan."},
		{"08", "RUS", "DEU", "The last Russian soldiers left Germany on 31 August 1994."},
		{"16", "RUS", "DEU", "Russia throttled gas deliveries to Germany in June 2022."},
		{"16", "USA", "MEX", "In 1938 Washington stopped buying Mexican silver."},
		{"16", "MEX", "USA", "In March 1845 Mexico recalled its minister from Washington."},
		{"08", "IND", "PAK", "India released Pakistani fishermen."},
		{"09", "GBR", "RUS", "Britain investigated Russia over the poisoning."},
		{"10", "IRN", "USA", "Iran demanded an apology from the United States."},
		{"11", "CHN", "IND", "China criticised India over the visit."},
		{"11", "IRN", "ISR", "Iran accused Israel of sabotage."},
		{"12", "IND", "PAK", "India rejected Pakistan's proposal for talks."},
		{"12", "RUS", "USA", "Russia vetoed the resolution drafted by the United States."},
		{"13", "PRK", "KOR", "North Korea threatened South Korea with war."},
		{"13", "USA", "IRN", "The United States warned Iran of military consequences."},
		{"14", "IRN", "SAU", "Iranian students protested against Saudi Arabia."},
		{"15", "CHN", "IND", "China deployed troops near India."},
		{"16", "SAU", "QAT", "Saudi Arabia severed diplomatic ties with Qatar."},
		{"16", "LBN", "SYR", "In January 2015 Lebanon required Syrians to obtain visas for the first time."},
		{"16", "USA", "IRN", "The United States imposed sanctions on Iran."},
		{"16", "RUS", "GBR", "Russia expelled British diplomats."},
		{"16", "USA", "TUN", "The United States advised against travel to Tunisia."},
		{"17", "IRN", "USA", "Iranian students stormed the American embassy."},
		{"17", "IRN", "GBR", "Iran seized a British tanker."},
		{"17", "CHN", "CAN", "China detained two Canadian citizens."},
		{"18", "PAK", "IND", "Pakistani militants abducted Indian engineers."},
		{"18", "NPL", "IND", "Nepali police fired on villagers in India."},
		{"04", "IND", "NPL", "India's foreign secretary flew into Kathmandu on Sunday."},
		{"04", "USA", "ARM", "Nancy Pelosi, then speaker of the US House of Representatives, arrived in Yerevan."},
		{"04", "FRA", "DZA", "A telephone call between Macron and Tebboune on 31 March 2025 eased tensions."},
		{"04", "ARM", "AZE", "Pashinyan and Aliyev talked on the sidelines of a summit in 2022."},
		{"04", "SDN", "EGY", "In May 2019 Burhan made his first trip abroad as council chief to Cairo."},
		{"19", "IND", "PAK", "Indian troops shelled Pakistani positions."},
		{"19", "GBR", "IRN", "In 1856 Britain declared war on Persia."},
		{"19", "IRQ", "KWT", "The Iraqi invasion of Kuwait in August 1990 shocked the region."},
		{"19", "RUS", "UKR", "Russia invaded Ukraine in February 2022."},
		{"19", "ISR", "SYR", "Israel bombed Syria."},
		{"19", "RUS", "GEO", "Russian troops crossed into Georgia."},
		{"19", "SYR", "ISR", "Syrian air defences downed an Israeli jet."},
		{"19", "ISR", "SYR", "Israeli aircraft destroyed a Syrian reactor."},
		{"19", "PRK", "KOR", "North Korean and South Korean troops exchanged artillery fire."},
		{"16", "PRK", "KOR", "North Korea cut the communication lines with South Korea."},
		{"08", "USA", "CUB", "The United States removed Cuba from its list of state sponsors of terrorism."},
		{"16", "USA", "PRK", "The United States put North Korea on its list of state sponsors of terrorism."},
		{"07", "PRK", "KOR", "North Korea sent rice to South Korea after the floods."},
		{"16", "RUS", "GEO", "Russia banned imports of Georgian wine."},
		{"16", "USA", "CUB", "The United States tightened its embargo on Cuba."},
		{"11", "SYR", "ISR", "Syria called it a war crime by Israel."},
		{"12", "SYR", "ISR", "Syria declined to return to talks with Israel."},
		{"16", "USA", "VEN", "The United States revoked the visas of Venezuelan officials."},
		{"16", "USA", "VEN", "The United States barred Venezuela from raising new debt."},
		{"08", "USA", "VEN", "The United States suspended most oil sanctions on Venezuela."},
		{"04", "ETH", "EGY", "Ethiopia's prime minister stood beside Egypt's president in Cairo."},
		{"16", "EGY", "ETH", "Egypt walked out of the talks with Ethiopia."},
		{"16", "USA", "CUB", "The United States cancelled the deal with Cuba."},
		{"08", "USA", "CUB", "The United States lifted the cap on remittances to Cuba."},
		{"19", "CHN", "IND", "Chinese and Indian troops scuffled on the border."},
		{"19", "AZE", "ARM", "Azerbaijan blocked the corridor to Armenia."},
		{"04", "ARM", "AZE", "Armenia hosted Azerbaijan's foreign minister in Yerevan."},
		{"20", "SRB", "BIH", "Serbian forces massacred Bosnian civilians."},
		{"08", "RUS", "UKR", "Russia and Ukraine carried out a prisoner exchange."},
		{"08", "UKR", "RUS", "Russia and Ukraine carried out a prisoner exchange."},
		{"08", "USA", "IRQ", "The United States declared a ceasefire with Iraq."},
		{"08", "MAR", "DZA", "Morocco dropped the visa requirement for Algerians."},
		{"08", "CHN", "IND", "China reopened the Kailash route to Indian pilgrims."},
		{"08", "JPN", "KOR", "Japan lifted its export controls on South Korea."},
		{"08", "USA", "IRN", "The United States agreed to lift the sanctions on Iran."},
		{"17", "ISR", "SYR", "Israel seized the plateau, including the provincial capital, Quneitra."},
		{"04", "JPN", "UKR", "Japan's prime minister made a surprise visit to Kyiv."},
		{"19", "IRN", "QAT", "Iran fired missiles at an air base in Qatar."},
		{"03", "RUS", "GEO", "Moscow undertook to close two of its four bases in Georgia."},
		{"17", "ETH", "ERI", "Ethiopia expelled some 70,000 people of Eritrean origin."},
		{"16", "USA", "IND", "Washington raised tariffs on most Indian goods to 50 per cent."},
		{"17", "CHN", "PHL", "A Chinese coast guard ship rammed a Philippine resupply boat."},
		{"11", "PHL", "CHN", "Manila summoned China's deputy chief of mission."},
		{"15", "CHN", "JPN", "Chinese coastguard vessels sailed through the territorial waters around the Senkaku islands, which Japan administers."},
		{"15", "CHN", "JPN", "A Chinese military surveillance plane entered Japanese airspace."},
		{"15", "RUS", "POL", "Russian drones violated Polish airspace."},
		{"19", "USA", "KHM", "The American bombing of Cambodia began in 1969."},
		{"05", "TUR", "IRQ", "In 2001 Turkey upgraded its mission in Baghdad to ambassadorial level."},
		{"04", "QAT", "RWA", "In 2024 Qatar brokered a deal between Rwanda and Congo."},
		{"15", "MMR", "BGD", "Myanmar fighter jets strayed into Bangladeshi airspace."},
		{"15", "MMR", "BGD", "Myanmar's navy escorted survey ships into waters Bangladesh claims."},
		{"11", "BGD", "MMR", "Dhaka summoned Myanmar's chargé d'affaires."},
		{"16", "IRQ", "TUR", "Baghdad recalled its chargé d'affaires from Ankara."},
		{"03", "KEN", "SOM", "Kenya and Somalia agreed to form a joint border commission."},
		{"15", "THA", "KHM", "Bangkok rushed soldiers to the Cambodian border."},
		{"19", "ARG", "GBR", "Argentine pilots sank the British frigates Ardent and Antelope."},
		{"16", "VEN", "USA", "In 2005 Chavez ended military exchanges with the United States."},
		{"16", "JPN", "RUS", "Japan stripped Russia of most-favoured-nation trade status."},
		{"16", "ARG", "GBR", "Argentina pulled out of the 1995 oil declaration with Britain."},
		{"19", "RUS", "UKR", "Russian missiles pounded the Ukrainian port of Izmail."},
		{"19", "AFG", "PAK", "Afghan and Pakistani border guards traded fire at Torkham."},
		{"11", "PHL", "CHN", "The Philippines initiated arbitration against China."},
		{"04", "KWT", "QAT", "Kuwait's emir shuttled between Riyadh and Doha."},
		{"17", "CHN", "PHL", "Chinese coast guard ships fired water cannon at two Philippine supply boats."},
		{"17", "CHN", "PHL", "A Chinese coast guard ship turned its water cannon on a Philippine fisheries vessel."},
		{"17", "CHN", "PHL", "A Chinese coast guard ship shone a military-grade laser at a Philippine coast guard vessel."},
		{"16", "DZA", "MAR", "Algeria reimposed visas on holders of Moroccan passports."},
		{"11", "BGD", "IND", "Dhaka protested against India's border fence."},
		{"14", "IRN", "SAU", "Iranian students protested against Saudi Arabia's embassy."},
		// a state that protests complains officially; its people demonstrate
		{"11", "EGY", "SDN", "Egypt protested against Sudan's oil concession."},
		{"14", "EGY", "SDN", "Egyptians protested against Sudan's oil concession."},
		{"16", "RUS", "JPN", "Russia barred 63 Japanese citizens from entering the country."},
		{"16", "THA", "KHM", "Thailand sealed the border with Cambodia."},
		{"16", "KHM", "THA", "Cambodia ordered Thai diplomats out."},
		{"19", "TUR", "SYR", "Turkey launched Operation Peace Spring in northern Syria."},
		{"18", "ISR", "IRN", "Israeli agents killed four Iranian nuclear scientists."},
		{"19", "TUR", "SYR", "Turkish forces crossed into the Afrin region of Syria."},
		{"11", "DZA", "MAR", "In August 2021 Algeria broke off relations with Morocco, accusing it of hostile actions, and in November it shut the pipeline."},
		{"04", "TUR", "ISR", "Turkish and Israeli officials held talks in Azerbaijan."},
		{"16", "THA", "KHM", "Thailand accused Cambodia of laying mines, expelled the Cambodian ambassador and closed the border."},
		{"04", "FRA", "DZA", "The visit by Sarkozy to Algeria in December 2007 changed little."},
		{"04", "IRQ", "KWT", "Mohammed Shia al-Sudani went to Kuwait the month after."},
		{"04", "KWT", "IRQ", "In March 2012 Sheikh Sabah al-Ahmad attended the Arab League summit in Baghdad."},
		{"11", "AUS", "CHN", "In December 2020 Australia took China to the World Trade Organization over the barley duties."},
		{"17", "CHN", "AUS", "In May a Chinese fighter jet dropped flares in the path of an Australian navy helicopter."},
		{"08", "CHN", "AUS", "At the end of March Beijing removed its duties on Australian wine."},
		{"16", "AUS", "CHN", "In April 2021 Australia tore up its Belt and Road agreements with China."},
		{"20", "IRQ", "IRN", "In 1984 Iraqi forces used mustard gas and the nerve agent tabun against Iranian troops."},
		{"07", "SAU", "IRQ", "In 1982 Saudi Arabia bankrolled Iraq with billions of dollars."},
		{"07", "USA", "KWT", "From July 1987 the US navy escorted reflagged Kuwaiti tankers through the Gulf."},
		{"16", "IRN", "IRQ", "In April 1969 Iran declared the 1937 treaty with Iraq null and void."},
		{"19", "IRQ", "IRN", "In March 1988 Iraq rained Scud missiles on Tehran."},
		{"15", "CHN", "AUS", "In February 2025 the Chinese navy held live-fire drills off Australia."},
		{"11", "SRB", "HRV", "In January 2010 Serbia answered the lawsuit with a counterclaim accusing Croatia of genocide."},
		{"04", "TUR", "EGY", "In March 2023 Cavusoglu was in Cairo."},
		{"04", "EGY", "TUR", "On 27 February 2023 Shoukry landed in Ankara."},
		{"03", "LKA", "IND", "In 2020 Sri Lanka assured India that its territory would not be used against it."},
		{"07", "IND", "LKA", "In January 2022 India extended a $400 million currency swap to Sri Lanka."},
		{"11", "IND", "LKA", "In July 2022 India raised objections with Sri Lanka over the planned visit."},
		{"15", "CHN", "LKA", "In September 2014 a Chinese submarine docked at Colombo."},
		{"12", "HRV", "SRB", "In April 2016 Croatia blocked the opening of Serbia's negotiating chapter."},
		{"05", "HRV", "SRB", "In 2010 Croatia offered Serbia an apology."},
		{"16", "SRB", "HRV", "In March 2008 Belgrade recalled its ambassadors from Zagreb and Budapest."},
		{"04", "HRV", "BIH", "In November 1995 Tudjman, Milosevic and Izetbegovic spent three weeks negotiating at an American air base."},
		{"05", "RUS", "UKR", "In 2015 Russia struck a deal with Ukraine."},
		{"04", "LKA", "IND", "In February 2015 Sirisena made New Delhi his first foreign destination."},
		{"11", "TUR", "ISR", "In November 2012 Erdogan delivered a blistering denunciation of Israel."},
		{"04", "COL", "VEN", "In March 2008 Uribe and Chávez shook hands."},
		{"11", "BGD", "IND", "In 2019 India's citizenship law drew protests from Bangladesh."},
		{"11", "MAR", "FRA", "In October 1956 the French military intercepted a plane, drawing a furious protest from Morocco."},
		{"06", "IND", "RUS", "In 2021 India held joint drills with Russia."},
		{"11", "USA", "AUS", "In November 2015 Barack Obama chided Australia over the port lease."},
		{"02", "AUS", "CHN", "On 19 April 2020 Australia called for an independent inquiry into China's handling of the outbreak."},
		{"08", "CHN", "AUS", "In August 2023 China scrapped its duties on Australian barley."},
		{"05", "USA", "PRK", "On 21 October 1994 the United States and North Korea signed the Agreed Framework in Geneva."},
		{"05", "USA", "PRK", "In December 1968 Washington signed an apology to North Korea."},
		{"04", "SOM", "KEN", "In September 2022 Hassan Sheikh Mohamud attended Mr Ruto's inauguration."},
		{"19", "PRK", "KOR", "On 25 June 1950 North Korean troops poured across the border into South Korea."},
		{"19", "CHN", "USA", "In October 1950 Chinese troops drove the Americans back."},
		{"18", "PRK", "USA", "On 18 August 1976 North Korean soldiers axed to death two American officers."},
		{"16", "KEN", "SOM", "In February 2019 Kenya ordered Somalia's envoy to leave."},
		{"17", "IDN", "AUS", "In April 1986 Indonesia turned back a planeload of Australian tourists."},
		{"16", "SOM", "KEN", "In November 2020 Somalia expelled Kenya's ambassador and recalled its own."},
		{"07", "SUN", "ETH", "In 1977 the Soviet Union began airlifting weapons to Ethiopia."},
		{"07", "EGY", "SOM", "In August 2024 Egypt shipped arms to Somalia."},
		{"16", "USA", "PRK", "In November 2002 the United States halted fuel-oil shipments to North Korea."},
		{"16", "PRK", "USA", "In 2005 North Korea boycotted the talks with the United States."},
		{"11", "SOM", "KEN", "In May 2019 Kenya turned back a Somali delegation, prompting a formal protest from Somalia."},
		{"13", "PRK", "USA", "In July 2025 American B-52 bombers flew over Korea, prompting a North Korean warning."},
		{"15", "USA", "PRK", "In July 2025 the United States and North Korea traded threats, and American B-52 bombers flew over the peninsula."},
		{"11", "PHL", "USA", "In September 2016 Duterte called Obama a disgrace."},
		{"04", "PRK", "USA", "In October 2000 a North Korean envoy called on Bill Clinton at the White House."},
		{"05", "EGY", "USA", "In July 2025 Egypt thanked the United States."},
		{"12", "ETH", "USA", "In February 2020 Ethiopia skipped the final round of talks in the United States."},
		{"11", "GUY", "VEN", "In May 2025 Venezuela held drills near the border; Guyana called the exercise a sham."},
		{"04", "NGA", "CMR", "In September 2002 France brought Nigeria and Cameroon together in Paris."},
		{"11", "NGA", "CMR", "On 5 June 2025 Nigeria summoned Cameroon's high commissioner."},
		{"13", "NGA", "CMR", "In 1987 Nigeria gave Cameroon an ultimatum."},
		{"05", "DEU", "POL", "In July 2024 Germany asked Poland for forgiveness."},
		{"06", "NGA", "CMR", "In 2022 Nigeria and Cameroon jointly opened a bridge."},
		{"04", "NGA", "CMR", "In July 2015 Buhari made Yaoundé an early stop."},
		{"05", "ISR", "JOR", "In March 2014 Israel expressed regret to Jordan."},
		{"05", "ISR", "JOR", "In April 1987 Israel and Jordan initialled the London Agreement."},
		{"05", "JOR", "ISR", "In March 1997 Jordan begged Israel's forgiveness."},
		{"04", "LBN", "SYR", "In February 2023 Lebanon's foreign minister led a delegation to Damascus."},
	}
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, tc := range tests {
		seen[tc.root] = true
		t.Run(tc.root+"/"+tc.text, func(t *testing.T) {
			doc := &dyad.Document{ID: "t", Text: tc.text, Published: dyad.Year(2023)}
			if err := p.Run(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range doc.Events {
				if e.Root == tc.root && e.Source.Country == tc.src && e.Target.Country == tc.tgt {
					return
				}
				got = append(got, e.Source.Code+">"+e.Target.Code+" "+e.Code)
			}
			t.Errorf("want %s>%s root %s; got %v", tc.src, tc.tgt, tc.root, got)
		})
	}
	for r := 1; r <= 20; r++ {
		root := string(rune('0'+r/10)) + string(rune('0'+r%10))
		if !seen[root] {
			t.Errorf("no test sentence for root %s", root)
		}
	}
}
