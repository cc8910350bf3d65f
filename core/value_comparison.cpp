#include "value_comparison.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>

namespace parallax {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();


// The qualifier's first hedge ("more than, local time" -> "more than").
std::string_view main_qualifier(std::string_view q) {
  const std::size_t comma = q.find(',');
  return comma == std::string_view::npos ? q : q.substr(0, comma);
}

template <std::size_t N>
bool one_of(std::string_view q, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), q) != list.end();
}

constexpr std::array<std::string_view, 8> kAbove = {"more than", "over", "above", "in excess of",
                                                     "upwards of", "well over", "just over", "no fewer than"};
constexpr std::array<std::string_view, 2> kAtLeast = {"at least", "no less than"};
constexpr std::array<std::string_view, 7> kAbout = {"about", "around", "approximately", "roughly",
                                                    "some", "an estimated", "estimated"};
constexpr std::array<std::string_view, 4> kAlmost = {"almost", "nearly", "just under", "close to"};
constexpr std::array<std::string_view, 8> kAtMost = {"less than", "fewer than", "under", "below",
                                                     "up to", "at most", "no more than", "as few as"};

// Seconds in an ISO 8601 duration ("PT15M", "P3.5Y"); -1 when not one.
double duration_seconds(std::string_view iso) {
  if (iso.empty() || iso[0] != 'P') return -1;
  double total = 0;
  bool time_part = false, any = false;
  std::size_t k = 1;
  while (k < iso.size()) {
    if (iso[k] == 'T') {
      time_part = true;
      ++k;
      continue;
    }
    double number = 0, scale = 0;
    bool digits = false;
    for (; k < iso.size() && ((iso[k] >= '0' && iso[k] <= '9') || iso[k] == '.'); ++k) {
      digits = true;
      if (iso[k] == '.') {
        scale = 1;
        continue;
      }
      number = number * 10 + (iso[k] - '0');
      if (scale > 0) scale *= 10;
    }
    if (!digits || k >= iso.size()) return -1;
    if (scale > 0) number /= scale;
    double unit = 0;
    switch (iso[k]) {
      case 'Y': unit = time_part ? 0 : 365.25 * 86400; break;
      case 'M': unit = time_part ? 60 : 30.44 * 86400; break;
      case 'W': unit = 7 * 86400; break;
      case 'D': unit = 86400; break;
      case 'H': unit = 3600; break;
      case 'S': unit = 1; break;
      default: return -1;
    }
    if (unit == 0) return -1;
    total += number * unit;
    any = true;
    ++k;
  }
  return any ? total : -1;
}

// Half the rounding unit of a round number (a multiple of 100), capped at 10%.
double rounding_margin(double x) {
  if (x < 100 || x != std::floor(x) || x > 1e15) return 0;
  const auto n = static_cast<std::uint64_t>(x);
  std::uint64_t unit = 1;
  while (n % (unit * 10) == 0) unit *= 10;
  if (unit < 100) return 0;
  return std::min(unit / 2.0, x * 0.1);
}

struct DateParts {
  int year = -1;  // -1 unknown
  int month = 0;  // 0 unknown
  int day = 0;    // 0 unknown
  bool ok = false;
};

int digits_at(std::string_view s, std::size_t at, std::size_t count) {
  if (at + count > s.size()) return -1;
  int n = 0;
  for (std::size_t k = at; k < at + count; ++k) {
    if (s[k] < '0' || s[k] > '9') return -1;
    n = n * 10 + (s[k] - '0');
  }
  return n;
}

// "2021-01-17", "XXXX-01-17", "2021-01", "2021"; decades and weekdays are not parsed.
DateParts parse_date(std::string_view v) {
  DateParts d;
  if (v.size() < 4 || v.find('W') != std::string_view::npos) return d;
  if (v.substr(0, 4) != "XXXX") {
    d.year = digits_at(v, 0, 4);
    if (d.year < 0) return d;
  }
  if (v.size() == 4) {
    d.ok = d.year >= 0;
    return d;
  }
  if (v.size() < 7 || v[4] != '-') return d;
  d.month = digits_at(v, 5, 2);
  if (d.month <= 0) return d;
  if (v.size() == 7) {
    d.ok = true;
    return d;
  }
  if (v.size() != 10 || v[7] != '-') return d;
  d.day = digits_at(v, 8, 2);
  d.ok = d.day > 0;
  return d;
}

