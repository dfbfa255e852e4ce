// Package events links the mentions of a document into aid events: who
// gave what, to whom, when and how much (ANNOTATION.md, section event; the
// events table of SCHEMA.md).
//
// It runs after the extractors and the resolvers, on a whole document. Each
// sentence is split into clauses at ';' and ':', and each clause yields
// statements:
//
//   - every amount whose role is "new" or "total" (an amount followed by the
//     same amount in another currency in brackets is one statement);
//   - in a clause without such an amount, its strongest trigger
//     (triggers.tsv), when the clause names a donor or the trigger is strong
//     ("arrived", "delivered").
//
// A statement's donors are, in order of preference: a "from X" right after
// the amount; the nearest donors before it in its clause, then in its
// sentence; the first donors after it in its clause; for an amount or a
// strong trigger with nobody named, the donors of the last event if it was
// at most three sentences back. Donors joined by commas and "and" ("Belgium,
// Canada and Denmark") all give: one row each, sharing the evidence and the
// joint amount. Names come from the donor gazetteer (package donors), so
// bodies ("Pentagon", "Bundestag") and adjectives ("Latvian") count;
// trackers and think tanks ("Kiel Institute") are skipped; names in
// receiver or place position ("to Ukraine", "in Germany") and inside an
// amount ("US$502 million") are not donors. A collective donor
// (groups.tsv: "allies", "26 nations") leaves the donor empty and keeps its
// words in donor_group.
//
// Kind: a cumulative amount is a total; otherwise the strongest trigger of
// the statement's segment decides, a weak delivery verb with a new amount
// ("the drawdown provided $725 million") being a pledge, and an approval
// by anyone but a legislature (legislatures.tsv) being a pledge too.
// Recipient: Ukraine, unless the donor supplies Russia (parties.tsv) or the
// sentence names Russia as the receiving side. Date: in the sentence, an
// "as of"/"by" date of the statement's segment, else the most precise date
// before the statement, else the first after it ("since" dates only when
// no other); else the nearest absolute date earlier in the paragraph; else
// the document's date. A range gives its end. Package: a phrase of
// packages.tsv, numbered by an ordinal in digits or words before it ("the
// 22nd presidential drawdown" is "PDA 22"). Aid type: the cues of
// cues.tsv, materiel counting as military. Confidence is a ranking score
// for review: a named donor, a strong trigger and an amount raise it; a
// donor taken from an earlier sentence or no donor at all lower it.
//
// Linking: the amount (and its bracketed pair) and the materiel of the
// statement's segment get the event's id; materiel elsewhere in the
// sentence joins its first event; the materiel of the list a sentence
// introduces (it ends with ':') and of a following sentence that lists
// contents ("The package also included ...") joins the last event.
//
// Every data file is embedded and checked when New loads it; a problem is
// reported as "file:line: why".
//
// Deliberately left out: an event whose amount is stated in an earlier
// sentence ("After the Senate approved the legislation" does not inherit
// the bill's $40 billion); sub-amounts of a package are separate events.
package events
