#include "vocabulary.h"

#include <cstring>

#include "hash_slots.h"
#include "normalize.h"

namespace parallax {

namespace {

// Eight bytes as one integer (hashing and comparing long forms a word at a time).
std::uint64_t read_word(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// Up to eight bytes as one integer, reading only those bytes: two
// overlapping 4-byte loads from 4 bytes on, the first, middle and last byte
// below. For strings of the same length, equal integers mean equal bytes.
std::uint64_t read_small(const char* p, std::size_t n) {
  if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return static_cast<std::uint64_t>(hi) << 32 | lo;
  }
  if (n == 0) return 0;
  const auto byte = [&](std::size_t k) { return std::uint64_t{static_cast<unsigned char>(p[k])}; };
  return byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1);
}

// Whether two strings of n > 8 bytes are equal, eight bytes at a time (the
// last eight overlapping the block before): a library memcmp is a call per
// long word, and in WASM a loop over single bytes.
bool same_long_bytes(const char* a, const char* b, std::size_t n) {
  for (std::size_t i = 0; i + 8 < n; i += 8)
    if (read_word(a + i) != read_word(b + i)) return false;
  return read_word(a + n - 8) == read_word(b + n - 8);
}

// Eight bytes per multiply (FNV-1a needs one multiply per byte, each waiting
// for the last): every token of every document is hashed once. Most words
// are one small read.
std::uint64_t hash_bytes(std::string_view s) {
  constexpr std::uint64_t kMultiplier = 0xD6E8FEB86659FD93ull;
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  if (s.size() > 8) {
    std::size_t i = 0;
    for (; i + 8 < s.size(); i += 8) {
      h = (h ^ read_word(s.data() + i)) * kMultiplier;
      h ^= h >> 32;
    }
    // The last eight bytes, overlapping the block before.
    h = (h ^ read_word(s.data() + s.size() - 8)) * kMultiplier;
  } else {
    h = (h ^ read_small(s.data(), s.size())) * kMultiplier;
  }
  return h ^ (h >> 32);  // the high bits into the low ones used as the index
}


}  // namespace

std::uint32_t Vocabulary::intern(std::string_view normalized_form) {
  if ((forms_.size() + 1) * 2 > slots_.size())
    grow_table(slots_, mask_, forms_.size(), [&](std::uint32_t id) { return form_hash_[id]; });
  const std::uint64_t h = hash_bytes(normalized_form);
  std::size_t i = h & mask_;
  while (slots_[i] != 0) {
    const std::uint32_t id = slots_[i] - 1;
    if (form_hash_[id] == h && forms_[id] == normalized_form) return id;
    i = (i + 1) & mask_;
  }
  const auto id = static_cast<std::uint32_t>(forms_.size());
  forms_.emplace_back(normalized_form);
  form_hash_.push_back(h);
  slots_[i] = id + 1;
  return id;
}

std::uint32_t Vocabulary::add_surface(std::string_view surface, std::uint64_t hash, std::size_t slot,
                                      std::string& scratch) {
  scratch.clear();
  normalize_token(surface, scratch);
  const std::uint32_t id = intern(scratch);
  surface_slots_[slot] = static_cast<std::uint32_t>(surfaces_.size() + 1);
  const bool small = surface.size() <= 8;
  surfaces_.push_back({hash, small ? read_small(surface.data(), surface.size()) : long_surface_bytes_.size(),
                       static_cast<std::uint32_t>(surface.size()), id});
  if (!small) long_surface_bytes_.append(surface);
  return id;
}

// A surface form (as written) is normalized only the first time it is seen:
// most tokens repeat a form already met, and finding it again is a hash and
// a compare where normalizing is a pass of Unicode case folding. The lookup
// is written into the loop over tokens, the hottest of the analysis.
[[gnu::noinline]] void Vocabulary::assign_ids(std::string_view text, Tokens& tokens) {
  std::string scratch;
  for (Token& t : tokens) {
    const std::string_view surface = text.substr(t.start, t.end - t.start);
    if ((surfaces_.size() + 1) * 2 > surface_slots_.size())
      grow_table(surface_slots_, surface_mask_, surfaces_.size(), [&](std::uint32_t e) { return surfaces_[e].hash; });
    const std::uint64_t h = hash_bytes(surface);
    std::size_t i = h & surface_mask_;
    const char* const long_seen = long_surface_bytes_.data();
    const std::uint64_t small = surface.size() <= 8 ? read_small(surface.data(), surface.size()) : 0;
    for (;; i = (i + 1) & surface_mask_) {
      const std::uint32_t slot = surface_slots_[i];
      if (slot == 0) {
        t.id = add_surface(surface, h, i, scratch);
        break;
      }
      const Surface& s = surfaces_[slot - 1];
      if (s.hash == h && s.length == surface.size() &&
          (s.length <= 8 ? s.bytes_or_offset == small
                         : same_long_bytes(long_seen + s.bytes_or_offset, surface.data(), s.length))) {
        t.id = s.id;
        break;
      }
    }
  }
}

}  // namespace parallax
