#include <doctest/doctest.h>

#include "offsets.h"

using parallax::OffsetMap;
using parallax::OffsetUnit;

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
