// Value entities: value mentions (values.h) of all documents aligned into one
// entity per real-world value.
//
// The idea: two mentions are the same entity when they have the same type and
// normalised value (and, for numbers, count the same noun): "17 January" in one
// article and "January 17" in another are both DATE XXXX-01-17; "1700 GMT" and
// "17:00 GMT" are both TIME T17:00Z; "5,300 people" and "5300 people" are one
// NUMBER. The qualifier does not split an entity ("more than 100 women" and
// "about 100 women" are one, each mention keeps its qualifier); a different
// counted noun does ("100 women", "100 cities"). A date without its year or
// week joins the one full date that fits it in its own article, else the one
// that most articles have: a weekday the date on that weekday ("Sunday"
// beside "Sunday, February 22, 2009"), a day and month the year it has ("Feb.
// 22" beside "February 22, 2009"); with two candidates in its article, or a
// tie, it stays apart. An age after a name ("Navalny, 44,") joins no entity.
// Each mention keeps its own value.
//
// Contract: entities are appended in order of their first mention (document
// order, then text order), with ids continuing from entities.size(); mentions
// within an entity are in document then text order. The name is the most
// frequent surface form (whitespace runs folded to one space; ties go to the
// earliest), variants are the distinct surface forms, most frequent first.
// Linear in the number of mentions (a few hash lookups each).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "report.h"
#include "value_comparison.h"
#include "values.h"

namespace parallax {

// text[start, end) with each run of whitespace folded to one space: the
// surface form entities list as their name and variants.
std::string entity_surface_form(std::string_view text, std::uint32_t start, std::uint32_t end);

// Values of one type and normalised value form one entity. A local time
// ("T20:00") joins by its UTC value when its document's frame places it
// (frames[d], value_comparison.h: "8 p.m." in a Moscow story is "T17:00Z", one
// entity with "1700 GMT"); each mention keeps its own value and zone, and the
// entity's value is the UTC one. frames may be empty (no placing).
void align_value_entities(const std::vector<std::string_view>& texts,
                          const std::vector<std::vector<ValueMention>>& mentions,
                          std::vector<EntityReport>& entities,
                          const std::vector<TimeFrame>& frames = {});

}  // namespace parallax
