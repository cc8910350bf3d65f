#include <doctest/doctest.h>

#include "offsets.h"

using parallax::OffsetMap;
using parallax::OffsetUnit;

namespace {

// OffsetMap's UTF-16 and code point offsets at every code point boundary of
// text against a byte-by-byte count.
void check_every_boundary(const std::string& text) {
  std::uint64_t u16 = 0, cp = 0;
  const OffsetMap map16(text, OffsetUnit::kUtf16), map_cp(text, OffsetUnit::kCodePoint);
  for (std::size_t byte = 0; byte <= text.size(); ++byte) {
    const auto b = byte < text.size() ? static_cast<unsigned char>(text[byte]) : 0;
    if (byte == text.size() || (b & 0xC0) != 0x80) {  // a code point boundary
      CAPTURE(byte);
      CHECK(map16.convert(byte) == u16);
      CHECK(map_cp.convert(byte) == cp);
    }
    if (byte < text.size() && (b & 0xC0) != 0x80) {
      ++cp;
      u16 += b >= 0xF0 ? 2 : 1;
    }
  }
}

}  // namespace

TEST_CASE("offsets: UTF-8 bytes to UTF-16 units and code points") {
  const std::string text = "Gr\xC3\xBC\xC3\x9F" "e \xC2\xAB" "alt\xC2\xBB \xF0\x9F\x98\x80!";  // Grüße «alt» 😀!
  const OffsetMap u16(text, OffsetUnit::kUtf16);
  const OffsetMap cp(text, OffsetUnit::kCodePoint);
  const OffsetMap u8(text, OffsetUnit::kUtf8);
  CHECK(u8.convert(7) == 7);
  CHECK(cp.convert(text.size()) == 14);
  CHECK(u16.convert(text.size()) == 15);  // the emoji is two UTF-16 units
  const std::size_t emoji = text.find("\xF0");
  CHECK(cp.convert(emoji) == 12);
  CHECK(u16.convert(emoji + 4) == 14);
}

TEST_CASE("offsets: long texts use checkpoints correctly") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "\xD0\x96" "a";  // Ж a: 3 bytes, 2 code points
  const OffsetMap cp(text, OffsetUnit::kCodePoint);
  for (std::size_t byte = 0; byte <= text.size(); byte += 3) CHECK(cp.convert(byte) == byte / 3 * 2);
}

TEST_CASE("offsets: unit names") {
  OffsetUnit unit{};
  CHECK(parallax::parse_offset_unit("utf16", unit));
  CHECK(unit == OffsetUnit::kUtf16);
  CHECK_FALSE(parallax::parse_offset_unit("utf-32", unit));
  CHECK(std::string(parallax::offset_unit_name(OffsetUnit::kCodePoint)) == "codepoint");
}

TEST_CASE("offsets: checkpoints counted eight bytes at a time agree with a byte-by-byte count") {
  // Emoji (4 bytes, two UTF-16 units), Cyrillic (2), a euro sign (3) and
  // ASCII in a rhythm that puts every kind of byte at every position of an
  // 8-byte word and of a 64-byte checkpoint block; 1,003 pieces, so the text
  // ends inside a word.
  const char* pieces[] = {"\xF0\x9F\x98\x80", "\xD0\x96", "a", "\xE2\x82\xAC", "bc", " "};
  std::string text;
  for (int i = 0; i < 1003; ++i) text += pieces[(i * 7 + i / 5) % 6];
  check_every_boundary(text);
}

TEST_CASE("offsets: whole blocks of ASCII among multi-byte text agree with a byte-by-byte count") {
  // Runs of ASCII from 1 to 200 bytes between emoji, Cyrillic and euro signs:
  // 64-byte checkpoint blocks that are all ASCII (counted as 64 units at once)
  // lie before, after and between blocks that are not, and a multi-byte
  // character sometimes straddles a block boundary.
  const char* others[] = {"\xF0\x9F\x98\x80", "\xD0\x96", "\xE2\x82\xAC"};
  std::string text;
  for (int i = 0; i < 120; ++i) {
    text.append(static_cast<std::size_t>(1 + (i * 37) % 200), static_cast<char>('a' + i % 26));
    text += others[i % 3];
  }
  check_every_boundary(text);
}
