// Quotations and who said them: the quoted spans of an article (in “”, «» or
// straight double quotes, within a paragraph), each with the speaker its
// article names.
//
// Speaker: the attribution next to the quote in its paragraph, after it first
// (“...,” Volkov said; «...», – wrote Leonid Volkov) and else before it
// (Volkov said: "..."): an attribution verb (said, wrote, told, added, ...,
// "according to") and the PERSON name nearest to it, not a possessive
// ("one of Navalny's associates, Leonid Volkov" names Volkov). A pronoun
// next to the verb ("he said") takes the last person named before the quote
// (attribution "pronoun"). A quote with no attribution verb nearby has no
// speaker (attribution "none"): the speaker is never guessed from other
// paragraphs.
//
// Contract: quotes in text order, not nested, never crossing a paragraph
// (a blank line); linear in the number of tokens plus name mentions.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "names.h"
#include "token.h"

namespace parallax {

enum class Attribution : std::uint8_t { kNone, kNamed, kPronoun };

// "none", "named", "pronoun".
const char* attribution_name(Attribution a);

struct Quote {
  std::uint32_t open_token = 0;   // the opening mark
  std::uint32_t close_token = 0;  // the closing mark
  std::uint32_t start = 0;        // byte span of the words inside the marks
  std::uint32_t end = 0;
  Attribution attribution = Attribution::kNone;
  std::int32_t speaker = -1;  // index into the name mentions, -1 when none
};

std::vector<Quote> find_quotes(std::string_view text, const Tokens& tokens, const std::vector<NameMention>& names);

}  // namespace parallax
