// Value mentions: dates, times, durations, numbers, money and percentages
// found in an article, each with its exact span and a normalised value, so
// that "17 January" and "January 17", or "1700 GMT" and "17:00 GMT", compare
// equal across articles.
//
// The idea: a single left-to-right pass over the tokens. Only tokens that can
// anchor a value are looked at closely: number tokens, and words found in one
// small keyword table (month and weekday names, number words such as "three"
// or "hundreds", relative days). From an anchor, short fixed patterns look a
// few tokens ahead (day and month, month and year, a time zone, "per cent", a
// currency, a duration unit, the counted noun) and back (a qualifier such as
// "more than", "at least", "about"; a weekday before a date). A match consumes
// its tokens, so mentions never overlap.
//
// Normalised values (ValueMention::value):
// - DATE: TimeML/ISO 8601: "2021-01-17"; "XXXX-01-17" when the year is not
//   known (DECISIONS.md: an unknown year stays unknown); "2021-01" for a month
//   and year; "2020" for a year (also before the noun it dates: "the 1967
//   killings", "2014 Oscars"); "199X" for "the 1990s"; a weekday is resolved
//   against the publication date when the context has one, else it stays
//   "XXXX-WXX-7" (ISO weekday, Monday = 1). A day and month without a year take
//   the publication year (or its neighbour when that is nearer).
// - TIME: "T17:00"; a known zone is converted to UTC and marked "Z" ("1700
//   GMT" and "20:00 MSK" are both "T17:00Z"). "local time" is kept in
//   `qualifier`, the zone as written in `unit`.
// - DURATION: ISO 8601: "PT15M", "P3W", "P2Y", "P3.5Y".
// - NUMBER: "11000", "3.5", or a range "200..999" for vague words (hundreds
//   = 200..999, thousands = 2000..9999, tens of thousands = 20000..99999, a
//   dozen = 12, dozens = 24..99). `low`/`high` carry the same numerically,
//   `qualifier` the hedge ("more than", "at least", ...) and `unit` the counted
//   noun ("people"), lower-cased: a noun, not a participle or a state ("Three
//   killed" counts nothing named), the last of a compound ("two prison
//   guards" counts guards). A tally, a score or vote ("20-13"), is valued as
//   written, without a numeric range. An age after a name ("Navalny, 44,",
//   "aged 85") is a NUMBER marked `age`: compared like any value, but no
//   entity of its own. How often something happened, an ordinal word before
//   "time" ("for the second time"), is a NUMBER "2" counting "time".
// - PERCENT: "5%", "3.5%". MONEY: ISO 4217 code and amount, "USD 5000000";
//   `unit` is the code.
// The span covers the qualifier and the counted noun when they are present:
// text.substr(start, end - start) is "more than 11,000 people".
//
// Not values: a number glued to a word by a hyphen ("Covid-19"), inside a
// word ("G7"), a team's name ("76ers"), a whole number of up to three
// digits after a capitalised word inside a sentence ("Route 94", "Windows 8":
// the name finder takes it into the name), an age ("36-year-old" is no
// duration), phone numbers and other runs of bare numbers, "one" unless it
// counts a unit ("one year"), list markers at the start of a line.
//
// Contract: never throws (beyond std::bad_alloc from the output vector);
// mentions are in text order and do not overlap; every span lies on token
// boundaries of `tokens`, which must be tokenize(text). Linear in the number of
// tokens; no allocation per token (only per mention), keyword look-ups once per
// vocabulary id (ValueLexicon).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "token.h"

namespace parallax {

enum class ValueType : std::uint8_t { kDate, kTime, kDuration, kNumber, kMoney, kPercent };

// "DATE", "TIME", "DURATION", "NUMBER", "MONEY", "PERCENT".
const char* value_type_name(ValueType type);

struct ValueContext {
  // The article's publication date, when known (year 1..9999, month 1..12,
  // day 1..31); 0 means unknown.
  int year = 0;
  int month = 0;
  int day = 0;
  bool has_date() const { return year > 0 && month > 0 && day > 0; }
};

// Parses "YYYY-MM-DD" into ctx; false (ctx unchanged) when it is not a valid date.
bool parse_publication_date(std::string_view iso, ValueContext& ctx);

struct ValueMention {
  ValueType type = ValueType::kNumber;
  std::uint32_t start = 0;  // byte span [start, end) into the text
  std::uint32_t end = 0;
  std::string value;      // normalised (see above)
  bool numeric = false;   // low/high are meaningful (NUMBER, MONEY, PERCENT)
  double low = 0;
  double high = 0;
  std::string qualifier;  // "more than", "at least", "about", "local time", ... (lower case)
  std::string unit;       // counted noun ("people"), currency code, time zone as written
  bool age = false;       // a NUMBER giving someone's age ("Navalny, 44,", "aged 85"): an
                          // attribute of a person, not an entity of its own
};

class Vocabulary;
namespace values_detail {
struct Keyword;
}

// The keyword (value_keywords.h) of each vocabulary id, looked up once per id
// from its normalized form and shared by all documents of an analysis, so the
// finder does no string work per token. Grows as it is asked; not thread-safe.
class ValueLexicon {
 public:
  explicit ValueLexicon(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {}
  const values_detail::Keyword* keyword(std::uint32_t id);  // nullptr: not a keyword

 private:
  const Vocabulary& vocabulary_;
  std::vector<const values_detail::Keyword*> keyword_;
  std::vector<std::uint8_t> known_;
};

// `tokens` carry ids of the lexicon's vocabulary.
std::vector<ValueMention> find_values(std::string_view text, const Tokens& tokens,
                                      const ValueContext& ctx, ValueLexicon& lexicon);

// One text alone (tokens need no ids): its own vocabulary and lexicon.
std::vector<ValueMention> find_values(std::string_view text, const Tokens& tokens,
                                      const ValueContext& ctx);

}  // namespace parallax
