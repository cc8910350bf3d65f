// Passes over every token of a diff, run a slice at a time.
//
// V8 runs a WASM function as baseline code (Liftoff) until it has run a while,
// then compiles it optimised in the background and uses that code from the
// function's next call on. A pass that runs once per diff as one loop ran as
// baseline code through the whole of a first large diff: UniqueAnchors::find
// was 12% of a first 1 MB call that way, about 3x its optimised cost. When the
// pass's loop is a function of its own ([[gnu::noinline]]) called once per
// slice, its later slices run optimised code. Natively the slices cost nothing
// measurable.
#pragma once

#include <cstdint>

namespace parallax {

constexpr std::uint32_t kDiffSlice = 8192;  // tokens

// Calls pass(s, e) for consecutive slices [s, e) of [begin, end).
template <typename Pass>
void by_slices(std::uint32_t begin, std::uint32_t end, const Pass& pass) {
  while (begin < end) {
    const std::uint32_t e = end - begin > kDiffSlice ? begin + kDiffSlice : end;
    pass(begin, e);
    begin = e;
  }
}

// table[ids[i]] = value for every i in [begin, end): one slice of a pass
// that marks or resets per-id flags.
[[gnu::noinline]] inline void set_for_ids(const std::uint32_t* ids, std::uint32_t begin, std::uint32_t end,
                                          std::uint8_t* table, std::uint8_t value) {
  for (std::uint32_t i = begin; i < end; ++i) table[ids[i]] = value;
}

}  // namespace parallax
