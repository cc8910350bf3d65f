#include "near_passages.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

#include "hash_slots.h"
#include "repeat_filter.h"
#include "sort_by_key.h"
#include "union_find.h"
#include "word_alignment.h"

namespace parallax {

namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFFu;  // no position, no slot

// 16 bytes: there are about two seeds per content word of the whole input,
// held through the hit search. Its key (the match keys of its two words) is
// read from the document when needed rather than stored. The link to the
// next seed of its key sits beside the seed: following a key's seeds reads
// one place per seed, not one in each of two arrays.
struct Seed {
  std::uint32_t doc;
  std::uint32_t first;  // word index of the first content word
  std::uint32_t end;    // one past the second content word
  std::uint32_t next = kNone;  // the next seed with this one's key (SeedIndex), or kNone
};

// A seed's key: its two words' match keys, smaller first (an unordered pair,
// so a swap of neighbours leaves it intact), as one integer.
std::uint64_t pair_key(std::uint32_t u, std::uint32_t v) {
  return static_cast<std::uint64_t>(std::min(u, v)) << 32 | std::max(u, v);
}

// A seed shared with a later document: word ranges in document a (the one
// whose seeds are being visited) and in document b. 16 bytes: two long
// documents make millions of hits; a seed spans at most kMaxSeedSpan words,
// so its lengths fit in a byte each.
struct Hit {
  std::uint32_t doc_b;
  std::uint32_t first_a, first_b;
  std::uint8_t length_a, length_b;
  std::uint32_t end_a() const { return first_a + length_a; }
  std::uint32_t end_b() const { return first_b + length_b; }
};

constexpr std::uint32_t kMaxWordsBetweenSeedWords = 3;
// The widest seed: a content word and the second content word after it,
// each gap at its widest (for_each_seed's test), both words included.
constexpr std::uint32_t kMaxSeedSpan = 2 * kMaxWordsBetweenSeedWords + 2 + 1;
static_assert(kMaxSeedSpan <= 255, "a seed's length must fit in Hit's byte");
constexpr std::size_t kMaxChainLookBack = 64;

// Seeds: each content word paired with the next two content words (so one
// replaced or inserted word leaves a seed intact), as an unordered pair (so a
// swap of neighbours does too), when they stand close together. Visited in
// (doc, first) order, each with its key (pair_key of its two words).
template <typename Visit>
void for_each_seed(const std::vector<NearDocument>& docs, Visit&& visit) {
  std::vector<std::uint32_t> content;
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    const NearDocument& doc = docs[d];
    // Locals: visit() writes memory the compiler cannot rule out.
    const std::uint32_t* keys = doc.keys.data();
    const std::uint8_t* is_content = doc.content.data();
    const auto words = static_cast<std::uint32_t>(doc.keys.size());
    content.resize(words + 1);
    std::uint32_t* positions = content.data();
    std::size_t n = 0;
    for (std::uint32_t w = 0; w < words; ++w) {  // no branch: a content word's place stays
      positions[n] = w;
      n += is_content[w];
    }
    // The next content word, then the one after (each gap at most
    // kMaxWordsBetweenSeedWords words per step), written out: one loop body.
    constexpr std::uint32_t kReach1 = kMaxWordsBetweenSeedWords + 1;
    constexpr std::uint32_t kReach2 = 2 * kMaxWordsBetweenSeedWords + 2;
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint32_t u = positions[i];
      if (i + 1 < n && positions[i + 1] - u <= kReach1)
        visit(Seed{d, u, positions[i + 1] + 1}, pair_key(keys[u], keys[positions[i + 1]]));
      if (i + 2 < n && positions[i + 2] - u <= kReach2)
        visit(Seed{d, u, positions[i + 2] + 1}, pair_key(keys[u], keys[positions[i + 2]]));
    }
  }
}

