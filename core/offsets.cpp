#include "offsets.h"

#include <algorithm>
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

// Whether the n bytes at p (a multiple of 8) are all ASCII.
bool is_ascii(const char* p, std::size_t n) {
  std::uint64_t any = 0;
  for (std::size_t i = 0; i < n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    any |= w;
  }
  return (any & 0x8080808080808080ull) == 0;
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
  // Eight bytes at a time as convert() counts them: a byte at a time this
  // was 24 M instructions for two 5 MB texts, and 14 ms of a 5 MB WASM diff.
  // A block of ASCII (most blocks of most texts) is kStride units, seen from
  // its eight words at once: counting every block was 4.1 M instructions for
  // two 1 MB texts, and 5% of a WASM diff call.
  for (std::size_t block = 0; block < text.size(); block += kStride) {
    checkpoints_.push_back(units);
    units += block + kStride <= text.size() && is_ascii(text.data() + block, kStride)
                 ? kStride
                 : count_units(block, std::min(text.size(), block + kStride));
  }
}

std::uint64_t OffsetMap::count_units(std::size_t begin, std::size_t end) const {
  // Eight bytes at a time. A word of ASCII is 8 units. Otherwise bytes minus
  // continuation bytes (10xxxxxx), plus one for each 4-byte lead (11110xxx)
  // in UTF-16: shifting the word left by one brings each byte's bit 6 to its
  // bit 7, and a multiplication adds up the bytes' flags (no popcount
  // instruction in baseline x86-64, where it is a library call).
  constexpr std::uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  auto flags = [](std::uint64_t marked) { return ((marked >> 7) * kOnes) >> 56; };
  std::uint64_t units = 0;
  std::size_t i = begin;
  for (; i + 8 <= end; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, text_.data() + i, 8);
    units += 8;
    if ((w & kHigh) == 0) continue;
    units -= flags(w & ~(w << 1) & kHigh);
    if (unit_ == OffsetUnit::kUtf16) units += flags(w & (w << 1) & (w << 2) & (w << 3) & kHigh);
  }
  for (; i < end; ++i) units += units_of_byte(static_cast<unsigned char>(text_[i]), unit_);
  return units;
}

std::uint64_t OffsetMap::convert(std::uint64_t byte_offset) const {
  if (unit_ == OffsetUnit::kUtf8 || byte_offset == 0) return byte_offset;
  if (byte_offset > text_.size()) byte_offset = text_.size();
  const std::size_t block = (byte_offset - 1) / kStride;  // a checkpoint at or before the offset
  return checkpoints_[block] + count_units(block * kStride, byte_offset);
}

}  // namespace parallax
