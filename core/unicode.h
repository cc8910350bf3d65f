// Small, dependency-free Unicode helpers for the core.
//
// The core works on UTF-8 bytes. These helpers decode one code point at a
// time, classify code points coarsely (letter-like, digit, space, mark,
// punctuation/symbol) and fold case for the scripts news text uses most
// (Latin, Greek, Cyrillic). They are deliberately table-light: a full Unicode
// database would cost more page weight than it buys for comparing articles.
// Contract: every function accepts any byte sequence; invalid UTF-8 decodes as
// U+FFFD consuming one byte, so callers never loop forever.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace parallax {

struct DecodedCodePoint {
  char32_t code_point;
  std::size_t length;  // bytes consumed, >= 1
};

// Decodes the code point starting at text[pos] (pos < text.size()).
DecodedCodePoint decode_utf8(std::string_view text, std::size_t pos);

// Code points in valid UTF-8 text: its bytes that do not continue a character.
inline std::uint32_t count_code_points(std::string_view text) {
  std::uint32_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Appends the UTF-8 encoding of cp to out.
void append_utf8(std::string& out, char32_t cp);

enum class CharClass { kSpace, kNewline, kLetter, kDigit, kMark, kJoiner, kPunct, kSymbol };

CharClass classify(char32_t cp);

namespace detail {
constexpr CharClass classify_ascii_slow(char32_t cp) {
  if (cp == '\n' || cp == '\r') return CharClass::kNewline;
  if (cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v') return CharClass::kSpace;
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::kLetter;
  if (cp >= '0' && cp <= '9') return CharClass::kDigit;
  if (cp < 0x20 || cp == 0x7F) return CharClass::kSymbol;  // stray controls are kept as symbols
  if (cp == '$' || cp == '+' || cp == '<' || cp == '=' || cp == '>' || cp == '^' || cp == '`' ||
      cp == '|' || cp == '~')
    return CharClass::kSymbol;
  return CharClass::kPunct;
}
struct AsciiClasses {
  CharClass table[128];
  constexpr AsciiClasses() : table() {
    for (char32_t c = 0; c < 128; ++c) table[c] = classify_ascii_slow(c);
  }
};
inline constexpr AsciiClasses kAsciiClasses;
}  // namespace detail

// The class of an ASCII byte (b < 0x80), by table: the tokenizer's fast path.
inline CharClass classify_ascii(unsigned char b) { return detail::kAsciiClasses.table[b]; }

// Simple case folding (one code point to one code point).
char32_t fold_case(char32_t cp);

bool is_upper(char32_t cp);

// Number of UTF-16 code units that encode cp.
inline std::size_t utf16_length(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }

}  // namespace parallax
