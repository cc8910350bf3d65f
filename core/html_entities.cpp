#include "html_entities.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "unicode.h"

namespace parallax {

namespace {

struct NamedReference {
  std::string_view name;
  char32_t code_point;
};

// Sorted by name (byte order) for binary search; names are case-sensitive.
constexpr std::array kNamed = std::to_array<NamedReference>({
    {"AElig", 0xC6}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Agrave", 0xC0}, {"Aring", 0xC5},
    {"Atilde", 0xC3}, {"Auml", 0xC4}, {"Ccedil", 0xC7}, {"Dagger", 0x2021}, {"ETH", 0xD0},
    {"Eacute", 0xC9}, {"Ecirc", 0xCA}, {"Egrave", 0xC8}, {"Euml", 0xCB}, {"Iacute", 0xCD},
    {"Icirc", 0xCE}, {"Igrave", 0xCC}, {"Iuml", 0xCF}, {"Ntilde", 0xD1}, {"OElig", 0x152},
    {"Oacute", 0xD3}, {"Ocirc", 0xD4}, {"Ograve", 0xD2}, {"Oslash", 0xD8}, {"Otilde", 0xD5},
    {"Ouml", 0xD6}, {"Prime", 0x2033}, {"Scaron", 0x160}, {"THORN", 0xDE}, {"Uacute", 0xDA},
    {"Ucirc", 0xDB}, {"Ugrave", 0xD9}, {"Uuml", 0xDC}, {"Yacute", 0xDD}, {"Yuml", 0x178},
    {"Zcaron", 0x17D}, {"aacute", 0xE1}, {"acirc", 0xE2}, {"acute", 0xB4}, {"aelig", 0xE6},
    {"agrave", 0xE0}, {"amp", '&'}, {"apos", '\''}, {"aring", 0xE5}, {"atilde", 0xE3},
    {"auml", 0xE4}, {"bdquo", 0x201E}, {"brvbar", 0xA6}, {"bull", 0x2022}, {"ccedil", 0xE7},
    {"cedil", 0xB8}, {"cent", 0xA2}, {"copy", 0xA9}, {"curren", 0xA4}, {"dagger", 0x2020},
    {"deg", 0xB0}, {"divide", 0xF7}, {"eacute", 0xE9}, {"ecirc", 0xEA}, {"egrave", 0xE8},
    {"emsp", 0x2003}, {"ensp", 0x2002}, {"eth", 0xF0}, {"euml", 0xEB}, {"euro", 0x20AC},
    {"frac12", 0xBD}, {"frac14", 0xBC}, {"frac34", 0xBE}, {"gt", '>'}, {"hellip", 0x2026},
    {"iacute", 0xED}, {"icirc", 0xEE}, {"iexcl", 0xA1}, {"igrave", 0xEC}, {"iquest", 0xBF},
    {"iuml", 0xEF}, {"laquo", 0xAB}, {"ldquo", 0x201C}, {"lrm", 0x200E}, {"lsaquo", 0x2039},
    {"lsquo", 0x2018}, {"lt", '<'}, {"macr", 0xAF}, {"mdash", 0x2014}, {"micro", 0xB5},
    {"middot", 0xB7}, {"minus", 0x2212}, {"nbsp", 0xA0}, {"ndash", 0x2013}, {"not", 0xAC},
    {"ntilde", 0xF1}, {"oacute", 0xF3}, {"ocirc", 0xF4}, {"oelig", 0x153}, {"ograve", 0xF2},
    {"ordf", 0xAA}, {"ordm", 0xBA}, {"oslash", 0xF8}, {"otilde", 0xF5}, {"ouml", 0xF6},
    {"para", 0xB6}, {"permil", 0x2030}, {"plusmn", 0xB1}, {"pound", 0xA3}, {"prime", 0x2032},
    {"quot", '"'}, {"raquo", 0xBB}, {"rdquo", 0x201D}, {"reg", 0xAE}, {"rlm", 0x200F},
    {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"scaron", 0x161}, {"sect", 0xA7},
    {"shy", 0xAD}, {"sup1", 0xB9}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"szlig", 0xDF},
    {"thinsp", 0x2009}, {"thorn", 0xFE}, {"times", 0xD7}, {"trade", 0x2122}, {"uacute", 0xFA},
    {"ucirc", 0xFB}, {"ugrave", 0xF9}, {"uml", 0xA8}, {"uuml", 0xFC}, {"yacute", 0xFD},
    {"yen", 0xA5}, {"yuml", 0xFF}, {"zcaron", 0x17E}, {"zwj", 0x200D}, {"zwnj", 0x200C},
});
static_assert(std::is_sorted(kNamed.begin(), kNamed.end(),
                             [](const NamedReference& a, const NamedReference& b) { return a.name < b.name; }));

// Names a browser also decodes without the semicolon (a subset of the legacy list).
constexpr std::array<std::string_view, 5> kWithoutSemicolon = {"amp", "gt", "lt", "nbsp", "quot"};

// What browsers put for &#128; to &#159;: the Windows-1252 characters (0 = keep as is).
constexpr std::array<char16_t, 32> kWindows1252C1 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool is_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int digit_value(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (!hex) return -1;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

char32_t numeric_code_point(std::uint32_t value) {
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
  if (value >= 0x80 && value <= 0x9F && kWindows1252C1[value - 0x80]) return kWindows1252C1[value - 0x80];
  return value;
}

// Decodes the reference at text[pos] == '&'; returns the bytes consumed, 0
// when there is no reference there (the '&' is then literal).
std::size_t decode_reference(std::string_view text, std::size_t pos, std::string& out) {
  std::size_t i = pos + 1;
  if (i < text.size() && text[i] == '#') {
    ++i;
    const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
    if (hex) ++i;
    const std::size_t digits_start = i;
    std::uint32_t value = 0;
    for (int d; i < text.size() && (d = digit_value(text[i], hex)) >= 0; ++i)
      value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + d, 0x110000);  // saturate, never wrap
    if (i == digits_start) return 0;
    if (i < text.size() && text[i] == ';') ++i;
    append_utf8(out, numeric_code_point(value));
    return i - pos;
  }
  std::size_t end = i;
  while (end < text.size() && end - i < 8 && is_alnum(text[end])) ++end;
  const std::string_view name = text.substr(i, end - i);
  const bool semicolon = end < text.size() && text[end] == ';';
  const auto found = std::lower_bound(kNamed.begin(), kNamed.end(), name,
                                      [](const NamedReference& r, std::string_view n) { return r.name < n; });
  if (found != kNamed.end() && found->name == name &&
      (semicolon || std::find(kWithoutSemicolon.begin(), kWithoutSemicolon.end(), name) != kWithoutSemicolon.end())) {
    append_utf8(out, found->code_point);
    return end + (semicolon ? 1 : 0) - pos;
  }
  return 0;
}

}  // namespace

void append_html_decoded(std::string& out, std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t amp = text.find('&', pos);
    if (amp == std::string_view::npos) {
      out.append(text.substr(pos));
      return;
    }
    out.append(text.substr(pos, amp - pos));
    const std::size_t used = decode_reference(text, amp, out);
    if (used == 0) out.push_back('&');
    pos = amp + std::max<std::size_t>(used, 1);
  }
}

}  // namespace parallax