// "T17:00" / "T17:00Z" -> minutes after midnight; -1 when not a time.
int time_minutes(std::string_view v, bool& zoned) {
  zoned = !v.empty() && v.back() == 'Z';
  if (v.size() < 6 || v[0] != 'T' || v[3] != ':') return -1;
  const int h = digits_at(v, 1, 2), m = digits_at(v, 4, 2);
  return h < 0 || m < 0 ? -1 : h * 60 + m;
}

std::string two_digits(int n) { return {static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)}; }

std::string clock(int minutes) {
  minutes = ((minutes % 1440) + 1440) % 1440;
  return two_digits(minutes / 60) + ":" + two_digits(minutes % 60);
}

std::string utc_offset_name(int offset) {
  std::string s = "UTC";
  if (offset == 0) return s;
  s += offset > 0 ? '+' : '-';
  const int a = std::abs(offset);
  s += std::to_string(a / 60);
  if (a % 60) s += ":" + two_digits(a % 60);
  return s;
}

// A number for a reason: whole numbers without decimals, others with up to two.
std::string amount_text(double x) {
  if (std::isinf(x)) return "more";
  const double r = std::round(x * 100) / 100;
  const auto whole = static_cast<long long>(std::floor(r));
  const auto cents = static_cast<int>(std::llround((r - static_cast<double>(whole)) * 100));
  std::string s = std::to_string(whole);
  if (cents) s += "." + (cents % 10 ? two_digits(cents) : std::to_string(cents / 10));
  return s;
}

std::string interval_text(const ValueInterval& v) {
  if (v.low == v.high) return amount_text(v.low);
  return amount_text(v.low) + ".." + amount_text(v.high);
}

ValueComparison compare_amounts(const ValueMention& a, const ValueMention& b) {
  ValueComparison c;
  if (a.type == ValueType::kMoney && a.unit != b.unit) {
    c.reason = "different currencies";
    return c;
  }
  const ValueInterval x = value_interval(a), y = value_interval(b);
  if (!x.ok || !y.ok) return c;
  if (a.value == b.value && a.qualifier == b.qualifier) {
    c.relation = ValueRelation::kSame;
    c.reason = "the same value";
  } else if (x.low <= y.high && y.low <= x.high) {
    c.relation = ValueRelation::kCompatible;
    c.reason = "compatible: " + interval_text(x) + " and " + interval_text(y) + " overlap";
  } else {
    c.relation = ValueRelation::kDisjoint;
    c.reason = interval_text(x) + " and " + interval_text(y) + " cannot both be right";
  }
  return c;
}

ValueComparison compare_dates(const ValueMention& a, const ValueMention& b) {
  ValueComparison c;
  const DateParts x = parse_date(a.value), y = parse_date(b.value);
  if (!x.ok || !y.ok) return c;
  const bool years_differ = x.year >= 0 && y.year >= 0 && x.year != y.year;
  const bool months_differ = x.month && y.month && x.month != y.month;
  const bool days_differ = x.day && y.day && x.day != y.day;
  c.precise = x.day && y.day;
  if (years_differ || months_differ || days_differ) {
    c.relation = ValueRelation::kDisjoint;
    c.reason = a.value + " and " + b.value + " are different " + (c.precise ? "days" : "periods");
  } else if (a.value == b.value) {
    c.relation = ValueRelation::kSame;
    c.reason = "the same date";
  } else {
    c.relation = ValueRelation::kCompatible;
    c.reason = "compatible: " + a.value + " and " + b.value + " meet at the precision both give";
  }
  return c;
}

// A time in UTC minutes: stated (zone) or inferred (the story's place), or -1.
int utc_minutes(const ValueMention& m, const TimeFrame& frame, bool& inferred) {
  bool zoned = false;
  const int local = time_minutes(m.value, zoned);
  inferred = false;
  if (local < 0) return -1;
  if (zoned) return local;
  if (!frame.known) return -1;
  inferred = true;
  return ((local - frame.offset_minutes) % 1440 + 1440) % 1440;
}

