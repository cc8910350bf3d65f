#include "time_zones.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

#include "value_entities.h"

namespace parallax {

namespace {

struct PlaceZone {
  std::string_view place;  // fold_name'd
  int offset;              // minutes east of UTC, standard time
};

// Sorted by place for binary search (checked by a unit test).
constexpr std::array<PlaceZone, 123> kZones = {{
    {"abu dhabi", 240}, {"afghanistan", 270}, {"almaty", 300}, {"amsterdam", 60}, {"ankara", 180},
    {"argentina", -180}, {"armenia", 240}, {"athens", 120}, {"australia", 600}, {"austria", 60},
    {"azerbaijan", 240}, {"baghdad", 180}, {"baku", 240}, {"bangkok", 420}, {"beijing", 480},
    {"beirut", 120}, {"belarus", 180}, {"belgium", 60}, {"berlin", 60}, {"bogota", -300},
    {"boston", -300}, {"brasilia", -180}, {"brazil", -180}, {"britain", 0}, {"brussels", 60},
    {"bucharest", 120}, {"budapest", 60}, {"buenos aires", -180}, {"cairo", 120}, {"canada", -300},
    {"canberra", 600}, {"caracas", -240}, {"chicago", -360}, {"china", 480}, {"copenhagen", 60},
    {"czechia", 60}, {"damascus", 180}, {"delhi", 330}, {"denmark", 60}, {"doha", 180},
    {"dubai", 240}, {"dublin", 0}, {"egypt", 120}, {"england", 0}, {"finland", 120}, {"france", 60},
    {"geneva", 60}, {"georgia", 240}, {"germany", 60}, {"greece", 120}, {"grozny", 180},
    {"havana", -300}, {"helsinki", 120}, {"hong kong", 480}, {"hungary", 60}, {"india", 330},
    {"indonesia", 420}, {"iran", 210}, {"iraq", 180}, {"ireland", 0}, {"islamabad", 300},
    {"israel", 120}, {"istanbul", 180}, {"italy", 60}, {"jakarta", 420}, {"japan", 540},
    {"jerusalem", 120}, {"johannesburg", 120}, {"kabul", 270}, {"kazakhstan", 300}, {"kazan", 180},
    {"kenya", 180}, {"khabarovsk", 600}, {"kiev", 120}, {"krasnoyarsk", 420}, {"kyiv", 120},
    {"lagos", 60}, {"lebanon", 120}, {"lima", -300}, {"lisbon", 0}, {"london", 0},
    {"los angeles", -480}, {"madrid", 60}, {"manila", 480}, {"mexico city", -360}, {"minsk", 180},
    {"moscow", 180}, {"mumbai", 330}, {"netherlands", 60}, {"new delhi", 330}, {"new york", -300},
    {"nizhny novgorod", 180}, {"norway", 60}, {"novosibirsk", 420}, {"omsk", 360}, {"oslo", 60},
    {"ottawa", -300}, {"paris", 60}, {"poland", 60}, {"prague", 60}, {"riyadh", 180}, {"rome", 60},
    {"russia", 180}, {"saint petersburg", 180}, {"seoul", 540}, {"shanghai", 480}, {"sochi", 180},
    {"spain", 60}, {"st. petersburg", 180}, {"stockholm", 60}, {"sweden", 60}, {"sydney", 600},
    {"syria", 180}, {"tbilisi", 240}, {"tehran", 210}, {"tokyo", 540}, {"toronto", -300},
    {"turkey", 180}, {"ukraine", 120}, {"united kingdom", 0}, {"united states", -300},
    {"vienna", 60}, {"warsaw", 60},
}};

}  // namespace

bool place_utc_offset(std::string_view folded_place, int& offset_minutes) {
  const auto it = std::lower_bound(kZones.begin(), kZones.end(), folded_place,
                                   [](const PlaceZone& z, std::string_view p) { return z.place < p; });
  if (it == kZones.end() || it->place != folded_place) return false;
  offset_minutes = it->offset;
  return true;
}

TimeFrame story_time_frame(std::string_view text, const std::vector<NameMention>& names) {
  struct Count {
    std::string place;
    std::string surface;
    int offset = 0;
    std::uint32_t mentions = 0;
  };
  std::vector<Count> counts;  // in order of first mention
  for (const NameMention& m : names) {
    if (m.type != NameType::kLocation) continue;
    std::string folded = fold_name(text.substr(m.start, m.end - m.start));
    int offset = 0;
    if (!place_utc_offset(folded, offset)) continue;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const Count& c) { return c.place == folded; });
    if (it == counts.end()) {
      counts.push_back({std::move(folded), entity_surface_form(text, m.start, m.end), offset, 0});
      it = counts.end() - 1;
    }
    ++it->mentions;
  }
  TimeFrame frame;
  const Count* best = nullptr;
  for (const Count& c : counts)
    if (!best || c.mentions > best->mentions) best = &c;
  if (!best) return frame;
  frame.known = true;
  frame.offset_minutes = best->offset;
  frame.place = best->surface;
  return frame;
}

}  // namespace parallax
