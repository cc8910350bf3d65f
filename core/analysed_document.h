// A document after tokenization, as the analysis stages share it.
#pragma once

#include <cstdint>
#include <vector>

#include "token.h"

namespace parallax {

struct AnalysedDocument {
  Tokens tokens;
  std::vector<std::uint32_t> word_tokens;  // word index -> token index
  // Words of the article proper (not page furniture) among words [0, w):
  // counted_before[w]. Empty when every word counts.
  std::vector<std::uint32_t> counted_before;

  // Words of [first, end) that are article text, not furniture.
  std::uint32_t counted_words(std::uint32_t first, std::uint32_t end) const {
    return counted_before.empty() ? end - first : counted_before[end] - counted_before[first];
  }
  std::uint32_t counted_words() const { return counted_words(0, static_cast<std::uint32_t>(word_tokens.size())); }

  std::uint32_t word_start(std::uint32_t word) const { return tokens[word_tokens[word]].start; }
  std::uint32_t word_end(std::uint32_t word) const { return tokens[word_tokens[word]].end; }
};

}  // namespace parallax