// The best-scoring runs of an alignment: each match scores 1 and each word
// skipped between matches costs kGapCost, so a run ends where the matches
// thin out (boilerplate repeated nearby, or two passages joined by a gap).
// Kadane's maximum-sum segment, applied again to what lies left and right.
// The cost of a skipped word follows the allowed imperfections: max_gap
// skipped words (counted in both documents) cost one match.
void best_segments(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& m, std::size_t lo,
                   std::size_t hi, std::uint32_t min_matches, double gap_cost,
                   std::vector<std::pair<std::size_t, std::size_t>>& out) {
  if (hi - lo < min_matches) return;
  double best = 0, run = 0;
  std::size_t best_lo = lo, best_hi = lo, run_lo = lo;
  for (std::size_t k = lo; k < hi; ++k) {
    double gain = 1.0;
    if (k > run_lo) {
      const double skipped = (m[k].first - m[k - 1].first - 1.0) + (m[k].second - m[k - 1].second - 1.0);
      gain -= gap_cost * skipped;
    }
    if (run + gain <= 1.0) {  // starting afresh at k is better
      run = 1.0;
      run_lo = k;
    } else {
      run += gain;
    }
    if (run > best) best = run, best_lo = run_lo, best_hi = k + 1;
  }
  if (best_hi - best_lo < min_matches) return;
  best_segments(m, lo, best_lo, min_matches, gap_cost, out);
  out.push_back({best_lo, best_hi});
  best_segments(m, best_hi, hi, min_matches, gap_cost, out);
}


// Extends a passage outwards while the words on both sides are the same.
void extend_exact(const NearDocument& a, const NearDocument& b, NearPassage& p) {
  while (p.first_a > 0 && p.first_b > 0 && a.keys[p.first_a - 1] == b.keys[p.first_b - 1]) {
    --p.first_a, --p.first_b;
    p.matches.insert(p.matches.begin(), {p.first_a, p.first_b});
  }
  while (p.end_a < a.keys.size() && p.end_b < b.keys.size() && a.keys[p.end_a] == b.keys[p.end_b]) {
    p.matches.push_back({p.end_a, p.end_b});
    ++p.end_a, ++p.end_b;
  }
}

}  // namespace

double content_dice(const NearDocument& a, std::uint32_t fa, std::uint32_t ea, const NearDocument& b,
                    std::uint32_t fb, std::uint32_t eb, std::vector<std::uint32_t>& counts) {
  std::size_t in_a = 0, in_b = 0, common = 0;
  for (std::uint32_t w = fa; w < ea; ++w) {
    if (!a.content[w]) continue;
    const std::uint32_t k = a.keys[w];
    if (k >= counts.size()) counts.resize(std::max<std::size_t>(k + 1, 2 * counts.size()), 0);
    ++counts[k], ++in_a;
  }
  for (std::uint32_t w = fb; w < eb; ++w) {
    if (!b.content[w]) continue;
    ++in_b;
    const std::uint32_t k = b.keys[w];
    if (k < counts.size() && counts[k] > 0) --counts[k], ++common;
  }
  for (std::uint32_t w = fa; w < ea; ++w)
    if (a.content[w]) counts[a.keys[w]] = 0;
  if (in_a == 0 || in_b == 0) return 0;
  return 2.0 * static_cast<double>(common) / static_cast<double>(in_a + in_b);
}

// A gap longer than the allowed imperfections is reused text only if this
// share of its content words occurs in the other document's passage.
constexpr double kGapSupport = 0.2;

void mark_content(const NearDocument& y, std::uint32_t first, std::uint32_t end, std::vector<std::uint32_t>& marks) {
  for (std::uint32_t w = first; w < end; ++w) {
    if (!y.content[w]) continue;
    const std::uint32_t k = y.keys[w];
    if (k >= marks.size()) marks.resize(std::max<std::size_t>(k + 1, 2 * marks.size()), 0);
    marks[k] = 1;
  }
}

void unmark_content(const NearDocument& y, std::uint32_t first, std::uint32_t end, std::vector<std::uint32_t>& marks) {
  for (std::uint32_t w = first; w < end; ++w)
    if (y.content[w]) marks[y.keys[w]] = 0;
}

bool gap_is_marked(const NearDocument& x, std::uint32_t first, std::uint32_t end,
                   const std::vector<std::uint32_t>& marks) {
  std::uint32_t content = 0, found = 0;
  for (std::uint32_t w = first; w < end; ++w) {
    if (!x.content[w]) continue;
    ++content;
    const std::uint32_t k = x.keys[w];
    found += k < marks.size() && marks[k] != 0;
  }
  return content == 0 || found >= kGapSupport * content;
}

