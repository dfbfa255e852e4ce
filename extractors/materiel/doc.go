// Package materiel holds the weapons lexicon and the materiel extractor:
// counts of military equipment, weapons, munitions and supplies ("16 M777
// 155 mm howitzers", "75,000 rounds of 155 mm ammunition"), normalised as
// docs/ANNOTATION.md (section materiel) describes.
//
// The extractor reads counts with numbers.CountScanner (figures, number
// words, ranges, qualifiers, vague counts such as "dozens of") and then
// walks the noun phrase after each count to its head: the rightmost system
// alias or head noun of the lexicon before a stop word, a plural noun the
// lexicon does not know, or punctuation. The rules, each a Mention.Rule id
// followed by the lexicon line that decided the category:
//
//   - materiel/count: "16 M777 155 mm howitzers", "dozens of drones"
//   - materiel/measure-of: "75,000 rounds of 155 mm artillery ammunition"
//     (item after "of", unit "rounds"); measure words are in grammar.tsv
//   - materiel/single: "a Patriot missile battery", "another IRIS-T SLM
//     system" count one; only systems, batteries and launchers
//   - materiel/generic: "two launchers", "eight units": the system named
//     before in the sentence (or the one before) gives the category
//   - materiel/ellipsis: "three more" after a counted or named system, and
//     a bare count that stands for it: "a further 14", "raising the number
//     to eight", "the total reached 52", "20 of them", "after sending 14 to
//     Ukraine", and a giver's count whose verb and head are left out ("the
//     Netherlands 24 and Norway six")
//   - materiel/anaphor: "the number rose to 20,000" after a count of materiel
//   - materiel/partitive: "16" in "shot down 16 of 36 missiles", the item of
//     the larger count after "of"
//   - materiel/coordinated: "25,000 anti-aircraft and 60,000 anti-tank
//     weapon systems"
//
// The category is the rightmost named system's, unless a head after it
// decides (heads.tsv column decides, or rounds and missiles of a platform).
// caliber_mm is filled only when the text states it. role is "other" when
// a cue of roles.tsv (production, stocks, rates, use, prices) is near,
// unless a source of aid is ("drawn from US stocks", "manufactured by",
// "available from France").
//
// Left out on purpose: counts whose noun is only implied across sentences
// (within one, "the number was estimated to be more than 20,000" after
// "17,000 anti-tank weapons" is materiel/anaphor), bare designators the
// lexicon does not list ("180 K3s"), and numbers inside designators, calibers,
// years, percentages, money and distances, which are never counts.
//
// The lexicon is data, embedded from two tab-separated files beside this
// one:
//
//   - systems.tsv: named weapon systems and equipment types (M142 HIMARS,
//     Leopard 2A4, Bayraktar TB2, Shahed-136 ...), each with its canonical
//     name, its materiel category, its main caliber and the spellings under
//     which it appears in text.
//   - heads.tsv: generic head nouns ("howitzers", "armored personnel
//     carriers", "rounds") with their plural, category and, for measure
//     words, the unit they count in.
//
// LoadLexicon parses both strictly: an unknown or missing column, a
// category outside the schema enum, a bad caliber, a repeated canonical
// name, or a spelling claimed by two systems (or by a system and a head) is
// an error naming the file and line ("systems.tsv:42: ..."), so a bad edit
// fails at startup instead of yielding wrong rows.
//
// Matching rules, shared by Lookup, LookupHead and the extractor: aliases
// and heads match without regard to case, and a hyphen matches a space
// ("T-72" and "t 72" are one key, see Fold); aliases listed in the
// aliases_cs column match only exactly as written, because their lower or
// title case forms are ordinary words or names ("TOW", "Patriot", "HARM",
// "Archer").
//
// Left out on purpose: bare designators that name several things ("M1",
// "M2", "Tornado", "Senator"); a text that uses them is matched through
// the longer forms ("M1 Abrams", "M2 Bradley", "Tornado-G") or a head noun.
package materiel
