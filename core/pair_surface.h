// Surface overlap of two sentences for the paraphrase score: what the
// content-term bag (sentence_similarity.h) and the word n-grams
// (word_ngrams.h) do not see.
//   - Character 3- and 4-grams of the words (lower case, one space between
//     words): spelling variants, compounds written apart or together
//     ("bail-out" / "bailout"), names cut differently, inflections the
//     stemmer leaves apart. Counted as multisets.
//   - The longest common subsequence of the words: how much of the two
//     sentences runs in the same order, beyond neighbouring words (a
//     reordered clause keeps its n-grams but breaks the subsequence), and
//     the longest run of words it leaves out on each side: MSRP's
//     annotators judge a pair no paraphrase when one sentence adds a whole
//     clause, which a few changed words scattered about are not; and the
//     words it leaves out before its start and after its end (an
//     attribution or a clause added at either end of one sentence).
// MSRP's paraphrases and non-paraphrases share most content words; these
// tell more of them apart (with the number feature of sentence_similarity.h:
// MSRP train 10-fold 74.7% -> 76%, scripts/fit_similarity.mjs).
//
// Contract: deterministic, symmetric; texts are normalized words (the
// vocabulary's lower-case forms) joined by single spaces; word sequences are
// keys (SimilarityModel::word_key), of which the first kMaxSubsequenceWords
// are compared (the table is quadratic).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "sorted_overlap.h"

namespace parallax {

constexpr std::size_t kMinCharNgram = 3, kMaxCharNgram = 4, kCharNgramSizes = kMaxCharNgram - kMinCharNgram + 1;
constexpr std::size_t kMaxSubsequenceWords = 400;

// For n = kMinCharNgram..kMaxCharNgram (index n - kMinCharNgram): shared
// n-grams over all n-grams of both texts (Dice), and the shared share of each
// side's, the lower and the higher; 1 when neither side has one.
using CharNgramOverlap = OverlapByLength<kCharNgramSizes>;

CharNgramOverlap char_ngram_overlap(std::string_view a, std::string_view b);

// The longest common subsequence of two word sequences: its length, and on
// each side the longest run of words it leaves out (an added clause: "...
// the U.S. military until elections can be held"), for a subsequence that
// matches words as early as possible, the shorter run of the two ways round
// (symmetric).
struct CommonSubsequence {
  std::size_t length = 0;
  std::size_t longest_gap_a = 0, longest_gap_b = 0;
  // The words before its first word and after its last, per side (all of a
  // side's words when nothing is in common).
  std::size_t lead_a = 0, lead_b = 0, trail_a = 0, trail_b = 0;
};
CommonSubsequence common_subsequence(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b);

}  // namespace parallax