bool gap_is_reused(const NearDocument& x, std::uint32_t first, std::uint32_t end, const NearDocument& y,
                   std::uint32_t y_first, std::uint32_t y_end, std::uint32_t max_gap,
                   std::vector<std::uint32_t>& marks) {
  if (end <= first || end - first <= max_gap) return true;
  mark_content(y, y_first, y_end, marks);
  const bool reused = gap_is_marked(x, first, end, marks);
  unmark_content(y, y_first, y_end, marks);
  return reused;
}

// A merge may lower the content similarity to this share of its parts'.
constexpr double kMergeDensity = 0.4;

// Passages of one document pair that follow each other in both documents
// with a small gap are one reused passage to a reader: merge them (the gap is
// a few imperfections in a row).
std::vector<NearPassage> merge_near_passages(const std::vector<NearDocument>& docs,
                                             std::vector<NearPassage> passages,
                                             const NearOptions& options) {
  sort_by_keys(
      passages, [](const NearPassage& x) { return key_of(x.doc_a, x.doc_b); },
      [](const NearPassage& x) { return key_of(x.first_a, x.first_b); });
  const std::int64_t reach = 8 * static_cast<std::int64_t>(std::max<std::uint32_t>(options.max_gap, 1));
  std::vector<NearPassage> out;
  std::vector<bool> merged(passages.size(), false);
  std::vector<std::uint32_t> key_counts;
  for (std::size_t k = 0; k < passages.size(); ++k) {
    if (merged[k]) continue;
    NearPassage p = std::move(passages[k]);
    double dice = p.similarity;
    // Look ahead at later passages of the same pair; merge each close follower.
    for (std::size_t q = k + 1; q < passages.size(); ++q) {
      if (merged[q]) continue;
      const NearPassage& n = passages[q];
      if (n.doc_a != p.doc_a || n.doc_b != p.doc_b) break;
      const std::int64_t gap_a = static_cast<std::int64_t>(n.first_a) - p.end_a;
      if (gap_a > reach) break;
      // In b the fragment may come before or after: reuse often moves
      // sentences around inside the passage. It must lie within reach.
      const bool near_b = static_cast<std::int64_t>(n.first_b) <= p.end_b + reach &&
                          static_cast<std::int64_t>(n.end_b) + reach >= p.first_b;
      if (gap_a < -reach / 2 || !near_b) continue;
      // The merged passage must stay about as dense as its parts, and a long
      // gap between the fragments must itself be reused text (obfuscated, not
      // absent): two reuses with an unrelated paragraph between stay two.
      const std::uint32_t first_b = std::min(p.first_b, n.first_b);
      const std::uint32_t end_a = std::max(p.end_a, n.end_a), end_b = std::max(p.end_b, n.end_b);
      const std::uint32_t gap_b_first = n.first_b >= p.end_b ? p.end_b : std::min(n.end_b, p.first_b);
      const std::uint32_t gap_b_end = n.first_b >= p.end_b ? n.first_b : std::max(n.end_b, p.first_b);
      if (!gap_is_reused(docs[p.doc_a], p.end_a, std::max(p.end_a, n.first_a), docs[p.doc_b], first_b, end_b,
                         options.max_gap, key_counts) ||
          !gap_is_reused(docs[p.doc_b], gap_b_first, gap_b_end, docs[p.doc_a], p.first_a, end_a, options.max_gap,
                         key_counts))
        continue;
      const double merged_dice =
          content_dice(docs[p.doc_a], p.first_a, end_a, docs[p.doc_b], first_b, end_b, key_counts);
      if (merged_dice < kMergeDensity * std::min(dice, n.similarity)) continue;
      // Every fragment's matches are kept, also those of a fragment moved
      // backwards in b (the word pairs then cross): what matched is what the
      // page must not mark as different.
      for (const auto& m : n.matches)
        if (m.first >= p.end_a || m.first < p.first_a) p.matches.push_back(m);
      p.end_a = end_a, p.end_b = end_b, p.first_b = first_b;
      dice = merged_dice;
      merged[q] = true;
    }
    p.matched = static_cast<std::uint32_t>(p.matches.size());
    p.similarity = content_dice(docs[p.doc_a], p.first_a, p.end_a, docs[p.doc_b], p.first_b, p.end_b, key_counts);
    out.push_back(std::move(p));
  }
  return out;
}

