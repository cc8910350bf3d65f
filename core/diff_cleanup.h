// Readable scripts: the spirit of diff-match-patch's semantic cleanup, on
// words instead of characters.
//
// A minimal script is often hard to read: a rewritten sentence comes out as a
// dozen small changes held together by coincidental "the" and "," matches,
// and an inserted sentence may be shown straddling a full stop because
// sliding it one sentence along gives a script of the same length. Two passes
// fix that, working on the equal runs (the changes are the gaps between them):
//
// 1. Small equalities are absorbed: an equal run between two changes that is
//    no longer (in words) than the larger side of the change before it and of
//    the change after it, and at most kMaxAbsorbedWords words, becomes part of
//    one bigger change, unless it ends a sentence or touches a line break.
//    Repeated until nothing changes.
// 2. Pure insertions and deletions slide: "the cat {+sat on the cat+} ate"
//    may equally be "the {+cat sat on the+} cat ate"; every position with the
//    same tokens is scored by its two boundaries (paragraph > line > sentence
//    > other punctuation > word, see DiffSide::boundary_score) and the best
//    one (the leftmost among equals) is kept. This never changes the count.
//
// Contract: the runs stay a valid script of the same two sequences; linear
// time per pass (sliding is bounded by the lengths of the runs it moves
// through). The raw script is what you had before calling this.
#pragma once

#include <vector>

#include "diff_edit.h"
#include "diff_myers.h"

namespace parallax {

constexpr std::uint32_t kMaxAbsorbedWords = 4;

void make_readable(std::vector<EqualRun>& runs, const DiffSide& a, const DiffSide& b);

}  // namespace parallax
