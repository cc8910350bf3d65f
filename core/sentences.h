// Sentence segmentation over tokens.
//
// A sentence ends at terminal punctuation ('.', '!', '?', '…', "...") plus any
// closing quotes or brackets, when the next token starts a new sentence (a
// capital, a digit, an opening quote, or a line break). A period after a known
// abbreviation (Mr., Dr., St., Feb., "p.m.", "U.S.") or a single initial
// ("J. Smith") does not end one, except that a.m./p.m./U.S.-style
// abbreviations do end a sentence before a typical sentence opener ("The",
// "He", ...). A blank line always ends a sentence; a single line break ends one
// too unless the document is hard-wrapped (most lines of similar, typical
// width), where it is just a space.
//
// Contract: returns sentences in order as token index ranges [first, last)
// (never empty) that cover every token exactly once. Linear time.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "token.h"

namespace parallax {

struct SentenceRange {
  std::uint32_t first_token;
  std::uint32_t end_token;  // one past the last
};

std::vector<SentenceRange> segment_sentences(std::string_view text, const Tokens& tokens);

// True when the text looks hard-wrapped (line breaks inside paragraphs).
bool looks_hard_wrapped(std::string_view text);

}  // namespace parallax
