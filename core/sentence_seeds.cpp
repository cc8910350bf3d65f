#include "sentence_seeds.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "sort_by_key.h"
#include "word_alignment.h"

// In the page's WASM every byte counts against the page budget: this stage
// is compiled for size there (its code 5.6 -> 2.4 KB for the extension, for
// instance; the stage is a small part of the analysis's time).
#if defined(__EMSCRIPTEN__) && defined(__clang__)
#pragma clang attribute push(__attribute__((minsize)), apply_to = function)
#endif

namespace parallax {

namespace {

// A unit: one sentence, or a short sentence joined to the next. Its terms are
// terms[term_first, term_end), each once, with their counts.
struct Unit {
  std::uint32_t doc;
  std::uint32_t first_word, end_word, chars;
  std::uint32_t term_first, term_end;
  double norm = 0;  // of its tf-isf vector
};

struct Units {
  std::vector<Unit> units;                   // in document order
  std::vector<std::uint32_t> first_of_doc;   // units[first_of_doc[d], first_of_doc[d + 1]) are d's
  std::vector<std::uint32_t> terms, counts;  // per unit, each term once, in order of first use
  std::vector<double> isf;                   // per term (match key)
};

constexpr std::uint32_t kNone = 0xFFFFFFFFu;

// A key that orders by descending similarity: the bits of a non-negative
// float order as the float does.
std::uint32_t descending(double similarity) {
  const float x = static_cast<float>(std::max(0.0, similarity));
  std::uint32_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  return ~bits;
}

// A document pair as one number.
std::uint64_t pair_id(std::uint32_t doc_a, std::uint32_t doc_b, std::size_t docs) {
  return doc_a * static_cast<std::uint64_t>(docs) + doc_b;
}

// Units of every document, with their terms and counts. A term's place in
// the open unit is found through `slot` (indexed by term): a slot below the
// open unit's first term belongs to an earlier unit. Sorting each unit's
// terms was a third of the stage.
Units make_units(const std::vector<NearDocument>& docs, const std::vector<std::vector<SentenceSpan>>& sentences,
                 std::uint32_t min_unit_words) {
  Units u;
  u.first_of_doc.push_back(0);
  std::vector<std::uint32_t> slot;
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    const NearDocument& doc = docs[d];
    Unit open{d, 0, 0, 0, 0, 0};
    bool is_open = false;
    std::uint32_t words = 0;  // content words of the open unit
    for (const SentenceSpan& s : sentences[d]) {
      if (!is_open) {
        open = {d, s.first_word, s.first_word, 0, static_cast<std::uint32_t>(u.terms.size()), 0};
        is_open = true, words = 0;
      }
      for (std::uint32_t w = s.first_word; w < s.end_word && w < doc.keys.size(); ++w) {
        if (!doc.content[w]) continue;
        const std::uint32_t t = doc.keys[w];
        if (t >= slot.size()) slot.resize(std::max<std::size_t>(t + 1, 2 * slot.size()), kNone);
        if (slot[t] != kNone && slot[t] >= open.term_first) {
          ++u.counts[slot[t]];
        } else {
          slot[t] = static_cast<std::uint32_t>(u.terms.size());
          u.terms.push_back(t), u.counts.push_back(1);
        }
        ++words;
      }
      open.end_word = s.end_word;
      open.chars += s.chars;
      if (words >= min_unit_words) {
        open.term_end = static_cast<std::uint32_t>(u.terms.size());
        u.units.push_back(open);
        is_open = false;
      }
    }
    if (is_open) {  // a short last sentence is a unit of its own
      open.term_end = static_cast<std::uint32_t>(u.terms.size());
      u.units.push_back(open);
    }
    u.first_of_doc.push_back(static_cast<std::uint32_t>(u.units.size()));
  }
  // isf over all units: a term in every unit weighs nothing.
  std::vector<std::uint32_t> df(slot.size(), 0);
  for (std::uint32_t t : u.terms) ++df[t];
  u.isf.assign(df.size(), 0);
  const double total = static_cast<double>(u.units.size());
  for (std::size_t t = 0; t < df.size(); ++t)
    if (df[t] > 0) u.isf[t] = std::log(total / df[t]);
  for (Unit& unit : u.units) {
    double sum = 0;
    for (std::uint32_t k = unit.term_first; k < unit.term_end; ++k) {
      const double w = u.counts[k] * u.isf[u.terms[k]];
      sum += w * w;
    }
    unit.norm = std::sqrt(sum);
  }
  return u;
}

// One unit's tf-isf weights spread over a table indexed by term, so that
// each candidate is compared in one pass over its own terms.
struct Spread {
  std::vector<double> weight;
  std::vector<std::uint8_t> present;

