#include "diff_script.h"

#include <algorithm>

#include "diff_patience.h"
#include "diff_slices.h"

namespace parallax {

namespace {

// Pieces this short (a + b tokens) go straight to Myers when anchoring.
constexpr std::uint32_t kPieceTokens = 1024;
// Anchoring recursion depth (each level recounts the tokens of its pieces).
constexpr int kMaxAnchorDepth = 6;
// Once the work limit is reached, pieces this short are still diffed exactly,
// each with its own tiny budget: quadratic in at most this size, so linear
// overall, and it keeps the approximation tidy around small edits.
constexpr std::uint32_t kTinyPieceTokens = 48;

std::uint32_t box_tokens(const DiffBox& box) { return (box.a1 - box.a0) + (box.b1 - box.b0); }

// A stretch of consecutive kept tokens: where it starts in the reduced
// sequence and in the full one. The stretches map reduced positions back:
// one entry per set-aside gap instead of a position per token (2 x 5 MB:
// 5 MB less at the WASM module's peak, which is now reached in the script).
struct KeptStretch {
  std::uint32_t reduced = 0, full = 0;
};

// Appends to `reduced` the ids of seq[begin, end) that occur on the other
// side (other_has), and to `stretches` the stretches they came from;
// in_stretch carries over from one slice to the next.
[[gnu::noinline]] void keep_slice(const std::uint32_t* seq, std::uint32_t begin, std::uint32_t end,
                                  const std::uint8_t* other_has, std::vector<std::uint32_t>& reduced,
                                  std::vector<KeptStretch>& stretches, bool& in_stretch) {
  for (std::uint32_t i = begin; i < end; ++i) {
    const bool kept = other_has[seq[i]] != 0;
    if (kept && !in_stretch) stretches.push_back({static_cast<std::uint32_t>(reduced.size()), i});
    if (kept) reduced.push_back(seq[i]);
    in_stretch = kept;
  }
}

std::vector<KeptStretch> keep(std::span<const std::uint32_t> seq, std::uint32_t begin,
                              std::uint32_t end, const std::vector<std::uint8_t>& other_has,
                              std::vector<std::uint32_t>& reduced) {
  std::vector<KeptStretch> stretches;
  bool in_stretch = false;
  by_slices(begin, end, [&](std::uint32_t s, std::uint32_t e) {
    keep_slice(seq.data(), s, e, other_has.data(), reduced, stretches, in_stretch);
  });
  return stretches;
}

class ScriptBuilder {
 public:
  ScriptBuilder(const std::uint32_t* a, const std::uint32_t* b, std::uint32_t id_count,
                DiffBudget& budget, std::vector<EqualRun>& runs)
      : a_(a), b_(b), budget_(budget), runs_(runs), myers_(a, b, budget), anchors_(a, b, id_count) {}

  void exact(const DiffBox& box) {
    myers_.run(box, runs_, [this](const DiffBox& piece) { approximate(piece, 0); });
  }

  void anchored(DiffBox box, int depth) {
    const std::uint32_t suffix = trim_box(a_, b_, box, runs_);
    if (box.a0 < box.a1 && box.b0 < box.b1) {
      const auto chain = box_tokens(box) <= kPieceTokens || depth >= kMaxAnchorDepth
                             ? std::vector<std::pair<std::uint32_t, std::uint32_t>>()
                             : anchors_.find(box);
      if (chain.empty()) {
        exact(box);
      } else {
        for_each_piece(box, chain, [&](const DiffBox& piece) { anchored(piece, depth + 1); });
      }
    }
    append_run(runs_, box.a1, box.b1, suffix);
  }

  // After the work limit: anchors only; what they cannot settle is replaced.
  void approximate(DiffBox box, int depth) {
    const std::uint32_t suffix = trim_box(a_, b_, box, runs_);
    if (box.a0 < box.a1 && box.b0 < box.b1) {
      if (box_tokens(box) <= kTinyPieceTokens) {
        DiffBudget tiny{std::uint64_t{kTinyPieceTokens} * kTinyPieceTokens * 4};
        MyersDiff(a_, b_, tiny).run(box, runs_, [](const DiffBox&) {});
        budget_.used += tiny.used;
      } else if (depth < kMaxAnchorDepth) {
        const auto chain = anchors_.find(box);
        budget_.used += box_tokens(box);
        if (!chain.empty())
          for_each_piece(box, chain, [&](const DiffBox& piece) { approximate(piece, depth + 1); });
      }
    }
    append_run(runs_, box.a1, box.b1, suffix);
  }

