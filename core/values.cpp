#include "values.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

#include "value_keywords.h"
#include "vocabulary.h"

namespace parallax {

namespace {

using values_detail::Keyword;
using values_detail::lookup_keyword;
namespace kw = values_detail::kinds;

// A decimal number m * 10^e: exact, so native and WASM agree to the digit.
struct Num {
  std::int64_t m = 0;
  int e = 0;
};

constexpr std::int64_t kMaxMantissa = 999'999'999'999'999;  // 15 digits

bool num_add(Num a, Num b, Num& out) {
  while (a.e > b.e) {
    if (a.m > kMaxMantissa / 10) return false;
    a.m *= 10;
    --a.e;
  }
  while (b.e > a.e) {
    if (b.m > kMaxMantissa / 10) return false;
    b.m *= 10;
    --b.e;
  }
  if (a.m + b.m > kMaxMantissa) return false;
  out = {a.m + b.m, a.e};
  return true;
}

// Multiplies by a whole factor; powers of ten only move the exponent.
bool num_scale(Num& a, std::int64_t factor) {
  while (factor > 1 && factor % 10 == 0) {
    factor /= 10;
    ++a.e;
  }
  if (factor > 1) {
    if (a.m > kMaxMantissa / factor) return false;
    a.m *= factor;
  }
  return a.e <= 15;
}

void num_trim(Num& a) {
  if (a.m == 0) {
    a.e = 0;
    return;
  }
  while (a.e < 0 && a.m % 10 == 0) {
    a.m /= 10;
    ++a.e;
  }
}

std::string num_string(Num a) {
  num_trim(a);
  std::string digits = std::to_string(a.m);
  if (a.e >= 0) return digits + std::string(static_cast<std::size_t>(a.e), '0');
  const auto frac = static_cast<std::size_t>(-a.e);
  if (digits.size() <= frac) digits.insert(0, frac - digits.size() + 1, '0');
  digits.insert(digits.size() - frac, 1, '.');
  return digits;
}

double num_double(Num a) {
  double x = static_cast<double>(a.m);
  double p = 1;
  for (int k = 0; k < (a.e < 0 ? -a.e : a.e); ++k) p *= 10;  // exact up to 1e22
  return a.e < 0 ? x / p : x * p;
}

bool num_less(Num a, Num b) {
  return num_double(a) < num_double(b);  // both exact for the ranges compared here
}

// The numeric part of a number token: "11,000", "3.5", "8:00", "1700GMT", "5th".
struct NumberToken {
  bool ok = false;
  Num value;
  int digits = 0;            // digits before any separator
  bool grouped = false;      // has thousands commas
  bool decimal = false;      // has a decimal point
  bool colon = false;        // h:mm
  int hours = 0, minutes = 0;
  bool leading_zero = false;
  std::string_view suffix;   // attached letters, as written
  bool plain() const { return ok && !grouped && !decimal && !colon && suffix.empty(); }
};

NumberToken parse_number_token(std::string_view s) {
  NumberToken r;
  std::size_t p = 0;
  auto digit = [&](std::size_t at) { return at < s.size() && s[at] >= '0' && s[at] <= '9'; };
  std::int64_t m = 0;
  int significant = 0;
  auto take_digits = [&](int& count) {
    while (digit(p)) {
      if (significant >= 15) return false;
      m = m * 10 + (s[p] - '0');
      if (m != 0) ++significant;
      ++count;
      ++p;
    }
    return true;
  };
  if (!digit(0)) return r;  // non-ASCII digits are not read as values
  r.leading_zero = s[0] == '0' && digit(1);
  if (!take_digits(r.digits)) return r;
  int frac_digits = 0;
  if (p < s.size() && s[p] == ',') {
    if (r.digits > 3) return r;
    while (p < s.size() && s[p] == ',') {
      ++p;
      int group = 0;
      if (!take_digits(group) || group != 3) return r;
    }
    r.grouped = true;
  }
  if (p < s.size() && s[p] == '.' && digit(p + 1)) {
    ++p;
    if (!take_digits(frac_digits)) return r;
    r.decimal = true;
  } else if (p < s.size() && s[p] == ':' && !r.grouped && digit(p + 1)) {
    ++p;
    int mm = 0;
    const std::size_t at = p;
    if (!take_digits(mm) || mm != 2 || r.digits > 2) return r;
    r.colon = true;
    r.hours = static_cast<int>(m / 100);
    r.minutes = (s[at] - '0') * 10 + (s[at + 1] - '0');
  }
  // Anything but letters after this (a second '.', ':' or ',') is not a value.
  for (std::size_t q = p; q < s.size(); ++q) {
    const auto b = static_cast<unsigned char>(s[q]);
    if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))) return r;
  }
  r.suffix = s.substr(p);
  r.value = {m, -frac_digits};
  r.ok = true;
  return r;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    char x = a[k], y = b[k];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Civil calendar (Howard Hinnant's algorithms): days since 1970-01-01.
std::int64_t days_from_civil(std::int64_t y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(std::int64_t z, int& y, int& m, int& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

int iso_weekday(std::int64_t days) { return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1; }

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && y > 0 && !leap(y)) return 28;
  return kDays[m - 1];
}

void append_padded(std::string& out, int v, int width) {
  std::string s = std::to_string(v);
  if (static_cast<int>(s.size()) < width) out.append(static_cast<std::size_t>(width) - s.size(), '0');
  out += s;
}

std::string date_string(int y, int m, int d) {
  std::string out;
  if (y > 0) append_padded(out, y, 4);
  else out += "XXXX";
  if (m > 0) {
    out += '-';
    append_padded(out, m, 2);
  }
  if (d > 0) {
    out += '-';
    append_padded(out, d, 2);
  }
  return out;
}

// Qualifiers, longest first within each length.
constexpr std::array<std::string_view, 34> kQualifiers = {
    "no more than", "no fewer than", "no less than", "as many as", "as few as", "in excess of",
    "more than",    "less than",     "fewer than",   "at least",   "at most",   "up to",
    "just over",    "just under",    "well over",    "close to",   "upwards of", "an estimated",
    "a total of",   "nearly",        "almost",       "about",      "around",    "approximately",
    "roughly",      "some",          "over",         "under",      "estimated", "only",
    "exactly",      "just",          "below",        "above"};

// The distinct last words of kQualifiers ("than", "as", "of", ...).
const std::vector<std::string_view>& qualifier_last_words() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> out;
    for (std::string_view q : kQualifiers) {
      const std::string_view last = q.substr(q.rfind(' ') + 1);
      if (std::find(out.begin(), out.end(), last) == out.end()) out.push_back(last);
    }
    return out;
  }();
  return words;
}