  explicit Spread(std::size_t terms) : weight(terms, 0), present(terms, 0) {}
  void set(const Units& u, const Unit& x, bool on) {
    for (std::uint32_t k = x.term_first; k < x.term_end; ++k) {
      weight[u.terms[k]] = on ? u.counts[k] * u.isf[u.terms[k]] : 0;
      present[u.terms[k]] = on;
    }
  }
};

// Cosine of two units' tf-isf vectors and the Dice coefficient of their term
// sets; x is the unit spread in `spread`.
std::pair<double, double> unit_similarity(const Units& u, const Unit& x, const Spread& spread, const Unit& y) {
  double dot = 0;
  std::uint32_t common = 0;
  for (std::uint32_t k = y.term_first; k < y.term_end; ++k) {
    const std::uint32_t t = u.terms[k];
    dot += spread.weight[t] * (u.counts[k] * u.isf[t]);
    common += spread.present[t];
  }
  const double cosine = x.norm > 0 && y.norm > 0 ? dot / (x.norm * y.norm) : 0;
  const double dice = 2.0 * common / ((x.term_end - x.term_first) + (y.term_end - y.term_first));
  return {cosine, dice};
}

// A seed: unit indexes (global) in document a and in document b.
struct Seed {
  std::uint32_t doc_a, doc_b, unit_a, unit_b;
  float cosine;
};

// One-to-one reuse: a unit that has a close copy in the other document is
// not also a seed with a sentence that merely shares its topic. Of one
// pair's seeds, the most similar are taken first and a seed is kept while
// neither of its units is taken (the other seeds of a unit are mostly
// sentences on the same subject, which stretched detections over them).
// `taken` is indexed by unit and all zero between calls.
std::vector<Seed> one_to_one(std::vector<Seed> seeds, std::vector<std::uint8_t>& taken) {
  sort_by_key(seeds, [](const Seed& x) { return descending(x.cosine); });
  std::vector<Seed> kept;
  for (const Seed& s : seeds)
    if (!taken[s.unit_a] && !taken[s.unit_b]) kept.push_back(s), taken[s.unit_a] = taken[s.unit_b] = 1;
  for (const Seed& s : seeds) taken[s.unit_a] = taken[s.unit_b] = 0;
  return kept;
}

// Candidate pairs through the inverted index of rare terms; each that passes
// both thresholds is a seed. Grouped by document pair, in the order of unit_a.
std::vector<Seed> find_seeds(const Units& u, const SentenceSeedOptions& options) {
  // Postings of terms in 2..max_postings units, in unit order.
  std::vector<std::uint32_t> start(u.isf.size() + 1, 0);
  for (std::uint32_t t : u.terms) ++start[t + 1];
  for (std::size_t t = 0; t + 1 < start.size(); ++t) {
    const std::uint32_t n = start[t + 1];
    start[t + 1] = start[t] + (n >= 2 && n <= options.max_postings ? n : 0);
  }
  std::vector<std::uint32_t> postings(start.back()), fill(start.begin(), start.end() - 1);
  for (std::uint32_t v = 0; v < u.units.size(); ++v)
    for (std::uint32_t k = u.units[v].term_first; k < u.units[v].term_end; ++k) {
      const std::uint32_t t = u.terms[k];
      if (start[t + 1] > start[t]) postings[fill[t]++] = v;
    }
  std::vector<Seed> seeds;
  std::vector<std::uint32_t> shared(u.units.size(), 0), touched;
  Spread spread(u.isf.size());
  for (std::uint32_t x = 0; x < u.units.size(); ++x) {
    const Unit& ux = u.units[x];
    const std::uint32_t later = u.first_of_doc[ux.doc + 1];  // units of later documents start here
    for (std::uint32_t k = ux.term_first; k < ux.term_end; ++k) {
      const std::uint32_t t = u.terms[k];
      const auto first = postings.begin() + start[t], end = postings.begin() + start[t + 1];
      for (auto p = std::lower_bound(first, end, later); p != end; ++p)
        if (shared[*p]++ == 0) touched.push_back(*p);
    }
    // x is spread only once a candidate shares two rare terms with it: most
    // units have none.
    bool spread_x = false;
    const std::uint32_t terms_x = ux.term_end - ux.term_first;
    for (std::uint32_t y : touched) {
      const std::uint32_t terms_y = u.units[y].term_end - u.units[y].term_first;
      // Dice cannot pass when one unit has far fewer terms than the other.
      if (shared[y] >= 2 && 2.0 * std::min(terms_x, terms_y) > options.min_dice * (terms_x + terms_y)) {
        if (!spread_x) spread.set(u, ux, true), spread_x = true;
        const auto [cosine, dice] = unit_similarity(u, ux, spread, u.units[y]);
        if (cosine > options.min_cosine && dice > options.min_dice)
          seeds.push_back({ux.doc, u.units[y].doc, x, y, static_cast<float>(cosine)});
      }
      shared[y] = 0;
    }
    touched.clear();
    if (spread_x) spread.set(u, ux, false);
  }
  const std::size_t docs = u.first_of_doc.size() - 1;
  sort_by_key(seeds, [docs](const Seed& x) { return pair_id(x.doc_a, x.doc_b, docs); });
  return seeds;
}

// Cuts a cluster where two seeds, sorted by their unit on one side, are more
// than `gap` units apart, alternating sides until no cut is left.
// reused(side_b, gaps, c) says for each range of units [first, end) in
// `gaps`, all on that side, whether it is reused text of cluster c's range in
// the other document.
template <typename Reused>
std::vector<std::vector<Seed>> cluster(std::vector<Seed> seeds, std::uint32_t gap_a, std::uint32_t gap_b,
                                       const Reused& reused) {
  std::vector<std::vector<Seed>> todo{std::move(seeds)};
  bool side_b = false;
  int unchanged = 0;  // sides in a row that cut nothing
  std::vector<std::uint8_t> cut_before;                          // cut_before[i]: between c[i - 1] and c[i]
  std::vector<std::pair<std::uint32_t, std::uint32_t>> swapped;  // units of the gaps to test
  std::vector<std::size_t> swapped_at;                           // their i
  while (unchanged < 2) {
    std::vector<std::vector<Seed>> next;
    bool cut = false;
    for (std::vector<Seed>& c : todo) {
      const auto unit = [&](const Seed& s) { return side_b ? s.unit_b : s.unit_a; };
      const auto other = [&](const Seed& s) { return side_b ? s.unit_a : s.unit_b; };
      sort_by_key(c, unit);
      const std::uint32_t gap = side_b ? gap_b : gap_a;
      // A gap also cuts when the seeds on its two sides come in the other
      // order in the other document and the gap is not reused text: two
      // reuses swapped around text of one document's own, not one passage
      // with a sentence reworded beyond seeding. Such gaps are tested
      // together, against one marking of the other range.
      cut_before.assign(c.size(), 0), swapped.clear(), swapped_at.clear();
      for (std::size_t i = 1; i < c.size(); ++i) {
        const std::uint32_t step = unit(c[i]) - unit(c[i - 1]);
        if (step > gap + 1) {
          cut_before[i] = 1;
        } else if (step > 1 && other(c[i]) < other(c[i - 1])) {
          swapped.push_back({unit(c[i - 1]) + 1, unit(c[i])});
          swapped_at.push_back(i);
        }
      }
      if (!swapped.empty()) {
        const std::vector<bool> is_reused = reused(side_b, swapped, c);
        for (std::size_t k = 0; k < swapped.size(); ++k)
          if (!is_reused[k]) cut_before[swapped_at[k]] = 1;
      }
      std::size_t from = 0;
      for (std::size_t i = 1; i <= c.size(); ++i)
        if (i == c.size() || cut_before[i]) {
          cut = cut || from > 0 || i < c.size();
          next.emplace_back(c.begin() + static_cast<std::ptrdiff_t>(from), c.begin() + static_cast<std::ptrdiff_t>(i));
          from = i;
        }
    }
    todo.swap(next);
    unchanged = cut ? 0 : unchanged + 1;
    side_b = !side_b;
  }
  return todo;
}

// A cluster's ranges of units (global indexes, inclusive) in both documents.
struct Detection {
  std::uint32_t doc_a, doc_b;
  std::uint32_t first_a, last_a, first_b, last_b;
  double cosine = 0;
  double weight = 0;  // its seeds' cosines summed
};

Detection extent(const std::vector<Seed>& c) {
  Detection e{c[0].doc_a, c[0].doc_b, c[0].unit_a, c[0].unit_a, c[0].unit_b, c[0].unit_b, 0};
  for (const Seed& s : c) {
    e.first_a = std::min(e.first_a, s.unit_a), e.last_a = std::max(e.last_a, s.unit_a);
    e.first_b = std::min(e.first_b, s.unit_b), e.last_b = std::max(e.last_b, s.unit_b);
  }
  return e;
}

// Memory the extension of each pair works in; the tables indexed by term are
// all zero between uses.
struct PairScratch {
  std::vector<double> weight_a, weight_b;  // range_cosine's, by term
  std::vector<std::uint8_t> taken;         // one_to_one's, by unit
  std::vector<std::uint32_t> marks;        // gap_is_reused's and content_dice's, by term
};

// Cosine of the tf-isf vectors of two ranges of units, each joined into one text.
double range_cosine(const Units& u, const Detection& e, PairScratch& scratch) {
  std::vector<double>& wa = scratch.weight_a;
  std::vector<double>& wb = scratch.weight_b;
  const auto add = [&](std::uint32_t first, std::uint32_t last, std::vector<double>& w) {
    for (std::uint32_t x = first; x <= last; ++x)
      for (std::uint32_t k = u.units[x].term_first; k < u.units[x].term_end; ++k)
        w[u.terms[k]] += u.counts[k] * u.isf[u.terms[k]];
  };
  add(e.first_a, e.last_a, wa);
  add(e.first_b, e.last_b, wb);
  // Each term once: its weight is cleared when read.
  double norm_a = 0, norm_b = 0, dot = 0;
  for (std::uint32_t x = e.first_a; x <= e.last_a; ++x)
    for (std::uint32_t k = u.units[x].term_first; k < u.units[x].term_end; ++k) {
      const std::uint32_t t = u.terms[k];
      norm_a += wa[t] * wa[t], dot += wa[t] * wb[t];
      wa[t] = 0;
    }
  for (std::uint32_t y = e.first_b; y <= e.last_b; ++y)
    for (std::uint32_t k = u.units[y].term_first; k < u.units[y].term_end; ++k) {
      const std::uint32_t t = u.terms[k];
      norm_b += wb[t] * wb[t];
      wb[t] = 0;
    }
  return norm_a > 0 && norm_b > 0 ? dot / std::sqrt(norm_a * norm_b) : 0;
}

// A cluster's seeds at its ends, in either document, that are less than
// kEdgeShare as similar as its best seed go: a sentence that only reports the
// same fact beside a copied passage (the lead before a wire paragraph) is
// not part of the copy. (PAN 2013 selection: overall 0.934 -> 0.933; on the
// project's samples the wire passage no longer takes in the leads beside it.)
constexpr float kEdgeShare = 0.5f;

void without_weak_edges(std::vector<Seed>& c) {
  float best = 0;
  for (const Seed& x : c) best = std::max(best, x.cosine);
  for (const bool side_b : {false, true}) {
    sort_by_key(c, [side_b](const Seed& x) { return side_b ? x.unit_b : x.unit_a; });
    std::size_t first = 0, end = c.size();
    while (end - first > 1 && c[first].cosine < kEdgeShare * best) ++first;
    while (end - first > 1 && c[end - 1].cosine < kEdgeShare * best) --end;
    c.erase(c.begin() + static_cast<std::ptrdiff_t>(end), c.end());
    c.erase(c.begin(), c.begin() + static_cast<std::ptrdiff_t>(first));
  }
}

// A detection's seeds must weigh at least one whole sentence together (their
// cosines summed), unless it overlaps a word-seed passage of its pair (which
// shows the copying): two sentences that merely tell the same facts in other
// words, as independent reports of one event do (0.4 each), are not reuse;
// a longer run of such sentences, or one close copy, is. (PAN 2013 selection:
// overall 0.933 -> 0.928, 0.924 without the exception; the project's four
// samples, written apart, share no sentence-level passage.)
constexpr double kLeastWeight = 1.0;

double weight(const std::vector<Seed>& c) {
  double sum = 0;
  for (const Seed& x : c) sum += x.cosine;
  return sum;
}

// Clusters one pair's seeds and validates each cluster, clustering a failed
// one again with a smaller gap (the published extension).
void extend(const std::vector<NearDocument>& docs, const Units& u, std::vector<Seed> seeds, std::uint32_t gap_a,
            std::uint32_t gap_b, const SentenceSeedOptions& options, PairScratch& scratch,
            std::vector<Detection>& out) {
  // Whether each of `gaps`, units [first, end) of one side, is reused text of
  // the cluster's range in the other. The range is marked once for all of
  // them: marked per gap, a long cluster with many swapped gaps cost its
  // length times theirs.
  const auto reused = [&](bool side_b, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& gaps,
                          const std::vector<Seed>& c) {
    const Detection e = extent(c);
    const NearDocument& x = docs[side_b ? e.doc_b : e.doc_a];
    const NearDocument& y = docs[side_b ? e.doc_a : e.doc_b];
    const std::uint32_t y_first = u.units[side_b ? e.first_a : e.first_b].first_word;
    const std::uint32_t y_end = u.units[side_b ? e.last_a : e.last_b].end_word;
    mark_content(y, y_first, y_end, scratch.marks);
    std::vector<bool> out;
    for (const auto& [first, end] : gaps)
      out.push_back(gap_is_marked(x, u.units[first].first_word, u.units[end - 1].end_word, scratch.marks));
    unmark_content(y, y_first, y_end, scratch.marks);
    return out;
  };
  for (std::vector<Seed>& c : cluster(std::move(seeds), gap_a, gap_b, reused)) {
    without_weak_edges(c);
    Detection e = extent(c);
    e.cosine = range_cosine(u, e, scratch);
    e.weight = weight(c);
    if (e.cosine > options.min_validation)
      out.push_back(e);
    else if (gap_a > 0 && gap_b > 0 && c.size() > 1)
      extend(docs, u, std::move(c), gap_a - 1, gap_b - 1, options, scratch, out);
  }
}

std::uint32_t chars_of(const Units& u, std::uint32_t first, std::uint32_t last) {
  std::uint32_t n = 0;
  for (std::uint32_t x = first; x <= last; ++x) n += u.units[x].chars;
  return n;
}

bool overlap(std::uint32_t f1, std::uint32_t l1, std::uint32_t f2, std::uint32_t l2) {
  return f1 <= l2 && f2 <= l1;
}

// One pair's detections: of two that overlap in either document the less
// similar goes; short ones go.
std::vector<Detection> filter(const Units& u, std::vector<Detection> found, const SentenceSeedOptions& options) {
  sort_by_key(found, [](const Detection& x) { return descending(x.cosine); });
  std::vector<Detection> kept;
  for (const Detection& d : found) {
    if (chars_of(u, d.first_a, d.last_a) < options.min_chars || chars_of(u, d.first_b, d.last_b) < options.min_chars)
      continue;
    if (std::none_of(kept.begin(), kept.end(), [&](const Detection& k) {
          return overlap(d.first_a, d.last_a, k.first_a, k.last_a) || overlap(d.first_b, d.last_b, k.first_b, k.last_b);
        }))
      kept.push_back(d);
  }
  return kept;
}

// A unit may be a short sentence joined to the next (a heading, say), and an
// edge unit may hold sentences that merely sit beside the reused one. The
// sentences at either end of a detection that share too few content words
// with the other side go: fewer than two, unless all of theirs are shared.
// Shared in any order (word-level edits shuffle words); `other` is the other
// side's content words, sorted.
void trim_edge_sentences(const NearDocument& doc, const std::vector<SentenceSpan>& sentences,
                         const std::vector<std::uint32_t>& other, std::uint32_t& first, std::uint32_t& end) {
  const auto shares_enough = [&](const SentenceSpan& s) {
    std::uint32_t content = 0, found = 0;
    for (std::uint32_t w = s.first_word; w < s.end_word; ++w) {
      if (!doc.content[w]) continue;
      ++content;
      found += std::binary_search(other.begin(), other.end(), doc.keys[w]);
    }
    return found > 0 && found >= std::min<std::uint32_t>(2, content);
  };
  auto lo = std::upper_bound(sentences.begin(), sentences.end(), first,
                             [](std::uint32_t w, const SentenceSpan& s) { return w < s.first_word; });
  if (lo != sentences.begin()) --lo;  // the sentence holding `first`
  auto hi = std::lower_bound(sentences.begin(), sentences.end(), end,
                             [](const SentenceSpan& s, std::uint32_t w) { return s.first_word < w; });
  // [lo, hi) are the sentences the detection covers.
  while (hi - lo > 1 && !shares_enough(*lo)) ++lo;
  while (hi - lo > 1 && !shares_enough(*(hi - 1))) --hi;
  first = std::max(first, lo->first_word);
  end = std::min(end, (hi - 1)->end_word);
}

std::vector<std::uint32_t> sorted_content(const NearDocument& doc, std::uint32_t first, std::uint32_t end) {
  std::vector<std::uint32_t> keys;
  for (std::uint32_t w = first; w < end; ++w)
    if (doc.content[w]) keys.push_back(doc.keys[w]);
  std::sort(keys.begin(), keys.end());
  return keys;
}

NearPassage to_passage(const std::vector<NearDocument>& docs, const std::vector<std::vector<SentenceSpan>>& sentences,
                       const Units& u, const Detection& d, AlignmentScratch& scratch,
                       std::vector<std::uint32_t>& counts) {
  NearPassage p;
  p.doc_a = d.doc_a, p.doc_b = d.doc_b;
  p.first_a = u.units[d.first_a].first_word, p.end_a = u.units[d.last_a].end_word;
  p.first_b = u.units[d.first_b].first_word, p.end_b = u.units[d.last_b].end_word;
  const NearDocument& a = docs[p.doc_a];
  const NearDocument& b = docs[p.doc_b];
  const std::vector<std::uint32_t> keys_a(a.keys.begin() + p.first_a, a.keys.begin() + p.end_a);
  const std::vector<std::uint32_t> keys_b(b.keys.begin() + p.first_b, b.keys.begin() + p.end_b);
  for (const auto& [i, j] : align_words(keys_a, keys_b, kDefaultMaxAlignmentCells, scratch).matches)
    p.matches.push_back({p.first_a + i, p.first_b + j});
  const std::vector<std::uint32_t> content_a = sorted_content(a, p.first_a, p.end_a);
  const std::vector<std::uint32_t> content_b = sorted_content(b, p.first_b, p.end_b);
  trim_edge_sentences(a, sentences[p.doc_a], content_b, p.first_a, p.end_a);
  trim_edge_sentences(b, sentences[p.doc_b], content_a, p.first_b, p.end_b);
  std::erase_if(p.matches, [&](const std::pair<std::uint32_t, std::uint32_t>& m) {
    return m.first < p.first_a || m.first >= p.end_a || m.second < p.first_b || m.second >= p.end_b;
  });
  p.matched = static_cast<std::uint32_t>(p.matches.size());
  p.similarity = content_dice(a, p.first_a, p.end_a, b, p.first_b, p.end_b, counts);
  return p;
}

// Passages' places in a list, keyed by their pair_id (sort_by_key.h).
using Places = std::vector<std::pair<std::uint64_t, std::uint32_t>>;

// Whether a word-seed passage of a detection's pair passes
// test(passage, first_a, end_a, first_b, end_b), the detection's word ranges.
// `known` holds the word-seed passages' places in `word_passages`, by pair_id.
template <typename Test>
bool any_known(const std::vector<NearPassage>& word_passages, const Places& known, std::size_t docs,
               const Units& u, const Detection& d, const Test& test) {
  const std::uint32_t first_a = u.units[d.first_a].first_word, end_a = u.units[d.last_a].end_word;
  const std::uint32_t first_b = u.units[d.first_b].first_word, end_b = u.units[d.last_b].end_word;
  const std::uint64_t pair = pair_id(d.doc_a, d.doc_b, docs);
  for (auto it = std::lower_bound(known.begin(), known.end(), Places::value_type{pair, 0});
       it != known.end() && it->first == pair; ++it)
    if (test(word_passages[it->second], first_a, end_a, first_b, end_b)) return true;
  return false;
}

// A detection inside a word-seed passage in both documents would add
// nothing: it is neither aligned nor returned (most reuse between news
// articles is of this kind).
bool inside(const NearPassage& w, std::uint32_t first_a, std::uint32_t end_a, std::uint32_t first_b,
            std::uint32_t end_b) {
  return w.first_a <= first_a && end_a <= w.end_a && w.first_b <= first_b && end_b <= w.end_b;
}

bool overlaps(const NearPassage& w, std::uint32_t first_a, std::uint32_t end_a, std::uint32_t first_b,
              std::uint32_t end_b) {
  return w.first_a < end_a && first_a < w.end_a && w.first_b < end_b && first_b < w.end_b;
}

// The places of passages in a list, by pair_id (then place): each pair's are together.
Places by_pair(const std::vector<NearPassage>& passages, std::size_t docs) {
  return places_by_key(passages, [docs](const NearPassage& p) { return pair_id(p.doc_a, p.doc_b, docs); });
}

}  // namespace

