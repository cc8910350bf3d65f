#include "diff_cleanup.h"

#include <algorithm>
#include <utility>

namespace parallax {

namespace {

constexpr int kMaxAbsorbPasses = 8;

// An equality that ends a sentence or touches a line break separates changes
// a reader sees as separate: it is never absorbed.
bool separates(const EqualRun& r, const DiffSide& a, const DiffSide& b) {
  if (a.ends_sentence(r.a + r.length - 1)) return true;
  for (const auto& [side, first] : {std::pair{&a, r.a}, std::pair{&b, r.b}})
    for (std::uint32_t i = first + 1; i <= first + r.length && i < side->size(); ++i)
      if (side->tokens->line_breaks_before(i) > 0) return true;
  return false;
}

// One pass of step 1; returns whether any run was absorbed.
bool absorb_small_equalities(std::vector<EqualRun>& runs, const DiffSide& a, const DiffSide& b) {
  std::vector<EqualRun> kept;
  kept.reserve(runs.size());
  bool changed = false;
  for (std::size_t k = 0; k < runs.size(); ++k) {
    const EqualRun& r = runs[k];
    const std::uint32_t prev_a = kept.empty() ? 0 : kept.back().a + kept.back().length;
    const std::uint32_t prev_b = kept.empty() ? 0 : kept.back().b + kept.back().length;
    const std::uint32_t next_a = k + 1 < runs.size() ? runs[k + 1].a : a.size();
    const std::uint32_t next_b = k + 1 < runs.size() ? runs[k + 1].b : b.size();
    const bool change_before = prev_a < r.a || prev_b < r.b;
    const bool change_after = r.a + r.length < next_a || r.b + r.length < next_b;
    if (change_before && change_after && !separates(r, a, b)) {
      const std::uint32_t words = count_words(*a.tokens, r.a, r.a + r.length);
      const std::uint32_t before = std::max(count_words(*a.tokens, prev_a, r.a),
                                            count_words(*b.tokens, prev_b, r.b));
      const std::uint32_t after = std::max(count_words(*a.tokens, r.a + r.length, next_a),
                                           count_words(*b.tokens, r.b + r.length, next_b));
      if (words <= kMaxAbsorbedWords && words <= before && words <= after) {
        changed = true;
        continue;
      }
    }
    kept.push_back(r);
  }
  runs.swap(kept);
  return changed;
}

// Step 2 for the gap between runs[k - 1] and runs[k].
void slide_gap(std::vector<EqualRun>& runs, std::size_t k, const DiffSide& a, const DiffSide& b) {
  EqualRun& left = runs[k - 1];
  EqualRun& right = runs[k];
  const std::uint32_t gap_a = right.a - (left.a + left.length);
  const std::uint32_t gap_b = right.b - (left.b + left.length);
  if ((gap_a == 0) == (gap_b == 0)) return;  // nothing, or a replacement: not lossless
  const DiffSide& side = gap_a ? a : b;
  const std::vector<std::uint32_t>& ids = *side.ids;
  const std::uint32_t start = gap_a ? left.a + left.length : left.b + left.length;
  const std::uint32_t end = start + (gap_a ? gap_a : gap_b);
  std::uint32_t max_left = 0, max_right = 0;
  while (max_left < left.length && ids[start - 1 - max_left] == ids[end - 1 - max_left]) ++max_left;
  while (max_right < right.length && ids[start + max_right] == ids[end + max_right]) ++max_right;
  if (max_left == 0 && max_right == 0) return;
  std::int64_t best = 0;
  int best_score = -1;
  for (std::int64_t s = -static_cast<std::int64_t>(max_left); s <= max_right; ++s) {
    const int score = side.boundary_score(static_cast<std::uint32_t>(start + s)) +
                      side.boundary_score(static_cast<std::uint32_t>(end + s));
    if (score > best_score) best_score = score, best = s;
  }
  left.length = static_cast<std::uint32_t>(left.length + best);
  right.a = static_cast<std::uint32_t>(right.a + best);
  right.b = static_cast<std::uint32_t>(right.b + best);
  right.length = static_cast<std::uint32_t>(right.length - best);
}

}  // namespace

[[gnu::noinline]] void make_readable(std::vector<EqualRun>& runs, const DiffSide& a,
                                     const DiffSide& b) {
  for (int pass = 0; pass < kMaxAbsorbPasses && absorb_small_equalities(runs, a, b); ++pass) {
  }
  for (std::size_t k = 1; k < runs.size(); ++k) slide_gap(runs, k, a, b);
  std::vector<EqualRun> merged;
  merged.reserve(runs.size());
  for (const EqualRun& r : runs) append_run(merged, r.a, r.b, r.length);
  runs.swap(merged);
}

}  // namespace parallax