namespace {

// The seeds whose key may occur more than once in the whole input, in
// (doc, first) order, and the seeds of each key linked in that order
// (Seed::next). Most keys occur once (a pair of words no other place has) and
// never make a hit: a first pass over the seeds finds which keys may repeat
// (RepeatFilter), the second keeps those seeds and links each to the last one
// of its key, through a hash table of the distinct keys. A key that is no
// evidence (one document only, or a common phrase) has its seeds left
// unlinked.
struct SeedIndex {
  std::vector<Seed> seeds;
  std::vector<std::uint32_t> first_of_doc;  // doc -> its first seed; one more entry at the end
};

[[gnu::noinline]] SeedIndex index_seeds(const std::vector<NearDocument>& docs, std::uint32_t max_occurrences) {
  std::size_t at_most = 0;  // two per content word
  for (const NearDocument& doc : docs)
    at_most += 2 * static_cast<std::size_t>(std::count(doc.content.begin(), doc.content.end(), 1));
  RepeatFilter filter(at_most, 3);
  std::size_t repeats = 0;
  for_each_seed(docs, [&](const Seed&, std::uint64_t key) { repeats += filter.add(key); });
  // Exactly this many seeds pass the filter (RepeatFilter::repeating_bits),
  // with about one distinct key per repeating bit: every vector is sized
  // once (doubling held the old and new blocks together, 24 MB of a 2 x 5 MB
  // analysis's peak, and growing the table rehashed it several times over).
  const std::size_t expected_keys = filter.repeating_bits();
  const std::size_t kept = repeats + expected_keys;
  SeedIndex index;
  index.seeds.resize(kept);
  index.first_of_doc.assign(docs.size() + 1, static_cast<std::uint32_t>(kept));
  struct Group {  // one per distinct key
    std::uint64_t key;
    std::uint32_t head, tail, count;
  };
  std::vector<Group> groups;
  groups.reserve(expected_keys);
  std::vector<std::uint32_t> slots;  // hash_slots.h
  std::size_t mask = 0;
  reserve_table(slots, mask, expected_keys + expected_keys / 4);  // keys that share a filter bit come on top
  const auto hash = [](std::uint64_t key) { return (key * 0x9E3779B97F4A7C15ull) >> 32; };  // high bits: best mixed
  std::uint32_t s = 0;
  Seed* const seeds = index.seeds.data();  // pointers: the stores below could alias the vectors
  std::uint32_t* const first_of_doc = index.first_of_doc.data();
  // Inlined into the seed loop: in WASM it was left a call per seed that
  // reloaded every captured variable.
  for_each_seed(docs, [&](const Seed& seed, std::uint64_t key) __attribute__((always_inline)) {
    if (!filter.may_repeat(key)) return;
    seeds[s] = seed;
    if (first_of_doc[seed.doc] == kept) first_of_doc[seed.doc] = s;
    if ((groups.size() + 1) * 2 > slots.size())  // only when keys shared filter bits
      grow_table(slots, mask, groups.size(), [&](std::uint32_t g) { return hash(groups[g].key); });
    for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask) {
      if (slots[i] == 0) {
        slots[i] = static_cast<std::uint32_t>(groups.size() + 1);
        groups.push_back({key, s, s, 1});
        break;
      }
      Group& g = groups[slots[i] - 1];
      if (g.key == key) {
        seeds[g.tail].next = s;
        g.tail = s;
        ++g.count;
        break;
      }
    }
    ++s;
  });
  std::vector<std::uint32_t>().swap(slots);
  for (const Group& g : groups) {
    const bool common_phrase = g.count > max_occurrences;
    const bool several_docs = index.seeds[g.head].doc != index.seeds[g.tail].doc;
    if (common_phrase || !several_docs)
      for (std::uint32_t t = g.head; t != kNone;) t = std::exchange(index.seeds[t].next, kNone);
  }
  std::vector<Group>().swap(groups);
  for (std::size_t d = docs.size(); d-- > 0;)  // a document without seeds starts where the next does
    index.first_of_doc[d] = std::min(index.first_of_doc[d], index.first_of_doc[d + 1]);
  return index;
}

