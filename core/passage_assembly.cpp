#include "passage_assembly.h"

#include <algorithm>
#include <tuple>

#include "coverage.h"

namespace parallax {

namespace {

bool inside(const WordSpan& s, std::uint32_t doc, std::uint32_t first, std::uint32_t end) {
  return s.doc == doc && s.first_word >= first && s.end_word <= end;
}

bool covered_by_near(const SharedPassage& p, const std::vector<NearPassage>& near) {
  if (p.documents != 2) return false;
  for (const NearPassage& n : near) {
    bool all = true;
    for (const WordSpan& s : p.spans)
      all = all && (inside(s, n.doc_a, n.first_a, n.end_a) || inside(s, n.doc_b, n.first_b, n.end_b));
    if (all) return true;
  }
  return false;
}

// Runs of words in [first, end) that are not in `matched` (sorted), as byte spans.
std::vector<ByteSpan> unmatched_runs(const AnalysedDocument& doc, std::uint32_t first,
                                     std::uint32_t end, const std::vector<std::uint32_t>& matched) {
  std::vector<ByteSpan> runs;
  std::size_t k = 0;
  for (std::uint32_t w = first; w < end; ++w) {
    while (k < matched.size() && matched[k] < w) ++k;
    if (k < matched.size() && matched[k] == w) continue;
    if (!runs.empty() && runs.back().end == doc.word_end(w - 1) && w > first &&
        !(k > 0 && matched[k - 1] == w - 1))
      runs.back().end = doc.word_end(w);
    else
      runs.push_back({doc.word_start(w), doc.word_end(w)});
  }
  return runs;
}

}  // namespace

void assemble_passages(const std::vector<AnalysedDocument>& docs, const PassageResult& exact,
                       const NearResult& near, Report& report) {
  std::vector<std::vector<WordSpan>> all_spans, exact_spans, near_spans;
  std::vector<std::pair<WordSpan, PassageReport>> ordered;  // sorted by first span later

  std::vector<NearPassage> kept_near;
  for (const NearPassage& n : near.passages) {
    const std::uint32_t len_a = n.end_a - n.first_a, len_b = n.end_b - n.first_b;
    if (n.matched == len_a && n.matched == len_b) {
      bool identical = true;  // same vocabulary ids, not just the same match keys
      for (const auto& [i, j] : n.matches)
        identical = identical && docs[n.doc_a].tokens[docs[n.doc_a].word_tokens[i]].id ==
                                     docs[n.doc_b].tokens[docs[n.doc_b].word_tokens[j]].id;
      if (identical) continue;  // the exact stage reports it
    }
    kept_near.push_back(n);
    const std::vector<WordSpan> spans = {{n.doc_a, n.first_a, n.end_a}, {n.doc_b, n.first_b, n.end_b}};
    near_spans.push_back(spans);
    all_spans.push_back(spans);
    PassageReport out;
    out.kind = "near";
    out.words = n.matched;
    out.documents = 2;
    out.similarity = n.similarity;
    const AnalysedDocument& a = docs[n.doc_a];
    const AnalysedDocument& b = docs[n.doc_b];
    out.spans.push_back({n.doc_a, a.word_start(n.first_a), a.word_end(n.end_a - 1)});
    out.spans.push_back({n.doc_b, b.word_start(n.first_b), b.word_end(n.end_b - 1)});
    std::vector<std::uint32_t> matched_a, matched_b;
    for (const auto& [i, j] : n.matches) matched_a.push_back(i), matched_b.push_back(j);
    out.differ.push_back(unmatched_runs(a, n.first_a, n.end_a, matched_a));
    out.differ.push_back(unmatched_runs(b, n.first_b, n.end_b, matched_b));
    ordered.push_back({spans.front(), std::move(out)});
  }
  for (const SharedPassage& p : exact.passages) {
    exact_spans.push_back(p.spans);
    if (covered_by_near(p, kept_near)) continue;
    PassageReport out;
    out.kind = "exact";
    out.words = p.words;
    out.documents = p.documents;
    for (const WordSpan& s : p.spans)
      out.spans.push_back({s.doc, docs[s.doc].word_start(s.first_word), docs[s.doc].word_end(s.end_word - 1)});
    all_spans.push_back(p.spans);
    ordered.push_back({p.spans.front(), std::move(out)});
  }
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto& x, const auto& y) {
    return std::tie(x.first.doc, x.first.first_word) < std::tie(y.first.doc, y.first.first_word);
  });
  for (auto& [first, passage] : ordered) {
    passage.id = static_cast<std::uint32_t>(report.passages.size());
    report.passages.push_back(std::move(passage));
  }

  std::vector<std::uint32_t> words(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) words[d] = static_cast<std::uint32_t>(docs[d].word_tokens.size());
  Coverage all = compute_coverage(all_spans, words);
  Coverage exact_cov = compute_coverage(exact_spans, words);
  Coverage near_cov = compute_coverage(near_spans, words);
  report.overlap = std::move(all.overlap);
  report.overlap_exact = std::move(exact_cov.overlap);
  report.overlap_near = std::move(near_cov.overlap);
  for (std::size_t d = 0; d < docs.size(); ++d) {
    report.documents[d].shared_words = all.shared_words[d];
    report.documents[d].exact_words = exact_cov.shared_words[d];
    report.documents[d].near_words = near_cov.shared_words[d];
  }
}

}  // namespace parallax
