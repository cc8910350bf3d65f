#include "name_entities.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "value_entities.h"

namespace parallax {

namespace {

// Written in capitals only ("MOSCOW").
bool shouted(std::string_view s) {
  bool lower = false;
  for (char c : s) lower |= (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  return !lower && s.size() > 1;
}

struct Item {
  std::uint32_t doc;
  std::uint32_t index;  // in mentions[doc]
  std::string key;
  std::string last;  // key of the last word
  std::uint32_t words;
};

struct Slot {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> members;  // (doc, index)
};

constexpr std::uint32_t kNone = 0xFFFFFFFFu;
constexpr std::uint32_t kAmbiguous = 0xFFFFFFFEu;

void note_unique(std::unordered_map<std::string, std::uint32_t>& map, const std::string& key,
                 std::uint32_t slot) {
  const auto [it, added] = map.try_emplace(key, slot);
  if (!added && it->second != slot) it->second = kAmbiguous;
}

std::uint32_t lookup(const std::unordered_map<std::string, std::uint32_t>& map,
                     const std::string& key) {
  const auto it = map.find(key);
  return it == map.end() ? kNone : it->second;
}

// "Jr.", "Sr.", "II", "III", "IV" as name_key writes them.
bool generational(std::string_view key_word) {
  return key_word == "ir" || key_word == "sr" || key_word == "i" || key_word == "iv";
}

void set_key(Item& item, std::string key) {
  item.key = std::move(key);
  const std::size_t space = item.key.rfind(' ');
  item.last = space == std::string::npos ? item.key : item.key.substr(space + 1);
  item.words = static_cast<std::uint32_t>(std::count(item.key.begin(), item.key.end(), ' ') + 1);
}

// Two first names of one surname that name one person: the same first three
// letters ("Katie" and "Kathryn", "Alexis" and "Alexandros", "Bettie" and
// "Betty"), or one the start of the other ("Al", "Alan").
bool same_first_name(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  std::size_t common = 0;
  while (common < n && a[common] == b[common]) ++common;
  return common >= 3 || (common == n && n >= 2);
}

// The formal first name of a common English short form, as name_key writes
// both ("Mo" -> "maurice", "Bill" -> "william"); the key word itself when it
// is none. Short forms that start like their name ("Alex", "Chris") need no
// entry: same_first_name joins them.
std::string formal_first(const std::string& key_word) {
  static const std::unordered_map<std::string, std::string> kFormal = [] {
    static constexpr std::pair<const char*, const char*> kShort[] = {
        {"bill", "william"},  {"billy", "william"},   {"will", "william"},  {"bob", "robert"},
        {"bobby", "robert"},  {"jim", "james"},       {"jimmy", "james"},   {"mike", "michael"},
        {"mo", "maurice"},    {"dick", "richard"},    {"rick", "richard"},  {"ricky", "richard"},
        {"tom", "thomas"},    {"tommy", "thomas"},    {"tony", "anthony"},  {"joe", "joseph"},
        {"ted", "edward"},    {"ned", "edward"},      {"eddie", "edward"},  {"chuck", "charles"},
        {"hank", "henry"},    {"harry", "henry"},     {"jack", "john"},     {"larry", "lawrence"},
        {"liz", "elizabeth"}, {"beth", "elizabeth"},  {"betty", "elizabeth"}, {"peggy", "margaret"},
        {"sue", "susan"},     {"jerry", "gerald"},    {"sandy", "sandra"},  {"kit", "christopher"}};
    std::unordered_map<std::string, std::string> map;
    for (const auto& [nick, formal] : kShort) map.emplace(name_key(nick), name_key(formal));
    return map;
  }();
  const auto it = kFormal.find(key_word);
  return it == kFormal.end() ? key_word : it->second;
}

// Person keys before alignment, so that one person gets one key:
// - a generational suffix is dropped: "Arcade Joseph Comeaux Jr." is "Arcade
//   Joseph Comeaux";
// - a longer run that starts or ends with a two-word person of the same
//   articles is that person: a descriptor or a headline word before it
//   ("Englishman Robert Buckley", "Fired Jim O'Brien", "Angels GM Tony
//   Reagins") or a headline word after it ("Ann Lind Wins");
// - first names that start alike ("Katie"/"Kathryn Jenkin") take the one seen
//   first with that surname, and so do short forms and their names ("Mo"
//   and "Maurice Cheeks"); "John Jenkin" stays apart.
void person_keys(const std::vector<std::vector<NameMention>>& mentions, std::vector<Item>& items) {
  const auto person = [&](const Item& item) {
    const NameMention& m = mentions[item.doc][item.index];
    return m.type == NameType::kPerson && m.alias_of < 0;
  };
  for (Item& item : items)
    if (person(item) && item.words >= 3 && generational(item.last))
      set_key(item, item.key.substr(0, item.key.rfind(' ')));
  std::unordered_set<std::string_view> pairs;  // two-word person keys (unchanged below)
  for (const Item& item : items)
    if (person(item) && item.words == 2) pairs.insert(item.key);
  for (Item& item : items) {
    if (!person(item) || item.words < 3) continue;
    const std::size_t second_last = item.key.rfind(' ', item.key.size() - item.last.size() - 2);
    const std::string_view key = item.key;
    if (const std::string_view tail = key.substr(second_last + 1); pairs.count(tail)) {
      set_key(item, std::string(tail));
      continue;
    }
    const std::string_view head = key.substr(0, key.find(' ', key.find(' ') + 1));
    if (pairs.count(head)) set_key(item, std::string(head));
  }
  // surname -> (first name, its formal name), in order of appearance
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> firsts;
  for (Item& item : items) {
    if (!person(item) || item.words < 2) continue;
    const std::size_t first_end = item.key.find(' ');
    if (first_end < 2) continue;  // an initial
    std::string word = item.key.substr(0, first_end);
    std::string formal = formal_first(word);
    auto& seen = firsts[item.last];
    const auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& f) {
      return same_first_name(f.first, word) || same_first_name(f.second, formal);
    });
    if (it == seen.end())
      seen.emplace_back(std::move(word), std::move(formal));
    else if (it->first != word)
      set_key(item, it->first + item.key.substr(first_end));
  }
}

// At most one edit (insertion, deletion, substitution or swap of neighbours)
// turns a into b.
bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    if (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i])
      return a.substr(i + 2) == b.substr(i + 2);  // swapped neighbours
    return i == a.size() || a.substr(i + 1) == b.substr(i + 1);
  }
  return a.substr(i) == b.substr(i + 1);
}

