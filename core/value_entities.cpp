#include "value_entities.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
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

// ISO weekday (Monday 1 .. Sunday 7) of a proleptic Gregorian date.
int iso_weekday(int y, int m, int d) {
  static constexpr int kOffsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) --y;
  const int sunday0 = (y + y / 4 - y / 100 + y / 400 + kOffsets[m - 1] + d) % 7;  // 0 = Sunday
  return sunday0 == 0 ? 7 : sunday0;
}

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "2009-02-22": a full date.
bool full_date(std::string_view v) {
  return v.size() == 10 && digits(v.substr(0, 4)) && v[4] == '-' && digits(v.substr(5, 2)) && v[7] == '-' &&
         digits(v.substr(8, 2));
}

// The full date that the most articles have, "" on a tie.
std::string most_articles(const std::unordered_map<std::string, std::uint32_t>& counts) {
  std::string best;
  std::uint32_t most = 0;
  bool tie = false;
  for (const auto& [date, n] : counts) {
    if (n > most) {
      best = date;
      most = n;
      tie = false;
    } else if (n == most) {
      tie = true;
    }
  }
  return tie ? std::string() : best;
}

// Dates without a year or a week ("XXXX-02-22", "XXXX-WXX-7") take the one
// full date that fits them in their own article, else the one that most
// articles have: a weekday the full date on that weekday ("Sunday" in an
// article about "Sunday, February 22, 2009"), a day and month the year that
// day has. Nothing changes when two dates fit in the article, or tie. Index [d][k]: the value for
// mentions[d][k] ("" to keep its own).
std::vector<std::vector<std::string>> completed_dates(const std::vector<std::vector<ValueMention>>& mentions) {
  std::vector<std::vector<std::string>> out(mentions.size());
  // "02-22" -> full date -> how many articles have it
  std::unordered_map<std::string, std::unordered_map<std::string, std::uint32_t>> everywhere;
  std::vector<std::unordered_map<std::string, std::string>> in_doc(mentions.size());
  const auto note = [](std::unordered_map<std::string, std::string>& map, const std::string& key, const std::string& v) {
    const auto [it, added] = map.try_emplace(key, v);
    if (!added && it->second != v) it->second.clear();
  };
  for (std::size_t d = 0; d < mentions.size(); ++d) {
    std::unordered_set<std::string> counted;  // full dates of this article
    for (const ValueMention& m : mentions[d]) {
      if (m.type != ValueType::kDate || !full_date(m.value)) continue;
      const int y = std::stoi(m.value.substr(0, 4)), mo = std::stoi(m.value.substr(5, 2)),
                day = std::stoi(m.value.substr(8, 2));
      if (mo < 1 || mo > 12 || day < 1 || day > 31) continue;
      if (counted.insert(m.value).second) {
        ++everywhere[m.value.substr(5)][m.value];
        ++everywhere["W" + std::to_string(iso_weekday(y, mo, day))][m.value];
      }
      note(in_doc[d], m.value.substr(5), m.value);
      note(in_doc[d], "W" + std::to_string(iso_weekday(y, mo, day)), m.value);
    }
  }
  for (std::size_t d = 0; d < mentions.size(); ++d) {
    out[d].resize(mentions[d].size());
    for (std::size_t k = 0; k < mentions[d].size(); ++k) {
      const ValueMention& m = mentions[d][k];
      if (m.type != ValueType::kDate || m.value.size() < 7 || m.value.compare(0, 5, "XXXX-") != 0) continue;
      std::string key;
      if (m.value.size() == 10 && m.value.compare(5, 4, "WXX-") == 0)
        key = "W" + m.value.substr(9);
      else if (m.value.size() == 10 && digits(m.value.substr(5, 2)) && m.value[7] == '-')
        key = m.value.substr(5);
      else
        continue;
      if (const auto it = in_doc[d].find(key); it != in_doc[d].end()) {
        out[d][k] = it->second;  // "" when the article has several
        continue;
      }
      if (const auto it = everywhere.find(key); it != everywhere.end()) out[d][k] = most_articles(it->second);
    }
  }
  return out;
}

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
  const auto dates = completed_dates(mentions);
  for (std::size_t d = 0; d < mentions.size() && d < texts.size(); ++d) {
    for (std::size_t k = 0; k < mentions[d].size(); ++k) {
      const ValueMention& m = mentions[d][k];
      if (m.age) continue;  // an attribute of the person it follows
      std::string utc;
      if (m.type == ValueType::kTime && d < frames.size()) utc = resolved_time(m, frames[d]);
      if (m.type == ValueType::kDate) utc = dates[d][k];
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
