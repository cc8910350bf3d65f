// Discrepancies: where the articles' values and quotations differ (issue 7),
// each comparison with a verdict "conflict", "agree" or "different-scope".
//
// Values (value_discrepancies.cpp): two value mentions of different articles
// are compared when they play the same role:
// - in a fact (sentences of different articles reporting the same thing,
//   facts.h): same type, and for counts the same counted noun or one's noun
//   among the other's role words ("15 people were killed" / "12 killed");
//   each mention is paired with at most one of each other sentence, the best
//   by shared role words (content words within a few words of it);
// - outside facts, counts with the same counted noun and times: reported
//   only when the comparison says something the entities do not (values
//   that differ as written yet may be the same, or differ while sharing
//   role words), and never as a conflict.
// Verdicts (value_comparison.h says when values are the same, compatible or
// disjoint): compatible values in a fact "agree"; a local time and a zoned
// time that are one moment once the story's place gives the zone "agree";
// disjoint values are a "conflict" only with strong evidence that both are
// about the same thing: one fact, the same counted noun or role, a shared
// role word, values precise enough (days, not months; times in one stated
// frame) and no sign of different scopes (the two sentences give different
// dates or places, or different scope words: "in total", "since", "daily",
// "over weeks"). Everything else is "different-scope": shown side by side.
// False conflicts are worse than misses.
//
// Quotes (quote_discrepancies.cpp): quotations (quotes.h) of different
// articles sharing most of their content words are one quotation; its
// versions are listed with the words that differ (word_alignment.h) and the
// speaker each article names. Different named speakers are a "conflict";
// different speakers where one is only a pronoun's referent are
// "different-scope"; otherwise "agree".
//
// Comparisons with the same verdict that share a value are merged into one
// discrepancy (1700 GMT, 8 p.m. local time and 8:00 pm are one "agree").
//
// Contract: deterministic; discrepancies sorted by their first value (doc,
// start), ids in that order. Cost: pairs within facts plus pairs within a
// counted noun's bucket (capped at kMaxOutsidePairs, a count).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "match_key.h"
#include "names.h"
#include "report.h"
#include "token.h"
#include "value_comparison.h"
#include "values.h"

namespace parallax {

constexpr std::uint64_t kMaxOutsidePairs = 200'000;

struct DiscrepancyDocument {
  std::string_view text;
  const Tokens* tokens = nullptr;
  const std::vector<ByteSpan>* sentences = nullptr;  // byte spans, in order
  const std::vector<ValueMention>* values = nullptr;
  const std::vector<NameMention>* names = nullptr;
  std::vector<std::int32_t> name_entity;  // per name mention: its entity's index in `entities`, or -1
  TimeFrame frame;                        // the zone of the story's local times
};

// For each document's name mentions, the index of its entity in `entities`.
void link_name_entities(const std::vector<EntityReport>& entities, std::vector<DiscrepancyDocument>& docs);

void find_discrepancies(const std::vector<DiscrepancyDocument>& docs, const std::vector<FactReport>& facts,
                        const std::vector<EntityReport>& entities, MatchKeys& keys,
                        std::vector<DiscrepancyReport>& out);

}  // namespace parallax