ValueComparison compare_times(const ValueMention& a, const TimeFrame& fa, const ValueMention& b,
                              const TimeFrame& fb) {
  ValueComparison c;
  bool za = false, zb = false;
  const int la = time_minutes(a.value, za), lb = time_minutes(b.value, zb);
  if (la < 0 || lb < 0) return c;
  if (za == zb && (za || (fa.known == fb.known && fa.offset_minutes == fb.offset_minutes))) {
    // One frame: both in UTC, or both local times of places in one zone (or both unplaced).
    c.relation = la == lb ? ValueRelation::kSame : ValueRelation::kDisjoint;
    c.precise = za || fa.known;
    c.reason = la == lb ? "the same time" : clock(la) + " and " + clock(lb) + " are different times";
    return c;
  }
  bool ia = false, ib = false;
  const int ua = utc_minutes(a, fa, ia), ub = utc_minutes(b, fb, ib);
  if (ua < 0 || ub < 0) {
    c.reason = "a local time in a story whose place is not known";
    return c;
  }
  c.inferred = true;
  c.precise = false;
  const auto describe = [](const ValueMention& m, const TimeFrame& f, bool inferred_here) {
    bool z = false;
    const int l = time_minutes(m.value, z);
    if (!inferred_here) return clock(l) + " UTC";
    return clock(l) + " in " + f.place + " (" + utc_offset_name(f.offset_minutes) + ") is " +
           clock(l - f.offset_minutes) + " UTC";
  };
  const std::string both = describe(a, fa, ia) + "; " + describe(b, fb, ib);
  if (ua == ub) {
    c.relation = ValueRelation::kCompatible;
    c.reason = "the same moment: " + both;
  } else {
    c.relation = ValueRelation::kDisjoint;
    c.reason = "different moments once the zone is taken from the story's place: " + both;
  }
  return c;
}

}  // namespace

ValueInterval value_interval(const ValueMention& m) {
  ValueInterval v;
  if (m.type == ValueType::kDuration) {
    const double s = duration_seconds(m.value);
    if (s < 0) return v;
    v.low = v.high = s;
  } else if (m.numeric) {
    v.low = m.low;
    v.high = m.high;
  } else {
    return v;
  }
  v.ok = true;
  if (v.low < v.high) {
    // A vague word ("hundreds"): used loosely, so half the low end to twice the high end.
    v.low /= 2;
    v.high *= 2;
  }
  const std::string_view q = main_qualifier(m.qualifier);
  const double x = v.low, y = v.high;
  if (one_of(q, kAbove)) {
    v.high = 2 * y;
  } else if (one_of(q, kAtLeast)) {
    v.high = kInfinity;
  } else if (one_of(q, kAbout)) {
    v.low = 0.85 * x;
    v.high = 1.15 * y;
  } else if (one_of(q, kAlmost)) {
    v.low = 0.85 * x;
  } else if (one_of(q, kAtMost)) {
    v.low = 0;
  } else if (q == "as many as") {
    v.low = 0.5 * x;
  } else if (x == y) {
    const double margin = rounding_margin(x);
    v.low -= margin;
    v.high += margin;
  }
  return v;
}

ValueComparison compare_values(const ValueMention& a, const TimeFrame& frame_a, const ValueMention& b,
                               const TimeFrame& frame_b) {
  if (a.type != b.type) return {};
  switch (a.type) {
    case ValueType::kDate: return compare_dates(a, b);
    case ValueType::kTime: return compare_times(a, frame_a, b, frame_b);
    default: return compare_amounts(a, b);
  }
}

std::string resolved_time(const ValueMention& m, const TimeFrame& frame) {
  if (m.type != ValueType::kTime) return "";
  bool inferred = false;
  const int utc = utc_minutes(m, frame, inferred);
  if (utc < 0 || !inferred) return "";
  return "T" + clock(utc) + "Z";
}

}  // namespace parallax
