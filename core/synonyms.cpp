#include "synonyms.h"

#include <algorithm>

#include "stemmer.h"

namespace parallax {

namespace {

// One line per group, words separated by '|'.
constexpr const char* kSynonymData =
#include "synonyms_data.inc"
    ;

}  // namespace

std::string synonym_key(std::string_view lemma) {
  std::string key;
  std::size_t start = 0;
  while (start <= lemma.size()) {
    std::size_t end = lemma.find(' ', start);
    if (end == std::string_view::npos) end = lemma.size();
    if (end > start) {
      if (!key.empty()) key += ' ';
      key += stem_english(lemma.substr(start, end - start));
    }
    start = end + 1;
  }
  return key;
}

SynonymTable::SynonymTable() {
  std::string_view data(kSynonymData);
  std::uint32_t group = 0;
  std::size_t line_start = 0;
  while (line_start < data.size()) {
    std::size_t line_end = data.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = data.size();
    const std::string_view line = data.substr(line_start, line_end - line_start);
    std::size_t word_start = 0;
    bool any = false;
    while (word_start <= line.size() && !line.empty()) {
      std::size_t word_end = line.find('|', word_start);
      if (word_end == std::string_view::npos) word_end = line.size();
      const std::string key = synonym_key(line.substr(word_start, word_end - word_start));
      if (!key.empty()) {
        auto& list = groups_[key];
        if (list.empty() || list.back() != group) list.push_back(group);
        any = true;
      }
      word_start = word_end + 1;
    }
    if (any) ++group;
    line_start = line_end + 1;
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

}  // namespace parallax
