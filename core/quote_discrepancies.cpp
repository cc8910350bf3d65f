// The quotes half of discrepancies.h: one quotation reported by several
// articles, its versions' word differences and who each article says said it.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "discrepancy_parts.h"
#include "quotes.h"
#include "value_entities.h"
#include "word_alignment.h"

namespace parallax {

namespace {

// A quotation shared by two articles: enough content words in common, and most
// of the shorter version's.
constexpr std::uint32_t kMinSharedWords = 3;
constexpr double kMinSharedShare = 0.6;
// A content word in more quotes than this does not propose candidates.
constexpr std::size_t kMaxPostings = 64;
constexpr std::size_t kAboutWords = 8;

struct QuoteRef {
  std::uint32_t doc = 0;
  Quote quote;
  std::vector<std::uint32_t> content;    // sorted unique content-word keys
  std::vector<std::uint32_t> word_keys;  // every word, in order
  std::vector<std::uint32_t> word_tokens;
};

class QuoteDiscrepancies {
 public:
  QuoteDiscrepancies(const std::vector<DiscrepancyDocument>& docs, const std::vector<EntityReport>& entities,
                     MatchKeys& keys)
      : docs_(docs), entities_(entities), keys_(keys) {}

  std::vector<DiscrepancyReport> run() {
    collect();
    UnionFind groups(quotes_.size());
    std::vector<bool> linked(quotes_.size(), false);
    link(groups, linked);
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> members;
    std::vector<std::uint32_t> order;
    for (std::uint32_t q = 0; q < quotes_.size(); ++q) {
      if (!linked[q]) continue;
      auto& list = members[groups.find(q)];
      if (list.empty()) order.push_back(groups.find(q));
      list.push_back(q);
    }
    std::vector<DiscrepancyReport> out;
    for (std::uint32_t root : order) out.push_back(report(members[root]));
    return out;
  }

 private:
  void collect() {
    for (std::uint32_t d = 0; d < docs_.size(); ++d) {
      const DiscrepancyDocument& doc = docs_[d];
      if (!doc.tokens || !doc.names) continue;
      for (const Quote& q : find_quotes(doc.text, *doc.tokens, *doc.names)) {
        QuoteRef r;
        r.doc = d;
        r.quote = q;
        r.content = content_keys(*doc.tokens, q.open_token + 1, q.close_token, keys_);
        if (r.content.size() < kMinSharedWords) continue;
        for (std::uint32_t t = q.open_token + 1; t < q.close_token; ++t)
          if ((*doc.tokens)[t].is_word_like()) {
            r.word_tokens.push_back(t);
            r.word_keys.push_back(keys_.key((*doc.tokens)[t].id));
          }
        quotes_.push_back(std::move(r));
      }
    }
  }

  // Pairs of quotes of different articles sharing most content words, joined.
  void link(UnionFind& groups, std::vector<bool>& linked) {
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> postings;
    for (std::uint32_t q = 0; q < quotes_.size(); ++q)
      for (std::uint32_t key : quotes_[q].content) postings[key].push_back(q);
    std::vector<std::uint32_t> hits(quotes_.size(), 0);
    std::vector<std::uint32_t> touched;
    for (std::uint32_t q = 0; q < quotes_.size(); ++q) {
      touched.clear();
      for (std::uint32_t key : quotes_[q].content) {
        const auto& list = postings[key];
        if (list.size() > kMaxPostings) continue;
        for (std::uint32_t other : list) {
          if (other <= q || quotes_[other].doc == quotes_[q].doc) continue;
          if (hits[other]++ == 0) touched.push_back(other);
        }
      }
      for (std::uint32_t other : touched) {
        const std::uint32_t shared = shared_count(quotes_[q].content, quotes_[other].content);
        const std::size_t shorter = std::min(quotes_[q].content.size(), quotes_[other].content.size());
        if (shared >= kMinSharedWords && shared >= kMinSharedShare * static_cast<double>(shorter)) {
          groups.unite(q, other);
          linked[q] = linked[other] = true;
        }
        hits[other] = 0;
      }
    }
  }