std::vector<bool> reworded_documents(const std::vector<NearPassage>& word_passages, std::size_t documents) {
  std::vector<bool> reworded(documents, false);
  for (const NearPassage& p : word_passages)
    if (p.similarity < kRewordedSimilarity) reworded[p.doc_a] = reworded[p.doc_b] = true;
  return reworded;
}

// Not inlined into the analysis: its code stays compiled for size in WASM.
[[gnu::noinline]] std::vector<NearPassage> find_sentence_passages(const std::vector<NearDocument>& docs,
                                                const std::vector<std::vector<SentenceSpan>>& sentences,
                                                const std::vector<NearPassage>& word_passages,
                                                const SentenceSeedOptions& options) {
  const Places known = by_pair(word_passages, docs.size());
  const Units u = make_units(docs, sentences, options.min_unit_words);
  const std::vector<Seed> seeds = find_seeds(u, options);
  std::vector<NearPassage> out;
  PairScratch scratch;
  scratch.weight_a.assign(u.isf.size(), 0), scratch.weight_b.assign(u.isf.size(), 0);
  scratch.taken.assign(u.units.size(), 0);
  AlignmentScratch alignment;
  for (std::size_t i = 0; i < seeds.size();) {
    std::size_t j = i;
    while (j < seeds.size() && seeds[j].doc_a == seeds[i].doc_a && seeds[j].doc_b == seeds[i].doc_b) ++j;
    std::vector<Detection> found;
    extend(docs, u,
           one_to_one(std::vector<Seed>(seeds.begin() + static_cast<std::ptrdiff_t>(i),
                                        seeds.begin() + static_cast<std::ptrdiff_t>(j)),
                      scratch.taken),
           options.max_gap, options.max_gap, options, scratch, found);
    for (const Detection& d : filter(u, std::move(found), options))
      if (!any_known(word_passages, known, docs.size(), u, d, inside) &&
          (d.weight >= kLeastWeight || any_known(word_passages, known, docs.size(), u, d, overlaps)))
        out.push_back(to_passage(docs, sentences, u, d, alignment, scratch.marks));
    i = j;
  }
  return out;
}

