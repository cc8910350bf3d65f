// The two halves of discrepancies.h, and what they share. Internal to the core.
#pragma once

#include <cstdint>
#include <vector>

#include "discrepancies.h"
#include "union_find.h"

namespace parallax {

// Match keys of the content words of tokens [first, end) that are words, sorted, unique.
std::vector<std::uint32_t> content_keys(const Tokens& tokens, std::uint32_t first, std::uint32_t end, MatchKeys& keys);

// How many keys two sorted unique lists share.
std::uint32_t shared_count(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

// Index of the first token starting at or after byte `at`.
std::uint32_t token_at(const Tokens& tokens, std::uint32_t at);

std::vector<DiscrepancyReport> value_discrepancies(const std::vector<DiscrepancyDocument>& docs,
                                                   const std::vector<FactReport>& facts, MatchKeys& keys);

std::vector<DiscrepancyReport> quote_discrepancies(const std::vector<DiscrepancyDocument>& docs,
                                                   const std::vector<EntityReport>& entities, MatchKeys& keys);

}  // namespace parallax
