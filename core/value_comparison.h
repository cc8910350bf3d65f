// Value comparison: whether two value mentions (values.h) of the same type can
// be the same real-world value, once qualifiers, vague words, rounding, partial
// dates and time zones are taken into account.
//
// The idea: every amount becomes an interval of what the writer may have meant,
// and two values agree when their intervals overlap.
// - A qualifier turns a number X into an interval: "more than X" -> [X, 2X]
//   (a writer who knew of twice as many would say so), "at least X" -> [X, inf),
//   "about X" -> X +- 15%, "almost X" -> [0.85X, X], "less than X" / "up to X"
//   -> [0, X].
// - A vague word's range is widened: "hundreds" (200..999) -> [100, 1998],
//   since reporters use it loosely ("hundreds" for 150, "thousands" for 11,000).
// - A round number X (a multiple of 100) may be rounded: X +- min(half its
//   rounding unit, 10%): "5,300" covers 5,250..5,350; "12" and "15" do not meet.
// - Dates compare at the precision both have: "January" holds "January 17";
//   an unknown year ("XXXX") matches any year; a bare weekday is not compared.
// - Times compare in UTC: a zone-marked time ("T17:00Z") as it is; a local
//   time ("T20:00") converted with the UTC offset of the story's place when
//   one is known (time_zones.h), which is "inferred" rather than stated.
//
// Contract: pure functions, no allocation beyond the returned reason strings.
#pragma once

#include <string>
#include <string_view>

#include "values.h"

namespace parallax {

struct ValueInterval {
  double low = 0;
  double high = 0;
  bool ok = false;  // false: the value has no amount (dates, times, unparsable)
};

// The interval a NUMBER, MONEY, PERCENT or DURATION mention stands for
// (DURATION in seconds), with its qualifier applied.
ValueInterval value_interval(const ValueMention& m);

enum class ValueRelation : unsigned char {
  kSame,          // the same value once normalised
  kCompatible,    // different as written, but can be the same value
  kDisjoint,      // cannot be the same value
  kIncomparable,  // not enough to tell (weekday, different currencies, ...)
};

// What a reader needs to place a time: the offset (minutes east of UTC) of the
// story's place for local times, when known.
struct TimeFrame {
  bool known = false;
  int offset_minutes = 0;
  std::string place;  // "Moscow", for the reason
};

struct ValueComparison {
  ValueRelation relation = ValueRelation::kIncomparable;
  // A time was placed in UTC with a zone inferred from the story's place (not
  // stated): agreement is reported, a difference is never a conflict.
  bool inferred = false;
  // Both values are precise enough for a contradiction (a day, not a month;
  // times in one stated frame).
  bool precise = true;
  std::string reason;
};

ValueComparison compare_values(const ValueMention& a, const TimeFrame& frame_a, const ValueMention& b,
                               const TimeFrame& frame_b);

// A local time converted to UTC by the frame ("T20:00" in UTC+3 -> "T17:00Z");
// "" when the time already has a zone or the frame is unknown.
std::string resolved_time(const ValueMention& m, const TimeFrame& frame);

}  // namespace parallax
