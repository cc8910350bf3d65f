// Match keys: the looser identity under which two words count as "the same
// word" when looking for reused passages that survived editing.
//
// On top of normalization (normalize.h: case, quotes, dashes), a match key
// folds British and American spelling (neighbour/neighbor, organise/organize,
// centre/center, travelled/traveled, analyse/analyze, defence/defense),
// removes the separators inside numbers (11,000 / 11.000 -> 11000) and strips
// regular inflection (plural -s/-es/-ies, -ed, -ing) so "protests" meets
// "protest". Function words are flagged: they never seed a match on their own.
//
// Contract: MatchKeys maps vocabulary ids to key ids (its own dense id space)
// lazily, once per distinct form; deterministic; O(length of the form).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vocabulary.h"

namespace parallax {

// The match-key string of one normalized word form (exposed for tests).
std::string match_key(std::string_view normalized_form);

// True for English function words ("the", "of", "and", "said" is not one).
bool is_function_word(std::string_view normalized_form);

class MatchKeys {
 public:
  explicit MatchKeys(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {}

  std::uint32_t key(std::uint32_t vocabulary_id) {
    if (vocabulary_id >= key_of_.size() || key_of_[vocabulary_id] == 0) ensure(vocabulary_id);
    return key_of_[vocabulary_id] - 1;
  }
  bool is_function_word(std::uint32_t vocabulary_id) {
    if (vocabulary_id >= key_of_.size() || key_of_[vocabulary_id] == 0) ensure(vocabulary_id);
    return function_word_[vocabulary_id];
  }
  std::size_t key_count() const { return keys_.size(); }

 private:
  void ensure(std::uint32_t vocabulary_id);

  const Vocabulary& vocabulary_;
  Vocabulary keys_;                    // key string -> key id
  std::vector<std::uint32_t> key_of_;  // vocabulary id -> key id + 1 (0: not yet computed)
  std::vector<std::uint8_t> function_word_;  // bytes, not bits: read once per word of every document
};

}  // namespace parallax
