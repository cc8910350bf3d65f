#include "discrepancies.h"

#include <algorithm>
#include <unordered_map>

#include "discrepancy_parts.h"

namespace parallax {

std::vector<std::uint32_t> content_keys(const Tokens& tokens, std::uint32_t first, std::uint32_t end, MatchKeys& keys) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t t = first; t < end && t < tokens.size(); ++t) {
    if (!tokens[t].is_word_like() || keys.is_function_word(tokens[t].id)) continue;
    out.push_back(keys.key(tokens[t].id));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::uint32_t shared_count(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::uint32_t n = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++n, ++i, ++j;
  }
  return n;
}

std::uint32_t token_at(const Tokens& tokens, std::uint32_t at) {
  return static_cast<std::uint32_t>(
      std::lower_bound(tokens.begin(), tokens.end(), at, [](const Token& t, std::uint32_t x) { return t.start < x; }) -
      tokens.begin());
}

void link_name_entities(const std::vector<EntityReport>& entities, std::vector<DiscrepancyDocument>& docs) {
  // (doc, start) of every name mention -> its entity.
  std::unordered_map<std::uint64_t, std::int32_t> entity_of;
  for (std::size_t e = 0; e < entities.size(); ++e)
    for (const EntityMention& m : entities[e].mentions)
      if (m.value.empty()) entity_of[(static_cast<std::uint64_t>(m.doc) << 32) | m.start] = static_cast<std::int32_t>(e);
  for (std::size_t d = 0; d < docs.size(); ++d) {
    DiscrepancyDocument& doc = docs[d];
    doc.name_entity.assign(doc.names ? doc.names->size() : 0, -1);
    for (std::size_t k = 0; k < doc.name_entity.size(); ++k) {
      const auto it = entity_of.find((static_cast<std::uint64_t>(d) << 32) | (*doc.names)[k].start);
      if (it != entity_of.end()) doc.name_entity[k] = it->second;
    }
  }
}

void find_discrepancies(const std::vector<DiscrepancyDocument>& docs, const std::vector<FactReport>& facts,
                        const std::vector<EntityReport>& entities, MatchKeys& keys,
                        std::vector<DiscrepancyReport>& out) {
  std::vector<DiscrepancyReport> found = value_discrepancies(docs, facts, keys);
  std::vector<DiscrepancyReport> quotes = quote_discrepancies(docs, entities, keys);
  found.insert(found.end(), std::make_move_iterator(quotes.begin()), std::make_move_iterator(quotes.end()));
  std::stable_sort(found.begin(), found.end(), [](const DiscrepancyReport& a, const DiscrepancyReport& b) {
    const DiscrepancyValue& x = a.values.front();
    const DiscrepancyValue& y = b.values.front();
    if (x.doc != y.doc) return x.doc < y.doc;
    if (x.start != y.start) return x.start < y.start;
    return a.kind < b.kind;
  });
  for (DiscrepancyReport& d : found) {
    d.id = static_cast<std::uint32_t>(out.size());
    out.push_back(std::move(d));
  }
}

}  // namespace parallax
