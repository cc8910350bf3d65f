#include "offsets.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace parallax {

namespace {

// Units contributed by the byte b: code points count their lead byte; UTF-16
// counts a second unit for each 4-byte lead.
inline std::uint64_t units_of_byte(unsigned char b, OffsetUnit unit) {
  if ((b & 0xC0) == 0x80) return 0;  // continuation byte
  if (unit == OffsetUnit::kUtf16 && b >= 0xF0) return 2;
  return 1;
}

}  // namespace

bool parse_offset_unit(std::string_view name, OffsetUnit& unit) {
  if (name == "utf8" || name == "byte" || name == "bytes") {
    unit = OffsetUnit::kUtf8;
  } else if (name == "utf16") {
    unit = OffsetUnit::kUtf16;
  } else if (name == "codepoint") {
    unit = OffsetUnit::kCodePoint;
  } else {
    return false;
  }
  return true;
}

const char* offset_unit_name(OffsetUnit unit) {
  switch (unit) {
    case OffsetUnit::kUtf8: return "utf8";
    case OffsetUnit::kUtf16: return "utf16";
    case OffsetUnit::kCodePoint: return "codepoint";
  }
  return "utf8";
}

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit) : text_(text), unit_(unit) {
  if (unit_ == OffsetUnit::kUtf8) return;
  checkpoints_.reserve(text.size() / kStride + 1);
  std::uint64_t units = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t block = 0; block < text.size(); block += kStride) {
    checkpoints_.push_back(units);
    const std::size_t end = std::min(text.size(), block + kStride);
    std::uint32_t sum = 0;  // branch-free so the compiler can vectorise it
    for (std::size_t i = block; i < end; ++i) {
      const unsigned char b = bytes[i];
      sum += ((b & 0xC0) != 0x80) + (unit_ == OffsetUnit::kUtf16 && b >= 0xF0);
    }
    units += sum;
  }
}

std::uint64_t OffsetMap::convert(std::uint64_t byte_offset) const {
  if (unit_ == OffsetUnit::kUtf8 || byte_offset == 0) return byte_offset;
  if (byte_offset > text_.size()) byte_offset = text_.size();
  const std::size_t block = (byte_offset - 1) / kStride;  // a checkpoint at or before the offset
  std::uint64_t units = checkpoints_[block];
  std::size_t i = block * kStride;
  // Eight bytes at a time: bytes minus continuation bytes (10xxxxxx), plus
  // one for each 4-byte lead (11110xxx) in UTF-16. Shifting the word left by
  // one brings each byte's bit 6 to its bit 7.
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  for (; i + 8 <= byte_offset; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, text_.data() + i, 8);
    units += 8 - static_cast<std::uint64_t>(std::popcount(w & ~(w << 1) & kHigh));
    if (unit_ == OffsetUnit::kUtf16)
      units += static_cast<std::uint64_t>(std::popcount(w & (w << 1) & (w << 2) & (w << 3) & kHigh));
  }
  for (; i < byte_offset; ++i) units += units_of_byte(static_cast<unsigned char>(text_[i]), unit_);
  return units;
}

}  // namespace parallax