[[gnu::noinline]] std::vector<NearPassage> combine_near_passages(const std::vector<NearDocument>& docs,
                                                                 std::vector<NearPassage> word_passages,
                                                                 std::vector<NearPassage> sentence_passages) {
  const Places known = by_pair(word_passages, docs.size());
  std::vector<bool> absorbed(word_passages.size(), false);
  std::vector<std::uint32_t> counts;  // content_dice's
  using Ranges = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
  for (NearPassage& s : sentence_passages) {
    std::vector<std::uint64_t> own;  // the word-seed matches kept, as (i << 32 | j)
    Ranges ranges_a, ranges_b;       // the word-seed passages' ranges
    std::uint32_t first_a = s.first_a, end_a = s.end_a, first_b = s.first_b, end_b = s.end_b;
    const std::uint64_t pair = pair_id(s.doc_a, s.doc_b, docs.size());
    for (auto it = std::lower_bound(known.begin(), known.end(), Places::value_type{pair, 0});
         it != known.end() && it->first == pair; ++it) {
      const std::size_t k = it->second;
      const NearPassage& w = word_passages[k];
      if (absorbed[k] || !overlaps(w, s.first_a, s.end_a, s.first_b, s.end_b)) continue;
      absorbed[k] = true;
      for (const auto& [i, j] : w.matches) own.push_back(static_cast<std::uint64_t>(i) << 32 | j);
      ranges_a.push_back({w.first_a, w.end_a}), ranges_b.push_back({w.first_b, w.end_b});
      first_a = std::min(first_a, w.first_a), end_a = std::max(end_a, w.end_a);
      first_b = std::min(first_b, w.first_b), end_b = std::max(end_b, w.end_b);
    }
    if (own.empty()) continue;
    const auto in = [](const Ranges& ranges, std::uint32_t x) {
      return std::any_of(ranges.begin(), ranges.end(), [&](const auto& r) { return x >= r.first && x < r.second; });
    };
    for (const auto& [i, j] : s.matches)
      if (!in(ranges_a, i) && !in(ranges_b, j)) own.push_back(static_cast<std::uint64_t>(i) << 32 | j);
    std::sort(own.begin(), own.end());
    own.erase(std::unique(own.begin(), own.end()), own.end());
    s.matches.clear();
    for (const std::uint64_t m : own) s.matches.push_back({static_cast<std::uint32_t>(m >> 32), static_cast<std::uint32_t>(m)});
    s.matched = static_cast<std::uint32_t>(s.matches.size());
    s.first_a = first_a, s.end_a = end_a, s.first_b = first_b, s.end_b = end_b;
    s.similarity = content_dice(docs[s.doc_a], first_a, end_a, docs[s.doc_b], first_b, end_b, counts);
  }
  for (std::size_t k = 0; k < word_passages.size(); ++k)
    if (!absorbed[k]) sentence_passages.push_back(std::move(word_passages[k]));
  return sentence_passages;
}

}  // namespace parallax

#if defined(__EMSCRIPTEN__) && defined(__clang__)
#pragma clang attribute pop
#endif