// Spelling variants of one multi-word name: the same words but one, and that
// one a single edit apart, both of at least four letters ("Duncan Rait" and
// "Duncan Raite", "Gulf of Aden" and "Gulf of Eden", "Motion Picture" and
// "Motion Pictures"). A person's surname may differ so, never a first name
// ("Ryan Jones" and "Bryan Jones" stay two). The spelling seen first wins. Names
// are compared within groups that share all other words, and a group of more
// than kMaxGroup spellings is left alone (it is a pattern such as "* Street",
// not one name).
void spelling_variants(const std::vector<std::vector<NameMention>>& mentions, std::vector<Item>& items) {
  constexpr std::size_t kMaxGroup = 16;
  struct Group {
    std::vector<std::string> spellings;  // distinct words at the position, first seen first
  };
  std::unordered_map<std::string, Group> groups;
  const auto split = [](const std::string& key) {
    std::vector<std::string_view> words;
    for (std::size_t p = 0; p <= key.size();) {
      std::size_t e = key.find(' ', p);
      if (e == std::string::npos) e = key.size();
      words.emplace_back(key.data() + p, e - p);
      p = e + 1;
    }
    return words;
  };
  // The type, the position and every word but the one at it.
  const auto group_of = [](NameType type, const std::vector<std::string_view>& words, std::size_t i) {
    std::string group(1, static_cast<char>('0' + static_cast<int>(type)));
    group += static_cast<char>('0' + i);
    for (std::size_t k = 0; k < words.size(); ++k) {
      group += ' ';
      if (k != i) group += words[k];
    }
    return group;
  };
  // Each word position of each multi-word name and its group; then the keys
  // of names whose word has an earlier spelling in its group are rewritten.
  struct Place {
    std::uint32_t item;
    std::uint32_t position;
    Group* group;  // unordered_map nodes stay put
  };
  std::vector<Place> places;
  for (std::uint32_t n = 0; n < items.size(); ++n) {
    const Item& item = items[n];
    const NameMention& m = mentions[item.doc][item.index];
    if (item.words < 2 || m.alias_of >= 0) continue;
    const auto words = split(item.key);
    const std::size_t from = m.type == NameType::kPerson ? words.size() - 1 : 0;
    for (std::size_t i = from; i < words.size(); ++i) {
      if (words[i].size() < 4) continue;
      Group& group = groups[group_of(m.type, words, i)];
      places.push_back({n, static_cast<std::uint32_t>(i), &group});
      if (std::find(group.spellings.begin(), group.spellings.end(), words[i]) == group.spellings.end() &&
          group.spellings.size() <= kMaxGroup)
        group.spellings.emplace_back(words[i]);
    }
  }
  std::uint32_t rewritten = kNone;  // one rewrite per name
  for (const Place& place : places) {
    const auto& spellings = place.group->spellings;
    if (spellings.size() < 2 || spellings.size() > kMaxGroup || place.item == rewritten) continue;
    Item& item = items[place.item];
    const auto words = split(item.key);
    const std::string_view word = words[place.position];
    const auto first = std::find_if(spellings.begin(), spellings.end(),
                                    [&](const std::string& w) { return one_edit_apart(w, word); });
    if (first == spellings.end() || *first == word) continue;
    std::string key;
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (k) key += ' ';
      key += k == place.position ? std::string_view(*first) : words[k];
    }
    set_key(item, std::move(key));
    rewritten = place.item;
  }
}

}  // namespace

