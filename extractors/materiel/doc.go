// Package materiel holds the weapons lexicon and, later, the materiel
// extractor: counts of military equipment, weapons, munitions and supplies
// ("16 M777 155 mm howitzers", "75,000 rounds of 155 mm ammunition"),
// normalised as docs/ANNOTATION.md (section materiel) describes.
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
