// Package numbers reads the numbers that money, materiel and personnel
// mentions are built from: figures ("75,000", "2.75", "1 000"), number words
// ("one", "twenty-one", "a dozen", "one hundred", "half a billion") and
// magnitudes, both words and the short forms news copy uses after a figure
// ("million", "bn", "m", "k", "tn").
//
// The words and their values are data (words.tsv, embedded and loaded
// strictly: an unknown kind, a duplicate word or a bad value is an error
// naming file and line). The package offers three things:
//
//   - Parse turns one number expression into its value:
//     Parse("75,000") = 75000, Parse("2.8bn") = 2.8e9,
//     Parse("$400-million" without the "$") = 4e8,
//     Parse("half a billion") = 5e8, Parse("a dozen") = 12.
//     Failures are *NumError values wrapping ErrSyntax or ErrRange and
//     holding the input, like strconv.
//   - Magnitude("bn") = 1e9: the multiplier of one magnitude word, 0 when
//     the word is not one.
//   - Regular-expression fragments (DigitsPattern, SpacedDigitsPattern,
//     Lexicon.WordsPattern, Lexicon.MagnitudePattern) that extractors
//     compose into their own patterns, so that every extractor accepts the
//     same spellings and hands the matched text back to Parse.
//
// CountScanner (counts.go, counts.tsv) reads counts of things and people
// for the materiel and personnel extractors: a figure or number words with
// an optional range ("5,000 to 6,000", "20-25", "between two and 2.5
// million"), the qualifier before it ("more than", "up to"; "handed over"
// is not one), the fillers after it ("more", "additional"), and vague counts
// ("dozens of", "tens of thousands of", "several"). It refuses figures that
// are measurements ("155 mm", "150 km", "20%"), parts of designators
// ("F-16", "2A4"), money ("$350 million"), years after a date word ("in
// 2022") and numbers after name words ("Type 99").
//
// Left out of Parse on purpose: vague counts ("dozens", "hundreds of", "tens of
// billions") are not numbers here; ordinals ("21st") and fractions other
// than "half" are not read; European decimal commas ("1,5") are read as
// thousands separators only when followed by three digits.
package numbers
