#include "value_keywords.h"

#include <array>
#include <cstring>

namespace parallax::values_detail {

namespace {

using namespace kinds;

struct Entry {
  const char* word;
  std::uint32_t kinds;
  std::int64_t number;
};

constexpr VagueRange kVagueRanges[] = {
    {20, 99, 10},                   // tens
    {24, 99, 12},                   // dozens
    {200, 999, 100},                // hundreds
    {2000, 9999, 1000},             // thousands
    {2000000, 9999999, 1000000},    // millions
    {2000000000, 9999999999, 1000000000},  // billions
};

constexpr const char* kCurrencyCodes[] = {"USD", "GBP", "EUR", "RUB", "JPY", "CNY", "CHF", "UAH", "INR"};

// Duration units: 1 second, 2 minute, 3 hour, 4 day, 5 week, 6 fortnight,
// 7 month, 8 year, 9 decade, 10 century.
constexpr char kDurationLetters[] = {'S', 'S', 'M', 'H', 'D', 'W', 'W', 'M', 'Y', 'Y', 'Y'};
constexpr std::int64_t kDurationFactors[] = {1, 1, 1, 1, 1, 1, 2, 1, 1, 10, 100};

constexpr Entry kEntries[] = {
    // Months and their abbreviations ("may" is also a modal verb).
    {"january", kMonth, 1}, {"february", kMonth, 2}, {"march", kMonth, 3}, {"april", kMonth, 4},
    {"may", kMonth | kNotUnit, 5}, {"june", kMonth, 6}, {"july", kMonth, 7}, {"august", kMonth, 8},
    {"september", kMonth, 9}, {"october", kMonth, 10}, {"november", kMonth, 11}, {"december", kMonth, 12},
    {"jan", kMonthAbbrev, 1}, {"feb", kMonthAbbrev, 2}, {"mar", kMonthAbbrev, 3}, {"apr", kMonthAbbrev, 4},
    {"jun", kMonthAbbrev, 6}, {"jul", kMonthAbbrev, 7}, {"aug", kMonthAbbrev, 8}, {"sep", kMonthAbbrev, 9},
    {"sept", kMonthAbbrev, 9}, {"oct", kMonthAbbrev, 10}, {"nov", kMonthAbbrev, 11}, {"dec", kMonthAbbrev, 12},
    // Weekdays.
    {"monday", kWeekday, 1}, {"tuesday", kWeekday, 2}, {"wednesday", kWeekday, 3}, {"thursday", kWeekday, 4},
    {"friday", kWeekday, 5}, {"saturday", kWeekday, 6}, {"sunday", kWeekday, 7},
    {"today", kRelativeDay | kNotUnit, 0}, {"yesterday", kRelativeDay | kNotUnit, -1},
    {"tomorrow", kRelativeDay | kNotUnit, 1},
    {"last", kShift | kNotUnit | kMonthPrep, -1}, {"next", kShift | kNotUnit | kMonthPrep, 1},
    {"this", kShift | kNotUnit | kMonthPrep, 0},
    // Number words.
    {"one", kNumberWord, 1}, {"two", kNumberWord, 2}, {"three", kNumberWord, 3}, {"four", kNumberWord, 4},
    {"five", kNumberWord, 5}, {"six", kNumberWord, 6}, {"seven", kNumberWord, 7}, {"eight", kNumberWord, 8},
    {"nine", kNumberWord, 9}, {"ten", kNumberWord, 10}, {"eleven", kNumberWord, 11},
    {"twelve", kNumberWord, 12}, {"thirteen", kNumberWord, 13}, {"fourteen", kNumberWord, 14},
    {"fifteen", kNumberWord, 15}, {"sixteen", kNumberWord, 16}, {"seventeen", kNumberWord, 17},
    {"eighteen", kNumberWord, 18}, {"nineteen", kNumberWord, 19}, {"twenty", kNumberWord, 20},
    {"thirty", kNumberWord, 30}, {"forty", kNumberWord, 40}, {"fifty", kNumberWord, 50},
    {"sixty", kNumberWord, 60}, {"seventy", kNumberWord, 70}, {"eighty", kNumberWord, 80},
    {"ninety", kNumberWord, 90},
    // Scale words and suffixes.
    {"hundred", kScale, 100}, {"thousand", kScale, 1000}, {"million", kScale, 1000000},
    {"billion", kScale, 1000000000}, {"trillion", kScale, 1000000000000}, {"dozen", kScale, 12},
    {"bn", kScale | kScaleSuffix, 1000000000}, {"mn", kScaleSuffix, 1000000}, {"m", kScaleSuffix, 1000000},
    {"k", kScaleSuffix, 1000}, {"tn", kScaleSuffix, 1000000000000}, {"b", kScaleSuffix, 1000000000},
    {"tens", kVague, 0}, {"dozens", kVague, 1}, {"hundreds", kVague, 2}, {"thousands", kVague, 3},
    {"millions", kVague, 4}, {"billions", kVague, 5},
    {"several", kFew | kNotUnit, 0}, {"few", kFew | kNotUnit, 0},
    {"a", kArticle | kNotUnit, 0}, {"an", kArticle | kNotUnit, 0},
    // Durations.
    {"second", kDuration, 1}, {"seconds", kDuration, 1}, {"minute", kDuration, 2},
    {"minutes", kDuration, 2}, {"min", kDuration, 2}, {"mins", kDuration, 2}, {"hour", kDuration, 3},
    {"hours", kDuration, 3}, {"day", kDuration, 4}, {"days", kDuration, 4}, {"week", kDuration, 5},
    {"weeks", kDuration, 5}, {"fortnight", kDuration, 6}, {"fortnights", kDuration, 6},
    {"month", kDuration, 7}, {"months", kDuration, 7}, {"year", kDuration, 8}, {"years", kDuration, 8},
    {"decade", kDuration, 9}, {"decades", kDuration, 9}, {"century", kDuration, 10},
    {"centuries", kDuration, 10},
    // Currencies.
    {"dollar", kCurrency | kDollar, 0}, {"dollars", kCurrency | kDollar, 0}, {"pound", kCurrency, 1},
    {"pounds", kCurrency, 1}, {"sterling", kCurrency, 1}, {"euro", kCurrency, 2}, {"euros", kCurrency, 2},
    {"rouble", kCurrency, 3}, {"roubles", kCurrency, 3}, {"ruble", kCurrency, 3}, {"rubles", kCurrency, 3},
    {"yen", kCurrency, 4}, {"yuan", kCurrency, 5}, {"franc", kCurrency, 6}, {"francs", kCurrency, 6},
    {"hryvnia", kCurrency, 7}, {"hryvnias", kCurrency, 7}, {"rupee", kCurrency, 8}, {"rupees", kCurrency, 8},
    {"usd", kCurrency | kCurrencyCode, 0}, {"gbp", kCurrency | kCurrencyCode, 1},
    {"eur", kCurrency | kCurrencyCode, 2}, {"rub", kCurrency | kCurrencyCode, 3},
    {"jpy", kCurrency | kCurrencyCode, 4}, {"cny", kCurrency | kCurrencyCode, 5},
    {"chf", kCurrency | kCurrencyCode, 6}, {"uah", kCurrency | kCurrencyCode, 7},
    {"inr", kCurrency | kCurrencyCode, 8},
    {"percent", kPercent, 0}, {"pct", kPercent, 0},
    // Time zones (minutes east of UTC) and the half of the day.
    {"gmt", kZone, 0}, {"utc", kZone, 0}, {"bst", kZone, 60}, {"cet", kZone, 60}, {"cest", kZone, 120},
    {"eet", kZone, 120}, {"eest", kZone, 180}, {"msk", kZone, 180}, {"est", kZone, -300},
    {"edt", kZone, -240}, {"cst", kZone, -360}, {"cdt", kZone, -300}, {"mst", kZone, -420},
    {"mdt", kZone, -360}, {"pst", kZone, -480}, {"pdt", kZone, -420}, {"jst", kZone, 540},
    {"am", kMeridiem | kNotUnit, 0}, {"a.m.", kMeridiem, 0}, {"pm", kMeridiem, 12}, {"p.m.", kMeridiem, 12},
    // Prepositions before a month or a year alone.
    {"in", kMonthPrep | kYearPrep | kNotUnit, 0}, {"since", kMonthPrep | kYearPrep | kNotUnit, 0},
    {"until", kMonthPrep | kYearPrep | kNotUnit, 0}, {"till", kMonthPrep | kYearPrep | kNotUnit, 0},
    {"by", kMonthPrep | kYearPrep | kNotUnit, 0}, {"from", kMonthPrep | kYearPrep | kNotUnit, 0},
    {"of", kMonthPrep | kYearPrep | kNotUnit, 0}, {"through", kMonthPrep | kYearPrep | kNotUnit, 0},
    {"during", kMonthPrep | kYearPrep | kNotUnit, 0}, {"before", kMonthPrep | kYearPrep | kNotUnit, 0},
    {"after", kMonthPrep | kYearPrep | kNotUnit, 0}, {"between", kMonthPrep | kYearPrep | kNotUnit, 0},
    {"early", kMonthPrep | kYearPrep | kNotUnit, 0}, {"late", kMonthPrep | kYearPrep | kNotUnit, 0},
    {"mid", kMonthPrep | kYearPrep | kNotUnit, 0}, {"throughout", kMonthPrep | kYearPrep | kNotUnit, 0},
    {"to", kYearPrep | kNotUnit, 0}, {"for", kMonthPrep | kNotUnit, 0},
    // Function words: never the noun a number counts.
    {"the", kNotUnit, 0}, {"on", kNotUnit, 0}, {"at", kNotUnit, 0}, {"and", kNotUnit, 0},
    {"or", kNotUnit, 0}, {"but", kNotUnit, 0}, {"with", kNotUnit, 0}, {"as", kNotUnit, 0},
    {"is", kNotUnit, 0}, {"are", kNotUnit, 0}, {"was", kNotUnit, 0}, {"were", kNotUnit, 0},
    {"be", kNotUnit, 0}, {"been", kNotUnit, 0}, {"being", kNotUnit, 0}, {"have", kNotUnit, 0},
    {"has", kNotUnit, 0}, {"had", kNotUnit, 0}, {"will", kNotUnit, 0}, {"would", kNotUnit, 0},
    {"can", kNotUnit, 0}, {"could", kNotUnit, 0}, {"might", kNotUnit, 0}, {"should", kNotUnit, 0},
    {"must", kNotUnit, 0}, {"shall", kNotUnit, 0}, {"do", kNotUnit, 0}, {"does", kNotUnit, 0},
    {"did", kNotUnit, 0}, {"that", kNotUnit, 0}, {"which", kNotUnit, 0}, {"who", kNotUnit, 0},
    {"whom", kNotUnit, 0}, {"whose", kNotUnit, 0}, {"these", kNotUnit, 0}, {"those", kNotUnit, 0},
    {"it", kNotUnit, 0}, {"its", kNotUnit, 0}, {"they", kNotUnit, 0}, {"their", kNotUnit, 0},
    {"them", kNotUnit, 0}, {"he", kNotUnit, 0}, {"him", kNotUnit, 0}, {"his", kNotUnit, 0},
    {"she", kNotUnit, 0}, {"her", kNotUnit, 0}, {"we", kNotUnit, 0}, {"us", kNotUnit, 0},
    {"our", kNotUnit, 0}, {"you", kNotUnit, 0}, {"your", kNotUnit, 0}, {"i", kNotUnit, 0},
    {"me", kNotUnit, 0}, {"my", kNotUnit, 0}, {"not", kNotUnit, 0}, {"no", kNotUnit, 0},
    {"than", kNotUnit, 0}, {"then", kNotUnit, 0}, {"so", kNotUnit, 0}, {"if", kNotUnit, 0},
    {"per", kNotUnit, 0}, {"more", kNotUnit, 0}, {"less", kNotUnit, 0}, {"most", kNotUnit, 0},
    {"least", kNotUnit, 0}, {"over", kNotUnit, 0}, {"under", kNotUnit, 0}, {"ago", kNotUnit, 0},
    {"later", kNotUnit, 0}, {"earlier", kNotUnit, 0}, {"each", kNotUnit, 0}, {"all", kNotUnit, 0},
    {"also", kNotUnit, 0}, {"just", kNotUnit, 0}, {"only", kNotUnit, 0}, {"about", kNotUnit, 0},
    {"into", kNotUnit, 0}, {"onto", kNotUnit, 0}, {"while", kNotUnit, 0}, {"when", kNotUnit, 0},
    {"where", kNotUnit, 0}, {"up", kNotUnit, 0}, {"down", kNotUnit, 0}, {"out", kNotUnit, 0},
    {"off", kNotUnit, 0}, {"there", kNotUnit, 0}, {"here", kNotUnit, 0}, {"times", kNotUnit, 0},
    {"time", kNotUnit, 0}, {"other", kNotUnit, 0}, {"others", kNotUnit, 0}, {"such", kNotUnit, 0},
    {"what", kNotUnit, 0}, {"how", kNotUnit, 0}, {"why", kNotUnit, 0}, {"both", kNotUnit, 0},
    {"either", kNotUnit, 0}, {"neither", kNotUnit, 0}, {"nor", kNotUnit, 0}, {"yet", kNotUnit, 0},
    {"still", kNotUnit, 0}, {"again", kNotUnit, 0}, {"already", kNotUnit, 0}, {"even", kNotUnit, 0},
    {"very", kNotUnit, 0}, {"too", kNotUnit, 0}, {"said", kNotUnit, 0}, {"says", kNotUnit, 0},
    {"say", kNotUnit, 0}, {"told", kNotUnit, 0}, {"against", kNotUnit, 0}, {"among", kNotUnit, 0},
    {"without", kNotUnit, 0}, {"within", kNotUnit, 0}, {"via", kNotUnit, 0}, {"vs", kNotUnit, 0},
    {"according", kNotUnit, 0}, {"including", kNotUnit, 0}, {"around", kNotUnit, 0},
    {"some", kNotUnit, 0}, {"nearly", kNotUnit, 0}, {"almost", kNotUnit, 0}, {"local", kNotUnit, 0},
};

constexpr std::size_t kSlots = 1024;  // a power of two, well over twice the entries
constexpr std::size_t kMaxLength = 15;

struct Slot {
  char key[kMaxLength + 1] = {};
  std::uint8_t length = 0;
  Keyword keyword;
};

std::size_t hash(const char* s, std::size_t n) {
  std::uint32_t h = 2166136261u;
  for (std::size_t k = 0; k < n; ++k) h = (h ^ static_cast<unsigned char>(s[k])) * 16777619u;
  return h & (kSlots - 1);
}

struct Table {
  std::array<Slot, kSlots> slots;
  Table() {
    for (const Entry& e : kEntries) {
      const std::size_t n = std::strlen(e.word);
      std::size_t at = hash(e.word, n);
      while (slots[at].length != 0 &&
             !(slots[at].length == n && std::memcmp(slots[at].key, e.word, n) == 0))
        at = (at + 1) & (kSlots - 1);
      Slot& s = slots[at];
      std::memcpy(s.key, e.word, n);
      s.length = static_cast<std::uint8_t>(n);
      s.keyword.kinds |= e.kinds;
      if (e.kinds & kMonth || e.kinds & kMonthAbbrev) s.keyword.month = static_cast<std::uint8_t>(e.number);
      else if (e.kinds & kWeekday) s.keyword.weekday = static_cast<std::uint8_t>(e.number);
      else if (e.number != 0) s.keyword.number = e.number;
    }
  }
};

}  // namespace

const Keyword* lookup_keyword(std::string_view word) {
  static const Table table;
  if (word.empty() || word.size() > kMaxLength) return nullptr;
  char buffer[kMaxLength];
  for (std::size_t k = 0; k < word.size(); ++k) {
    char c = word[k];
    if (static_cast<unsigned char>(c) >= 0x80) return nullptr;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    buffer[k] = c;
  }
  std::size_t at = hash(buffer, word.size());
  while (table.slots[at].length != 0) {
    const Slot& s = table.slots[at];
    if (s.length == word.size() && std::memcmp(s.key, buffer, word.size()) == 0) return &s.keyword;
    at = (at + 1) & (kSlots - 1);
  }
  return nullptr;
}

const VagueRange& vague_range(std::int64_t index) {
  if (index < 0 || index >= static_cast<std::int64_t>(std::size(kVagueRanges))) return kVagueRanges[0];
  return kVagueRanges[index];
}

const char* currency_code(std::int64_t index) {
  if (index < 0 || index >= static_cast<std::int64_t>(std::size(kCurrencyCodes))) return "XXX";
  return kCurrencyCodes[index];
}

char duration_letter(std::int64_t unit) {
  return unit >= 0 && unit < static_cast<std::int64_t>(std::size(kDurationLetters)) ? kDurationLetters[unit] : 'D';
}

std::int64_t duration_factor(std::int64_t unit) {
  return unit >= 0 && unit < static_cast<std::int64_t>(std::size(kDurationFactors)) ? kDurationFactors[unit] : 1;
}

}  // namespace parallax::values_detail
