// Myers' O(ND) difference algorithm in linear space (E. Myers, "An O(ND)
// Difference Algorithm and Its Variations", 1986), over token ids.
//
// The basic idea: a script turning a into b is a path through the edit graph
// from (0, 0) to (n, m); a diagonal step is a free match, a right or down step
// deletes or inserts one token. The shortest path with D non-diagonal steps is
// found by extending, for d = 0, 1, 2, ..., the furthest point reachable on
// every diagonal with d edits. Running that search from both corners at once
// until the two frontiers overlap gives the "middle snake": a point that lies
// on some shortest path. Splitting there and recursing on both halves finds a
// whole minimal script in O((n + m) D) time and O(n + m) memory.
//
// Work limit: every diagonal visited and every token compared in a snake is
// one step of the shared DiffBudget. When a search would go past the limit it
// stops, and that sub-problem is handed to the caller's fallback (a cheaper,
// approximate diff). Steps are counts, never time, so results are
// deterministic on every machine and in WASM.
//
// Contract: appends equal runs in increasing order (a run never overlaps the
// previous one); the tokens between runs are the deletions and insertions.
// Without a fallback call the result is minimal. Never throws except
// std::bad_alloc.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace parallax {

// a[a, a + length) == b[b, b + length).
struct EqualRun {
  std::uint32_t a = 0;
  std::uint32_t b = 0;
  std::uint32_t length = 0;
};

// Appends a run, merging it into the last one when they touch.
void append_run(std::vector<EqualRun>& runs, std::uint32_t a, std::uint32_t b,
                std::uint32_t length);

// Edit-graph steps one diff may take, shared by all its stages.
struct DiffBudget {
  std::uint64_t limit = 0;
  std::uint64_t used = 0;
  bool reached = false;  // some sub-problem was finished by the fallback
  bool exhausted() const { return used >= limit; }
};

// A half-open box of the edit graph: a[a0, a1) against b[b0, b1).
struct DiffBox {
  std::uint32_t a0, a1, b0, b1;
};

// Cuts the common prefix (appended to runs) and the common suffix (returned,
// for the caller to append after solving the middle) off the box.
std::uint32_t trim_box(const std::uint32_t* a, const std::uint32_t* b, DiffBox& box,
                       std::vector<EqualRun>& runs);

class MyersDiff {
 public:
  using Fallback = std::function<void(const DiffBox&)>;

  MyersDiff(const std::uint32_t* a, const std::uint32_t* b, DiffBudget& budget)
      : a_(a), b_(b), budget_(budget) {}

  // Appends the equal runs of a minimal script of the box to runs. A
  // sub-problem whose search runs out of budget goes to fallback, which must
  // append that box's runs itself.
  void run(DiffBox box, std::vector<EqualRun>& runs, const Fallback& fallback);

 private:
  enum class Split { kFound, kExhausted };
  Split bisect(const DiffBox& box, std::uint32_t& x, std::uint32_t& y);

  const std::uint32_t* a_;
  const std::uint32_t* b_;
  DiffBudget& budget_;
  std::vector<std::int32_t> forward_, backward_;
};

}  // namespace parallax
