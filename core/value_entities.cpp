#include "value_entities.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>

namespace parallax {

namespace {

// The surface form with each run of whitespace folded to one space.
std::string surface_form(std::string_view text, std::uint32_t start, std::uint32_t end) {
  std::string out;
  out.reserve(end - start);
  bool space = false;
  for (std::uint32_t k = start; k < end; ++k) {
    const char c = text[k];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

struct Variant {
  std::string form;
  std::uint32_t count = 0;
  std::uint32_t first = 0;  // order of first appearance
};

}  // namespace

std::string entity_surface_form(std::string_view text, std::uint32_t start, std::uint32_t end) {
  return surface_form(text, start, end);
}

void align_value_entities(const std::vector<std::string_view>& texts,
                          const std::vector<std::vector<ValueMention>>& mentions,
                          std::vector<EntityReport>& entities,
                          const std::vector<TimeFrame>& frames) {
  const std::size_t base = entities.size();
  std::unordered_map<std::string, std::uint32_t> index;
  std::vector<std::vector<Variant>> variants;
  std::string key;
  for (std::size_t d = 0; d < mentions.size() && d < texts.size(); ++d) {
    for (const ValueMention& m : mentions[d]) {
      std::string utc;
      if (m.type == ValueType::kTime && d < frames.size()) utc = resolved_time(m, frames[d]);
      const std::string& value = utc.empty() ? m.value : utc;
      key.assign(value_type_name(m.type));
      key += '\x1f';
      key += value;
      if (m.type == ValueType::kNumber) {
        key += '\x1f';
        key += m.unit;
      }
      const auto [it, added] = index.try_emplace(key, static_cast<std::uint32_t>(entities.size() - base));
      if (added) {
        EntityReport e;
        e.id = static_cast<std::uint32_t>(entities.size());
        e.type = value_type_name(m.type);
        e.value = value;
        if (m.type == ValueType::kNumber) e.unit = m.unit;
        entities.push_back(std::move(e));
        variants.emplace_back();
      }
      EntityReport& e = entities[base + it->second];
      EntityMention out;
      out.doc = static_cast<std::uint32_t>(d);
      out.start = m.start;
      out.end = m.end;
      out.value = m.value;
      out.qualifier = m.qualifier;
      out.unit = m.unit;
      out.numeric = m.numeric;
      out.low = m.low;
      out.high = m.high;
      e.mentions.push_back(std::move(out));
      std::string form = surface_form(texts[d], m.start, m.end);
      std::vector<Variant>& forms = variants[it->second];
      auto v = std::find_if(forms.begin(), forms.end(), [&](const Variant& x) { return x.form == form; });
      if (v == forms.end())
        forms.push_back({std::move(form), 1, static_cast<std::uint32_t>(forms.size())});
      else
        ++v->count;
    }
  }
  for (std::size_t k = 0; k < variants.size(); ++k) {
    std::vector<Variant>& forms = variants[k];
    std::stable_sort(forms.begin(), forms.end(),
                     [](const Variant& a, const Variant& b) { return a.count > b.count; });
    EntityReport& e = entities[base + k];
    if (!forms.empty()) e.name = forms.front().form;
    for (Variant& v : forms) e.variants.push_back(std::move(v.form));
  }
}

}  // namespace parallax
