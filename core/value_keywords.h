// The keyword table of the value finder (values.h): month and weekday names,
// number words, scale words, vague quantities, duration units, currencies,
// time zones, and the function words that are never a counted noun.
//
// The idea: one open-addressing hash table of lower-cased ASCII words, built
// once, so the value finder looks each word up in O(1) without allocating.
// A word may have several kinds ("may" is a month and a function word); the
// one `number` field carries whatever its kind needs (see each kind).
//
// Contract: lookup_keyword is case-insensitive for ASCII, returns nullptr for
// words that are not keywords, for words longer than 15 bytes and for
// non-ASCII words. Thread-safe after the first call (a function-local static).
#pragma once

#include <cstdint>
#include <string_view>

namespace parallax::values_detail {

namespace kinds {
enum : std::uint32_t {
  kMonth = 1u << 0,         // month: 1..12
  kMonthAbbrev = 1u << 1,   // "Jan", "Sept": month: 1..12
  kWeekday = 1u << 2,       // weekday: ISO 1 (Monday) .. 7
  kNumberWord = 1u << 3,    // number: 1..90 ("one" .. "ninety")
  kScale = 1u << 4,         // number: the factor (hundred 100, dozen 12, bn 1e9)
  kScaleSuffix = 1u << 5,   // attached to digits ("2.5bn", "5m"): number: the factor
  kVague = 1u << 6,         // "hundreds": number: index for vague_range
  kFew = 1u << 7,           // "several", "few" (+ a scale word)
  kArticle = 1u << 8,       // "a", "an" (+ a scale word: "a dozen")
  kDuration = 1u << 9,      // number: duration unit code (duration_letter)
  kCurrency = 1u << 10,     // number: index for currency_code
  kDollar = 1u << 11,       // "dollars": may follow "US"
  kCurrencyCode = 1u << 12, // "USD" before a number
  kPercent = 1u << 13,      // "percent", "pct"
  kZone = 1u << 14,         // number: offset from UTC in minutes
  kMeridiem = 1u << 15,     // number: 0 (a.m.) or 12 (p.m.)
  kNotUnit = 1u << 16,      // a function word
  kMonthPrep = 1u << 17,    // "in", "since", "early": a month alone follows
  kYearPrep = 1u << 18,     // "in", "since": a year alone follows
  kRelativeDay = 1u << 19,  // number: days from the publication date
  kShift = 1u << 20,        // "last" -1, "next" +1, "this" 0
};
}  // namespace kinds

struct Keyword {
  std::uint32_t kinds = 0;
  std::int64_t number = 0;
  std::uint8_t month = 0;
  std::uint8_t weekday = 0;
};

const Keyword* lookup_keyword(std::string_view word);

struct VagueRange {
  std::int64_t low;
  std::int64_t high;
  std::int64_t multiplier;  // what "of thousands" multiplies by
};
const VagueRange& vague_range(std::int64_t index);

const char* currency_code(std::int64_t index);

constexpr std::int64_t kMinuteUnit = 2;
char duration_letter(std::int64_t unit);        // ISO 8601 designator: S M H D W M Y
std::int64_t duration_factor(std::int64_t unit);  // fortnight 2 (weeks), decade 10, century 100

}  // namespace parallax::values_detail