constexpr std::string_view kCurrencySymbols[][2] = {
    {"$", "USD"}, {"\xC2\xA3", "GBP"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA5", "JPY"}, {"\xE2\x82\xBD", "RUB"}};

struct Amount {
  bool ok = false;
  Num low, high;
  bool range = false;
  bool vague = false;     // hundreds, thousands, dozens: the unit follows "of"
  bool only_one = false;  // a bare "one": a value only when it counts a unit
  std::uint32_t first = 0, end = 0;  // token range
  std::string_view unit_suffix;     // "5km": "km"
};

class Scanner {
 public:
  Scanner(std::string_view text, const Tokens& tokens, const ValueContext& ctx, ValueLexicon& lexicon)
      : text_(text), t_(tokens), n_(static_cast<std::uint32_t>(tokens.size())), ctx_(ctx), lexicon_(lexicon) {}

  std::vector<ValueMention> run() {
    std::uint32_t i = 0;
    while (i < n_) {
      std::uint32_t next = 0;
      switch (t_[i].kind) {
        case TokenKind::kNumber: next = at_number(i); break;
        case TokenKind::kWord: next = at_word(i); break;
        default: next = at_symbol(i); break;
      }
      if (next > i) {
        done_ = next;
        i = next;
      } else {
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  std::string_view tok(std::uint32_t i) const { return text_.substr(t_[i].start, t_[i].end - t_[i].start); }
  const Keyword* kw(std::uint32_t i) const {
    return i < n_ && t_[i].kind == TokenKind::kWord ? lexicon_.keyword(t_[i].id) : nullptr;
  }
  bool has(std::uint32_t i, std::uint32_t kinds) const {
    const Keyword* k = kw(i);
    return k && (k->kinds & kinds);
  }
  bool is(std::uint32_t i, std::string_view word) const { return i < n_ && iequals(tok(i), word); }
  bool is_char(std::uint32_t i, char c) const {
    return i < n_ && t_[i].end - t_[i].start == 1 && text_[t_[i].start] == c;
  }
  // Token i touches token i - 1 (no whitespace between).
  bool glued(std::uint32_t i) const { return i > 0 && i < n_ && t_[i].start == t_[i - 1].end; }
  // Token i follows i - 1 on the same line.
  bool same_line(std::uint32_t i) const { return i < n_ && t_[i].newlines_before == 0; }
  bool is_number(std::uint32_t i) const { return i < n_ && t_[i].kind == TokenKind::kNumber; }
  bool is_dash(std::uint32_t i) const {
    if (i >= n_) return false;
    const std::string_view s = tok(i);
    return s == "-" || s == "\xE2\x80\x93";  // hyphen, en dash
  }

  ValueMention& emit(ValueType type, std::uint32_t first, std::uint32_t end, std::string value) {
    ValueMention m;
    m.type = type;
    m.start = t_[first].start;
    m.end = t_[end - 1].end;
    m.value = std::move(value);
    out_.push_back(std::move(m));
    return out_.back();
  }

  // A qualifier just before token `first` (not inside an earlier mention):
  // returns its first token, or `first` when there is none.
  std::uint32_t qualifier_before(std::uint32_t first, std::string& qualifier) const {
    if (t_[first].newlines_before > 0 || first <= done_ || t_[first - 1].kind != TokenKind::kWord) return first;
    // Most amounts have no qualifier: look at the qualifiers only when the
    // word before is the last word of one.
    const std::string_view last = tok(first - 1);
    const auto& last_words = qualifier_last_words();
    if (std::none_of(last_words.begin(), last_words.end(), [&](std::string_view w) { return iequals(last, w); }))
      return first;
    for (std::string_view q : kQualifiers) {
      int words = 1;
      for (char c : q) words += c == ' ';
      if (first < done_ + static_cast<std::uint32_t>(words)) continue;
      const std::uint32_t from = first - static_cast<std::uint32_t>(words);
      bool match = true;
      std::size_t p = 0;
      for (std::uint32_t k = from; k < first && match; ++k) {
        std::size_t e = q.find(' ', p);
        if (e == std::string_view::npos) e = q.size();
        match = t_[k].kind == TokenKind::kWord && (k == from || t_[k].newlines_before == 0) &&
                iequals(tok(k), q.substr(p, e - p));
        p = e + 1;
      }
      if (match) {
        qualifier = std::string(q);
        return from;
      }
    }
    return first;
  }

  // A number token that belongs to something else: "Covid-19", "+7", "#3",
  // "REUTERS/2021", a run of bare numbers (phone numbers, timestamps).
  bool foreign_number(std::uint32_t i) const {
    if (glued(i)) {
      const std::string_view p = tok(i - 1);
      if (is_dash(i - 1)) {
        if (i >= 2 && glued(i - 1) && t_[i - 2].is_word_like()) return true;
      } else if (!(p == "(" || p == "[" || p == "\"" || p == "'" || p == "~" ||
                   static_cast<unsigned char>(p[0]) >= 0x80 || is_currency_symbol(p))) {
        return true;
      }
    }
    if (i + 1 < n_ && glued(i + 1)) {
      const std::string_view s = tok(i + 1);
      if (s == "/" || s == "_" || s == "@" || s == "+" || s == "'") return true;
    }
    if (i + 1 < n_ && is_number(i + 1) && same_line(i + 1)) return true;
    if (i > 0 && i - 1 >= done_ && is_number(i - 1) && same_line(i)) return true;
    return false;
  }

  static bool is_currency_symbol(std::string_view s) {
    for (const auto& c : kCurrencySymbols)
      if (s == c[0]) return true;
    return false;
  }

  // ---- dates ----

  bool month_at(std::uint32_t i, int& month, bool& abbreviation) const {
    const Keyword* k = kw(i);
    if (!k || !(k->kinds & (kw::kMonth | kw::kMonthAbbrev)) || !t_[i].capitalized) return false;
    month = k->month;
    abbreviation = (k->kinds & kw::kMonthAbbrev) != 0;
    return true;
  }

  // A day of the month: "17", "17th"; returns 0 when token i is not one.
  int day_at(std::uint32_t i) const {
    if (!is_number(i)) return 0;
    const NumberToken nt = parse_number_token(tok(i));
    if (!nt.ok || nt.grouped || nt.decimal || nt.colon || nt.digits > 2) return 0;
    if (!nt.suffix.empty() && !has_ordinal_suffix(nt.suffix)) return 0;
    const auto d = static_cast<int>(nt.value.m);
    return d >= 1 && d <= 31 ? d : 0;
  }
  static bool has_ordinal_suffix(std::string_view s) {
    return iequals(s, "st") || iequals(s, "nd") || iequals(s, "rd") || iequals(s, "th");
  }
  int year_at(std::uint32_t i) const {
    if (!is_number(i)) return 0;
    const NumberToken nt = parse_number_token(tok(i));
    if (!nt.plain() || nt.digits != 4) return 0;
    const auto y = static_cast<int>(nt.value.m);
    return y >= 1000 && y <= 2999 ? y : 0;
  }
  // An optional ", 2021" or " 2021" after a date ending before token j.
  std::uint32_t year_after(std::uint32_t j, int& year) const {
    std::uint32_t k = j;
    if (is_char(k, ',') && same_line(k)) ++k;
    if (same_line(k) && (year = year_at(k)) > 0 && !is_number(k + 1)) return k + 1;
    year = 0;
    return j;
  }

  // The year of a day and month when the text gives none: the publication
  // year, or the one before or after when that puts the date nearer.
  int infer_year(int month, int day) const {
    if (!ctx_.has_date()) return 0;
    const std::int64_t published = days_from_civil(ctx_.year, ctx_.month, ctx_.day);
    int best = ctx_.year;
    std::int64_t best_gap = -1;
    for (int y = ctx_.year - 1; y <= ctx_.year + 1; ++y) {
      if (day > days_in_month(y, month)) continue;
      const std::int64_t gap = days_from_civil(y, month, day) - published;
      const std::int64_t abs_gap = gap < 0 ? -gap : gap;
      if (best_gap < 0 || abs_gap < best_gap) {
        best = y;
        best_gap = abs_gap;
      }
    }
    return best;
  }

  // Emits a full date (day and month, maybe a year) over tokens [first, end).
  std::uint32_t emit_date(std::uint32_t first, std::uint32_t end, int year, int month, int day) {
    if (day > days_in_month(year, month)) return 0;
    if (year == 0) year = infer_year(month, day);
    emit(ValueType::kDate, first, end, date_string(year, month, day));
    return end;
  }

  // "17 January", "17th of January 2021", "January 17", "Feb. 2", "February 14, 2021",
  // "January 2021", "in January". `first` is where the mention starts (a weekday).
  std::uint32_t date_at(std::uint32_t i, std::uint32_t first) {
    int month = 0;
    bool abbreviation = false;
    if (const int day = day_at(i); day > 0) {
      std::uint32_t j = i + 1;
      if (is(j, "of") && same_line(j)) ++j;
      if (!same_line(j) || !month_at(j, month, abbreviation)) return 0;
      ++j;
      if (abbreviation && is_char(j, '.') && glued(j)) ++j;
      int year = 0;
      j = year_after(j, year);
      return emit_date(first, j, year, month, day);
    }
    if (!month_at(i, month, abbreviation)) return 0;
    std::uint32_t j = i + 1;
    if (abbreviation && is_char(j, '.') && glued(j)) ++j;
    if (same_line(j)) {
      if (const int day = day_at(j); day > 0) {
        int year = 0;
        const std::uint32_t end = year_after(j + 1, year);
        if (emit_date(first, end, year, month, day) == 0) return 0;
        // "January 23 and 31": the second day shares the month.
        if (year == 0 && is(end, "and") && same_line(end) && same_line(end + 1)) {
          const int second = day_at(end + 1);
          int m2 = 0;
          bool a2 = false;
          if (second > day && !month_at(end + 2, m2, a2) && !is_number(end + 2) &&
              !(end + 2 < n_ && t_[end + 2].kind == TokenKind::kWord && counted_noun(end + 2)))
            if (emit_date(end + 1, end + 2, 0, month, second) > 0) return end + 2;
        }
        return end;
      }
      if (const int year = year_at(j); year > 0 && !is_number(j + 1)) {
        emit(ValueType::kDate, first, j + 1, date_string(year, month, 0));
        return j + 1;
      }
    }
    // A month alone only after a preposition ("in May", "since March", "mid-January").
    if (abbreviation || first != i || i == 0 || i - 1 < done_) return 0;
    const bool after_preposition =
        has(i - 1, kw::kMonthPrep) || (is_dash(i - 1) && glued(i) && i >= 2 && is(i - 2, "mid"));
    if (!after_preposition) return 0;
    int year = 0;
    if (ctx_.has_date()) year = month <= ctx_.month + 6 ? ctx_.year : ctx_.year - 1;
    emit(ValueType::kDate, i, i + 1, date_string(year, month, 0));
    return i + 1;
  }

  std::uint32_t at_weekday(std::uint32_t i, const Keyword& k) {
    if (!t_[i].capitalized) return 0;
    std::uint32_t j = i + 1;
    if (is_char(j, ',') && same_line(j)) ++j;
    if (same_line(j))
      if (const std::uint32_t end = date_at(j, i); end > 0) return end;
    // A weekday alone: relative to the publication date when known.
    std::uint32_t first = i;
    int shift = 0;  // -1 last, +1 next, 0 nearest
    if (i > done_ && t_[i].newlines_before == 0 && has(i - 1, kw::kShift)) {
      first = i - 1;
      shift = kw(i - 1)->number;
    }
    std::string value;
    if (ctx_.has_date()) {
      const std::int64_t published = days_from_civil(ctx_.year, ctx_.month, ctx_.day);
      int delta = k.weekday - iso_weekday(published);  // -6..6
      if (shift < 0) {
        if (delta >= 0) delta -= 7;
      } else if (shift > 0) {
        if (delta <= 0) delta += 7;
      } else {
        if (delta > 3) delta -= 7;
        if (delta < -3) delta += 7;
      }
      int y = 0, m = 0, d = 0;
      civil_from_days(published + delta, y, m, d);
      value = date_string(y, m, d);
    } else {
      value = "XXXX-WXX-" + std::to_string(k.weekday);
    }
    emit(ValueType::kDate, first, i + 1, std::move(value));
    return i + 1;
  }

  // ---- times ----

  // The zone after a time ending before token j: "GMT", "local time", "Moscow time".
  std::uint32_t zone_after(std::uint32_t j, int& offset, bool& known, std::string& zone,
                           std::string& note) const {
    known = false;
    if (!same_line(j)) return j;
    if (const Keyword* k = kw(j); k && (k->kinds & kw::kZone) && t_[j].capitalized) {
      offset = k->number;
      known = true;
      zone = std::string(tok(j));
      return j + 1;
    }
    if (is(j, "local") && is(j + 1, "time") && same_line(j + 1)) {
      note = "local time";
      return j + 2;
    }
    if (t_[j].kind == TokenKind::kWord && t_[j].capitalized && is(j + 1, "time") && same_line(j + 1) &&
        !has(j, kw::kNotUnit)) {
      note = lower_ascii(tok(j)) + " time";
      return j + 2;
    }
    return j;
  }

  // "1700 GMT", "17:00", "8 p.m.", "8pm", "8:00 pm", "8.30pm local time".
  std::uint32_t time_at(std::uint32_t i, const NumberToken& nt) {
    int hours = -1, minutes = 0;
    int meridiem = -1;  // 0 am, 12 pm
    std::uint32_t j = i + 1;
    std::string_view suffix = nt.suffix;
    bool suffix_zone = false;
    int offset = 0;
    std::string zone;
    if (const Keyword* k = suffix.empty() ? nullptr : lookup_keyword(suffix)) {
      if (k->kinds & kw::kMeridiem) meridiem = k->number;
      else if (k->kinds & kw::kZone) suffix_zone = true, offset = k->number, zone = std::string(suffix);
      else return 0;
    } else if (!suffix.empty()) {
      return 0;
    }
    if (meridiem < 0 && same_line(j) && has(j, kw::kMeridiem)) {
      meridiem = kw(j)->number;
      ++j;
    }
    if (nt.colon) {
      hours = nt.hours;
      minutes = nt.minutes;
    } else if (nt.decimal && meridiem >= 0 && nt.digits <= 2 && nt.value.e == -2) {
      hours = static_cast<int>(nt.value.m / 100);
      minutes = static_cast<int>(nt.value.m % 100);
    } else if (!nt.decimal && !nt.grouped && nt.digits <= 2 && meridiem >= 0) {
      hours = static_cast<int>(nt.value.m);
    } else if (!nt.decimal && !nt.grouped && nt.digits == 4) {
      hours = static_cast<int>(nt.value.m / 100);
      minutes = static_cast<int>(nt.value.m % 100);
      // Four digits are a time only with a zone: "1700 GMT".
      int o = 0;
      bool known = false;
      std::string z, note;
      if (!suffix_zone && (zone_after(j, o, known, z, note) == j || !known)) return 0;
    } else {
      return 0;
    }
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes > 0)) return 0;
    if (meridiem >= 0) {
      if (hours < 1 || hours > 12) return 0;
      hours = hours % 12 + meridiem;
    }
    bool known = suffix_zone;
    std::string note;
    if (!suffix_zone) j = zone_after(j, offset, known, zone, note);
    int total = hours * 60 + minutes;
    if (known) total = ((total - offset) % 1440 + 1440) % 1440;
    std::string value = "T";
    append_padded(value, total / 60, 2);
    value += ':';
    append_padded(value, total % 60, 2);
    if (known) value += 'Z';
    std::string qualifier;
    const std::uint32_t first = qualifier_before(i, qualifier);
    if (!note.empty()) qualifier = qualifier.empty() ? note : qualifier + ", " + note;
    ValueMention& m = emit(ValueType::kTime, first, j, std::move(value));
    m.qualifier = std::move(qualifier);
    m.unit = std::move(zone);
    return j;
  }

  // ---- amounts: numbers, money, percentages, durations ----

  // Scale words after a number: "5 million", "2.5 billion", "two dozen".
  std::uint32_t scale_after(std::uint32_t j, Amount& a) const {
    if (!same_line(j)) return j;
    const Keyword* k = kw(j);
    if (!k || !(k->kinds & kw::kScale)) return j;
    if (!num_scale(a.low, k->number) || !num_scale(a.high, k->number)) return j;
    return j + 1;
  }

  Amount digits_amount(std::uint32_t i, const NumberToken& nt, bool money) const {
    Amount a;
    a.first = i;
    a.end = i + 1;
    a.low = a.high = nt.value;
    if (!nt.suffix.empty()) {
      const Keyword* k = lookup_keyword(nt.suffix);
      if (k && (k->kinds & kw::kScaleSuffix) && (money || (k->kinds & kw::kScale))) {
        if (!num_scale(a.low, k->number)) return a;
        a.high = a.low;
      } else if (k && (k->kinds & (kw::kMeridiem | kw::kZone))) {
        return a;  // a time, not an amount
      } else if (has_ordinal_suffix(nt.suffix)) {
        return a;  // "5th"
      } else if (iequals(nt.suffix, "ers")) {
        return a;  // a team's name: "76ers", "49ers"
      } else {
        a.unit_suffix = nt.suffix;  // "5km"
      }
      a.ok = true;
      return a;
    }
    // A range glued by a hyphen: "10-15".
    if (is_dash(i + 1) && glued(i + 1) && is_number(i + 2) && glued(i + 2)) {
      const NumberToken hi = parse_number_token(tok(i + 2));
      if (!hi.plain() || hi.leading_zero || (is_dash(i + 3) && glued(i + 3)) || !num_less(nt.value, hi.value) ||
          !(hi.digits == nt.digits || (hi.digits <= 3 && nt.digits <= 3)))  // "555-1234" is a phone number
        return a;
      a.high = hi.value;
      a.range = true;
      a.end = i + 3;
    }
    a.end = scale_after(a.end, a);
    a.ok = true;
    return a;
  }

  Amount words_amount(std::uint32_t i) const {
    Amount a;
    a.first = i;
    const Keyword* k = kw(i);
    if (!k) return a;
    // "a dozen", "a hundred", "a few hundred", "several thousand".
    if (k->kinds & (kw::kArticle | kw::kFew)) {
      std::uint32_t j = i + 1;
      bool few = (k->kinds & kw::kFew) != 0;
      if (!few && has(j, kw::kFew) && same_line(j)) {
        few = true;
        ++j;
      }
      const Keyword* s = same_line(j) ? kw(j) : nullptr;
      if (!s || !(s->kinds & kw::kScale) || s->number > 1'000'000'000) return a;
      if (few) {
        a.low = {2 * s->number, 0};
        a.high = {10 * s->number - 1, 0};
        a.range = a.vague = true;
      } else {
        a.low = a.high = {s->number, 0};
      }
      a.end = j + 1;
      a.ok = true;
      return a;
    }
    // "hundreds", "thousands", "tens of thousands", "dozens".
    if (k->kinds & kw::kVague) {
      const values_detail::VagueRange& v = values_detail::vague_range(k->number);
      std::int64_t low = v.low, high = v.high;
      std::uint32_t j = i + 1;
      if (is(j, "of") && same_line(j) && same_line(j + 1) && has(j + 1, kw::kVague)) {
        const values_detail::VagueRange& w = values_detail::vague_range(kw(j + 1)->number);
        if (w.multiplier >= 1000) {
          low = v.low * w.multiplier;
          high = (v.high + 1) * w.multiplier - 1;
          j += 2;
        }
      }
      a.low = {low, 0};
      a.high = {high, 0};
      a.range = a.vague = true;
      a.end = j;
      a.ok = true;
      return a;
    }
    if (!(k->kinds & kw::kNumberWord)) return a;
    // Number words: "three", "twenty-five", "two hundred and five", "three-and-a-half".
    Num total, current;
    std::int64_t last = -1;  // value of the last number word, -1 after a scale word
    std::uint32_t j = i;
    bool any = false;
    while (j < n_) {
      if (j > i && !same_line(j)) break;
      const Keyword* w = kw(j);
      if (w && (w->kinds & kw::kNumberWord)) {
        if (last >= 0 && !(last >= 20 && last % 10 == 0 && w->number < 10)) break;
        if (!num_add(current, {w->number, 0}, current)) return a;
        last = w->number;
        any = true;
        ++j;
        continue;
      }
      if (any && w && (w->kinds & kw::kScale) && w->number >= 100) {
        if (w->number < 1000) {
          if (!num_scale(current, w->number)) return a;
        } else {
          if (!num_scale(current, w->number) || !num_add(total, current, total)) return a;
          current = {};
        }
        last = -1;
        ++j;
        continue;
      }
      // Joiners: a hyphen between two words, "and" before a number word or "a half".
      const bool hyphen = is_dash(j) && glued(j) && glued(j + 1);
      const bool and_word = is(j, "and");
      if (any && (hyphen || and_word)) {
        std::uint32_t q = j + 1;
        if (and_word == false && is(q, "and") && is_dash(q + 1)) q += 2;  // "three-and-a-half"
        if (is(q, "a") && (is(q + 1, "half") || (is_dash(q + 1) && is(q + 2, "half"))) &&
            (is(j, "and") || is(j + 1, "and"))) {
          const std::uint32_t half = is(q + 1, "half") ? q + 1 : q + 2;
          if (!num_add(current, {5, -1}, current)) return a;
          j = half + 1;
          break;
        }
        if (has(q, kw::kNumberWord) && (hyphen || last == -1)) {
          j = q;
          continue;
        }
      }
      break;
    }
    if (!any) return a;
    if (!num_add(total, current, total)) return a;
    a.low = a.high = total;
    a.end = j;
    a.only_one = j == i + 1 && k->number == 1;
    a.end = scale_after(a.end, a);
    if (a.end > j) a.only_one = false;
    a.ok = true;
    return a;
  }

  std::string amount_string(const Amount& a) const {
    return a.range ? num_string(a.low) + ".." + num_string(a.high) : num_string(a.low);
  }

  ValueMention& emit_amount(ValueType type, const Amount& a, std::uint32_t first, std::uint32_t end,
                            std::string value) {
    std::string qualifier;
    first = qualifier_before(first, qualifier);
    ValueMention& m = emit(type, first, end, std::move(value));
    m.numeric = type != ValueType::kDuration;
    m.low = num_double(a.low);
    m.high = num_double(a.high);
    m.qualifier = std::move(qualifier);
    return m;
  }

  // What follows an amount decides its type. `first` is the first token of
  // the mention (a currency symbol, or the amount itself).
  std::uint32_t amount_tail(const Amount& a, std::uint32_t first, const char* currency) {
    std::uint32_t j = a.end;
    const bool line = same_line(j);
    if (currency) {
      ValueMention& m = emit_amount(ValueType::kMoney, a, first, j, std::string(currency) + " " + amount_string(a));
      m.unit = currency;
      return j;
    }
    // Percentages: "5%", "5 per cent", "five percent".
    if (j < n_ && line && is_char(j, '%')) {
      emit_amount(ValueType::kPercent, a, first, j + 1, amount_string(a) + "%");
      return j + 1;
    }
    if (line && has(j, kw::kPercent)) {
      emit_amount(ValueType::kPercent, a, first, j + 1, amount_string(a) + "%");
      return j + 1;
    }
    if (line && is(j, "per") && is(j + 1, "cent") && same_line(j + 1)) {
      emit_amount(ValueType::kPercent, a, first, j + 2, amount_string(a) + "%");
      return j + 2;
    }
    // Money: "4 million pounds", "5 US dollars", "100 RUB".
    if (line) {
      std::uint32_t c = j;
      if (is(c, "US") && same_line(c + 1)) ++c;
      if (const Keyword* k = kw(c); k && (k->kinds & kw::kCurrency) &&
                                    (c == j || (k->kinds & kw::kDollar))) {
        const char* code = values_detail::currency_code(k->number);
        ValueMention& m = emit_amount(ValueType::kMoney, a, first, c + 1, std::string(code) + " " + amount_string(a));
        m.unit = code;
        return c + 1;
      }
    }
    // Durations: "15 minutes", "three weeks", "3-year".
    {
      std::uint32_t u = j;
      if (is_dash(u) && glued(u) && glued(u + 1)) ++u;
      if ((u == j ? line : true) && has(u, kw::kDuration)) {
        if (a.vague || a.range || is(u + 1, "ago")) return u + 1;  // not a measured length
        if (u > j && is_dash(u + 1) && glued(u + 1) && glued(u + 2) && is(u + 2, "old"))
          return u + 3;  // an age ("36-year-old"), not a duration
        const Keyword& k = *kw(u);
        Num amount = a.low;
        if (!num_scale(amount, values_detail::duration_factor(k.number))) return u + 1;
        const char unit = values_detail::duration_letter(k.number);
        const bool clock = unit == 'H' || unit == 'S' || k.number == values_detail::kMinuteUnit;
        std::string value = clock ? "PT" : "P";
        value += num_string(amount);
        value += unit;
        emit_amount(ValueType::kDuration, a, first, u + 1, std::move(value));
        return u + 1;
      }
    }
    if (a.only_one) return 0;  // "one of them", "no one"
    // Numbers and the noun they count: "5,300 people", "hundreds of women".
    std::uint32_t end = j;
    std::string unit;
    if (!a.unit_suffix.empty()) {
      unit = lower_ascii(a.unit_suffix);
    } else if (a.vague) {
      if (line && is(j, "of") && same_line(j + 1) && counted_noun(j + 1)) {
        end = noun_end(j + 1);
        unit = lower_ascii(tok(end - 1));
      }
    } else if (line && counted_noun(j) && !(state_word(j) && !noun_follows(j))) {
      end = noun_end(j);
      unit = lower_ascii(tok(end - 1));
    }
    ValueMention& m = emit_amount(ValueType::kNumber, a, first, end, amount_string(a));
    m.unit = std::move(unit);
    m.age = end == j && a.unit_suffix.empty() && !a.vague && !a.range && m.qualifier.empty() && age_at(a.first, j);
    return end;
  }

  // A bare whole number from 1 to 125 that gives someone's age: an apposition
  // after a name or noun ("Navalny, 44, said", "the actress, 33.", "Lopez, 20
  // and", "Tony Blair (54)"), or after "aged", "age", "the age of" and "died
  // at" ("dies at 91"). `i` is the number's first token, `j` the token after it.
  bool age_at(std::uint32_t i, std::uint32_t j) const {
    if (i < 2 || !same_line(i)) return false;
    const std::string_view s = tok(i);
    if (t_[i].kind == TokenKind::kNumber) {
      int v = 0;
      for (char c : s) {
        if (c < '0' || c > '9' || s.size() > 3) return false;
        v = v * 10 + (c - '0');
      }
      if (v < 1 || v > 125) return false;
    }
    if (is(i - 1, "aged") || is(i - 1, "age")) return true;
    if (is(i - 1, "of") && is(i - 2, "age")) return true;
    if (is(i - 1, "at") && (is(i - 2, "died") || is(i - 2, "dies") || is(i - 2, "die") || is(i - 2, "dead")))
      return true;
    // The word the apposition follows ("Jr." counts as a word).
    std::uint32_t w = i - 2;
    if (is_char(w, '.') && glued(w) && w > 0) --w;
    if (t_[w].kind != TokenKind::kWord) return false;
    const bool closes = j >= n_ || !same_line(j) || is_char(j, ',') || is_char(j, '.') || is_char(j, ';') ||
                        is(j, "and") || is(j, "of");
    if (is_char(i - 1, ',')) return closes;
    return is_char(i - 1, '(') && is_char(j, ')') && t_[w].capitalized;
  }

  // A lower-case counted noun follows token j on its line.
  bool noun_follows(std::uint32_t j) const { return same_line(j + 1) && counted_noun(j + 1) && !t_[j + 1].capitalized; }

  // A participle or a state after a count says what happened to what was
  // counted, it is no noun: "Three killed", "2 hurt", "10 dead" (but "two
  // armed men" count men).
  bool state_word(std::uint32_t j) const {
    const std::string_view w = tok(j);
    static constexpr std::string_view kStates[] = {"dead", "hurt", "die", "dies", "missing", "shot", "held", "safe"};
    if (w.size() > 4 && iequals(w.substr(w.size() - 2), "ed")) return true;
    return std::any_of(std::begin(kStates), std::end(kStates), [&](std::string_view s) { return iequals(w, s); });
  }

  // The counted noun starting at token j ends here: an adjective, a
  // participle or a noun before a plural noun is skipped ("88 Russian
  // cities", "20 criminal cases", "two armed men", "two prison guards" count
  // cities, cases, men and guards).
  std::uint32_t noun_end(std::uint32_t j) const {
    if (!noun_follows(j)) return j + 1;
    const std::string_view w = tok(j);
    static constexpr std::string_view kAdjectiveEndings[] = {"al", "ic", "ive", "ous", "ian", "ese",
                                                             "ish", "ary", "ful", "ent", "ant"};
    if (w.back() == 's' || w.back() == 'S') return j + 1;  // a plural is the noun: "Russians"
    static constexpr std::string_view kHeads[] = {"people", "men", "women", "children", "man", "woman", "child", "person"};
    if (std::any_of(std::begin(kHeads), std::end(kHeads), [&](std::string_view h) { return iequals(w, h); }))
      return j + 1;  // "two people say"
    bool adjective = t_[j].capitalized || state_word(j);
    for (std::string_view e : kAdjectiveEndings)
      adjective = adjective || (w.size() > e.size() + 2 && iequals(w.substr(w.size() - e.size()), e));
    const std::string_view next = tok(j + 1);
    const bool plural_next = next.size() > 3 && (next.back() == 's' || next.back() == 'S') &&
                             !(next[next.size() - 2] == 's' || next[next.size() - 2] == 'S');
    return adjective || plural_next ? j + 2 : j + 1;
  }

  bool counted_noun(std::uint32_t j) const {
    if (j >= n_ || t_[j].kind != TokenKind::kWord || glued(j)) return false;
    const auto b = static_cast<unsigned char>(text_[t_[j].start]);
    if (b < 0x80 && !((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))) return false;
    return kw(j) == nullptr;  // keywords (function words, months, units) never are
  }

  std::uint32_t at_number(std::uint32_t i) {
    const std::string_view s = tok(i);
    // ISO date: 2021-02-14.
    if (const int year = year_at(i); year > 0 && is_dash(i + 1) && glued(i + 1) && glued(i + 2) &&
                                     is_number(i + 2) && is_dash(i + 3) && glued(i + 3) && glued(i + 4) &&
                                     is_number(i + 4) && !(glued(i + 5) && (is_dash(i + 5) || is_number(i + 5)))) {
      const std::string_view ms = tok(i + 2), ds = tok(i + 4);
      if (ms.size() == 2 && ds.size() == 2 && ms[0] >= '0' && ms[0] <= '1' && ms[1] >= '0' && ms[1] <= '9' &&
          ds[0] >= '0' && ds[0] <= '3' && ds[1] >= '0' && ds[1] <= '9') {
        const int month = (ms[0] - '0') * 10 + (ms[1] - '0');
        const int day = (ds[0] - '0') * 10 + (ds[1] - '0');
        if (month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month)) {
          emit(ValueType::kDate, i, i + 5, date_string(year, month, day));
          return i + 5;
        }
      }
    }
    if (foreign_number(i)) return 0;
    // A list marker: "1." or "2)" at the start of a line.
    if ((i == 0 || t_[i].newlines_before > 0) && i + 1 < n_ && glued(i + 1) &&
        (is_char(i + 1, '.') || is_char(i + 1, ')')))
      return 0;
    if (const std::uint32_t end = date_at(i, i); end > 0) return end;
    const NumberToken nt = parse_number_token(s);
    if (!nt.ok) return 0;
    if (const std::uint32_t end = time_at(i, nt); end > 0) return end;
    if (nt.colon) {
      return 0;
    }
    if (nt.leading_zero && !(nt.decimal && nt.digits == 1)) return 0;
    // Decades and years: "the 1990s", "in 2020".
    if (nt.digits == 4 && !nt.grouped && !nt.decimal && nt.value.m % 10 == 0 && iequals(nt.suffix, "s")) {
      std::string value = std::to_string(nt.value.m / 10) + "X";
      emit(ValueType::kDate, i, i + 1, std::move(value));
      return i + 1;
    }
    if (nt.plain() && nt.digits == 4 && looks_like_year(i, static_cast<int>(nt.value.m))) {
      emit(ValueType::kDate, i, i + 1, std::to_string(nt.value.m));
      return i + 1;
    }
    if (const std::uint32_t end = tally_at(i, nt); end > 0) return end;
    if (name_number_at(i, nt)) return 0;
    const Amount a = digits_amount(i, nt, false);
    if (!a.ok) return 0;
    return amount_tail(a, i, nullptr);
  }

  // A tally, a score or a vote ("beat them 20-13", "passed 52-47", "10-0"):
  // two whole numbers of up to three digits joined by a hyphen, the first not
  // below the second (a rising pair is a range: "10-15"). A NUMBER valued
  // "20-13", with no numeric range. Three or more parts ("45-7-2") are not one.
  std::uint32_t tally_at(std::uint32_t i, const NumberToken& nt) {
    if (!nt.plain() || nt.leading_zero || nt.digits > 3 || !is_dash(i + 1) || !glued(i + 1) ||
        !is_number(i + 2) || !glued(i + 2) || (glued(i + 3) && (is_dash(i + 3) || is_number(i + 3))))
      return 0;
    const NumberToken hi = parse_number_token(tok(i + 2));
    if (!hi.plain() || (hi.leading_zero && hi.digits > 1) || hi.digits > 3 || num_less(nt.value, hi.value))
      return 0;
    std::string value(tok(i));
    value += '-';
    value += tok(i + 2);
    emit(ValueType::kNumber, i, i + 3, std::move(value));
    return i + 3;
  }

  // A whole number of up to three digits that ends a name: right after a
  // capitalised word inside a sentence ("state Route 94", "Internet Explorer
  // 9", "the Apollo 11 mission", "Windows 8 users"). It is left to the name
  // finder (names.h), which takes it into the name. Not after a month or a
  // weekday ("May 5"), nor before a unit, a percent sign or a dash.
  bool name_number_at(std::uint32_t i, const NumberToken& nt) const {
    if (!nt.plain() || nt.leading_zero || nt.digits > 3 || i < 2 || glued(i) || !same_line(i) ||
        !same_line(i - 1))
      return false;
    const Token& name = t_[i - 1];
    if (name.kind != TokenKind::kWord || !name.capitalized || glued(i - 1) ||
        t_[i - 2].kind != TokenKind::kWord)
      return false;
    if (has(i - 1, kw::kMonth | kw::kMonthAbbrev | kw::kWeekday | kw::kNumberWord | kw::kCurrencyCode |
                       kw::kScale | kw::kDuration | kw::kNotUnit))
      return false;
    if (i + 1 < n_ && same_line(i + 1)) {
      if (is_dash(i + 1) || is_char(i + 1, '%') || is_number(i + 1)) return false;
      if (t_[i + 1].kind == TokenKind::kWord &&
          has(i + 1, kw::kScale | kw::kPercent | kw::kCurrency | kw::kDuration | kw::kMeridiem | kw::kZone))
        return false;
    }
    return true;
  }

  bool looks_like_year(std::uint32_t i, int y) const {
    const bool after_preposition = i > done_ && i > 0 && same_line(i) && has(i - 1, kw::kYearPrep);
    if (after_preposition) return y >= 1000 && y <= 2999;
    if (y < 1900 || y > 2100) return false;
    std::string q;
    if (qualifier_before(i, q) != i) return false;  // "more than 2000"
    if (i > 0 && is_currency_symbol(tok(i - 1))) return false;
    if (i + 1 >= n_ || !same_line(i + 1)) return true;
    if (t_[i + 1].kind != TokenKind::kWord) return !is_char(i + 1, '%') && !is_dash(i + 1);
    if (has(i + 1, kw::kScale | kw::kPercent | kw::kCurrency | kw::kDuration)) return false;
    if (has(i + 1, kw::kNotUnit)) return true;
    // A year before a noun it dates: after a determiner ("the 1967
    // killings", "its 2007 ceremony") or before a name ("2014 Oscars").
    if (t_[i + 1].capitalized) return true;
    if (i == 0 || !same_line(i) || t_[i - 1].kind != TokenKind::kWord) return false;
    static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "this", "that", "its", "his",
                                                        "her", "their", "our"};
    const std::string_view before = tok(i - 1);
    return std::any_of(std::begin(kDeterminers), std::end(kDeterminers), [&](std::string_view d) { return iequals(before, d); });
  }

  std::uint32_t at_word(std::uint32_t i) {
    if (const std::uint32_t end = repetition_at(i); end > 0) return end;
    const Keyword* k = kw(i);
    if (!k) return 0;
    if (k->kinds & kw::kWeekday) return at_weekday(i, *k);
    if (k->kinds & (kw::kMonth | kw::kMonthAbbrev)) {
      if (const std::uint32_t end = date_at(i, i); end > 0) return end;
    }
    if ((k->kinds & kw::kRelativeDay) && ctx_.has_date()) {
      int y = 0, m = 0, d = 0;
      civil_from_days(days_from_civil(ctx_.year, ctx_.month, ctx_.day) + k->number, y, m, d);
      emit(ValueType::kDate, i, i + 1, date_string(y, m, d));
      return i + 1;
    }
    // Currency codes before a number: "USD 5 million".
    if ((k->kinds & kw::kCurrencyCode) && same_line(i + 1) && is_number(i + 1))
      return money_after(i, i + 1, values_detail::currency_code(k->number));
    if (k->kinds & (kw::kNumberWord | kw::kVague | kw::kArticle | kw::kFew)) {
      if (glued(i) && is_dash(i - 1)) return 0;  // "twenty-" handled from the first word
      const Amount a = words_amount(i);
      if (!a.ok) return 0;
      return amount_tail(a, i, nullptr);
    }
    return 0;
  }

  // How many times something has happened: an ordinal word before "time"
  // ("for the second time", "a third time"): a NUMBER of the ordinal's value
  // counting "time".
  std::uint32_t repetition_at(std::uint32_t i) {
    static constexpr std::string_view kOrdinals[] = {"first", "second", "third",  "fourth", "fifth",
                                                     "sixth", "seventh", "eighth", "ninth", "tenth"};
    if (!same_line(i + 1) || t_[i + 1].kind != TokenKind::kWord || !iequals(tok(i + 1), "time")) return 0;
    for (std::size_t k = 0; k < std::size(kOrdinals); ++k) {
      if (!iequals(tok(i), kOrdinals[k])) continue;
      ValueMention& m = emit(ValueType::kNumber, i, i + 2, std::to_string(k + 1));
      m.numeric = true;
      m.low = m.high = static_cast<double>(k + 1);
      m.unit = "time";
      return i + 2;
    }
    return 0;
  }

  std::uint32_t money_after(std::uint32_t first, std::uint32_t i, const char* code) {
    const NumberToken nt = parse_number_token(tok(i));
    if (!nt.ok || nt.colon || (nt.leading_zero && !nt.decimal)) return 0;
    const Amount a = digits_amount(i, nt, true);
    if (!a.ok || !a.unit_suffix.empty()) return 0;
    return amount_tail(a, first, code);
  }

  // Currency symbols: "$5 million", "£2.5bn", "US$ 3".
  std::uint32_t at_symbol(std::uint32_t i) {
    const std::string_view s = tok(i);
    for (const auto& c : kCurrencySymbols) {
      if (s != c[0]) continue;
      std::uint32_t first = i;
      if (i > done_ && glued(i) && is(i - 1, "US")) first = i - 1;
      if (!is_number(i + 1) || !same_line(i + 1)) return 0;
      if (is_number(i + 2) && same_line(i + 2)) return 0;
      return money_after(first, i + 1, c[1].data());
    }
    return 0;
  }

  std::string_view text_;
  const Tokens& t_;
  std::uint32_t n_;
  const ValueContext& ctx_;
  ValueLexicon& lexicon_;
  std::uint32_t done_ = 0;  // tokens before this belong to earlier mentions
  std::vector<ValueMention> out_;
};

}  // namespace

const char* value_type_name(ValueType type) {
  switch (type) {
    case ValueType::kDate: return "DATE";
    case ValueType::kTime: return "TIME";
    case ValueType::kDuration: return "DURATION";
    case ValueType::kNumber: return "NUMBER";
    case ValueType::kMoney: return "MONEY";
    case ValueType::kPercent: return "PERCENT";
  }
  return "NUMBER";
}

bool parse_publication_date(std::string_view iso, ValueContext& ctx) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k)
    for (std::size_t p = starts[k]; p < starts[k] + lengths[k]; ++p) {
      if (iso[p] < '0' || iso[p] > '9') return false;
      parts[k] = parts[k] * 10 + (iso[p] - '0');
    }
  if (parts[0] < 1 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 ||
      parts[2] > days_in_month(parts[0], parts[1]))
    return false;
  ctx.year = parts[0];
  ctx.month = parts[1];
  ctx.day = parts[2];
  return true;
}

const values_detail::Keyword* ValueLexicon::keyword(std::uint32_t id) {
  if (id >= known_.size()) {
    const std::size_t size = std::max<std::size_t>(vocabulary_.size(), id + 1);
    known_.resize(size, 0);
    keyword_.resize(size, nullptr);
  }
  if (!known_[id]) {
    known_[id] = 1;
    keyword_[id] = lookup_keyword(vocabulary_.form(id));
  }
  return keyword_[id];
}

std::vector<ValueMention> find_values(std::string_view text, const Tokens& tokens, const ValueContext& ctx,
                                      ValueLexicon& lexicon) {
  return Scanner(text, tokens, ctx, lexicon).run();
}

std::vector<ValueMention> find_values(std::string_view text, const Tokens& tokens, const ValueContext& ctx) {
  Vocabulary vocabulary;
  Tokens with_ids = tokens;
  vocabulary.assign_ids(text, with_ids);
  ValueLexicon lexicon(vocabulary);
  return find_values(text, with_ids, ctx, lexicon);
}

}  // namespace parallax
