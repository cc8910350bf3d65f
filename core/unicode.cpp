#include "unicode.h"

namespace parallax {

DecodedCodePoint decode_utf8(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char b0 = byte(pos);
  if (b0 < 0x80) return {b0, 1};
  std::size_t need = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3, cp = b0 & 0x07, min = 0x10000;
  } else {
    return {0xFFFD, 1};
  }
  if (pos + need >= text.size()) return {0xFFFD, 1};  // truncated sequence
  for (std::size_t i = 1; i <= need; ++i) {
    const unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1};
  return {cp, need + 1};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {
bool in(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }
}  // namespace

CharClass classify(char32_t cp) {
  if (cp < 0x80) return classify_ascii(static_cast<unsigned char>(cp));
  if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) return CharClass::kNewline;
  if (cp == 0xA0 || cp == 0x1680 || in(cp, 0x2000, 0x200A) || cp == 0x202F || cp == 0x205F ||
      cp == 0x3000)
    return CharClass::kSpace;
  if (cp == 0x200D || in(cp, 0xFE00, 0xFE0F) || in(cp, 0x1F3FB, 0x1F3FF) ||
      in(cp, 0xE0020, 0xE007F))
    return CharClass::kJoiner;  // glue inside emoji sequences: never split
  if (in(cp, 0x0300, 0x036F) || in(cp, 0x0483, 0x0489) || in(cp, 0x0591, 0x05BD) ||
      in(cp, 0x0610, 0x061A) || in(cp, 0x064B, 0x065F) || in(cp, 0x0900, 0x0903) ||
      in(cp, 0x093A, 0x094F) || in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) ||
      in(cp, 0x20D0, 0x20FF) || in(cp, 0xFE20, 0xFE2F))
    return CharClass::kMark;
  if (cp == 0x200B || cp == 0x200C || cp == 0xFEFF || cp == 0x00AD) return CharClass::kJoiner;
  if (in(cp, 0x80, 0x9F)) return CharClass::kSymbol;
  if (in(cp, 0xA1, 0xBF)) {
    if (cp == 0xAA || cp == 0xB5 || cp == 0xBA) return CharClass::kLetter;
    if (cp == 0xA1 || cp == 0xA7 || cp == 0xAB || cp == 0xB6 || cp == 0xB7 || cp == 0xBB ||
        cp == 0xBF)
      return CharClass::kPunct;
    return CharClass::kSymbol;
  }
  if (cp == 0xD7 || cp == 0xF7) return CharClass::kSymbol;
  if (in(cp, 0x0660, 0x0669) || in(cp, 0x06F0, 0x06F9) || in(cp, 0x0966, 0x096F) ||
      in(cp, 0xFF10, 0xFF19))
    return CharClass::kDigit;
  if (in(cp, 0x2010, 0x2027) || in(cp, 0x2030, 0x205E) || in(cp, 0x2E00, 0x2E7F) ||
      in(cp, 0x3001, 0x3003) || in(cp, 0x3008, 0x3011) || in(cp, 0xFE10, 0xFE19) ||
      in(cp, 0xFE30, 0xFE4F) || in(cp, 0xFF01, 0xFF0F) || in(cp, 0xFF1A, 0xFF20) ||
      cp == 0x037E || cp == 0x0387 || cp == 0x055D || cp == 0x0589 || cp == 0x05BE ||
      cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x06D4 || cp == 0x0964 ||
      cp == 0x0965)
    return CharClass::kPunct;
  if (in(cp, 0x2060, 0x2BFF) || in(cp, 0x3012, 0x303F) || in(cp, 0xE000, 0xF8FF) ||
      in(cp, 0xFFF0, 0xFFFF) || in(cp, 0x1F000, 0x1FAFF) || in(cp, 0xF0000, 0x10FFFF))
    return CharClass::kSymbol;
  return CharClass::kLetter;  // everything else: letters of the world's scripts
}

char32_t fold_case(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (in(cp, 0xC0, 0xDE) && cp != 0xD7) return cp + 32;
  if (in(cp, 0x100, 0x137) || in(cp, 0x14A, 0x177) || in(cp, 0x182, 0x185) ||
      in(cp, 0x1A0, 0x1A5) || in(cp, 0x1DE, 0x1EF) || in(cp, 0x1F8, 0x21F) ||
      in(cp, 0x222, 0x233) || in(cp, 0x1E00, 0x1E95) || in(cp, 0x1EA0, 0x1EFF) ||
      in(cp, 0x460, 0x481) || in(cp, 0x48A, 0x4BF) || in(cp, 0x4D0, 0x52F))
    return (cp % 2 == 0) ? cp + 1 : cp;
  if (in(cp, 0x139, 0x148) || in(cp, 0x179, 0x17E) || in(cp, 0x4C1, 0x4CE))
    return (cp % 2 == 1) ? cp + 1 : cp;
  if (cp == 0x178) return 0xFF;
  if (in(cp, 0x391, 0x3A9) && cp != 0x3A2) return cp + 32;
  if (in(cp, 0x410, 0x42F)) return cp + 32;
  if (in(cp, 0x400, 0x40F)) return cp + 80;
  if (in(cp, 0xFF21, 0xFF3A)) return cp + 32;
  return cp;
}

bool is_upper(char32_t cp) { return fold_case(cp) != cp; }

}  // namespace parallax
