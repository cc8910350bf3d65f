// Vocabulary: one integer id per normalized token form, shared by all
// documents of an analysis, so every later stage compares integers.
//
// Ids are given in order of first appearance, which makes them (and all
// results derived from them) deterministic for a given input order.
//
// An open-addressing table keyed by a 64-bit hash: looking up every
// token of every document is one of the hottest loops of the analysis, and
// std::unordered_map<std::string> cost a node allocation per form and a
// rehash of the string per lookup (noticeably slower still in WASM).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "token.h"

namespace parallax {

class Vocabulary {
 public:
  // Id of the normalized form; adds it when new.
  std::uint32_t intern(std::string_view normalized_form);

  // Normalizes each token's surface text and sets its id.
  void assign_ids(std::string_view text, Tokens& tokens);

  std::size_t size() const { return forms_.size(); }
  const std::string& form(std::uint32_t id) const { return forms_[id]; }

 private:
  // A surface form met for the first time: normalized, interned and
  // remembered at `slot` of the surface table. Kept out of assign_ids' loop.
  [[gnu::noinline]] std::uint32_t add_surface(std::string_view surface, std::uint64_t hash, std::size_t slot,
                                              std::string& scratch);

  std::vector<std::string> forms_;        // id -> normalized form
  std::vector<std::uint64_t> form_hash_;  // id -> hash of its form
  std::vector<std::uint32_t> slots_;      // id + 1, or 0 for an empty slot
  std::size_t mask_ = 0;

  struct Surface {
    std::uint64_t hash;
    // A form of up to 8 bytes is held here (read_small of its bytes), so
    // that finding it again reads no other memory; a longer one is at this
    // offset in long_surface_bytes_.
    std::uint64_t bytes_or_offset;
    std::uint32_t length;
    std::uint32_t id;  // of its normalized form
  };
  std::string long_surface_bytes_;  // the surface forms over 8 bytes, one after another
  std::vector<Surface> surfaces_;
  std::vector<std::uint32_t> surface_slots_;  // index in surfaces_ + 1, or 0
  std::size_t surface_mask_ = 0;
};

}  // namespace parallax
