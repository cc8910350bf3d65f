#include "normalize.h"

#include "unicode.h"

namespace parallax {

namespace {

// Typographic variants that mean the same thing to a reader.
char32_t unify(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
    case 0x0060: case 0x00B4:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    default:
      return cp;
  }
}

}  // namespace

void normalize_token(std::string_view surface, std::string& out) {
  // Fast path: most tokens are ASCII; append once and lower-case in place
  // (appending byte by byte cost a tenth of the analysis in WASM).
  bool ascii = true;
  for (char c : surface) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    const std::size_t start = out.size();
    out.append(surface);
    for (std::size_t i = start; i < out.size(); ++i)
      if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] + 32);
    return;
  }
  std::size_t pos = 0;
  while (pos < surface.size()) {
    const auto c = static_cast<unsigned char>(surface[pos]);
    if (c < 0x80) {  // fast path: ASCII
      out += static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c);
      ++pos;
      continue;
    }
    const DecodedCodePoint d = decode_utf8(surface, pos);
    pos += d.length;
    const char32_t cp = d.code_point;
    if (cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0xFEFF) continue;  // invisible
    if (cp == 0x2026) {
      out += "...";
      continue;
    }
    append_utf8(out, unify(fold_case(cp)));
  }
}

}  // namespace parallax