// The hits of document a's seeds in later documents, in the order of a's
// words. A long document's hits are counted first and reserved exactly:
// doubling a vector of millions of hits (two long documents) held the old and
// the new block at once, the peak of the whole analysis. A short one's are
// not (at most a few MB, in a vector reused from document to document): the
// count was a third of this step. A function of its own, as the other steps
// of the search: one big function was optimised worse in WASM.
constexpr std::uint32_t kCountHitsAboveSeeds = 1 << 12;

[[gnu::noinline]] void collect_hits(const SeedIndex& index, std::uint32_t doc_a, std::uint64_t max_hits,
                                    std::uint64_t& hits_made, std::vector<Hit>& hits, bool& truncated) {
  const Seed* const seeds = index.seeds.data();
  const std::uint32_t first = index.first_of_doc[doc_a], end = index.first_of_doc[doc_a + 1];
  hits.clear();
  if (end - first > kCountHitsAboveSeeds) {
    std::uint64_t count = 0;
    for (std::uint32_t s = first; s < end; ++s)
      for (std::uint32_t other = seeds[s].next; other != kNone; other = seeds[other].next)
        count += seeds[other].doc != doc_a;
    count = std::min(count, max_hits - std::min(hits_made, max_hits) + 1);
    if (count > hits.capacity()) {
      std::vector<Hit>().swap(hits);
      hits.reserve(count);
    }
  }
  for (std::uint32_t s = first; s < end; ++s) {
    for (std::uint32_t other = seeds[s].next; other != kNone; other = seeds[other].next) {
      const Seed& t = seeds[other];
      if (t.doc == doc_a) continue;
      if (hits_made++ >= max_hits) {
        truncated = true;
        return;
      }
      const Seed& own = seeds[s];
      hits.push_back({t.doc, own.first, t.first, static_cast<std::uint8_t>(own.end - own.first),
                      static_cast<std::uint8_t>(t.end - t.first)});
    }
  }
}

// Groups one document's hits by the other document, stably, with a counting
// sort (`bucket` has one entry per document and one more); after it
// bucket[d] is where d's hits end (they begin where d - 1's end).
[[gnu::noinline]] void group_by_document(std::vector<Hit>& hits, std::vector<Hit>& by_doc,
                                         std::vector<std::uint32_t>& bucket) {
  std::fill(bucket.begin(), bucket.end(), 0);
  for (const Hit& h : hits) ++bucket[h.doc_b + 1];
  const bool one_other = bucket[hits.front().doc_b + 1] == hits.size();  // two documents, say
  for (std::size_t d = 1; d < bucket.size(); ++d) bucket[d] += bucket[d - 1];
  if (!one_other) {  // grouped by b in a copy; a single group stays where it is
    by_doc.resize(hits.size());
    for (const Hit& h : hits) by_doc[bucket[h.doc_b]++] = h;
    hits.swap(by_doc);
  } else {
    bucket[hits.front().doc_b] = static_cast<std::uint32_t>(hits.size());
  }
}

// Hits of one document pair: those of one word of a are in b's word order
// per seed; the insertion sort makes it (first_a, first_b) overall, stably
// (almost sorted already).
void sort_pair_hits(Hit* first, std::size_t n) {
  for (std::size_t i = 1; i < n; ++i)
    for (std::size_t j = i; j > 0 && std::tie(first[j].first_a, first[j].first_b) <
                                       std::tie(first[j - 1].first_a, first[j - 1].first_b); --j)
      std::swap(first[j], first[j - 1]);
}

// Reused memory for the chaining of one document pair's hits.
struct ChainScratch {
  struct Extent {  // empty until its first hit widens it
    std::uint32_t first_a = kNone, end_a = 0, first_b = kNone, end_b = 0;
  };
  struct Run {  // chain_pair's look-back shortcut
    std::uint32_t start, min_end_a;
  };
  // The look-back reads the runs of the last kMaxChainLookBack hits only: a
  // ring of them, not one per hit (millions between two long documents).
  static constexpr std::size_t kRunRing = 128;
  static_assert(kRunRing > kMaxChainLookBack, "the ring must hold every hit the look-back reads");
  UnionFind clusters;
  std::array<Run, kRunRing> runs;
  std::vector<std::uint32_t> slot;
  std::vector<Extent> extents;
  std::vector<std::uint32_t> keys_a, keys_b;
  AlignmentScratch alignment;
  std::vector<std::uint32_t> key_counts;  // content_dice's
  std::vector<std::pair<std::uint32_t, std::uint32_t>> all;
  std::vector<std::pair<std::size_t, std::size_t>> segments;
};

