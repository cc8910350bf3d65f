#include "similarity_matrix.h"

#include <algorithm>

namespace parallax {

std::vector<std::vector<double>> similarity_matrix(const Report& report, const FactResult& facts) {
  const std::size_t n = report.documents.size();
  // shares[i][s] = the documents sentence s of document i shares something with.
  std::vector<std::vector<std::vector<std::uint32_t>>> shares(n);
  for (std::size_t i = 0; i < n; ++i) shares[i].resize(report.documents[i].sentences.size());
  for (const Fact& f : facts.facts)
    for (const FactSentence& a : f.sentences)
      for (const FactSentence& b : f.sentences)
        if (a.doc != b.doc) shares[a.doc][a.sentence].push_back(b.doc);
  for (const PassageReport& p : report.passages)
    for (const DocumentSpan& a : p.spans) {
      const auto& sentences = report.documents[a.doc].sentences;
      // Sentences are sorted and disjoint: find those the span overlaps.
      auto it = std::upper_bound(sentences.begin(), sentences.end(), a.start,
                                 [](std::uint32_t x, const ByteSpan& s) { return x < s.end; });
      for (; it != sentences.end() && it->start < a.end; ++it)
        for (const DocumentSpan& b : p.spans)
          if (b.doc != a.doc) shares[a.doc][static_cast<std::size_t>(it - sentences.begin())].push_back(b.doc);
    }
  std::vector<std::vector<double>> matrix(n, std::vector<double>(n, 0.0));
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<std::uint32_t> counts(n, 0);
    std::uint32_t eligible = 0;
    for (std::size_t s = 0; s < shares[i].size(); ++s) {
      if (i < facts.eligible.size() && s < facts.eligible[i].size() && !facts.eligible[i][s]) continue;
      ++eligible;
      auto& docs = shares[i][s];
      std::sort(docs.begin(), docs.end());
      docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
      for (std::uint32_t j : docs) ++counts[j];
    }
    for (std::size_t j = 0; j < n; ++j)
      matrix[i][j] = i == j ? 1.0 : (eligible ? static_cast<double>(counts[j]) / eligible : 0.0);
  }
  return matrix;
}

}  // namespace parallax
