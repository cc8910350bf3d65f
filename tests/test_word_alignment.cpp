#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "word_alignment.h"

using parallax::align_words;
using parallax::AlignmentScratch;
using Matches = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

namespace {

// Words as ids, one id per distinct word across both sentences.
struct Ids {
  std::unordered_map<std::string, std::uint32_t> of;
  std::vector<std::uint32_t> operator()(const std::string& text) {
    std::vector<std::uint32_t> out;
    std::istringstream words(text);
    for (std::string w; words >> w;) out.push_back(of.emplace(w, static_cast<std::uint32_t>(of.size())).first->second);
    return out;
  }
};

// The longest common subsequence's length by the textbook table: the oracle
// for the bit-vector rows align_words computes.
std::size_t lcs_length(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::vector<std::size_t> row(b.size() + 1, 0), next(b.size() + 1, 0);
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = 0; j < b.size(); ++j)
      next[j + 1] = a[i] == b[j] ? row[j] + 1 : std::max(row[j + 1], next[j]);
    std::swap(row, next);
  }
  return row[b.size()];
}

// Matched pairs are strictly increasing in both sequences and pair equal words.
bool is_common_subsequence(const Matches& m, const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  for (std::size_t k = 0; k < m.size(); ++k) {
    if (m[k].first >= a.size() || m[k].second >= b.size() || a[m[k].first] != b[m[k].second]) return false;
    if (k > 0 && (m[k].first <= m[k - 1].first || m[k].second <= m[k - 1].second)) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("word alignment: a reworded sentence matches its shared words in order") {
  Ids ids;
  const auto a = ids("thousands of women held up their phone torches in the square on Sunday");
  const auto b = ids("on Sunday thousands of women held up their smartphone flashlights in the main square");
  const Matches m = align_words(a, b).matches;
  CHECK(is_common_subsequence(m, a, b));
  // "thousands of women held up their" (6) + "in the" (2) + "square" (1).
  CHECK(m.size() == 9);
  CHECK(m.front() == std::pair<std::uint32_t, std::uint32_t>{0, 2});
  CHECK(m.back() == std::pair<std::uint32_t, std::uint32_t>{10, 13});
}

TEST_CASE("word alignment: a stray early occurrence does not open the alignment") {
  Ids ids;
  // "the" and "cafe" occur early in b too; the match belongs to the later copy.
  const auto a = ids("the cafe owner said the police came twice");
  const auto b = ids("at the cafe nearby locals gathered and the cafe owner said the police came twice");
  const Matches m = align_words(a, b).matches;
  CHECK(m.size() == a.size());
  CHECK(m.front() == std::pair<std::uint32_t, std::uint32_t>{0, 7});
}

TEST_CASE("word alignment: every matched pair set is a longest common subsequence, at every width") {
  // Random sequences over small alphabets (many ties), as long as several
  // 64-bit words of bits, and copies with a tenth of the words replaced.
  std::mt19937 rng(20210214);
  AlignmentScratch scratch;  // reused, as the passage search reuses it
  for (int round = 0; round < 400; ++round) {
    const std::size_t n = 1 + rng() % 200, m = 1 + rng() % 200;
    const std::uint32_t alphabet = 2 + rng() % 40;
    std::vector<std::uint32_t> a(n), b(m);
    for (auto& w : a) w = rng() % alphabet;
    if (round % 2 == 0) {
      b.assign(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(std::min(n, m)));
      b.resize(m, 0);
      for (auto& w : b)
        if (rng() % 10 == 0) w = rng() % alphabet;
    } else {
      for (auto& w : b) w = rng() % alphabet;
    }
    const Matches got = align_words(a, b, parallax::kDefaultMaxAlignmentCells, scratch).matches;
    CAPTURE(round);
    CHECK(is_common_subsequence(got, a, b));
    CHECK(got.size() == lcs_length(a, b));
    CHECK(got == align_words(a, b).matches);  // fresh scratch, same answer
  }
}

TEST_CASE("word alignment: beyond the cell limit the alignment is approximate, on unique words") {
  Ids ids;
  const auto a = ids("alpha beta gamma delta alpha epsilon");
  const auto b = ids("beta alpha gamma delta epsilon alpha");
  const parallax::WordAlignment exact = align_words(a, b);
  CHECK_FALSE(exact.approximate);
  const parallax::WordAlignment rough = align_words(a, b, 10);  // 36 cells > 10
  CHECK(rough.approximate);
  CHECK(is_common_subsequence(rough.matches, a, b));
  // "alpha" occurs twice in each: only beta, gamma, delta, epsilon anchor.
  CHECK(rough.matches == Matches{{1, 0}, {2, 2}, {3, 3}, {5, 4}});
  CHECK(exact.matches.size() == 4);
}
