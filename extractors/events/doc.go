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
//   - in a part of a clause without such an amount, its strongest trigger
//     (triggers.tsv), when the part names a donor or the trigger is strong
//     ("arrived", "delivered"). A clause splits into parts where a new actor
//     takes up a new verb ("the US began to sell it weapons, and Ukraine
//     agreed to purchase drones from Turkey").
//
// No statement comes from a sentence that opens with "If" or "Unless", from
// a heading, from a clause whose strongest trigger denies or only discusses
// aid ("vetoed", "urged", "would be able to", "assuming"), or from a trigger
// right after a negation ("would not arrive", "might provide"; markers.tsv).
// A trigger without an amount gives no event when the sentence's amount
// already covers it (the same donors), when it is a request made to no
// legislature, when it is a movement of troops that names no side of the
// war, or when it heads a list (the sentence ends with ':') without naming
// a package: the items are the events.
//
// Sub-amounts: a new amount right after "including", "worth" or "of which"
// that follows another amount of its clause and has no donor of its own is
// a part of that amount, not a package ("$33 billion, including $20 billion
// for weapons"); parts of a cumulative figure are figures of their own. A
// sentence that opens by naming the last package ("The package is worth up
// to $325 million") gives that package its amount when it had none, or
// lists parts of it ("The package consists of EUR 5.3 million and ...").
// An approval without an amount right after a request or approval of a bill
// takes the bill's amount.
//
// A statement's donors are, in order of preference: a name right after the
// amount ("the $3 billion World Bank package"); a "from X" right after the
// anchor, unless a buyer is named before it ("X purchased shells from
// India": India sells); the nearest donors before it in its clause; the
// donor of a named package (packages.tsv: "presidential drawdown", "USAI"
// are the United States'); the nearest before it in its sentence; the first
// donors after it in its part, unless a side of the war acts right before
// the anchor; for a sentence that opens with a pronoun, the subject of the
// sentence before; for an amount with "the", "this" or "that" before it
// ("the $400-million aid announcement"), the donor of the latest event of
// the same amount up to ten sentences back in its section; for an amount or
// a strong trigger with nobody named, the donors of the last event if it
// was at most three sentences back; for an
// amount still without one, the subject of the sentence before; for an
// amount that still has none, the country whose own money it is in
// (currencies.tsv: "about SEK 3 billion" in a release that calls its giver
// "the Government" is Sweden's). Donors
// joined by commas and "and" ("Belgium, Canada and Denmark", also "and about
// a dozen other countries") all give: one row each, sharing the evidence
// and the joint amount; names that only exemplify a collective donor ("NATO
// member states including Germany") do not. Names come from the donor
// gazetteer (package donors), so bodies ("Pentagon", "Bundestag"),
// capitals ("Tehran sent", not "a meeting in Berlin") and adjectives
// ("Latvian") count; trackers and think tanks ("Kiel Institute")
// are skipped; names in receiver or place position ("to Ukraine", "in
// Germany", "in Wiesbaden, Germany."), inside an amount ("US$502 million"),
// after a maker or a partner ("manufactured by", "worked with", "non-"),
// before a meeting ("the Contact Group meeting") or before a permission
// ("had US approval to transfer") are not donors. A collective donor
// (groups.tsv: "allies", "26 nations") leaves the donor empty and keeps its
// words in donor_group.
//
// Kind: a cumulative amount is a total, unless only a perfect tense of a
// pledge verb made it so ("Germany has pledged $1.4 billion" is a pledge);
// otherwise the strongest trigger of the statement's segment decides (the
// longer phrase on a tie at the same word), a weak delivery verb with a new
// amount ("the drawdown provided $725 million") being a pledge, and an
// approval by anyone but a legislature (legislatures.tsv) being a pledge
// too. Recipient: Ukraine, unless the donor supplies Russia (parties.tsv)
// or the sentence names Russia as the receiving side.
//
// Date: dates before 1991, when Ukraine became a state, are history told
// beside the act and date nothing. In the statement's segment, an "as
// of"/"by" date before it (any,
// for a total), else its most precise date before it, else the nearest
// after it; else the most precise date earlier in the sentence, plain dates
// before deadlines; "since" dates only when no other, and for an act other
// than a total not even then ("the sixty-third tranche since August 2021"
// is not dated August 2021). Else the narrative date: the nearest earlier
// absolute date in the section (a heading starts a new one), the most
// precise plain date of its sentence, none when that nearest date bounds a
// state ("as of 24 July 2023", "by 9 March"); else the document's date;
// else the act's "since" date. A range gives its end, but a range of days within
// one month dates an act by its month, and a pledge for a span of years its
// start. In a dated document, a year later than the document's is a plan's
// ("by 2028", "in 2025"): the act is dated by the document.
//
// Package: a phrase of packages.tsv, numbered by an ordinal in digits or
// words before it ("the 22nd presidential drawdown" is "PDA 22"). Aid type:
// the cues of cues.tsv, materiel counting as military unless all of it is
// for civilians (civil.tsv: "200 transformers and 40 generators" is
// humanitarian); with no cue, the aid type of the story's last event that
// named one, up to two sentences back (not for a bill); else the one kind a
// bank or relief agency gives (specialists.tsv). Arms listed before
// training ("arms and training") make military aid. Confidence is a
// ranking score for review: a named donor, a strong trigger and an amount
// raise it; a donor taken from an earlier sentence or no donor at all lower
// it.
//
// Linking: the amount (and its bracketed pair) and the materiel of the
// statement's segment get the event's id; a sub-amount gets the id of the
// amount it is part of; materiel elsewhere in the sentence joins its first
// event; the materiel of the list a sentence introduces (it ends with ':')
// and of a following sentence that lists contents ("The package also
// included ...") joins the last event.
//
// Every data file is embedded and checked when New loads it; a problem is
// reported as "file:line: why".
//
// A trigger that ends a hyphenated compound is no act ("US-supplied HIMARS",
// "high-resolution imagery"), unless the prefix leaves it a verb
// ("co-financed", "re-exported").
//
// Left out: an amount stated in an earlier sentence is inherited only by
// the approval of a bill and by a package that names none.
package events
