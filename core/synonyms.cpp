#include "synonyms.h"

#include <algorithm>

#include "stemmer.h"

namespace parallax {

namespace {

// One line per group, words separated by '|'.
constexpr const char* kSynonymData =
#include "synonyms_data.inc"
    ;

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

std::string american_spelling(std::string_view word) {
  std::string w(word);
  if (w.size() < 5) return w;
  // "-our" after a consonant (or the 'i' of "behaviour"), not at the start of a
  // short word: "hour", "four", "tour", "flour" keep theirs.
  for (std::size_t at = w.find("our", 3); at != std::string::npos; at = w.find("our", at + 1)) {
    const char before = w[at - 1];
    const std::string_view after = std::string_view(w).substr(at + 3);
    const bool word_end = after.empty() || after == "s" || after == "ed" || after == "ing" || after == "ite" ||
                          after == "ites" || after == "ful" || after == "hood" || after == "hoods" ||
                          after == "able" || after == "al" || after == "less" || after == "er" || after == "ers" || after == "ly";
    if (word_end && (before == 'i' || (!is_vowel(before) && before != 'c' && before != 't' && before != 's'))) {
      w.erase(at + 1, 1);
      break;
    }
  }
  // "-ise", "-ised", "-ising", "-isation(s)": "organise" -> "organize".
  for (std::string_view ending : {"ise", "ised", "ises", "ising", "isation", "isations"}) {
    if (w.size() >= ending.size() + 3 && std::string_view(w).substr(w.size() - ending.size()) == ending &&
        !is_vowel(w[w.size() - ending.size() - 1])) {
      w[w.size() - ending.size() + 1] = 'z';
      break;
    }
  }
  // "-tre", "-bre" (with "s" or "d"): "centre" -> "center".
  std::size_t end = w.size();
  if (w[end - 1] == 's' || w[end - 1] == 'd') --end;
  if (end >= 5 && w[end - 1] == 'e' && w[end - 2] == 'r' && (w[end - 3] == 't' || w[end - 3] == 'b'))
    std::swap(w[end - 1], w[end - 2]);
  return w;
}

// "u.n." -> "un", "e.u." -> "eu": an initialism written with periods (single
// letters, each followed by one) is the same word as without them ("UN",
// "EU"). Other words, and the times "a.m." and "p.m." (not "PM", the prime
// minister), are returned as they are.
std::string_view without_initial_periods(std::string_view word, std::string& buffer) {
  if (word.size() < 4 || word.size() % 2 != 0 || word == "a.m." || word == "p.m.") return word;
  for (std::size_t i = 0; i < word.size(); i += 2)
    if (word[i + 1] != '.' || word[i] < 'a' || word[i] > 'z') return word;
  buffer.clear();
  for (std::size_t i = 0; i < word.size(); i += 2) buffer += word[i];
  return buffer;
}

}  // namespace

std::string comparison_spelling(std::string_view word) {
  std::string buffer;
  return american_spelling(without_initial_periods(word, buffer));
}

std::string comparison_stem(std::string_view word) { return stem_english(comparison_spelling(word)); }

std::string synonym_key(std::string_view lemma) {
  std::string key;
  std::size_t start = 0;
  while (start <= lemma.size()) {
    std::size_t end = lemma.find(' ', start);
    if (end == std::string_view::npos) end = lemma.size();
    if (end > start) {
      if (!key.empty()) key += ' ';
      key += comparison_stem(lemma.substr(start, end - start));
    }
    start = end + 1;
  }
  return key;
}

SynonymTable::SynonymTable() {
  std::string_view data(kSynonymData);
  std::uint32_t group = 0, pair = 0;
  std::size_t line_start = 0;
  std::vector<std::string> keys;
  while (line_start < data.size()) {
    std::size_t line_end = data.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = data.size();
    std::string_view line = data.substr(line_start, line_end - line_start);
    line_start = line_end + 1;
    const bool is_related = !line.empty() && line[0] == '~';
    if (is_related) line.remove_prefix(1);
    keys.clear();
    for (std::size_t word_start = 0; word_start <= line.size() && !line.empty();) {
      std::size_t word_end = line.find('|', word_start);
      if (word_end == std::string_view::npos) word_end = line.size();
      std::string key = synonym_key(line.substr(word_start, word_end - word_start));
      if (!key.empty()) keys.push_back(std::move(key));
      word_start = word_end + 1;
    }
    if (keys.empty()) continue;
    // A related pair whose stems are one ("arrest"/"arrested") adds nothing.
    if (is_related && (keys.size() != 2 || keys[0] == keys[1])) continue;
    const std::uint32_t id = is_related ? pair++ : group++;
    for (const std::string& key : keys) {
      auto& list = (is_related ? related_ : groups_)[key];
      if (list.empty() || list.back() != id) list.push_back(id);
    }
  }
  group_count_ = group;
}

const SynonymTable& SynonymTable::get() {
  static const SynonymTable table;
  return table;
}

const std::vector<std::uint32_t>& SynonymTable::groups(const std::string& stem_key) const {
  const auto found = groups_.find(stem_key);
  return found == groups_.end() ? none_ : found->second;
}

const std::vector<std::uint32_t>& SynonymTable::related(const std::string& stem_key) const {
  const auto found = related_.find(stem_key);
  return found == related_.end() ? none_ : found->second;
}

}  // namespace parallax