// Whether chain_pair could link any two of a pair's hits (sorted by first_a):
// it links a hit only to earlier hits within `reach` words in a, and its
// look-back stops at the first earlier hit out of reach, so a hit that does
// not reach the one just before it joins nothing. Between many documents
// most pairs share only a few common word pairs scattered apart: those are
// settled here, without the chaining's setup.
bool may_chain(const Hit* hits, std::size_t n, std::uint32_t reach) {
  for (std::size_t i = 1; i < n; ++i)
    if (hits[i].first_a <= hits[i - 1].end_a() + reach) return true;
  return false;
}

// Chains the hits of one document pair (sorted by first_a, then first_b) that
// are close in both documents, and verifies each chain by aligning its words.
[[gnu::noinline]] void chain_pair(const std::vector<NearDocument>& docs, std::uint32_t doc_a,
                                  const Hit* hits, std::size_t n,
                const NearOptions& options, ChainScratch& scratch, std::vector<NearPassage>& out) {
  const std::uint32_t reach = options.max_gap + 2;
  UnionFind& clusters = scratch.clusters;
  clusters.reset(n);
  // runs[g]: hits run.start..g are known to be one cluster (clusters only
  // grow, so it stays true), and the smallest end in a among them. Once the
  // look-back meets a hit of i's own cluster it jumps over the hit's run, in
  // which every link would change nothing; the run's smallest end says
  // whether the scan would have stopped inside it (a jump past the look-back
  // limit ends the scan, as the limit would). Same clusters as visiting every
  // hit, without walking the dozens of earlier hits of a copied stretch.
  constexpr std::size_t kRing = ChainScratch::kRunRing - 1;
  ChainScratch::Run* runs = scratch.runs.data();
  runs[0] = {0, hits[0].end_a()};
  for (std::size_t i = 1; i < n; ++i) {
    const Hit& h = hits[i];
    auto root = static_cast<std::uint32_t>(i);  // i's root: only i itself changes it
    const std::uint32_t first_a = h.first_a, first_b = h.first_b, end_b = h.end_b();
    for (std::size_t g = i; g-- > 0 && i - g <= kMaxChainLookBack;) {
      const Hit& e = hits[g];
      if (first_a > e.end_a() + reach) break;  // sorted by first_a
      // In a copied stretch most earlier hits already hang from i's root:
      // one look at the parent settles them without a find.
      bool in_root = clusters.is_child_of(static_cast<std::uint32_t>(g), root);
      if (!in_root && first_b <= e.end_b() + reach && e.first_b <= end_b + reach) {
        root = clusters.link(root, clusters.find(static_cast<std::uint32_t>(g)));
        in_root = true;
      }
      const ChainScratch::Run& run = runs[g & kRing];
      if (in_root && run.start < g) {
        if (first_a > run.min_end_a + reach) break;  // the scan stops inside the run
        g = run.start;
      }
    }
    const ChainScratch::Run& before = runs[(i - 1) & kRing];
    const bool joined = clusters.is_child_of(static_cast<std::uint32_t>(i - 1), root) ||
                        clusters.find(static_cast<std::uint32_t>(i - 1)) == root;
    runs[i & kRing] = joined ? ChainScratch::Run{before.start, std::min(before.min_end_a, h.end_a())}
                     : ChainScratch::Run{static_cast<std::uint32_t>(i), h.end_a()};
  }
  // Each cluster's extent in both documents. A cluster of one hit holds two
  // matching content words: not a passage (an exact run around it is the
  // exact stage's), so it gets no extent and is not aligned at all; between
  // two long documents most hits are such chance pairs. Each root counts its
  // hits, then gets a slot among the extents, in the order of the roots
  // (the order of the clusters' first hits).
  scratch.slot.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) ++scratch.slot[scratch.clusters.find(static_cast<std::uint32_t>(i))];
  scratch.extents.clear();
  for (std::uint32_t& slot : scratch.slot) {
    if (slot < 2) {
      slot = kNone;
      continue;
    }
    slot = static_cast<std::uint32_t>(scratch.extents.size());
    scratch.extents.emplace_back();
  }
  for (std::size_t i = 0; i < n; ++i) {
    const Hit& h = hits[i];
    const std::uint32_t slot = scratch.slot[scratch.clusters.find(static_cast<std::uint32_t>(i))];
    if (slot == kNone) continue;
    ChainScratch::Extent& e = scratch.extents[slot];
    e.first_a = std::min(e.first_a, h.first_a), e.end_a = std::max(e.end_a, h.end_a());
    e.first_b = std::min(e.first_b, h.first_b), e.end_b = std::max(e.end_b, h.end_b());
  }
  const NearDocument& a = docs[doc_a];
  const NearDocument& b = docs[hits[0].doc_b];
  for (const ChainScratch::Extent& e : scratch.extents) {
    scratch.keys_a.assign(a.keys.begin() + e.first_a, a.keys.begin() + e.end_a);
    scratch.keys_b.assign(b.keys.begin() + e.first_b, b.keys.begin() + e.end_b);
    const WordAlignment alignment =
        align_words(scratch.keys_a, scratch.keys_b, kDefaultMaxAlignmentCells, scratch.alignment);
    scratch.all.clear();
    for (const auto& [i, j] : alignment.matches) scratch.all.push_back({e.first_a + i, e.first_b + j});
    scratch.segments.clear();
    best_segments(scratch.all, 0, scratch.all.size(), std::max<std::uint32_t>(2, options.min_words / 2),
                  1.0 / std::max<std::uint32_t>(1, options.max_gap), scratch.segments);
    for (const auto& [lo, hi] : scratch.segments) {
      NearPassage q;
      q.doc_a = doc_a, q.doc_b = hits[0].doc_b;
      q.matches.assign(scratch.all.begin() + static_cast<std::ptrdiff_t>(lo),
                       scratch.all.begin() + static_cast<std::ptrdiff_t>(hi));
      // Trim to the first and last matched words, then grow over identical neighbours.
      q.first_a = q.matches.front().first, q.end_a = q.matches.back().first + 1;
      q.first_b = q.matches.front().second, q.end_b = q.matches.back().second + 1;
      extend_exact(a, b, q);
      q.matched = static_cast<std::uint32_t>(q.matches.size());
      q.similarity = content_dice(a, q.first_a, q.end_a, b, q.first_b, q.end_b, scratch.key_counts);
      // Short passages need to be close copies; long ones may be looser:
      // matched words weighted by similarity must reach min_words.
      if (q.matched * q.similarity < options.min_words || q.similarity < options.min_similarity) continue;
      out.push_back(std::move(q));
    }
  }
}

}  // namespace