  // Runs of words of `a` with no counterpart in at least one other version, as byte spans.
  std::vector<ByteSpan> differing_words(const QuoteRef& a, const std::vector<const QuoteRef*>& others) const {
    std::vector<bool> matched(a.word_keys.size(), true);
    for (const QuoteRef* b : others) {
      std::vector<bool> here(a.word_keys.size(), false);
      for (const auto& [i, j] : align_words(a.word_keys, b->word_keys).matches) here[i] = true;
      for (std::size_t k = 0; k < here.size(); ++k) matched[k] = matched[k] && here[k];
    }
    const Tokens& toks = *docs_[a.doc].tokens;
    std::vector<ByteSpan> out;
    for (std::size_t k = 0; k < matched.size(); ++k) {
      if (matched[k]) continue;
      const Token& t = toks[a.word_tokens[k]];
      if (!out.empty() && k > 0 && !matched[k - 1]) out.back().end = t.end;
      else out.push_back({t.start, t.end});
    }
    return out;
  }

  std::int32_t speaker_entity(const QuoteRef& q) const {
    if (q.quote.speaker < 0) return -1;
    return docs_[q.doc].name_entity[static_cast<std::size_t>(q.quote.speaker)];
  }

  std::string speaker_name(const QuoteRef& q) const {
    const std::int32_t e = speaker_entity(q);
    if (e >= 0) return entities_[static_cast<std::size_t>(e)].name;
    if (q.quote.speaker < 0) return "";
    const NameMention& m = (*docs_[q.doc].names)[static_cast<std::size_t>(q.quote.speaker)];
    return entity_surface_form(docs_[q.doc].text, m.start, m.end);
  }

  // The identity of a speaker: the entity, else the name as written.
  std::string speaker_identity(const QuoteRef& q) const {
    const std::int32_t e = speaker_entity(q);
    return e >= 0 ? "#" + std::to_string(e) : speaker_name(q);
  }

  DiscrepancyReport report(const std::vector<std::uint32_t>& members) const {
    DiscrepancyReport r;
    r.kind = "quote";
    const QuoteRef& first = quotes_[members.front()];
    {
      const Tokens& toks = *docs_[first.doc].tokens;
      const std::size_t n = std::min(first.word_tokens.size(), kAboutWords);
      r.about = entity_surface_form(docs_[first.doc].text, first.quote.start, toks[first.word_tokens[n - 1]].end);
      if (n < first.word_tokens.size()) r.about += "\xE2\x80\xA6";
    }
    std::vector<std::string> named, any;  // distinct speakers, by how they are attributed
    std::string named_list;
    std::uint32_t differing = 0;
    for (std::size_t k = 0; k < members.size(); ++k) {
      const QuoteRef& q = quotes_[members[k]];
      std::vector<const QuoteRef*> others;
      for (std::size_t j = 0; j < members.size(); ++j)
        if (j != k) others.push_back(&quotes_[members[j]]);
      DiscrepancyValue v;
      v.doc = q.doc;
      v.start = q.quote.start;
      v.end = q.quote.end;
      v.text = entity_surface_form(docs_[q.doc].text, q.quote.start, q.quote.end);
      v.speaker = speaker_name(q);
      v.value = v.speaker;
      v.attribution = attribution_name(q.quote.attribution);
      v.differ = differing_words(q, others);
      differing += static_cast<std::uint32_t>(v.differ.size());
      const std::string id = speaker_identity(q);
      if (!id.empty()) {
        if (std::find(any.begin(), any.end(), id) == any.end()) any.push_back(id);
        if (q.quote.attribution == Attribution::kNamed && std::find(named.begin(), named.end(), id) == named.end()) {
          named.push_back(id);
          named_list += (named_list.empty() ? "" : " and ") + v.speaker;
        }
      }
      r.values.push_back(std::move(v));
    }
    const std::string words = differing ? "the versions differ in wording" : "the same words";
    if (named.size() >= 2) {
      r.verdict = "conflict";
      r.reason = "the same quotation attributed to different people: " + named_list;
    } else if (any.size() >= 2) {
      r.verdict = "different-scope";
      r.reason = "the same quotation; the speakers differ, but at least one is only a pronoun's referent";
    } else {
      r.verdict = "agree";
      r.reason = "the same quotation; no article names the speaker next to it";
      for (const DiscrepancyValue& v : r.values)
        if (!v.speaker.empty()) {
          r.reason = "the same quotation, attributed to " + v.speaker;
          break;
        }
    }
    r.reason += "; " + words;
    return r;
  }

  const std::vector<DiscrepancyDocument>& docs_;
  const std::vector<EntityReport>& entities_;
  MatchKeys& keys_;
  std::vector<QuoteRef> quotes_;
};

}  // namespace

std::vector<DiscrepancyReport> quote_discrepancies(const std::vector<DiscrepancyDocument>& docs,
                                                   const std::vector<EntityReport>& entities, MatchKeys& keys) {
  return QuoteDiscrepancies(docs, entities, keys).run();
}

}  // namespace parallax
