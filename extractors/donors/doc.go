// Package donors is the gazetteer of the actors in aid events: the states,
// organisations and other bodies that give, receive or supply aid in the
// Russian invasion of Ukraine, and the names the text uses for them.
//
// The knowledge is data. gazetteer.tsv has one row per actor: its canonical
// English short name (the value of an event's donor, as in ANNOTATION.md),
// its code (ISO 3166-1 alpha-3 for states; EU, NATO, WBG, IMF, UN ... for
// the others), its kind, and its surface forms: aliases (names, short forms,
// adjectives, demonyms) and bodies (institutions and office holders that
// speak for it: "Pentagon", "Bundestag", "Chancellor Scholz"), and its
// capital, which stands for its government ("Berlin will send") where it
// is written as the gazetteer writes it (not "BERLIN (Reuters)"); the
// linker drops a capital that names a place ("in Berlin"). It covers
// every UN member state, the Holy See, Kosovo, Taiwan and Palestine,
// Ukraine and Russia included, since they are recipients and Russia also
// receives from Iran and North Korea. not_donors.tsv lists names that look
// like donors but are not: trackers and think tanks that count aid ("Kiel
// Institute", "CSIS", "Oryx") and news organisations. Both files are
// embedded and checked strictly at Load; a problem is reported as
// "file:line: why".
//
// Lookup matches a whole surface string, not running text: finding donor
// names in a sentence and linking them to amounts, materiel and dates is the
// work of the event linker, which comes later and uses this package.
//
// Deliberately left out:
//   - Collective or unnamed donors ("allies", "Western countries", "26
//     nations", "NATO member states", "Europe"): they are not actors but a
//     donor_group, which the linker records as written.
//   - Forms that name more than one actor ("Korea", "Korean", "Congo",
//     "Congolese") and generic titles that need the country named ("Prime
//     Minister", "Ministry of Defence", "Foreign Office").
//   - Capitals that name several actors or other things ("Brussels": the
//     EU, NATO and Belgium; "Minsk": the agreements).
//   - Arms manufacturers: they deliver under a state's contract, yet some
//     have donated in their own name; the linker judges from the sentence.
//
// Office holders are those of the war's years; a name that moved between
// actors in that time (Mark Rutte) is not listed.
package donors
