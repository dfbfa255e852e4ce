// Package money finds amounts of money in a sentence: "$350 million",
// "€450 million (US$502 million)", "EUR 9.6 million", "£2.3bn", "one million
// euros", "a half-billion dollar aid package", "$8 to $9 billion".
//
// It reads figures and number words through package numbers and knows
// currencies, qualifiers and role cues from three embedded data files,
// loaded strictly by New (an unknown column, a duplicate or a bad enum
// value is an error "file:line: why"):
//
//   - currencies.tsv: every way a text writes a currency (signs and codes
//     such as "$", "US$", "C$", "hk $", "EUR", "SEK"; names such as
//     "euros", "pounds sterling", "złoty") with its ISO 4217 code;
//   - qualifiers.tsv: the phrases before or after an amount that make it
//     up_to, more_than, at_least, approx or less_than ("up to", "over",
//     "a minimum of", "nearly", "under"); without one an amount is exact;
//   - roles.tsv: weighted cue words that make an amount new (a pledge,
//     package or purchase), total (cumulative: "since January 2021", "so
//     far", "had totalled") or other (costs, reserves, deficits, "a day").
//
// The grammar has two rules, named in Mention.Rule with the currencies.tsv
// line of the currency they read ("money/sign-amount@currencies.tsv:19"):
//
//   - money/sign-amount: a sign or code, then a figure and an optional
//     magnitude ("$44 billion", "EUR 9.6 million", "$400-million",
//     "c $ 16.4 million"), or a range of two ("$1-2 billion", "$8 to $9
//     billion", "between $5 and $6 million"; Value is the lower bound,
//     ValueMax the upper, and a magnitude written once applies to both);
//   - money/amount-currency: a figure or number words, an optional
//     magnitude, then a currency sign, code or name ("9.6 million EUR",
//     "two billion dollars", "billion-dollar", "half-billion dollar").
//
// Spans cover the amount only: qualifier words ("over $44 billion") and a
// leading article ("a billion-dollar package") are left out. Two amounts in
// different currencies written side by side ("€450 million (US$502
// million)", "¥5.5 billion, or about $37 million") are two mentions, both
// marked Paired; the second takes the first's role, and its qualifier when
// it has none of its own. An amount introduced by "including" takes the
// role of the amount before it.
//
// Left out on purpose:
//   - vague amounts ("millions of dollars", "tens of billions of euros",
//     "multi-billion-dollar");
//   - bare figures without a currency ("a 5 billion package"), percentages
//     and counts;
//   - "pounds", "won", "crowns", "lei" and "leva" without a magnitude or
//     followed by "of" ("500 pounds of explosives", "2,000-pound bombs"),
//     and a four-digit year before a currency name ("in 2023 dollars");
//   - conversion to US dollars, which resolution does later;
//   - other dollars written as a bare "$": "$" is USD, as the annotation
//     guide says; a Canadian or Australian text that writes "$" for its own
//     dollar needs document-level resolution;
//   - German abbreviations such as "Mrd." or "Mio.". (A decimal comma with
//     a magnitude is read: "€2,75 million", "1,5 billion zlotys"; without
//     one, "$1,5" is no amount, rather than $1.)
//
// Role is a judgement from nearby words, not parsed syntax: it is right for
// most news and encyclopedia phrasings and can be wrong for a perfect tense
// that announces a new pledge ("Germany has pledged $1.4 billion").
package money
