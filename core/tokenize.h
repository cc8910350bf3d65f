// Tokenization: splits UTF-8 text into words, numbers, punctuation and symbols
// with exact byte spans.
//
// - Words: runs of letters (any script), with combining marks and digits
//   inside ("COVID19"), and an apostrophe between letters ("Navalny's",
//   "don't"). Dotted abbreviations of single letters are one word ("U.S.",
//   "p.m."). A hyphen is punctuation, so "cell-phone" is two words.
// - Numbers: digits with inner separators followed by digits ("11,000",
//   "3.5", "8:00"), and a letter suffix ("5th", "1700GMT" stays one token).
// - Punctuation: one token per character, except that runs of the same
//   character ("...", "--", "!!") are one token.
// - Symbols: emoji and other symbols, never split inside a sequence joined by
//   ZWJ, variation selectors or skin-tone modifiers.
// Whitespace is not a token; each token records the line breaks and spaces in
// the gap before it, which sentence segmentation uses.
//
// Contract: tokens are in text order, non-overlapping, non-empty; every byte
// of the text is either whitespace or inside exactly one token. Linear time.
// Token ids are left 0; the Vocabulary assigns them.
#pragma once

#include <string_view>

#include "token.h"

namespace parallax {

Tokens tokenize(std::string_view text);

}  // namespace parallax
