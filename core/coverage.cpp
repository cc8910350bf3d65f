#include "coverage.h"

#include <algorithm>
#include <tuple>

namespace parallax {

namespace {

struct Piece {
  std::uint32_t other;  // the document it is shared with; kAny for "any other"
  std::uint32_t first;
  std::uint32_t end;
};

constexpr std::uint32_t kAny = 0xFFFFFFFFu;

}  // namespace

Coverage compute_coverage(const std::vector<std::vector<WordSpan>>& passages,
                          const std::vector<std::uint32_t>& words_per_doc,
                          const std::vector<const std::vector<std::uint32_t>*>& counted_before) {
  const std::size_t n = words_per_doc.size();
  Coverage out;
  out.overlap.assign(n, std::vector<double>(n, 0.0));
  out.shared_words.assign(n, 0);
  std::vector<std::vector<Piece>> pieces(n);
  std::vector<std::uint32_t> docs;
  for (const std::vector<WordSpan>& spans : passages) {
    docs.clear();
    for (const WordSpan& s : spans)
      if (docs.empty() || docs.back() != s.doc) docs.push_back(s.doc);  // spans sorted by doc
    for (const WordSpan& s : spans) {
      pieces[s.doc].push_back({kAny, s.first_word, s.end_word});
      for (std::uint32_t other : docs)
        if (other != s.doc) pieces[s.doc].push_back({other, s.first_word, s.end_word});
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    const std::vector<std::uint32_t>* counted =
        i < counted_before.size() && counted_before[i] && !counted_before[i]->empty() ? counted_before[i] : nullptr;
    const auto words_in = [&](std::uint32_t first, std::uint32_t end) -> std::uint64_t {
      return counted ? (*counted)[end] - (*counted)[first] : end - first;
    };
    auto& list = pieces[i];
    std::sort(list.begin(), list.end(), [](const Piece& a, const Piece& b) {
      return std::tie(a.other, a.first, a.end) < std::tie(b.other, b.first, b.end);
    });
    std::size_t k = 0;
    while (k < list.size()) {
      const std::uint32_t other = list[k].other;
      std::uint64_t covered = 0;
      std::uint32_t run_first = list[k].first, run_end = list[k].end;
      for (; k < list.size() && list[k].other == other; ++k) {
        if (list[k].first > run_end) {
          covered += words_in(run_first, run_end);
          run_first = list[k].first;
        }
        run_end = std::max(run_end, list[k].end);
      }
      covered += words_in(run_first, run_end);
      if (other == kAny) {
        out.shared_words[i] = static_cast<std::uint32_t>(covered);
      } else if (words_per_doc[i] > 0) {
        out.overlap[i][other] = static_cast<double>(covered) / words_per_doc[i];
      }
    }
    out.overlap[i][i] = 1.0;
  }
  return out;
}

}  // namespace parallax
