// Offset units: the core keeps UTF-8 byte offsets; readers ask for UTF-16 code
// units (JavaScript strings), code points (Python strings) or bytes.
//
// OffsetMap converts byte offsets of one text to another unit in O(1)
// amortised: it stores the unit count at every 64th byte (text.size() / 16
// bytes of memory) and scans at most 64 bytes from there.
//
// Contract: byte offsets must lie on code point boundaries (every span the
// core emits does); an offset inside a sequence counts the partial code point.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

enum class OffsetUnit { kUtf8, kUtf16, kCodePoint };

// Parses "utf8" / "utf16" / "codepoint"; returns false for anything else.
bool parse_offset_unit(std::string_view name, OffsetUnit& unit);
const char* offset_unit_name(OffsetUnit unit);

class OffsetMap {
 public:
  OffsetMap(std::string_view text, OffsetUnit unit);
  std::uint64_t convert(std::uint64_t byte_offset) const;

 private:
  // Units in the bytes [begin, end) of the text.
  std::uint64_t count_units(std::size_t begin, std::size_t end) const;

  static constexpr std::size_t kStride = 64;
  std::string_view text_;
  OffsetUnit unit_;
  std::vector<std::uint64_t> checkpoints_;  // unit count at byte k * kStride
};

}  // namespace parallax
