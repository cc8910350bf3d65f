// A document after tokenization, as the analysis stages share it.
#pragma once

#include <cstdint>
#include <vector>

#include "token.h"

namespace parallax {

struct AnalysedDocument {
  Tokens tokens;
  std::vector<std::uint32_t> word_tokens;  // word index -> token index

  std::uint32_t word_start(std::uint32_t word) const { return tokens[word_tokens[word]].start; }
  std::uint32_t word_end(std::uint32_t word) const { return tokens[word_tokens[word]].end; }
};

}  // namespace parallax
