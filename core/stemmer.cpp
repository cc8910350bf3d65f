#include "stemmer.h"

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace parallax {

namespace {

// Snowball's groupings. Every byte of a non-ASCII character is outside them,
// which is how Snowball treats such characters (as non-vowels).
bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}
bool is_vowel_wxy(char c) { return is_vowel(c) || c == 'w' || c == 'x' || c == 'Y'; }
bool is_valid_li(char c) {
  return c == 'c' || c == 'd' || c == 'e' || c == 'g' || c == 'h' || c == 'k' || c == 'm' ||
         c == 'n' || c == 'r' || c == 't';
}
bool is_double(char c) {
  return c == 'b' || c == 'd' || c == 'f' || c == 'g' || c == 'm' || c == 'n' || c == 'p' ||
         c == 'r' || c == 't';
}
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Equality of short strings without a call to memcmp (they rarely share more
// than a letter).
bool equals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// The word being stemmed, edited in place in the result's buffer: every edit
// is at the end and none makes the word longer than the input.
struct Word {
  char* s;
  std::size_t n;
  std::size_t p1 = 0;  // start of R1
  std::size_t p2 = 0;  // start of R2

  std::string_view view() const { return {s, n}; }
  bool ends_with(std::string_view suffix) const {
    return n >= suffix.size() && equals({s + n - suffix.size(), suffix.size()}, suffix);
  }
  void replace_end(std::size_t suffix_size, std::string_view replacement) {
    n -= suffix_size;
    std::memcpy(s + n, replacement.data(), replacement.size());
    n += replacement.size();
  }
  // Start of the character that ends at byte pos (pos > 0).
  std::size_t prev(std::size_t pos) const {
    do --pos;
    while (pos > 0 && is_continuation(s[pos]));
    return pos;
  }
  // End of the character that starts at byte pos (pos < n).
  std::size_t next(std::size_t pos) const {
    do ++pos;
    while (pos < n && is_continuation(s[pos]));
    return pos;
  }
  bool has_vowel_before(std::size_t pos) const {
    for (std::size_t i = 0; i < pos; ++i)
      if (is_vowel(s[i])) return true;
    return false;
  }
  // Snowball's gopast v, gopast non-v from `from`: the end of the first
  // non-vowel after a vowel, or n when there is none.
  std::size_t region_start(std::size_t from) const {
    std::size_t i = from;
    while (i < n && !is_vowel(s[i])) ++i;
    while (i < n && is_vowel(s[i])) ++i;
    return i < n ? next(i) : n;
  }
  // Snowball's shortv, tested backwards from pos: the word up to pos ends in a
  // short syllable (non-vowel other than w, x, Y; vowel; non-vowel), or is a
  // vowel and a non-vowel alone.
  bool short_syllable_before(std::size_t pos) const {
    if (pos == 0) return false;
    const std::size_t last = prev(pos);
    if (last == 0 || is_vowel(s[last]) || !is_vowel(s[last - 1])) return false;
    const std::size_t vowel = last - 1;
    return vowel == 0 || (!is_vowel_wxy(s[last]) && !is_vowel(s[vowel - 1]));
  }
};

struct Replacement {
  std::string_view from, to;
};

// Whole words answered at once (Snowball's exception1).
constexpr std::array<Replacement, 18> kExceptions = {{{"skis", "ski"},
                                                      {"skies", "sky"},
                                                      {"dying", "die"},
                                                      {"lying", "lie"},
                                                      {"tying", "tie"},
                                                      {"idly", "idl"},
                                                      {"gently", "gentl"},
                                                      {"ugly", "ugli"},
                                                      {"early", "earli"},
                                                      {"only", "onli"},
                                                      {"singly", "singl"},
                                                      {"sky", "sky"},
                                                      {"news", "news"},
                                                      {"howe", "howe"},
                                                      {"atlas", "atlas"},
                                                      {"cosmos", "cosmos"},
                                                      {"bias", "bias"},
                                                      {"andes", "andes"}}};

// Words that are left as they are after step 1a (Snowball's exception2).
constexpr std::array<std::string_view, 8> kInvariantAfterStep1a = {
    "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"};

// A bit for each length of word in a list: most words need no look at it.
template <typename T, std::size_t N, typename Key>
constexpr std::uint32_t length_mask(const std::array<T, N>& list, Key key) {
  std::uint32_t mask = 0;
  for (const T& entry : list) mask |= 1u << key(entry).size();
  return mask;
}
bool has_length(std::uint32_t mask, std::size_t size) { return size < 32 && (mask >> size & 1u); }

constexpr std::uint32_t kExceptionLengths =
    length_mask(kExceptions, [](const Replacement& r) { return r.from; });
constexpr std::uint32_t kInvariantLengths =
    length_mask(kInvariantAfterStep1a, [](std::string_view v) { return v; });

// Prefixes after which R1 starts (Snowball's mark_regions).
constexpr std::array<std::string_view, 3> kRegionPrefixes = {"gener", "commun", "arsen"};

// Steps 2-4: a table of suffix rules, longest (and never empty) suffix first,
// so that the first one that matches is Snowball's longest match. The rule
// found must start in the step's region and meet its condition, or the step
// does nothing.
enum class Condition : std::uint8_t { none, after_l, after_valid_li, in_r2, after_s_or_t };

struct Rule {
  std::string_view suffix, replacement;
  Condition condition = Condition::none;
};

// The rules of one step, with for each last letter a-z the set of rules whose
// suffix ends with it (a bit per rule, in table order), so that a word is
// tested only against the few suffixes that can match it.
template <std::size_t N>
struct RuleSet {
  static_assert(N <= 32);
  std::array<Rule, N> rules;
  std::array<std::uint32_t, 26> by_last_letter{};

  constexpr explicit RuleSet(const std::array<Rule, N>& r) : rules(r) {
    for (std::size_t i = 0; i < N; ++i)
      by_last_letter[static_cast<std::size_t>(r[i].suffix.back() - 'a')] |= 1u << i;
  }
};

template <std::size_t N>
constexpr bool longest_first(const std::array<Rule, N>& rules) {
  for (std::size_t i = 0; i < N; ++i) {
    const std::string_view suffix = rules[i].suffix;
    if (suffix.empty() || suffix.back() < 'a' || suffix.back() > 'z') return false;
    if (i > 0 && suffix.size() > rules[i - 1].suffix.size()) return false;
  }
  return true;
}

constexpr RuleSet<24> kStep2{std::array<Rule, 24>{{{"ational", "ate"},
                                                   {"fulness", "ful"},
                                                   {"iveness", "ive"},
                                                   {"ization", "ize"},
                                                   {"ousness", "ous"},
                                                   {"biliti", "ble"},
                                                   {"lessli", "less"},
                                                   {"tional", "tion"},
                                                   {"alism", "al"},
                                                   {"aliti", "al"},
                                                   {"ation", "ate"},
                                                   {"entli", "ent"},
                                                   {"fulli", "ful"},
                                                   {"iviti", "ive"},
                                                   {"ousli", "ous"},
                                                   {"abli", "able"},
                                                   {"alli", "al"},
                                                   {"anci", "ance"},
                                                   {"ator", "ate"},
                                                   {"enci", "ence"},
                                                   {"izer", "ize"},
                                                   {"bli", "ble"},
                                                   {"ogi", "og", Condition::after_l},
                                                   {"li", "", Condition::after_valid_li}}}};

constexpr RuleSet<9> kStep3{std::array<Rule, 9>{{{"ational", "ate"},
                                                 {"tional", "tion"},
                                                 {"alize", "al"},
                                                 {"ative", "", Condition::in_r2},
                                                 {"icate", "ic"},
                                                 {"iciti", "ic"},
                                                 {"ical", "ic"},
                                                 {"ness", ""},
                                                 {"ful", ""}}}};

constexpr RuleSet<18> kStep4{std::array<Rule, 18>{{{"ement", ""},
                                                   {"able", ""},
                                                   {"ance", ""},
                                                   {"ence", ""},
                                                   {"ible", ""},
                                                   {"ment", ""},
                                                   {"ant", ""},
                                                   {"ate", ""},
                                                   {"ent", ""},
                                                   {"ion", "", Condition::after_s_or_t},
                                                   {"ism", ""},
                                                   {"iti", ""},
                                                   {"ive", ""},
                                                   {"ize", ""},
                                                   {"ous", ""},
                                                   {"al", ""},
                                                   {"er", ""},
                                                   {"ic", ""}}}};

static_assert(longest_first(kStep2.rules) && longest_first(kStep3.rules) &&
              longest_first(kStep4.rules));

template <std::size_t N>
void apply_rules(Word& w, const RuleSet<N>& set, std::size_t region) {
  if (w.n == 0 || w.s[w.n - 1] < 'a' || w.s[w.n - 1] > 'z') return;
  for (std::uint32_t candidates = set.by_last_letter[static_cast<std::size_t>(w.s[w.n - 1] - 'a')];
       candidates != 0; candidates &= candidates - 1) {
    const Rule& rule = set.rules[static_cast<std::size_t>(std::countr_zero(candidates))];
    if (!w.ends_with(rule.suffix)) continue;
    const std::size_t start = w.n - rule.suffix.size();
    if (start < region) return;
    const char before = start > 0 ? w.s[start - 1] : '\0';
    switch (rule.condition) {
      case Condition::none:
        break;
      case Condition::after_l:
        if (before != 'l') return;
        break;
      case Condition::after_valid_li:
        if (!is_valid_li(before)) return;
        break;
      case Condition::in_r2:
        if (start < w.p2) return;
        break;
      case Condition::after_s_or_t:
        if (before != 's' && before != 't') return;
        break;
    }
    w.replace_end(rule.suffix.size(), rule.replacement);
    return;
  }
}

// Drops a leading apostrophe and marks consonant y as 'Y'; true if it marked one.
bool prelude(Word& w) {
  if (w.n > 0 && w.s[0] == '\'') {
    std::memmove(w.s, w.s + 1, w.n - 1);
    --w.n;
  }
  bool y_found = false;
  for (std::size_t i = 0; i < w.n; ++i) {
    if (w.s[i] == 'y' && (i == 0 || is_vowel(w.s[i - 1]))) {
      w.s[i] = 'Y';
      y_found = true;
    }
  }
  return y_found;
}

void mark_regions(Word& w) {
  w.p1 = w.region_start(0);
  for (std::string_view prefix : kRegionPrefixes) {
    if (equals(w.view().substr(0, prefix.size()), prefix)) w.p1 = prefix.size();
  }
  w.p2 = w.region_start(w.p1);
}

// Possessives and plurals: 's, sses -> ss, ies -> i or ie, s (after a vowel
// that is not just before it) deleted; us and ss stay.
void step_1a(Word& w) {
  constexpr std::array<std::string_view, 3> kPossessives = {"'s'", "'s", "'"};
  for (std::string_view possessive : kPossessives) {
    if (w.ends_with(possessive)) {
      w.n -= possessive.size();
      break;
    }
  }
  if (w.ends_with("sses")) {
    w.n -= 2;
  } else if (w.ends_with("ied") || w.ends_with("ies")) {
    const std::size_t start = w.n - 3;
    const bool two_letters_before = start > 0 && w.prev(start) > 0;
    w.n = start + (two_letters_before ? 1 : 2);
  } else if (w.ends_with("s") && !w.ends_with("us") && !w.ends_with("ss")) {
    const std::size_t start = w.n - 1;
    if (start > 0 && w.has_vowel_before(w.prev(start))) w.n = start;
  }
}

// -eed(ly) -> ee in R1; -ed(ly), -ing(ly) deleted after a vowel, then
// at/bl/iz -> ate/ble/ize, a double consonant undone, or e added to a short word.
void step_1b(Word& w) {
  // The longest of eedly, ingly, edly, eed, ing, ed.
  const std::size_t size = w.ends_with("eedly") || w.ends_with("ingly") ? 5
                           : w.ends_with("edly")                        ? 4
                           : w.ends_with("eed") || w.ends_with("ing")   ? 3
                           : w.ends_with("ed")                          ? 2
                                                                        : 0;
  if (size == 0) return;
  const bool eed = w.s[w.n - size + 1] == 'e';  // eed(ly), not ed(ly) or ing(ly)
  const std::size_t start = w.n - size;
  if (eed) {
    if (start >= w.p1) w.replace_end(size, "ee");
    return;
  }
  if (!w.has_vowel_before(start)) return;
  w.n = start;
  if (w.ends_with("at") || w.ends_with("bl") || w.ends_with("iz")) {
    w.replace_end(0, "e");
  } else if (w.n >= 2 && w.s[w.n - 1] == w.s[w.n - 2] && is_double(w.s[w.n - 1])) {
    --w.n;
  } else if (w.n == w.p1 && w.short_syllable_before(w.n)) {
    w.replace_end(0, "e");
  }
}

// Final y or Y -> i after a non-vowel that is not the first letter.
void step_1c(Word& w) {
  if (w.n < 2 || (w.s[w.n - 1] != 'y' && w.s[w.n - 1] != 'Y')) return;
  const std::size_t before = w.prev(w.n - 1);
  if (before > 0 && !is_vowel(w.s[before])) w.s[w.n - 1] = 'i';
}

// Final e deleted in R2, or in R1 after no short syllable; ll -> l in R2.
void step_5(Word& w) {
  if (w.n == 0) return;
  const std::size_t last = w.n - 1;
  if (w.s[last] == 'e') {
    if (last >= w.p2 || (last >= w.p1 && !w.short_syllable_before(last))) --w.n;
  } else if (w.s[last] == 'l') {
    if (last >= w.p2 && last > 0 && w.s[last - 1] == 'l') --w.n;
  }
}

bool fewer_than_three_letters(std::string_view word) {
  std::size_t letters = 0;
  for (char c : word) {
    if (!is_continuation(c) && ++letters == 3) return false;
  }
  return true;
}

}  // namespace

std::string stem_english(std::string_view word) {
  if (has_length(kExceptionLengths, word.size())) {
    for (const Replacement& e : kExceptions)
      if (equals(word, e.from)) return std::string(e.to);
  }
  std::string result(word);
  if (fewer_than_three_letters(word)) return result;

  Word w{result.data(), result.size()};
  const bool y_found = prelude(w);
  mark_regions(w);
  step_1a(w);
  bool invariant = false;
  if (has_length(kInvariantLengths, w.n)) {
    for (std::string_view v : kInvariantAfterStep1a) invariant = invariant || equals(w.view(), v);
  }
  if (!invariant) {
    step_1b(w);
    step_1c(w);
    apply_rules(w, kStep2, w.p1);
    apply_rules(w, kStep3, w.p1);
    apply_rules(w, kStep4, w.p2);
    step_5(w);
  }
  if (y_found) {
    for (std::size_t i = 0; i < w.n; ++i)
      if (w.s[i] == 'Y') w.s[i] = 'y';
  }
  result.resize(w.n);
  return result;
}

}  // namespace parallax