 private:
  // Calls solve on each piece between anchors, appending the anchors between.
  template <typename Solve>
  void for_each_piece(const DiffBox& box,
                      const std::vector<std::pair<std::uint32_t, std::uint32_t>>& chain,
                      const Solve& solve) {
    std::uint32_t a0 = box.a0, b0 = box.b0;
    for (const auto& [i, j] : chain) {
      solve(DiffBox{a0, i, b0, j});
      append_run(runs_, i, j, 1);
      a0 = i + 1;
      b0 = j + 1;
    }
    solve(DiffBox{a0, box.a1, b0, box.b1});
  }

  const std::uint32_t* a_;
  const std::uint32_t* b_;
  DiffBudget& budget_;
  std::vector<EqualRun>& runs_;
  MyersDiff myers_;
  UniqueAnchors anchors_;
};

}  // namespace

[[gnu::noinline]] TokenScript diff_token_ids(std::span<const std::uint32_t> a,
                                             std::span<const std::uint32_t> b,
                                             std::uint32_t id_count, const ScriptOptions& options) {
  TokenScript out;
  DiffBudget budget{options.max_work};
  DiffBox box{0, static_cast<std::uint32_t>(a.size()), 0, static_cast<std::uint32_t>(b.size())};
  const std::uint32_t suffix = trim_box(a.data(), b.data(), box, out.runs);

  // Set aside the tokens that have no counterpart on the other side.
  std::vector<std::uint8_t> in_a(id_count, 0), in_b(id_count, 0);
  // A slice at a time, as every pass over all tokens (diff_slices.h).
  by_slices(box.a0, box.a1, [&](std::uint32_t s, std::uint32_t e) { set_for_ids(a.data(), s, e, in_a.data(), 1); });
  by_slices(box.b0, box.b1, [&](std::uint32_t s, std::uint32_t e) { set_for_ids(b.data(), s, e, in_b.data(), 1); });
  std::vector<std::uint32_t> ra, rb;
  ra.reserve(box.a1 - box.a0), rb.reserve(box.b1 - box.b0);
  const std::vector<KeptStretch> kept_a = keep(a, box.a0, box.a1, in_b, ra);
  const std::vector<KeptStretch> kept_b = keep(b, box.b0, box.b1, in_a, rb);
  std::vector<EqualRun> reduced;
  const bool exact = options.exact_max_tokens == 0 || ra.size() + rb.size() <= options.exact_max_tokens;
  {
    ScriptBuilder builder(ra.data(), rb.data(), id_count, budget, reduced);
    const DiffBox whole{0, static_cast<std::uint32_t>(ra.size()), 0,
                        static_cast<std::uint32_t>(rb.size())};
    if (exact) {
      builder.exact(whole);
    } else {
      builder.anchored(whole, 0);
    }
  }
  // Back to the full sequences: a reduced run is one run there wherever no
  // set-aside token falls inside it on either side, that is up to the end of
  // the kept stretch it is in on each side. Runs increase in a and b, so one
  // cursor per side walks the stretches once.
  std::size_t ka = 0, kb = 0;
  for (const EqualRun& r : reduced) {
    for (std::uint32_t t = 0; t < r.length;) {
      const std::uint32_t pa = r.a + t, pb = r.b + t;
      while (ka + 1 < kept_a.size() && kept_a[ka + 1].reduced <= pa) ++ka;
      while (kb + 1 < kept_b.size() && kept_b[kb + 1].reduced <= pb) ++kb;
      const std::uint32_t end_a = ka + 1 < kept_a.size() ? kept_a[ka + 1].reduced : UINT32_MAX;
      const std::uint32_t end_b = kb + 1 < kept_b.size() ? kept_b[kb + 1].reduced : UINT32_MAX;
      const std::uint32_t k = std::min({r.length - t, end_a - pa, end_b - pb});
      append_run(out.runs, kept_a[ka].full + (pa - kept_a[ka].reduced),
                 kept_b[kb].full + (pb - kept_b[kb].reduced), k);
      t += k;
    }
  }
  append_run(out.runs, box.a1, box.b1, suffix);

  out.approximate = budget.reached;
  out.minimal = exact && !budget.reached;
  out.work = budget.used;
  return out;
}

}  // namespace parallax