[[gnu::noinline]] NearResult find_near_passages(const std::vector<NearDocument>& docs, const NearOptions& options) {
  NearResult result;
  const SeedIndex index = index_seeds(docs, options.max_seed_occurrences);

  // Document by document (a), the hits of its seeds in later documents (b):
  // made in the order of a's words, grouped by b with a counting sort, so
  // each pair's hits come out sorted by first_a with no global sort, and only
  // one document's hits are in memory at a time.
  std::vector<Hit> hits, by_doc;
  std::vector<std::uint32_t> bucket(docs.size() + 1);
  ChainScratch scratch;
  std::uint64_t hits_made = 0;
  for (std::uint32_t doc_a = 0; doc_a < docs.size() && !result.truncated; ++doc_a) {
    collect_hits(index, doc_a, options.max_hits, hits_made, hits, result.truncated);
    if (hits.size() < 2) continue;
    group_by_document(hits, by_doc, bucket);
    // Now bucket[d] is where d's hits end (they begin where d - 1's end).
    for (std::size_t group = 0; group < hits.size();) {
      const std::size_t group_end = bucket[hits[group].doc_b];
      Hit* first = hits.data() + group;
      const std::size_t n = group_end - group;
      sort_pair_hits(first, n);
      if (n >= 2 && may_chain(first, n, options.max_gap + 2))  // one hit is never a passage
        chain_pair(docs, doc_a, first, n, options, scratch, result.passages);
      group = group_end;
    }
  }
  sort_by_keys(
      result.passages, [](const NearPassage& x) { return key_of(x.doc_a, x.first_a); },
      [](const NearPassage& x) { return key_of(x.doc_b, x.first_b); });
  return result;
}

}  // namespace parallax
