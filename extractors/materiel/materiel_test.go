package materiel

import (
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

func newExtractor(t testing.TB) *Extractor { return modeltest.Must(t, New) }

func extractAll(e *Extractor, text string) (*model.Doc, []model.Mention) {
	return modeltest.Extract(e, text)
}

// want is one expected mention: its text in the matching view and values.
type want struct {
	text     string
	qty      int64 // -1: vague (null)
	max      int64
	qual     string
	vague    string
	item     string
	category string
	caliber  float64
	unit     string
	role     string // checked when not empty
}

// corpus pairs sentences with every mention they must yield, in order.
// Rows are phrasings of press releases and news copy, not of the seed.
var corpus = []struct {
	name string
	in   string
	want []want
}{
	{"bullet IFV", "• 60 Bradley Infantry Fighting Vehicles;", []want{{"60 Bradley Infantry Fighting Vehicles", 60, 0, "exact", "", "Bradley Infantry Fighting Vehicles", "armored_vehicle", 0, "", "aid"}}},
	{"launch systems", "The US has sent 300 multiple rocket launch systems and eight NASAMS launch systems.", []want{{"300 multiple rocket launch systems", 300, 0, "exact", "", "multiple rocket launch systems", "rocket_artillery", 0, "", "aid"}, {"eight NASAMS launch systems", 8, 0, "exact", "", "NASAMS launch systems", "air_defense", 0, "", "aid"}}},
	{"tracked carrier named like a jet", "Germany delivered one Warthog all-terrain tracked vehicle.", []want{{"one Warthog all-terrain tracked vehicle", 1, 0, "exact", "", "Warthog all-terrain tracked vehicle", "vehicle", 0, "", "aid"}}},
	{"glued caliber", "• 2,000 155mm rounds;", []want{{"2,000 155mm rounds", 2000, 0, "exact", "", "155mm rounds", "ammunition", 155, "", ""}}},
	{"million rounds of", "It includes 10 million rounds of small arms ammunition.", []want{{"10 million rounds of small arms ammunition", 10000000, 0, "exact", "", "small arms ammunition", "ammunition", 0, "rounds", ""}}},
	{"decimal million", "Canada sent over 2.75 million rounds of small-arms ammunition.", []want{{"2.75 million rounds of small-arms ammunition", 2750000, 0, "more_than", "", "small-arms ammunition", "ammunition", 0, "rounds", ""}}},
	{"system then caliber", "The package has 16 M777 155 mm howitzers.", []want{{"16 M777 155 mm howitzers", 16, 0, "exact", "", "M777 155 mm howitzers", "artillery", 155, "", ""}}},
	{"count then caliber", "They pledged 16 105 mm howitzers.", []want{{"16 105 mm howitzers", 16, 0, "exact", "", "105 mm howitzers", "artillery", 105, "", ""}}},
	{"hyphen caliber", "Norway gave 22 155-mm self-propelled howitzers.", []want{{"22 155-mm self-propelled howitzers", 22, 0, "exact", "", "155-mm self-propelled howitzers", "artillery", 155, "", ""}}},
	{"company of", "a company of 12 Leopard 2 tanks", []want{{"a company of 12 Leopard 2 tanks", 12, 0, "exact", "", "Leopard 2 tanks", "tank", 0, "", ""}}},
	{"all", "Denmark will give all 19 of its Caesar howitzers. All 13 aircraft arrived.", []want{
		{"all 19 of its Caesar howitzers", 19, 0, "exact", "", "Caesar howitzers", "artillery", 0, "", ""},
		{"All 13 aircraft", 13, 0, "exact", "", "aircraft", "aircraft", 0, "", ""}}},
	{"four more", "The US will send four more HIMARS systems and their associated rockets.", []want{{"four more HIMARS systems", 4, 0, "exact", "", "HIMARS systems", "rocket_artillery", 0, "", ""}}},
	{"two in a list", "1,000 Javelins and hundreds of AT4 anti-tank weapons", []want{
		{"1,000 Javelins", 1000, 0, "exact", "", "Javelins", "anti_tank", 0, "", ""},
		{"hundreds of AT4 anti-tank weapons", -1, 0, "vague", "hundreds", "AT4 anti-tank weapons", "anti_tank", 0, "", ""}}},
	{"semicolon list", "The aid comprises 20 Humvees; 8 Stryker vehicles; and three Mi-17 helicopters.", []want{
		{"20 Humvees", 20, 0, "exact", "", "Humvees", "vehicle", 0, "", ""},
		{"8 Stryker vehicles", 8, 0, "exact", "", "Stryker vehicles", "armored_vehicle", 0, "", ""},
		{"three Mi-17 helicopters", 3, 0, "exact", "", "Mi-17 helicopters", "helicopter", 0, "", ""}}},
	{"containers of, and a glued magnitude", "North Korea has shipped 13,000 containers of artillery shells; the package has about 4m rounds of small arms ammunition.", []want{
		{"13,000 containers of artillery shells", 13000, 0, "exact", "", "artillery shells", "ammunition", 0, "containers", ""},
		{"4m rounds of small arms ammunition", 4000000, 0, "approx", "", "small arms ammunition", "ammunition", 0, "rounds", ""}}},
	{"two modifiers share a head", "Russia fired 1,600 strike and air defence missiles; it found 800,000 rounds of 155 mm and 122 mm ammunition; Germany sent 12 light and 20 heavy tanks.", []want{
		{"1,600 strike and air defence missiles", 1600, 0, "exact", "", "strike and air defence missiles", "air_defense", 0, "", ""},
		{"800,000 rounds of 155 mm and 122 mm ammunition", 800000, 0, "exact", "", "155 mm and 122 mm ammunition", "ammunition", 155, "rounds", ""},
		{"12 light", 12, 0, "exact", "", "light", "tank", 0, "", ""},
		{"20 heavy tanks", 20, 0, "exact", "", "heavy tanks", "tank", 0, "", ""}}},
	{"pieces of", "Poland sent 14 pieces of Krab howitzers.", []want{{"14 pieces of Krab howitzers", 14, 0, "exact", "", "Krab howitzers", "artillery", 0, "pieces", ""}}},
	{"batteries of", "two batteries of NASAMS", []want{{"two batteries of NASAMS", 2, 0, "exact", "", "NASAMS", "air_defense", 0, "batteries", ""}}},
	{"including", "military aid, including 40 Marder infantry fighting vehicles", []want{{"40 Marder infantry fighting vehicles", 40, 0, "exact", "", "Marder infantry fighting vehicles", "armored_vehicle", 0, "", ""}}},
	{"a battery", "Germany will deliver a Patriot missile battery.", []want{{"a Patriot missile battery", 1, 0, "exact", "", "Patriot missile battery", "air_defense", 0, "", ""}}},
	{"an system", "Berlin sent an IRIS-T air-defense system.", []want{{"an IRIS-T air-defense system", 1, 0, "exact", "", "IRIS-T air-defense system", "air_defense", 0, "", ""}}},
	{"another", "Germany announced another IRIS-T SLM system for Kyiv.", []want{{"another IRIS-T SLM system", 1, 0, "exact", "", "IRIS-T SLM system", "air_defense", 0, "", ""}}},
	{"partitive", "Ukraine said it shot down 154 of 208 Russian drones; 300 of 100 tanks; 2 of 5 cases.", []want{
		{"154", 154, 0, "exact", "", "Russian drones", "drone", 0, "", ""},
		{"208 Russian drones", 208, 0, "exact", "", "Russian drones", "drone", 0, "", ""},
		{"100 tanks", 100, 0, "exact", "", "tanks", "tank", 0, "", ""}}},
	{"a list goes on as its first count", "Ukraine said it shot down six Kinzhal missiles, along with nine cruise missiles and three Iskander-M missiles. Russia launched 400 missiles and 600 drones. Russia lost 20 tanks and the US sent 30 Bradleys.", []want{
		{"six Kinzhal missiles", 6, 0, "exact", "", "Kinzhal missiles", "missile", 0, "", "other"},
		{"nine cruise missiles", 9, 0, "exact", "", "cruise missiles", "missile", 0, "", "other"},
		{"three Iskander-M missiles", 3, 0, "exact", "", "Iskander-M missiles", "missile", 0, "", "other"},
		{"400 missiles", 400, 0, "exact", "", "missiles", "missile", 0, "", "other"},
		{"600 drones", 600, 0, "exact", "", "drones", "drone", 0, "", "other"},
		{"20 tanks", 20, 0, "exact", "", "tanks", "tank", 0, "", "other"},
		{"30 Bradleys", 30, 0, "exact", "", "Bradleys", "armored_vehicle", 0, "", "aid"}}},
	{"a fleet run is held, a fleet given is aid", "The Polish Air Force operates a fleet of some 28 MiG-29s. Slovakia donated its entire fleet of 13 MiG-29s.", []want{
		{"28 MiG-29s", 28, 0, "approx", "", "MiG-29s", "aircraft", 0, "", "other"},
		{"13 MiG-29s", 13, 0, "exact", "", "MiG-29s", "aircraft", 0, "", "aid"}}},
	{"a fleet grounded is held; a kind described is no aid", "Slovakia grounded its fleet of 11 operational MiG-29s last summer. A NASAMS battery typically comprises several launchers.", []want{
		{"11 operational MiG-29s", 11, 0, "exact", "", "operational MiG-29s", "aircraft", 0, "", "other"},
		{"A NASAMS battery", 1, 0, "exact", "", "NASAMS battery", "air_defense", 0, "", "other"},
		{"several launchers", -1, 0, "vague", "several", "launchers", "air_defense", 0, "", "other"}}},
	{"heads of supplies and parts", "Canada will send 1,300 warheads, five Bandvulkan mine-clearing systems, 2,000 body armour plates and 25,000 Starlink ground terminals.", []want{
		{"1,300 warheads", 1300, 0, "exact", "", "warheads", "missile", 0, "", "aid"},
		{"five Bandvulkan mine-clearing systems", 5, 0, "exact", "", "Bandvulkan mine-clearing systems", "vehicle", 0, "", "aid"},
		{"2,000 body armour plates", 2000, 0, "exact", "", "body armour plates", "other", 0, "", "aid"},
		{"25,000 Starlink ground terminals", 25000, 0, "exact", "", "Starlink ground terminals", "other", 0, "", "aid"}}},
	{"a single system is one", "Lithuanians raised 6 million euros for a single TB2.", []want{
		{"a single TB2", 1, 0, "exact", "", "TB2", "drone", 0, "", "aid"}}},
	{"what a side needs is not given", "Ukraine needs at least seven additional Patriot systems.", []want{
		{"seven additional Patriot systems", 7, 0, "at_least", "", "Patriot systems", "air_defense", 0, "", "other"}}},
	{"a partitive's cue after its borrowed head", "Ukraine's air force said 16 of 21 Iranian-made drones had been shot down.", []want{
		{"16", 16, 0, "exact", "", "Iranian-made drones", "drone", 0, "", "other"},
		{"21 Iranian-made drones", 21, 0, "exact", "", "Iranian-made drones", "drone", 0, "", "other"}}},
	{"a bare count standing for materiel named before it", "Australia sent 14 M113AS4 vehicles in June and a further 14 in October, raising the number to 28. " +
		"Britain aims to train a further 20,000 this year; another 20 were killed.", []want{
		{"14 M113AS4 vehicles", 14, 0, "exact", "", "M113AS4 vehicles", "armored_vehicle", 0, "", ""},
		{"14", 14, 0, "exact", "", "M113AS4 vehicles", "armored_vehicle", 0, "", ""},
		{"28", 28, 0, "exact", "", "M113AS4 vehicles", "armored_vehicle", 0, "", ""}}},
	{"a gapped count takes the head before it", "Denmark has committed 19 jets, the Netherlands 24 and Norway six. The army drew down its M109 fleet after sending 14 to Ukraine.", []want{
		{"19 jets", 19, 0, "exact", "", "jets", "aircraft", 0, "", ""},
		{"24", 24, 0, "exact", "", "jets", "aircraft", 0, "", ""},
		{"six", 6, 0, "exact", "", "jets", "aircraft", 0, "", ""},
		{"14", 14, 0, "exact", "", "M109", "artillery", 0, "", ""}}},
	{"a count after of which, or of the larger count", "Russia launched 43 drones, of which 37 were intercepted. The Netherlands said that 18 of the 24 F-16 fighter jets had been handed over. " +
		"The EU promised one million shells and has so far delivered about 300,000.", []want{
		{"43 drones", 43, 0, "exact", "", "drones", "drone", 0, "", ""},
		{"37", 37, 0, "exact", "", "drones", "drone", 0, "", ""},
		{"18", 18, 0, "exact", "", "F-16 fighter jets", "aircraft", 0, "", ""},
		{"24 F-16 fighter jets", 24, 0, "exact", "", "F-16 fighter jets", "aircraft", 0, "", ""},
		{"one million shells", 1000000, 0, "exact", "", "shells", "ammunition", 0, "", ""},
		{"300,000", 300000, 0, "approx", "", "shells", "ammunition", 0, "", ""}}},
	{"a bare count handed over is the materiel named before it; a small one is not of rounds", "The EU promised one million shells; only about 524,000 had been delivered. Of 50 armoured vehicles promised, fewer than 20 have reached Ukraine. " +
		"The first three Gepards arrived with 60,000 rounds of ammunition, and 15 had been delivered by August. Some 70 Leopard 2s had arrived, short of the 80 promised.", []want{
		{"one million shells", 1000000, 0, "exact", "", "shells", "ammunition", 0, "", ""},
		{"524,000", 524000, 0, "approx", "", "shells", "ammunition", 0, "", ""},
		{"50 armoured vehicles", 50, 0, "exact", "", "armoured vehicles", "armored_vehicle", 0, "", ""},
		{"20", 20, 0, "less_than", "", "armoured vehicles", "armored_vehicle", 0, "", ""},
		{"three Gepards", 3, 0, "exact", "", "Gepards", "air_defense", 0, "", ""},
		{"60,000 rounds of ammunition", 60000, 0, "exact", "", "ammunition", "ammunition", 0, "rounds", ""},
		{"70 Leopard 2s", 70, 0, "approx", "", "Leopard 2s", "tank", 0, "", ""},
		{"80", 80, 0, "exact", "", "Leopard 2s", "tank", 0, "", ""}}},
	{"a bare count before of them", "Washington had committed 38 HIMARS, 20 of them from existing stocks.", []want{
		{"38 HIMARS", 38, 0, "exact", "", "HIMARS", "rocket_artillery", 0, "", ""},
		{"20", 20, 0, "exact", "", "HIMARS", "rocket_artillery", 0, "", ""}}},
	{"a named system alone", "Canada sent a Leopard 2A6, and Spain a Patriot to Kyiv; a HIMARS strike hit. An Archer howitzer is self-propelled.", []want{
		{"a Leopard 2A6", 1, 0, "exact", "", "Leopard 2A6", "tank", 0, "", ""},
		{"a Patriot", 1, 0, "exact", "", "Patriot", "air_defense", 0, "", ""}}},
	{"a named system and its head", "Australia stationed an E-7A Wedgetail surveillance aircraft in Germany; Poland sent a Leopard 2 tank.", []want{
		{"an E-7A Wedgetail surveillance aircraft", 1, 0, "exact", "", "E-7A Wedgetail surveillance aircraft", "aircraft", 0, "", ""},
		{"a Leopard 2 tank", 1, 0, "exact", "", "Leopard 2 tank", "tank", 0, "", ""}}},
	{"a head without a named system is no count", "Australia stationed a surveillance aircraft and a new weapon in Germany.", nil},
	{"range to", "Ukraine fires 5,000 to 6,000 rounds a day.", []want{{"5,000 to 6,000 rounds", 5000, 6000, "exact", "", "rounds", "ammunition", 0, "", "other"}}},
	{"range hyphen", "with 20-25 Leopard 1A5 tanks", []want{{"20-25 Leopard 1A5 tanks", 20, 25, "exact", "", "Leopard 1A5 tanks", "tank", 0, "", ""}}},
	{"up to", "up to 245,000 155 mm shells", []want{{"245,000 155 mm shells", 245000, 0, "up_to", "", "155 mm shells", "ammunition", 155, "", ""}}},
	{"more than", "more than 200 HMMWVs", []want{{"200 HMMWVs", 200, 0, "more_than", "", "HMMWVs", "vehicle", 0, "", ""}}},
	{"over", "Over 3,000,000 rounds of small arms ammunition", []want{{"3,000,000 rounds of small arms ammunition", 3000000, 0, "more_than", "", "small arms ammunition", "ammunition", 0, "rounds", ""}}},
	{"nearly", "nearly 50 Bradley Fighting Vehicles", []want{{"50 Bradley Fighting Vehicles", 50, 0, "approx", "", "Bradley Fighting Vehicles", "armored_vehicle", 0, "", ""}}},
	{"at least", "at least 800,000 155 mm artillery shells", []want{{"800,000 155 mm artillery shells", 800000, 0, "at_least", "", "155 mm artillery shells", "ammunition", 155, "", ""}}},
	{"approximately", "• Approximately 3,000 small arms;", []want{{"3,000 small arms", 3000, 0, "approx", "", "small arms", "small_arms", 0, "", ""}}},
	{"additional is exact", "100 additional M113 armored personnel carriers", []want{{"100 additional M113 armored personnel carriers", 100, 0, "exact", "", "M113 armored personnel carriers", "armored_vehicle", 0, "", ""}}},
	{"further is exact", "12 further CAESAR howitzers", []want{{"12 further CAESAR howitzers", 12, 0, "exact", "", "CAESAR howitzers", "artillery", 0, "", ""}}},
	{"a dozen", "a dozen Bayraktar TB2 drones", []want{{"a dozen Bayraktar TB2 drones", 12, 0, "exact", "", "Bayraktar TB2 drones", "drone", 0, "", ""}}},
	{"one million", "one million 155 mm artillery shells", []want{{"one million 155 mm artillery shells", 1000000, 0, "exact", "", "155 mm artillery shells", "ammunition", 155, "", ""}}},
	{"dozens of", "dozens of drones", []want{{"dozens of drones", -1, 0, "vague", "dozens", "drones", "drone", 0, "", ""}}},
	{"a named unknown system is not the one named before", "Germany sent 25 Leopard 1A5 tanks and one Luna unmanned system.", []want{
		{"25 Leopard 1A5 tanks", 25, 0, "exact", "", "Leopard 1A5 tanks", "tank", 0, "", ""},
		{"one Luna unmanned system", 1, 0, "exact", "", "Luna unmanned system", "drone", 0, "", ""}}},
	{"counter-drone systems are drones", "Latvia sent 50 anti-drone systems and 1,000 counter-drone electronic warfare systems.", []want{
		{"50 anti-drone systems", 50, 0, "exact", "", "anti-drone systems", "drone", 0, "", ""},
		{"1,000 counter-drone electronic warfare systems", 1000, 0, "exact", "", "counter-drone electronic warfare systems", "drone", 0, "", ""}}},
	{"half a million", "The EU will deliver half a million rounds of ammunition.", []want{{"half a million rounds of ammunition", 500000, 0, "exact", "", "ammunition", "ammunition", 0, "rounds", ""}}},
	{"squadron of, no number", "The UK will send a squadron of Challenger 2 tanks.", []want{{"a squadron of Challenger 2 tanks", -1, 0, "vague", "squadron", "Challenger 2 tanks", "tank", 0, "", ""}}},
	{"squadron of, a number", "A squadron of 14 Challenger 2 tanks arrived.", []want{{"A squadron of 14 Challenger 2 tanks", 14, 0, "exact", "", "Challenger 2 tanks", "tank", 0, "", ""}}},
	{"tens of thousands", "tens of thousands of shells", []want{{"tens of thousands of shells", -1, 0, "vague", "tens of thousands", "shells", "ammunition", 0, "", ""}}},
	{"thousands of", "thousands of anti-tank mines", []want{{"thousands of anti-tank mines", -1, 0, "vague", "thousands", "anti-tank mines", "mine", 0, "", ""}}},
	{"several", "several Gepard anti-aircraft guns", []want{{"several Gepard anti-aircraft guns", -1, 0, "vague", "several", "Gepard anti-aircraft guns", "air_defense", 0, "", ""}}},
	{"several dozen", "several dozen AMX-10 RC vehicles", []want{{"several dozen AMX-10 RC vehicles", -1, 0, "vague", "dozens", "AMX-10 RC vehicles", "armored_vehicle", 0, "", ""}}},
	{"quoted vague", "\"hundreds\" of Storm Shadow missiles", []want{{"\"hundreds\" of Storm Shadow missiles", -1, 0, "vague", "hundreds", "Storm Shadow missiles", "missile", 0, "", ""}}},
	{"system plural", "Kyiv received 31 M1A1s.", []want{{"31 M1A1s", 31, 0, "exact", "", "M1A1s", "tank", 0, "", ""}}},
	{"demining machines", "Germany will send 10 mechanized demining machines.", []want{{"10 mechanized demining machines", 10, 0, "exact", "", "mechanized demining machines", "vehicle", 0, "", ""}}},
	{"demining platforms and warships", "Britain delivered two mine-hunting ships and four GCS-100 demining platforms.", []want{{"two mine-hunting ships", 2, 0, "exact", "", "mine-hunting ships", "vehicle", 0, "", ""}, {"four GCS-100 demining platforms", 4, 0, "exact", "", "GCS-100 demining platforms", "vehicle", 0, "", ""}}},
	{"a single system with its short name in brackets", "Canada will buy an air defence system (NASAMS) for Ukraine.", []want{{"an air defence system (NASAMS)", 1, 0, "exact", "", "air defence system (NASAMS)", "air_defense", 0, "", ""}}},
	{"rocket-propelled grenades", "It sent 400 rocket propelled grenades.", []want{{"400 rocket propelled grenades", 400, 0, "exact", "", "rocket propelled grenades", "anti_tank", 0, "", ""}}},
	{"decides", "three Leopard 2 mine-clearing tanks", []want{{"three Leopard 2 mine-clearing tanks", 3, 0, "exact", "", "Leopard 2 mine-clearing tanks", "vehicle", 0, "", ""}}},
	{"rounds for platform", "hundreds of thousands of rounds of artillery", []want{{"hundreds of thousands of rounds of artillery", -1, 0, "vague", "hundreds of thousands", "artillery", "ammunition", 0, "rounds", ""}}},
	{"parenthesis", "200 mine-resistant, ambush-protected vehicles (MRAPs) and more", []want{{"200 mine-resistant, ambush-protected vehicles (MRAPs)", 200, 0, "exact", "", "mine-resistant, ambush-protected vehicles (MRAPs)", "armored_vehicle", 0, "", ""}}},
	{"caliber after", "1000 howitzers caliber 155 mm", []want{{"1000 howitzers", 1000, 0, "exact", "", "howitzers", "artillery", 155, "", ""}}},
	{"dot fifty", "40 .50 caliber machine guns", []want{{"40 .50 caliber machine guns", 40, 0, "exact", "", ".50 caliber machine guns", "small_arms", 12.7, "", ""}}},
	{"ellipsis", "Four Leopard 2A4 tanks arrived in March, and 10 more are to arrive in May.", []want{
		{"Four Leopard 2A4 tanks", 4, 0, "exact", "", "Leopard 2A4 tanks", "tank", 0, "", ""},
		{"10 more", 10, 0, "exact", "", "Leopard 2A4 tanks", "tank", 0, "", ""}}},
	{"generic from context", "The Netherlands pledged Patriot launchers; two launchers arrived in April.", []want{{"two launchers", 2, 0, "exact", "", "launchers", "air_defense", 0, "", ""}}},
	{"production rate", "The plant will produce 20,000 shells per month.", []want{{"20,000 shells", 20000, 0, "exact", "", "shells", "ammunition", 0, "", "other"}}},
	{"the number rose to", "Allies supplied more than 17,000 anti-tank weapons; by mid-March, the number was estimated to be more than 20,000.", []want{
		{"17,000 anti-tank weapons", 17000, 0, "more_than", "", "anti-tank weapons", "anti_tank", 0, "", ""},
		{"20,000", 20000, 0, "more_than", "", "anti-tank weapons", "anti_tank", 0, "", ""}}},
	{"that figure had risen to", "Germany sent 14 Leopard tanks; by May that figure had risen to 18.", []want{
		{"14 Leopard tanks", 14, 0, "exact", "", "Leopard tanks", "tank", 0, "", ""},
		{"18", 18, 0, "exact", "", "Leopard tanks", "tank", 0, "", ""}}},
	{"the number of people is no materiel", "Poland took in 20 tanks; the number of refugees reached 5,000.", []want{
		{"20 tanks", 20, 0, "exact", "", "tanks", "tank", 0, "", ""}}},
	{"all-terrain vehicles, armored or not", "Kyiv will receive several armored all-terrain vehicles and 5 all-terrain vehicles.", []want{{"several armored all-terrain vehicles", -1, 0, "vague", "several", "armored all-terrain vehicles", "armored_vehicle", 0, "", "aid"}, {"5 all-terrain vehicles", 5, 0, "exact", "", "all-terrain vehicles", "vehicle", 0, "", "aid"}}},
	{"protected vehicles are armored", "The UK sent more than 150 armoured and protected vehicles.", []want{{"150 armoured and protected vehicles", 150, 0, "more_than", "", "armoured and protected vehicles", "armored_vehicle", 0, "", "aid"}}},
	{"a unit's rating is no production", "The UAE aid comprises 2,500 household generators, each with a power output of 8 kilowatts.", []want{{"2,500 household generators", 2500, 0, "exact", "", "household generators", "other", 0, "", "aid"}}},
	{"what the enemy struck or took is a loss", "Russian shells targeted 78 ambulances. Another 106 ambulances were stolen by the occupiers.", []want{{"78 ambulances", 78, 0, "exact", "", "ambulances", "vehicle", 0, "", "other"}, {"106 ambulances", 106, 0, "exact", "", "ambulances", "vehicle", 0, "", "other"}}},
	{"an army's own fleet and order, losses, upgrades", "The British Army operated 227 Challenger 2s before the transfer. Germany ordered four Patriot systems for the Bundeswehr. " +
		"Oryx documented the loss of at least 53 M113s. Denmark is replacing its M113 fleet with 206 Piranha vehicles. 148 tanks are being upgraded. Germany sent 14 tanks for the Ukrainian army.", []want{
		{"227 Challenger 2s", 227, 0, "exact", "", "Challenger 2s", "tank", 0, "", "other"},
		{"four Patriot systems", 4, 0, "exact", "", "Patriot systems", "air_defense", 0, "", "other"},
		{"53 M113s", 53, 0, "at_least", "", "M113s", "armored_vehicle", 0, "", "other"},
		{"206 Piranha vehicles", 206, 0, "exact", "", "Piranha vehicles", "armored_vehicle", 0, "", "other"},
		{"148 tanks", 148, 0, "exact", "", "tanks", "tank", 0, "", "other"},
		{"14 tanks", 14, 0, "exact", "", "tanks", "tank", 0, "", "aid"}}},
	{"fire units, clearing machines, mine detectors", "Norway would donate two fire units and two NASAMS fire units; Japan sent 50 ALIS mine detectors and six remotely operated clearing machines.", []want{
		{"two fire units", 2, 0, "exact", "", "fire units", "air_defense", 0, "", "aid"},
		{"two NASAMS fire units", 2, 0, "exact", "", "NASAMS fire units", "air_defense", 0, "", "aid"},
		{"50 ALIS mine detectors", 50, 0, "exact", "", "ALIS mine detectors", "other", 0, "", "aid"},
		{"six remotely operated clearing machines", 6, 0, "exact", "", "remotely operated clearing machines", "vehicle", 0, "", "aid"}}},
	{"a remark in brackets is no part of the item; names with numbers", "Germany sent 18 Leopard 2A6 tanks (with ammunition), 25 LAV 6 armoured vehicles, 20 Combat Boats 90, the RBS 70 system and 39 armoured combat support vehicles.", []want{
		{"18 Leopard 2A6 tanks", 18, 0, "exact", "", "Leopard 2A6 tanks", "tank", 0, "", "aid"},
		{"25 LAV 6 armoured vehicles", 25, 0, "exact", "", "LAV 6 armoured vehicles", "armored_vehicle", 0, "", "aid"},
		{"20 Combat Boats 90", 20, 0, "exact", "", "Combat Boats 90", "vehicle", 0, "", "aid"},
		{"39 armoured combat support vehicles", 39, 0, "exact", "", "armoured combat support vehicles", "armored_vehicle", 0, "", "aid"}}},
	{"a date in brackets is no part of the item; a name is", "Norway sent 3 Leopard 2R mine-clearing vehicles (January 2023), 500 Stinger missiles (26 February 2022), 14 Leopard 2A6 tanks (2023) and 8 howitzers (M109A3GN).", []want{
		{"3 Leopard 2R mine-clearing vehicles", 3, 0, "exact", "", "Leopard 2R mine-clearing vehicles", "vehicle", 0, "", "aid"},
		{"500 Stinger missiles", 500, 0, "exact", "", "Stinger missiles", "air_defense", 0, "", "aid"},
		{"14 Leopard 2A6 tanks", 14, 0, "exact", "", "Leopard 2A6 tanks", "tank", 0, "", "aid"},
		{"8 howitzers (M109A3GN)", 8, 0, "exact", "", "howitzers (M109A3GN)", "artillery", 0, "", "aid"}}},
	{"what the enemy fires or loses is no aid, down a list; what a giving verb hands over is aid, whatever stock it came out of", "Russian troops still fire about five shells for every one. Russia lost 1,160 soldiers over the past day, along with eight tanks and 41 artillery systems. " +
		"Russian forces struck gas facilities in the Kharkiv and Poltava regions with 11 missiles and more than 70 drones. Ukrainian forces reported destroying 23 artillery systems. " +
		"Artillery stocks were depleted after London sent 32 AS-90 self-propelled guns and more than 300,000 artillery rounds to Ukraine.", []want{
		{"five shells", 5, 0, "approx", "", "shells", "ammunition", 0, "", "other"},
		{"eight tanks", 8, 0, "exact", "", "tanks", "tank", 0, "", "other"},
		{"41 artillery systems", 41, 0, "exact", "", "artillery systems", "artillery", 0, "", "other"},
		{"11 missiles", 11, 0, "exact", "", "missiles", "missile", 0, "", "other"},
		{"70 drones", 70, 0, "more_than", "", "drones", "drone", 0, "", "other"},
		{"23 artillery systems", 23, 0, "exact", "", "artillery systems", "artillery", 0, "", "other"},
		{"32 AS-90 self-propelled guns", 32, 0, "exact", "", "AS-90 self-propelled guns", "artillery", 0, "", "aid"},
		{"300,000 artillery rounds", 300000, 0, "more_than", "", "artillery rounds", "ammunition", 0, "", "aid"}}},
	{"what a donation names is aid, whatever it costs", "On January 18, Minister Anand announced the donation of 200 Senator armoured personnel carriers, at a cost of $90 million.", []want{
		{"200 Senator armoured personnel carriers", 200, 0, "exact", "", "Senator armoured personnel carriers", "armored_vehicle", 0, "", "aid"}}},
	{"what a fleet holds, armies run or a buyer rebuilds its own forces with is no aid", "The Canadian Army's Leopard 2 fleet comprises 82 tanks. About 2,000 Leopard 2 tanks are in service with armies across Europe. " +
		"Poland signed contracts worth $13.7 billion for 180 K2 tanks as it rebuilds its own forces after donating equipment to Ukraine. The British Army plans to upgrade 148 Challenger 2 tanks.", []want{
		{"82 tanks", 82, 0, "exact", "", "tanks", "tank", 0, "", "other"},
		{"2,000 Leopard 2 tanks", 2000, 0, "approx", "", "Leopard 2 tanks", "tank", 0, "", "other"},
		{"180 K2 tanks", 180, 0, "exact", "", "K2 tanks", "tank", 0, "", "other"},
		{"148 Challenger 2 tanks", 148, 0, "exact", "", "Challenger 2 tanks", "tank", 0, "", "other"}}},
	{"what an attack fires is no aid", "Russia hits Ukrainian energy system with 78 missiles and 106 drones. The UK sent 20 anti-tank weapons to strike Russian armour.", []want{
		{"78 missiles", 78, 0, "exact", "", "missiles", "missile", 0, "", "other"},
		{"106 drones", 106, 0, "exact", "", "drones", "drone", 0, "", "other"},
		{"20 anti-tank weapons", 20, 0, "exact", "", "anti-tank weapons", "anti_tank", 0, "", "aid"}}},
	{"what an attack launches or brings down is no aid; a launch system or a gun to shoot down is", "Russia launches 55 missiles at Kyiv. A Patriot shoots down a Kinzhal hypersonic missile. More than 800 Russian drones strike cities. The UK sent three Multiple Launch Rocket Systems and 150 heavy machine guns to shoot down drones.", []want{
		{"55 missiles", 55, 0, "exact", "", "missiles", "missile", 0, "", "other"},
		{"a Kinzhal hypersonic missile", 1, 0, "exact", "", "Kinzhal hypersonic missile", "missile", 0, "", "other"},
		{"800 Russian drones", 800, 0, "more_than", "", "Russian drones", "drone", 0, "", "other"},
		{"three Multiple Launch Rocket Systems", 3, 0, "exact", "", "Multiple Launch Rocket Systems", "rocket_artillery", 0, "", "aid"},
		{"150 heavy machine guns", 150, 0, "exact", "", "heavy machine guns", "small_arms", 0, "", "aid"}}},
	{"water tanks are no battle tanks", "UNICEF has sent 10 water tanks.", []want{{"10 water tanks", 10, 0, "exact", "", "water tanks", "other", 0, "", "aid"}}},
	{"an order to refill what was given", "Berlin has ordered 20 additional PzH 2000 howitzers to replace those given to Ukraine. Norway ordered 24 K9 howitzers as a replacement.", []want{{"20 additional PzH 2000 howitzers", 20, 0, "exact", "", "PzH 2000 howitzers", "artillery", 0, "", "other"}, {"24 K9 howitzers", 24, 0, "exact", "", "K9 howitzers", "artillery", 0, "", "other"}}},
	{"held in stocks", "Germany holds 300 Leopard tanks in its stocks.", []want{{"300 Leopard tanks", 300, 0, "exact", "", "Leopard tanks", "tank", 0, "", "other"}}},
	{"an acronym before the head", "It sent 200 Mine-Resistant Ambush Protected (MRAP) vehicles.", []want{{"200 Mine-Resistant Ambush Protected (MRAP) vehicles", 200, 0, "exact", "", "Mine-Resistant Ambush Protected (MRAP) vehicles", "vehicle", 0, "", ""}}},
	{"MRAP vehicles are armoured", "It sent 20 MRAP vehicles and 50 Command Launch Units.", []want{{"20 MRAP vehicles", 20, 0, "exact", "", "MRAP vehicles", "armored_vehicle", 0, "", ""}, {"50 Command Launch Units", 50, 0, "exact", "", "Command Launch Units", "anti_tank", 0, "", ""}}},
	{"armoured infantry vehicles", "The ammunition is complemented by 100 armoured infantry vehicles.", []want{{"100 armoured infantry vehicles", 100, 0, "exact", "", "armoured infantry vehicles", "armored_vehicle", 0, "", ""}}},
	{"vague counts with more", "Britain will send hundreds more armoured vehicles and dozens more uncrewed aerial systems.", []want{{"hundreds more armoured vehicles", -1, 0, "vague", "hundreds", "armoured vehicles", "armored_vehicle", 0, "", ""}, {"dozens more uncrewed aerial systems", -1, 0, "vague", "dozens", "uncrewed aerial systems", "drone", 0, "", ""}}},
	{"owned by a maker", "There are some 180 Leopard 1 tanks in Germany owned by arms maker Rheinmetall.", []want{{"180 Leopard 1 tanks", 180, 0, "approx", "", "Leopard 1 tanks", "tank", 0, "", "other"}}},
	{"a buyer's own", "Canada will buy 88 F-35 fighter jets to replace its aging fleet.", []want{{"88 F-35 fighter jets", 88, 0, "exact", "", "F-35 fighter jets", "aircraft", 0, "", "other"}}},
	{"a buyer's new fleet", "Australia has received 75 newer M1A2 tanks, which will replace the army's fleet of 59 older M1A1 vehicles.", []want{{"75 newer M1A2 tanks", 75, 0, "exact", "", "newer M1A2 tanks", "tank", 0, "", "other"}, {"59 older M1A1 vehicles", 59, 0, "exact", "", "older M1A1 vehicles", "tank", 0, "", "other"}}},
	{"drawn from stocks", "The US will provide 16 M777 howitzers from DoD stocks.", []want{{"16 M777 howitzers", 16, 0, "exact", "", "M777 howitzers", "artillery", 0, "", "aid"}}},
	{"from own stocks", "Member states delivered over 500,000 rounds of artillery ammunition from their own stocks.", []want{{"500,000 rounds of artillery ammunition", 500000, 0, "more_than", "", "artillery ammunition", "ammunition", 0, "rounds", "aid"}}},
	{"the stocks a list draws from cover its next item", "The package includes 30 tanks from Bundeswehr stocks and 10 trucks.", []want{
		{"30 tanks", 30, 0, "exact", "", "tanks", "tank", 0, "", "aid"},
		{"10 trucks", 10, 0, "exact", "", "trucks", "vehicle", 0, "", "aid"}}},
	{"fire as a noun is no firing", "It includes rockets for salvo fire systems and four IRIS-T systems.", []want{{"four IRIS-T systems", 4, 0, "exact", "", "IRIS-T systems", "air_defense", 0, "", "aid"}}},
	{"fire as a verb", "Russia can fire 20,000 shells.", []want{{"20,000 shells", 20000, 0, "exact", "", "shells", "ammunition", 0, "", "other"}}},
	{"a stop word ending in s after the head", "France will send 78 more CAESAR howitzers this year.", []want{{"78 more CAESAR howitzers", 78, 0, "exact", "", "CAESAR howitzers", "artillery", 0, "", "aid"}}},
	{"a verb after a plural head", "The donation of 200 tanks shows commitment.", []want{{"200 tanks", 200, 0, "exact", "", "tanks", "tank", 0, "", "aid"}}},
	{"a singular head before a plural noun is its modifier", "Germany trained 40 tank crews.", nil},
	{"cannons", "Sixty Caesar cannons still need to be financed.", []want{{"Sixty Caesar cannons", 60, 0, "exact", "", "Caesar cannons", "artillery", 0, "", "aid"}}},
	{"a part of what a donor has", "Sweden will send about 50 of its infantry fighting vehicles.", []want{{"50 of its infantry fighting vehicles", 50, 0, "approx", "", "infantry fighting vehicles", "armored_vehicle", 0, "", "aid"}}},
	{"what a country has is its stock", "Sweden has 48 Archer systems, which Ukraine wants.", []want{{"48 Archer systems", 48, 0, "exact", "", "Archer systems", "artillery", 0, "", "other"}}},
	{"what is pulled out of storage is a stock", "Russia has since pulled hundreds of older T-62 tanks out of storage.", []want{{"hundreds of older T-62 tanks", -1, 0, "vague", "hundreds", "older T-62 tanks", "tank", 0, "", "other"}}},
	{"what Russia struck with or lost is no aid", "Russian forces struck the city of Poltava on Tuesday with two ballistic missiles. Russia's losses are estimated at more than 3,000 tanks.", []want{{"two ballistic missiles", 2, 0, "exact", "", "ballistic missiles", "missile", 0, "", "other"}, {"3,000 tanks", 3000, 0, "more_than", "", "tanks", "tank", 0, "", "other"}}},
	{"a barrage is counted in a list", "Russia fired more than 3,000 guided aerial bombs, nearly 400 drones and over 30 missiles at Ukraine last week.", []want{{"3,000 guided aerial bombs", 3000, 0, "more_than", "", "guided aerial bombs", "missile", 0, "", "other"}, {"400 drones", 400, 0, "approx", "", "drones", "drone", 0, "", "other"}, {"30 missiles", 30, 0, "more_than", "", "missiles", "missile", 0, "", "other"}}},
	{"a month after a number makes it a day", "9 March - 1,615 anti-tank weapons are sent. On 9 March 2,000 NLAWs were sent.", []want{{"1,615 anti-tank weapons", 1615, 0, "exact", "", "anti-tank weapons", "anti_tank", 0, "", "aid"}, {"2,000 NLAWs", 2000, 0, "exact", "", "NLAWs", "anti_tank", 0, "", "aid"}}},
	{"what was hoped for is not given", "Ukrainian officials had hoped for 300 Western tanks.", []want{{"300 Western tanks", 300, 0, "exact", "", "Western tanks", "tank", 0, "", "other"}}},
	{"what a country has is its stock, however it is counted", "Russia has about 3,000 active tanks.", []want{{"3,000 active tanks", 3000, 0, "approx", "", "active tanks", "tank", 0, "", "other"}}},
	{"what a package has is aid", "The package also has 12 tanks.", []want{{"12 tanks", 12, 0, "exact", "", "tanks", "tank", 0, "", "aid"}}},
	{"made by a maker", "Ukraine received 800 combat drones manufactured by DronesVision.", []want{{"800 combat drones", 800, 0, "exact", "", "combat drones", "drone", 0, "", "aid"}}},
	{"available from a donor", "Several dozen AMX-10s were available from France.", []want{{"Several dozen AMX-10s", -1, 0, "vague", "dozens", "AMX-10s", "armored_vehicle", 0, "", "aid"}}},
	{"worth an amount", "Latvia gave two Mi-8 helicopters worth €85 million.", []want{{"two Mi-8 helicopters", 2, 0, "exact", "", "Mi-8 helicopters", "helicopter", 0, "", "aid"}}},
	{"brought down", "Ukraine said 11 Shahed drones were downed overnight.", []want{{"11 Shahed drones", 11, 0, "exact", "", "Shahed drones", "drone", 0, "", "other"}}},
	{"a price", "Each of the 12 tanks cost $10 million.", []want{{"12 tanks", 12, 0, "exact", "", "tanks", "tank", 0, "", "other"}}},
	{"coordinated", "approximately 25,000 anti-aircraft and 60,000 anti-tank weapon systems", []want{
		{"25,000 anti-aircraft", 25000, 0, "approx", "", "anti-aircraft", "air_defense", 0, "", ""},
		{"60,000 anti-tank weapon systems", 60000, 0, "approx", "", "anti-tank weapon systems", "anti_tank", 0, "", ""}}},
	{"vague then exact, coordinated", "hundreds of anti-aircraft and two anti-tank weapon systems", []want{
		{"hundreds of anti-aircraft", -1, 0, "vague", "hundreds", "anti-aircraft", "air_defense", 0, "", ""},
		{"two anti-tank weapon systems", 2, 0, "exact", "", "anti-tank weapon systems", "anti_tank", 0, "", ""}}},
	{"words count", "Sweden will send Ten Archer systems", []want{{"Ten Archer systems", 10, 0, "exact", "", "Archer systems", "artillery", 0, "", ""}}},
	{"handed over", "Slovakia handed over 13 MiG-29s.", []want{{"13 MiG-29s", 13, 0, "exact", "", "MiG-29s", "aircraft", 0, "", ""}}},
	{"between words and figure", "between two and 2.5 million artillery shells", []want{{"two and 2.5 million artillery shells", 2000000, 2500000, "exact", "", "artillery shells", "ammunition", 0, "", ""}}},
	{"generic word inside a head", "20 120 mm mortar systems and 400 grenade launchers", []want{
		{"20 120 mm mortar systems", 20, 0, "exact", "", "120 mm mortar systems", "artillery", 120, "", ""},
		{"400 grenade launchers", 400, 0, "exact", "", "grenade launchers", "small_arms", 0, "", ""}}},
	{"launchers of anti-tank rockets", "400 rocket-propelled grenade launchers, 5,000 anti-tank rocket launchers and 200 shotguns", []want{
		{"400 rocket-propelled grenade launchers", 400, 0, "exact", "", "rocket-propelled grenade launchers", "anti_tank", 0, "", ""},
		{"5,000 anti-tank rocket launchers", 5000, 0, "exact", "", "anti-tank rocket launchers", "anti_tank", 0, "", ""},
		{"200 shotguns", 200, 0, "exact", "", "shotguns", "small_arms", 0, "", ""}}},
	{"a plural noun as modifier, a detection system", "It includes 14 special operations vehicles and a drone detection system.", []want{
		{"14 special operations vehicles", 14, 0, "exact", "", "special operations vehicles", "vehicle", 0, "", ""},
		{"a drone detection system", 1, 0, "exact", "", "drone detection system", "drone", 0, "", ""}}},
	{"airplanes and mine clearance vehicles", "It sends 24 airplanes and 5 mine clearance vehicles.", []want{
		{"24 airplanes", 24, 0, "exact", "", "airplanes", "aircraft", 0, "", ""},
		{"5 mine clearance vehicles", 5, 0, "exact", "", "mine clearance vehicles", "vehicle", 0, "", ""}}},
	{"a quoted name in the item", `It sent 500 "Stinger" class surface-to-air missiles.`, []want{{`500 "Stinger" class surface-to-air missiles`, 500, 0, "exact", "", `"Stinger" class surface-to-air missiles`, "air_defense", 0, "", ""}}},
	{"-ing modifiers and noun adjuncts", "It sends 10 training aircraft, 6 firefighting trucks, 10 tank transporters and 3 mine clearance off-road vehicles.", []want{
		{"10 training aircraft", 10, 0, "exact", "", "training aircraft", "aircraft", 0, "", ""},
		{"6 firefighting trucks", 6, 0, "exact", "", "firefighting trucks", "vehicle", 0, "", ""},
		{"10 tank transporters", 10, 0, "exact", "", "tank transporters", "vehicle", 0, "", ""},
		{"3 mine clearance off-road vehicles", 3, 0, "exact", "", "mine clearance off-road vehicles", "vehicle", 0, "", ""}}},
	{"a designator with a number, fire engines", "Germany will deliver 18 RCH 155 wheeled howitzers and 16 fire engines.", []want{
		{"18 RCH 155 wheeled howitzers", 18, 0, "exact", "", "RCH 155 wheeled howitzers", "artillery", 0, "", ""},
		{"16 fire engines", 16, 0, "exact", "", "fire engines", "vehicle", 0, "", ""}}},
	{"of the", "It bought 10,000 of the shoulder-fired missiles.", []want{{"10,000 of the shoulder-fired missiles", 10000, 0, "exact", "", "shoulder-fired missiles", "missile", 0, "", ""}}},
}

func TestCorpus(t *testing.T) {
	e := newExtractor(t)
	for _, c := range corpus {
		t.Run(c.name, func(t *testing.T) {
			d, ms := extractAll(e, c.in)
			if len(ms) != len(c.want) {
				var got []string
				for _, m := range ms {
					got = append(got, d.View.Text[m.Start:m.End])
				}
				t.Fatalf("%q: got %d mentions %q, want %d", c.in, len(ms), got, len(c.want))
			}
			for i, w := range c.want {
				m := ms[i]
				x := m.Materiel
				if got := d.View.Text[m.Start:m.End]; got != w.text {
					t.Errorf("span %q, want %q", got, w.text)
				}
				if w.qty < 0 {
					if x.HasQuantity {
						t.Errorf("%q: quantity %d, want null", w.text, x.Quantity)
					}
				} else if !x.HasQuantity || x.Quantity != w.qty || x.QuantityMax != w.max {
					t.Errorf("%q: quantity %d..%d (has %v), want %d..%d", w.text, x.Quantity, x.QuantityMax, x.HasQuantity, w.qty, w.max)
				}
				if x.Qualifier != w.qual || x.Vague != w.vague {
					t.Errorf("%q: qualifier %q vague %q, want %q %q", w.text, x.Qualifier, x.Vague, w.qual, w.vague)
				}
				if x.Item != w.item || x.Category != w.category || x.CaliberMM != w.caliber || x.Unit != w.unit {
					t.Errorf("%q: item %q category %q caliber %v unit %q, want %q %q %v %q", w.text, x.Item, x.Category, x.CaliberMM, x.Unit, w.item, w.category, w.caliber, w.unit)
				}
				if w.role != "" && x.Role != w.role {
					t.Errorf("%q: role %q, want %q", w.text, x.Role, w.role)
				}
				if m.Rule == "" || m.Kind != model.KindMateriel {
					t.Errorf("%q: kind %v rule %q", w.text, m.Kind, m.Rule)
				}
			}
		})
	}
}

// negative holds texts that must yield no count at all: numbers that are
// designators, calibers, years, percentages, money, distances, dates,
// ordinals, and counts of things that are not materiel.
var negative = map[string][]string{
	"designator": {"F-16 fighter jets", "T-72 tanks were seen", "MiG-29 aircraft", "Leopard 2A4 tanks", "M1A1 Abrams tanks",
		"AS-90 howitzers", "S-60 guns", "Mi-8 helicopters", "IRIS-T SLM systems", "Hydra 70 rockets", "M777 howitzers", "M270 launchers",
		"Type 99 tanks", "the Block 5 missiles"},
	"caliber":  {"155 mm shells", "155mm shells", "155-calibre guns", ".50 caliber machine guns", "25 mm rounds", "120 mm mortar rounds"},
	"year":     {"in 2022 tanks were sent", "since 2014 drones have", "by 2025 missiles will", "in February 2023 howitzers arrived", "on 24 February 2022 tanks rolled"},
	"percent":  {"20% of tanks", "20 percent of tanks", "30 per cent of the shells"},
	"money":    {"$350 million in howitzers", "€450 million of ammunition", "£2.3bn of missiles", "US$502 million for drones", "500 million euros of weapons"},
	"distance": {"150 km range missiles", "a 300-km range", "70 kilometres of tanks", "20 miles of trucks"},
	"ordinal":  {"the 30th package of tanks", "its 21st tranche of drones", "the third Patriot battery"},
	"measure":  {"500 tons of ammunition", "three years of production of shells", "ten days of artillery fire"},
	"people":   {"40 tank crew members", "50 countries supplying tanks", "three Stryker fighting vehicle battalions", "26 nations sent drones", "300 soldiers with rifles"},
	"talks":    {"two rounds of talks", "five rounds of sanctions"},
	"verb":     {"Russia killed 30 using drones", "the 200 arriving with tanks"},
	"mass":     {"a package of ammunition", "a new weapon", "ammunition for HIMARS", "Additional ammunition for High Mobility Artillery Rocket Systems (HIMARS)", "a Patriot missile"},
}

func TestNegative(t *testing.T) {
	e := newExtractor(t)
	for family, texts := range negative {
		for _, in := range texts {
			d, ms := extractAll(e, in)
			for _, m := range ms {
				t.Errorf("%s: %q yields %q (%s)", family, in, d.View.Text[m.Start:m.End], m.Rule)
			}
		}
	}
}

// TestDeterministic runs the same text many times: the output must not
// depend on map order.
func TestDeterministic(t *testing.T) {
	e := newExtractor(t)
	text := "The package includes 16 M777 howitzers, 75,000 rounds of 155 mm ammunition, a Patriot battery, dozens of drones and four more HIMARS systems."
	_, first := extractAll(e, text)
	for range 50 {
		_, again := extractAll(e, text)
		if len(again) != len(first) {
			t.Fatalf("got %d mentions, first run %d", len(again), len(first))
		}
		for i := range first {
			if first[i].Start != again[i].Start || first[i].End != again[i].End || *first[i].Materiel != *again[i].Materiel || first[i].Rule != again[i].Rule {
				t.Fatalf("run differs at %d", i)
			}
		}
	}
}

func TestGrammarLoaderRejects(t *testing.T) {
	for _, bad := range []string{
		"word\tkind\tvalue\npieces\tmeasure\t-\n",
		"word\tkind\tvalue\nfoo\tbogus\t-\n",
		"word\tkind\tvalue\nFoo\tstop\t-\n",
		"word\tkind\tvalue\nfoo\tstop\t-\nfoo\tstop\t-\n",
		"word\tkind\n",
	} {
		if _, err := parseGrammar(bad, "g.tsv"); err == nil || !strings.HasPrefix(err.Error(), "g.tsv:") {
			t.Errorf("parseGrammar(%q) = %v, want a g.tsv:line error", bad, err)
		}
	}
	for _, bad := range []string{"cue\tside\treach\n(\tany\t3\n", "cue\tside\treach\nx\tleft\t3\n", "cue\tside\treach\nx\tany\t99\n"} {
		if _, err := parseCues(bad, "r.tsv"); err == nil || !strings.HasPrefix(err.Error(), "r.tsv:") {
			t.Errorf("parseCues(%q) = %v, want a r.tsv:line error", bad, err)
		}
	}
}

// fuzzSeeds are the seed inputs of the package's fuzz targets.
var fuzzSeeds = []string{
	"• 60 Bradley Infantry Fighting Vehicles; • 2,000 155mm rounds;",
	"a company of 12 Leopard 2 tanks and \"hundreds\" of Brimstone missiles",
	"16 105\u00a0mm howitzers, 5,000 to 6,000 rounds; three more (MRAPs)",
	"a Patriot missile battery (an IRIS-T SLM system) 20-25 Leopard 1A5",
	"between two and 2.5 million artillery shells of the - - ( \" more",
	"F-16 T-72 in 2022 20% $350 million 150 km ÿ\xff\xfe",
	"17,000 anti-tank weapons from DoD stocks; by March the number was estimated to be more than 20,000.",
	"Ukraine got Leopard 2 tanks. It will receive 12 more, and 5 Patriot",
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	e := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := model.Prepare(&model.Document{Text: text})
		vt := d.View.Text
		for _, ms := range modeltest.New(d).Extract(t, e) {
			for _, m := range ms {
				x := m.Materiel
				if x == nil || m.Kind != model.KindMateriel {
					t.Fatalf("bad mention %+v", m)
				}
				if x.HasQuantity == (x.Qualifier == model.Vague) {
					t.Fatalf("quantity %v with qualifier %q", x.HasQuantity, x.Qualifier)
				}
				if x.Category == "" {
					t.Fatalf("no category for %q", vt[m.Start:m.End])
				}
			}
		}
	})
}
