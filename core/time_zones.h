// Time zones of places: the UTC offset a story's local times are in.
//
// A small table of the capitals and large cities the gazetteer knows
// (data/gazetteer.txt), and of countries by their capital's zone ("Russia"
// -> Moscow, UTC+3), in standard time: summer time is not applied (a story in
// London in July is taken as UTC+0), which is why a time placed this way is
// only ever "inferred" and can agree but never conflict (value_comparison.h).
//
// A story's place is its most mentioned LOCATION with a known zone (ties to
// the earliest mention), so a Reuters story with the dateline "MOSCOW" that
// keeps naming Russia is in UTC+3.
//
// Contract: pure; lookups by fold_name'd place name (names.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "names.h"
#include "value_comparison.h"

namespace parallax {

// Minutes east of UTC of a fold_name'd place ("moscow" -> 180); false when unknown.
bool place_utc_offset(std::string_view folded_place, int& offset_minutes);

// The frame of a document's local times, from its LOCATION name mentions.
TimeFrame story_time_frame(std::string_view text, const std::vector<NameMention>& names);

}  // namespace parallax