void align_name_entities(const std::vector<std::string_view>& texts,
                         const std::vector<std::vector<NameMention>>& mentions,
                         std::vector<EntityReport>& entities) {
  std::vector<Item> items;
  std::vector<std::vector<std::uint32_t>> slot_of(mentions.size());
  for (std::uint32_t d = 0; d < mentions.size() && d < texts.size(); ++d) {
    slot_of[d].assign(mentions[d].size(), kNone);
    for (std::uint32_t i = 0; i < mentions[d].size(); ++i) {
      const NameMention& m = mentions[d][i];
      Item item{d, i, name_key(texts[d].substr(m.start, m.end - m.start)), "", 1};
      const std::size_t space = item.key.rfind(' ');
      item.last = space == std::string::npos ? item.key : item.key.substr(space + 1);
      item.words =
          static_cast<std::uint32_t>(std::count(item.key.begin(), item.key.end(), ' ') + 1);
      items.push_back(std::move(item));
    }
  }

  person_keys(mentions, items);
  spelling_variants(mentions, items);

  std::vector<Slot> slots;
  std::unordered_map<std::string, std::uint32_t> by_key;          // full key -> slot
  std::unordered_map<std::string, std::uint32_t> by_surname;      // last word of a person -> slot
  std::unordered_map<std::string, std::uint32_t> by_doc_surname;  // doc + last word -> slot
  std::unordered_map<std::string, std::uint32_t> by_acronym;
  std::unordered_map<std::string, std::uint32_t> by_place_word;  // "arbat" of "Old Arbat Street"
  const auto slot_for_key = [&](const std::string& key) {
    const auto [it, added] = by_key.try_emplace(key, static_cast<std::uint32_t>(slots.size()));
    if (added) slots.emplace_back();
    return it->second;
  };
  const auto doc_key = [](std::uint32_t doc, const std::string& last) {
    std::string key(reinterpret_cast<const char*>(&doc), sizeof doc);  // fixed width: no separator needed
    key += last;
    return key;
  };
  by_key.reserve(items.size());

  // 1. Multi-word names by key; persons register their surname.
  for (const Item& item : items) {
    const NameMention& m = mentions[item.doc][item.index];
    if (item.words < 2 || m.alias_of >= 0) continue;
    // Middle names and initials do not split a person: "Raj K. Chohan" and
    // "LuAnn Marie Johnson" are "Raj Chohan" and "Luann Johnson".
    const std::size_t first_end = item.key.find(' ');
    const bool middle = m.type == NameType::kPerson && item.words >= 3 && first_end > 1;
    const std::uint32_t slot = slot_for_key(middle ? item.key.substr(0, first_end) + ' ' + item.last : item.key);
    slot_of[item.doc][item.index] = slot;
    if (m.type == NameType::kLocation && is_place_cue(item.last)) {
      // The word before the cue names the place on its own: "Old Arbat Street" -> "Arbat".
      const std::size_t cut = item.key.rfind(' ');
      const std::size_t from = item.key.rfind(' ', cut - 1);
      note_unique(by_place_word,
                  item.key.substr(from == std::string::npos ? 0 : from + 1,
                                  cut - (from == std::string::npos ? 0 : from + 1)),
                  slot);
    }
    if (m.type == NameType::kPerson) {
      note_unique(by_surname, item.last, slot);
      note_unique(by_doc_surname, doc_key(item.doc, item.last), slot);
    }
  }
  // 2. Acronyms join what they abbreviate.
  for (const Item& item : items) {
    const NameMention& m = mentions[item.doc][item.index];
    if (m.alias_of < 0 || static_cast<std::size_t>(m.alias_of) >= mentions[item.doc].size())
      continue;
    std::uint32_t slot = slot_of[item.doc][static_cast<std::uint32_t>(m.alias_of)];
    if (slot == kNone)
      slot = slot_for_key(items[&item - items.data() - (item.index - m.alias_of)].key);
    slot_of[item.doc][item.index] = slot;
    note_unique(by_acronym, item.key, slot);
  }
  // Initials of multi-word organisations and places, function words left
  // out ("Federal Bureau of Investigation" -> "fbi"), for acronyms written
  // without their expansion beside them.
  std::unordered_map<std::string, std::uint32_t> by_initials;
  for (const Item& item : items) {
    const NameMention& m = mentions[item.doc][item.index];
    if (item.words < 2 || m.type == NameType::kPerson || slot_of[item.doc][item.index] == kNone) continue;
    std::string initials;
    for (std::size_t p = 0; p < item.key.size();) {
      std::size_t e = item.key.find(' ', p);
      if (e == std::string::npos) e = item.key.size();
      const std::string_view w(item.key.data() + p, e - p);
      if (w != "of" && w != "the" && w != "and" && w != "for" && w != "de") initials += w[0];
      p = e + 1;
    }
    if (initials.size() >= 3) note_unique(by_initials, initials, slot_of[item.doc][item.index]);
  }
  // 3. One-word names: a surname in the document, an acronym, a surname
  // elsewhere, else their own key.
  for (const Item& item : items) {
    if (slot_of[item.doc][item.index] != kNone) continue;
    const NameMention& m = mentions[item.doc][item.index];
    const bool may_be_person = m.type == NameType::kPerson || !m.cued;
    // A person's surname in the same article wins over any type, even a
    // gazetteer's ("Hamilton" after "Lewis Hamilton").
    std::uint32_t slot = lookup(by_doc_surname, doc_key(item.doc, item.last));
    if (slot == kNone || slot == kAmbiguous) {
      const std::uint32_t acronym = lookup(by_acronym, item.key);
      if (acronym != kNone && acronym != kAmbiguous) slot = acronym;
    }
    if ((slot == kNone || slot == kAmbiguous) && shouted(texts[item.doc].substr(m.start, m.end - m.start)) &&
        by_key.find(item.key) == by_key.end()) {
      const std::uint32_t expansion = lookup(by_initials, item.key);  // "NYPD" and "New York Police Department"
      if (expansion != kNone && expansion != kAmbiguous) slot = expansion;
    }
    if ((slot == kNone || slot == kAmbiguous) && may_be_person &&
        by_key.find(item.key) == by_key.end())
      slot = lookup(by_surname, item.last);
    if ((slot == kNone || slot == kAmbiguous) && !m.cued && by_key.find(item.key) == by_key.end())
      slot = lookup(by_place_word, item.key);
    if (slot == kNone || slot == kAmbiguous) slot = slot_for_key(item.key);
    slot_of[item.doc][item.index] = slot;
  }

  for (const Item& item : items)
    slots[slot_of[item.doc][item.index]].members.push_back({item.doc, item.index});
  std::vector<std::uint32_t> order(slots.size());
  for (std::uint32_t k = 0; k < order.size(); ++k) {
    order[k] = k;
    std::sort(slots[k].members.begin(), slots[k].members.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      return mentions[a.first][a.second].start < mentions[b.first][b.second].start;
    });
  }
  order.erase(std::remove_if(order.begin(), order.end(),
                             [&](std::uint32_t k) { return slots[k].members.empty(); }),
              order.end());
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto& x = slots[a].members.front();
    const auto& y = slots[b].members.front();
    if (x.first != y.first) return x.first < y.first;
    return mentions[x.first][x.second].start < mentions[y.first][y.second].start;
  });

  struct Variant {
    std::string form;
    std::uint32_t count;
    std::uint32_t words;
    std::uint32_t first;
  };
  for (const std::uint32_t k : order) {
    EntityReport e;
    e.id = static_cast<std::uint32_t>(entities.size());
    int votes[3] = {0, 0, 0};
    std::vector<Variant> forms;
    for (const auto& [doc, index] : slots[k].members) {
      const NameMention& m = mentions[doc][index];
      votes[static_cast<int>(m.type)] += m.cued ? 2 : 1;
      EntityMention out;
      out.doc = doc;
      out.start = m.start;
      out.end = m.end;
      out.qualifier = m.role;
      e.mentions.push_back(std::move(out));
      std::string form = entity_surface_form(texts[doc], m.start, m.end);
      auto v = std::find_if(forms.begin(), forms.end(),
                            [&](const Variant& x) { return x.form == form; });
      if (v == forms.end()) {
        const auto words =
            static_cast<std::uint32_t>(std::count(form.begin(), form.end(), ' ') + 1);
        forms.push_back({std::move(form), 1, words, static_cast<std::uint32_t>(forms.size())});
      } else {
        ++v->count;
      }
    }
    int best = 0;
    for (int t = 1; t < 3; ++t)
      if (votes[t] > votes[best]) best = t;
    e.type = name_type_name(static_cast<NameType>(best));
    // Most frequent first; on a tie, a form in normal case before ALL CAPS.
    std::stable_sort(forms.begin(), forms.end(), [](const Variant& a, const Variant& b) {
      if (a.count != b.count) return a.count > b.count;
      return !shouted(a.form) && shouted(b.form);
    });
    const Variant* display = forms.empty() ? nullptr : &forms.front();
    for (const Variant& v : forms)
      if (v.words > display->words) display = &v;
    if (display) e.name = display->form;
    for (Variant& v : forms) e.variants.push_back(std::move(v.form));
    entities.push_back(std::move(e));
  }
}

}  // namespace parallax
