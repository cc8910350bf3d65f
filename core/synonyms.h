// Synonyms: groups of words that report the same thing in other words
// (torch/flashlight, arrest/detain, rally/protest/demonstration).
//
// The table is compiled in: scripts/build_synonyms.mjs turns WordNet 3.0
// (Debian's wordnet-base; frequent senses of frequent lemmas only) and the
// project's data/news_synonyms.txt into a generated include at build time.
// Words are looked up by their Snowball stem, two-word lemmas ("cell phone")
// by the stems of both words joined by a space.
//
// Contract: SynonymTable::get() builds the index once (a few milliseconds) and
// is then read-only; groups() returns the ids of the groups a stem key is in,
// sorted, empty when it is in none; related() likewise for related-form pairs
// (lines starting with '~' in the table), whose stems differ.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parallax {

class SynonymTable {
 public:
  static const SynonymTable& get();

  const std::vector<std::uint32_t>& groups(const std::string& stem_key) const;
  std::size_t group_count() const { return group_count_; }
  // Related forms of a word and a proper name (WordNet's derivation and
  // pertainym links: "Russian"/"Russia", "Belarusian"/"Belarus"), as pair
  // ids, sorted; two stems are related when their lists intersect. Weaker
  // evidence than a synonym.
  const std::vector<std::uint32_t>& related(const std::string& stem_key) const;

 private:
  SynonymTable();
  std::unordered_map<std::string, std::vector<std::uint32_t>> groups_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> related_;
  std::vector<std::uint32_t> none_;
  std::size_t group_count_ = 0;
};

// The stem key of a word or a two-word phrase ("cell phone" -> "cell phone").
std::string synonym_key(std::string_view lemma);

// The Snowball stem of a lower-case word after folding British spellings to
// American ones, so that both spellings of a word compare equal: "-our" after
// a consonant ("neighbouring" -> "neighboring", "colour" -> "color"), "-ise" /
// "-isation" ("organised" -> "organized"), "-tre" / "-bre" at the end
// ("centre" -> "center", "fibres" -> "fibers"). The folding is by rule, not by
// list: it may fold a word with no American twin, which is harmless because
// every word is folded the same way before it is compared. An initialism
// written with periods loses them ("u.n." -> "un"), so that "U.N." is "UN".
std::string comparison_stem(std::string_view word);
// The same folding without the stemming ("neighbouring" -> "neighboring",
// "u.n." -> "un"): how a word is spelled where its inflection still counts.
std::string comparison_spelling(std::string_view word);

}  // namespace parallax
