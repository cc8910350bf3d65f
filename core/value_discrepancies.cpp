// The values half of discrepancies.h: value mentions of different articles
// paired by role, compared (value_comparison.h) and given a verdict.
#include <algorithm>
#include <array>
#include <limits>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "discrepancy_parts.h"
#include "value_entities.h"

namespace parallax {

namespace {

// Word tokens on each side of a value whose content words are its role words.
constexpr std::uint32_t kRoleWindow = 8;
constexpr std::uint32_t kHeadWindow = 3;
constexpr std::uint32_t kNoKey = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t kMaxReasons = 3;

// Words that say over what a count or date is taken; sentences with different
// ones may count different things ("in total" vs "on Sunday alone").
constexpr std::array<std::string_view, 16> kScopeWords = {
    "total", "overall", "since", "altogether", "cumulative", "daily", "alone", "each",
    "per", "weeks", "months", "years", "past", "so-far", "nationwide", "worldwide"};

struct Slot {
  std::uint32_t doc = 0;
  std::uint32_t mention = 0;   // index into the document's values
  std::uint32_t sentence = 0;  // index into the document's sentences
  std::uint32_t unit_key = kNoKey;  // the counted noun's match key (NUMBER)
  std::vector<std::uint32_t> roles;  // content-word keys around the value
  // The word the value attaches to: for a count the first content word after
  // it ("12 people were killed"), for a date or time the last before it
  // ("arrested on January 17"), within kHeadWindow words; else the other side.
  std::uint32_t head_key = kNoKey;
  std::uint32_t first_role_token = 0;
};

struct Comparison {
  std::uint32_t a = 0, b = 0;  // slot indices
  std::string verdict;
  std::string reason;
  std::string role;  // a shared role word, for "about"
  std::int32_t fact = -1;
};

const char* kind_of(ValueType t) {
  switch (t) {
    case ValueType::kDate: return "date";
    case ValueType::kTime: return "time";
    case ValueType::kDuration: return "duration";
    case ValueType::kMoney: return "money";
    case ValueType::kPercent: return "percent";
    default: return "count";
  }
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

class ValueDiscrepancies {
 public:
  ValueDiscrepancies(const std::vector<DiscrepancyDocument>& docs, const std::vector<FactReport>& facts, MatchKeys& keys)
      : docs_(docs), facts_(facts), keys_(keys) {}

  std::vector<DiscrepancyReport> run() {
    collect_slots();
    compare_in_facts();
    compare_outside_facts();
    return group();
  }

 private:
  const ValueMention& mention(const Slot& s) const { return (*docs_[s.doc].values)[s.mention]; }
  const Tokens& tokens(std::uint32_t doc) const { return *docs_[doc].tokens; }

  void collect_slots() {
    slots_of_sentence_.resize(docs_.size());
    for (std::uint32_t d = 0; d < docs_.size(); ++d) {
      const DiscrepancyDocument& doc = docs_[d];
      if (!doc.values || !doc.sentences || !doc.tokens || doc.sentences->empty()) continue;
      const Tokens& toks = *doc.tokens;
      for (std::uint32_t k = 0; k < doc.values->size(); ++k) {
        const ValueMention& m = (*doc.values)[k];
        Slot s;
        s.doc = d;
        s.mention = k;
        const auto it = std::upper_bound(doc.sentences->begin(), doc.sentences->end(), m.start,
                                         [](std::uint32_t x, const ByteSpan& b) { return x < b.end; });
        if (it == doc.sentences->end()) continue;
        s.sentence = static_cast<std::uint32_t>(it - doc.sentences->begin());
        const std::uint32_t first = token_at(toks, m.start), end = token_at(toks, m.end);
        const std::uint32_t sentence_first = token_at(toks, it->start), sentence_end = token_at(toks, it->end);
        if (m.type == ValueType::kNumber && !m.unit.empty())
          for (std::uint32_t t = end; t-- > first;)
            if (toks[t].kind == TokenKind::kWord) {
              s.unit_key = keys_.key(toks[t].id);
              break;
            }
        // Role words: content words within kRoleWindow word tokens on each side, in the sentence.
        std::uint32_t lo = first, words = 0;
        while (lo > sentence_first && words < kRoleWindow) words += toks[--lo].is_word_like();
        std::uint32_t hi = end;
        words = 0;
        while (hi < sentence_end && words < kRoleWindow) words += toks[hi++].is_word_like();
        s.roles = content_keys(toks, lo, first, keys_);
        std::vector<std::uint32_t> after = content_keys(toks, end, hi, keys_);
        s.roles.insert(s.roles.end(), after.begin(), after.end());
        std::sort(s.roles.begin(), s.roles.end());
        s.roles.erase(std::unique(s.roles.begin(), s.roles.end()), s.roles.end());
        if (s.unit_key != kNoKey)
          s.roles.erase(std::remove(s.roles.begin(), s.roles.end(), s.unit_key), s.roles.end());
        s.first_role_token = lo;
        s.head_key = head_key(toks, first, end, sentence_first, sentence_end, m.type, s.unit_key);
        slots_of_sentence_[d][s.sentence].push_back(static_cast<std::uint32_t>(slots_.size()));
        slots_.push_back(std::move(s));
      }
    }
  }

  // The nearest content word on one side of [first, end) within kHeadWindow words.
  std::uint32_t nearest_content(const Tokens& toks, std::uint32_t from, std::uint32_t limit, bool forward,
                                std::uint32_t skip) const {
    std::uint32_t words = 0;
    for (std::uint32_t t = from; forward ? t < limit : t > limit; forward ? ++t : --t) {
      const Token& tok = toks[forward ? t : t - 1];
      if (!tok.is_word_like()) continue;
      if (++words > kHeadWindow) break;
      if (tok.kind != TokenKind::kWord || keys_.is_function_word(tok.id)) continue;
      const std::uint32_t key = keys_.key(tok.id);
      if (key != skip) return key;
    }
    return kNoKey;
  }

  std::uint32_t head_key(const Tokens& toks, std::uint32_t first, std::uint32_t end, std::uint32_t sentence_first,
                         std::uint32_t sentence_end, ValueType type, std::uint32_t unit_key) const {
    const bool after_first = type == ValueType::kNumber;
    const std::uint32_t after = nearest_content(toks, end, sentence_end, true, unit_key);
    const std::uint32_t before = nearest_content(toks, first, sentence_first, false, unit_key);
    if (after_first) return after != kNoKey ? after : before;
    return before != kNoKey ? before : after;
  }

  // The two values attach to the same word (or each one's word is among the other's role words).
  bool same_head(const Slot& a, const Slot& b) const {
    if (a.head_key == kNoKey || b.head_key == kNoKey) return false;
    return a.head_key == b.head_key || (has_role(a, b.head_key) && has_role(b, a.head_key));
  }

  bool has_role(const Slot& s, std::uint32_t key) const {
    return key != kNoKey && std::binary_search(s.roles.begin(), s.roles.end(), key);
  }

  // Whether two slots can be about the same quantity, and how well (higher is better); -1 when not.
  int pairing_score(const Slot& a, const Slot& b) const {
    const ValueMention &x = mention(a), &y = mention(b);
    if (x.type != y.type) return -1;
    const int shared = static_cast<int>(shared_count(a.roles, b.roles)) + (same_head(a, b) ? 2 : 0);
    if (x.type != ValueType::kNumber) return shared;
    if (a.unit_key != kNoKey && a.unit_key == b.unit_key) return shared + 2;
    if (has_role(a, b.unit_key) || has_role(b, a.unit_key)) return shared + 1;
    if (a.unit_key == kNoKey && b.unit_key == kNoKey && shared > 0) return shared;
    return -1;
  }

  // A shared role word as written in a's article, for "about".
  std::string shared_role_word(const Slot& a, const Slot& b) const {
    const Tokens& toks = tokens(a.doc);
    const std::string_view text = docs_[a.doc].text;
    for (std::uint32_t t = a.first_role_token; t < toks.size() && t < a.first_role_token + 2 * kRoleWindow + 12; ++t) {
      if (toks[t].kind != TokenKind::kWord || keys_.is_function_word(toks[t].id)) continue;
      const std::uint32_t key = keys_.key(toks[t].id);
      if (key != a.unit_key && has_role(a, key) && has_role(b, key))
        return lower(text.substr(toks[t].start, toks[t].end - toks[t].start));
    }
    return "";
  }

  // Why two sentences may report different scopes, or "" when nothing says so.
  std::string scope_difference(const Slot& a, const Slot& b) const {
    const auto dates_of = [&](const Slot& s) {
      std::vector<const ValueMention*> out;
      for (std::uint32_t k : slots_of_sentence_[s.doc].at(s.sentence))
        if (k != static_cast<std::uint32_t>(&s - slots_.data()) && mention(slots_[k]).type == ValueType::kDate)
          out.push_back(&mention(slots_[k]));
      return out;
    };
    const auto da = dates_of(a), db = dates_of(b);
    if (!da.empty() && !db.empty()) {
      bool meet = false;
      for (const ValueMention* x : da)
        for (const ValueMention* y : db)
          meet = meet || compare_values(*x, {}, *y, {}).relation != ValueRelation::kDisjoint;
      if (!meet) return "the sentences give different dates";
    }
    const auto places_of = [&](const Slot& s) {
      std::vector<std::string> out;
      const DiscrepancyDocument& doc = docs_[s.doc];
      if (!doc.names) return out;
      const ByteSpan span = (*doc.sentences)[s.sentence];
      for (const NameMention& n : *doc.names)
        if (n.type == NameType::kLocation && n.start >= span.start && n.end <= span.end)
          out.push_back(fold_name(doc.text.substr(n.start, n.end - n.start)));
      std::sort(out.begin(), out.end());
      return out;
    };
    const auto pa = places_of(a), pb = places_of(b);
    if (!pa.empty() && !pb.empty()) {
      std::vector<std::string> common;
      std::set_intersection(pa.begin(), pa.end(), pb.begin(), pb.end(), std::back_inserter(common));
      if (common.empty()) return "the sentences name different places";
    }
    if (scope_words(a) != scope_words(b)) return "the sentences count over different scopes (" + scope_words(a) + " / " + scope_words(b) + ")";
    return "";
  }

  std::string scope_words(const Slot& s) const {
    const DiscrepancyDocument& doc = docs_[s.doc];
    const ByteSpan span = (*doc.sentences)[s.sentence];
    const Tokens& toks = *doc.tokens;
    std::string out;
    for (std::uint32_t t = token_at(toks, span.start); t < toks.size() && toks[t].end <= span.end; ++t) {
      if (toks[t].kind != TokenKind::kWord) continue;
      std::string w = lower(doc.text.substr(toks[t].start, toks[t].end - toks[t].start));
      if (w == "far" && t > 0 && lower(doc.text.substr(toks[t - 1].start, toks[t - 1].end - toks[t - 1].start)) == "so")
        w = "so-far";
      if (std::find(kScopeWords.begin(), kScopeWords.end(), w) == kScopeWords.end()) continue;
      if (out.find(w) == std::string::npos) out += (out.empty() ? "" : ",") + w;
    }
    return out.empty() ? "none" : out;
  }

  void add(std::uint32_t a, std::uint32_t b, std::string verdict, std::string reason, std::int32_t fact) {
    if (!compared_.insert({std::min(a, b), std::max(a, b)}).second) return;
    Comparison c;
    c.a = a;
    c.b = b;
    c.verdict = std::move(verdict);
    c.reason = std::move(reason);
    c.role = shared_role_word(slots_[a], slots_[b]);
    c.fact = fact;
    comparisons_.push_back(std::move(c));
  }

  void judge_in_fact(std::uint32_t ia, std::uint32_t ib, std::int32_t fact) {
    const Slot &a = slots_[ia], &b = slots_[ib];
    const ValueMention &x = mention(a), &y = mention(b);
    const ValueComparison c = compare_values(x, docs_[a.doc].frame, y, docs_[b.doc].frame);
    if (c.relation == ValueRelation::kIncomparable) return;
    if (c.relation != ValueRelation::kDisjoint) {
      add(ia, ib, "agree", c.reason, fact);
      return;
    }
    // "12 killed" and "30 injured": different quantities, nothing to report.
    if (a.head_key != kNoKey && b.head_key != kNoKey && !same_head(a, b)) return;
    const std::string scope = scope_difference(a, b);
    if (!scope.empty()) {
      add(ia, ib, "different-scope", c.reason + ", but " + scope, fact);
      return;
    }
    const bool same_noun = x.type != ValueType::kNumber || (a.unit_key != kNoKey && a.unit_key == b.unit_key) ||
                           has_role(a, b.unit_key) || has_role(b, a.unit_key);
    const bool shared_role = shared_count(a.roles, b.roles) > 0;
    if (c.precise && !c.inferred && same_noun && shared_role && same_head(a, b)) {
      add(ia, ib, "conflict", "one fact, two values: " + c.reason, fact);
      return;
    }
    add(ia, ib, "different-scope",
        c.reason + ", but nothing shows they " + (c.inferred ? "are given in one time zone" : "measure the same thing"),
        fact);
  }

  // In each fact, for each pair of member sentences of different articles,
  // every value pairs with its best counterpart in the other sentence.
  void compare_in_facts() {
    for (const FactReport& f : facts_) {
      for (std::size_t i = 0; i < f.sentences.size(); ++i)
        for (std::size_t j = i + 1; j < f.sentences.size(); ++j) {
          const FactSentenceReport &p = f.sentences[i], &q = f.sentences[j];
          if (p.doc == q.doc) continue;
          const auto& sa = sentence_slots(p.doc, p.sentence);
          const auto& sb = sentence_slots(q.doc, q.sentence);
          // Candidate pairs, best first; one to one.
          std::vector<std::tuple<int, std::uint32_t, std::uint32_t>> candidates;
          for (std::uint32_t a : sa)
            for (std::uint32_t b : sb) {
              int score = pairing_score(slots_[a], slots_[b]);
              if (score < 0) continue;
              if (mention(slots_[a]).value == mention(slots_[b]).value) score += 100;  // the same value pairs first
              candidates.push_back({-score, a, b});
            }
          std::sort(candidates.begin(), candidates.end());
          std::vector<std::uint32_t> used;
          for (const auto& [score, a, b] : candidates) {
            if (std::find(used.begin(), used.end(), a) != used.end() || std::find(used.begin(), used.end(), b) != used.end())
              continue;
            used.push_back(a);
            used.push_back(b);
            judge_in_fact(a, b, static_cast<std::int32_t>(f.id));
          }
        }
    }
  }

  const std::vector<std::uint32_t>& sentence_slots(std::uint32_t doc, std::uint32_t sentence) const {
    static const std::vector<std::uint32_t> none;
    const auto it = slots_of_sentence_[doc].find(sentence);
    return it == slots_of_sentence_[doc].end() ? none : it->second;
  }

  // Counts of one counted noun and times, across articles, outside facts:
  // only what the entities do not already say, and never a conflict.
  void compare_outside_facts() {
    std::map<std::pair<int, std::uint32_t>, std::vector<std::uint32_t>> buckets;
    for (std::uint32_t k = 0; k < slots_.size(); ++k) {
      const ValueType t = mention(slots_[k]).type;
      if (t == ValueType::kNumber && slots_[k].unit_key != kNoKey) buckets[{0, slots_[k].unit_key}].push_back(k);
      else if (t == ValueType::kTime) buckets[{1, 0}].push_back(k);
    }
    std::uint64_t budget = kMaxOutsidePairs;
    for (const auto& [key, members] : buckets)
      for (std::size_t i = 0; i < members.size(); ++i)
        for (std::size_t j = i + 1; j < members.size(); ++j) {
          const std::uint32_t ia = members[i], ib = members[j];
          const Slot &a = slots_[ia], &b = slots_[ib];
          if (a.doc == b.doc) continue;
          if (budget-- == 0) return;
          if (compared_.count({ia, ib})) continue;
          const ValueMention &x = mention(a), &y = mention(b);
          if (x.value == y.value) continue;  // one entity already
          const ValueComparison c = compare_values(x, docs_[a.doc].frame, y, docs_[b.doc].frame);
          const std::uint32_t shared = shared_count(a.roles, b.roles);
          if (x.type == ValueType::kTime) {
            if (c.relation == ValueRelation::kCompatible) add(ia, ib, "agree", c.reason, -1);
            else if (c.relation == ValueRelation::kDisjoint && shared >= 2)
              add(ia, ib, "different-scope", c.reason + ", in sentences that do not report the same fact", -1);
          } else if (c.relation == ValueRelation::kCompatible) {
            add(ia, ib, "different-scope",
                c.reason + ", but the sentences do not report the same fact: they may count over different times or places",
                -1);
          } else if (c.relation == ValueRelation::kDisjoint && shared > 0) {
            add(ia, ib, "different-scope", c.reason + " at face value, but the sentences do not report the same fact", -1);
          }
        }
  }

  DiscrepancyValue value_of(const Slot& s) const {
    const ValueMention& m = mention(s);
    DiscrepancyValue v;
    v.doc = s.doc;
    v.start = m.start;
    v.end = m.end;
    v.text = entity_surface_form(docs_[s.doc].text, m.start, m.end);
    v.value = m.value;
    v.resolved = resolved_time(m, docs_[s.doc].frame);
    return v;
  }

  std::string about(const Comparison& c) const {
    const Slot& a = slots_[c.a];
    const ValueMention& m = mention(a);
    std::string out;
    switch (m.type) {
      case ValueType::kNumber: out = m.unit.empty() ? "number" : "number of " + m.unit; break;
      case ValueType::kMoney: out = "amount"; break;
      case ValueType::kPercent: out = "percentage"; break;
      default: out = kind_of(m.type);
    }
    if (!c.role.empty()) out += " (" + c.role + ")";
    return out;
  }

  // Comparisons with one verdict that share a value become one discrepancy.
  std::vector<DiscrepancyReport> group() {
    UnionFind groups(comparisons_.size());
    std::map<std::pair<std::uint32_t, std::string>, std::uint32_t> first_with;  // (slot, verdict) -> comparison
    for (std::uint32_t k = 0; k < comparisons_.size(); ++k)
      for (std::uint32_t s : {comparisons_[k].a, comparisons_[k].b}) {
        const auto [it, added] = first_with.try_emplace({s, comparisons_[k].verdict}, k);
        if (!added) groups.unite(it->second, k);
      }
    std::vector<DiscrepancyReport> out;
    std::unordered_map<std::uint32_t, std::size_t> report_of;
    std::vector<std::vector<std::uint32_t>> slots_in;
    std::vector<std::vector<std::string>> reasons;
    for (std::uint32_t k = 0; k < comparisons_.size(); ++k) {
      const Comparison& c = comparisons_[k];
      const auto [it, added] = report_of.try_emplace(groups.find(k), out.size());
      if (added) {
        DiscrepancyReport r;
        r.kind = kind_of(mention(slots_[c.a]).type);
        r.about = about(c);
        r.verdict = c.verdict;
        r.fact = c.fact;
        out.push_back(std::move(r));
        slots_in.emplace_back();
        reasons.emplace_back();
      }
      DiscrepancyReport& r = out[it->second];
      if (r.fact != c.fact) r.fact = -1;
      std::vector<std::string>& why = reasons[it->second];
      if (why.size() < kMaxReasons && std::find(why.begin(), why.end(), c.reason) == why.end()) why.push_back(c.reason);
      slots_in[it->second].push_back(c.a);
      slots_in[it->second].push_back(c.b);
    }
    for (std::size_t r = 0; r < out.size(); ++r) {
      std::vector<std::uint32_t>& s = slots_in[r];
      std::sort(s.begin(), s.end());
      s.erase(std::unique(s.begin(), s.end()), s.end());
      for (std::uint32_t k : s) out[r].values.push_back(value_of(slots_[k]));
      for (const std::string& why : reasons[r]) out[r].reason += (out[r].reason.empty() ? "" : "; ") + why;
    }
    return out;
  }

  const std::vector<DiscrepancyDocument>& docs_;
  const std::vector<FactReport>& facts_;
  MatchKeys& keys_;
  std::vector<Slot> slots_;  // in document then text order
  std::vector<std::unordered_map<std::uint32_t, std::vector<std::uint32_t>>> slots_of_sentence_;
  std::vector<Comparison> comparisons_;
  std::set<std::pair<std::uint32_t, std::uint32_t>> compared_;
};

}  // namespace

std::vector<DiscrepancyReport> value_discrepancies(const std::vector<DiscrepancyDocument>& docs,
                                                   const std::vector<FactReport>& facts, MatchKeys& keys) {
  return ValueDiscrepancies(docs, facts, keys).run();
}

}  // namespace parallax
