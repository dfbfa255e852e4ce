// Package dates finds calendar expressions in a sentence and resolves them
// against the document's narrative.
//
// Extract works on one sentence at a time and knows nothing outside it. It
// cuts the sentence into words, numbers and punctuation and reads, at each
// position, the first of these that fits:
//
//   - named days with a fixed date ("the first day of the invasion") and
//     holidays, with a year or resolved as year-less dates ("Christmas Day",
//     "Ukraine's Independence Day");
//   - relative expressions ("the next day", "two days earlier", "by that
//     date", "at that time", "today", "the eve of the ... meeting");
//   - numeric dates ("2022-02-24", "24.02.2022", unambiguous "24/02/2022");
//   - fiscal years ("fiscal year 2023", "FY2024", "FY24") and quarters ("the
//     second quarter of 2024", "Q3 2023");
//   - day-first and month-first dates with or without a year ("26 February
//     2022", "Sept. 2", "March 1, 2022", "18-20 January 2023", "3 and 5 May");
//   - months with a year ("February 2022"), a month name alone, a weekday
//     ("That Thursday", "on Tuesday"), a season ("spring 2024") and a bare
//     year ("in 2019", "the 2022 counteroffensive", "2014-2021", the fiscal
//     "2024/25").
//
// A month name alone, a weekday, a season, a quarter without a year and a bare
// year are dates only after a trigger word (triggers.tsv or modifiers.tsv), in
// a range, or in a list that holds a full date ("in February, March and April
// 2022", where the list also lends its year). A bare year followed by a count
// noun ("2000 soldiers"), unless "since" comes before it, or next to a plain
// number is not a year.
//
// Two neighbouring dates joined by "to", "-", "through" (or "and" after
// "between") become one range mention ("from 24 January to 3 August 2022").
// Modifier words in front of a date (modifiers.tsv) widen the span and set
// the modifier: a part of the period (early, mid, late: "mid-2023", "the end
// of 2023") wins over a bound (by, since, before, after, as_of).
//
// Resolve reads all mentions of a document in order. Dates with a year move
// the narrative (a year named in passing, such as "the 2014 annexation", does
// not, unless it opens the sentence: "In 2023, ..."); a year-less date takes
// the narrative year, or the year of the document's first date at the start
// of a new section, or the document date; a relative expression counts from
// the last day or month named. Expressions of the speaker's present ("today",
// "this year") count from the document date, or from the narrative inside a
// quotation. What cannot be resolved is dropped.
//
// Knowledge lives in the embedded data files, one entry a line, tab-separated,
// # for comments: months.tsv, weekdays.tsv, seasons.tsv, modifiers.tsv,
// relative.tsv, anchors.tsv, numbers.tsv, triggers.tsv, countnouns.txt and
// events.txt. Each file's header explains its columns.
package dates
