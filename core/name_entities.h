// Name entities: name mentions (names.h) of all documents aligned into one
// entity per real-world person, organisation or place.
//
// The idea: every mention gets a key, its words in name_key form (case,
// diacritics and transliteration folded: "Aleksei Navalny" and "Alexei
// Navalny" are both "alexei navalni", "MOSCOW" and "Moscow" are "moscow").
// 1. Mentions with the same key are one entity, in any document; a person's
//    middle names and initials are left out of the key ("Raj K. Chohan" and
//    "Raj Chohan" are one), and so are a generational suffix ("Jr."), a
//    descriptor or headline word around a two-word person of the articles
//    ("Skier Pedro Valmont", "Hanna Lindqvist Cruises"), and the difference
//    between first names of one surname that start alike or are a short form
//    and its name ("Katie"/"Katarina", "Bettie"/"Betty", "Mo"/"Maurice"),
//    and spelling variants of a multi-word name whose one differing word is a
//    single edit away ("Duncan Rait"/"Duncan Raite", "Gulf of Aden"/"Gulf of
//    Eden"; never a person's first name).
// 2. A one-word mention joins the multi-word person whose last word has the
//    same key: first in its own document ("Navalny" -> "Alexei Navalny"),
//    else across documents, and only when exactly one such person exists
//    (two Navalnys in a document leave "Navalny" on its own). Keys compare
//    whole words, so "Navalny" (navalni) never joins "Yulia Navalnaya"
//    (navalnaa), and a first name alone ("Vladimir", "Maria") joins nobody.
//    A one-word mention typed by a cue as a place or an organisation joins
//    no person.
// 3. A one-word name with no cue joins the only place whose name has it
//    before a place word ("Arbat" -> "Old Arbat Street").
// 4. An acronym joins the name it abbreviates ("Federal Security Service
//    (FSB)"), and every other mention of the acronym joins that entity too;
//    an acronym of three letters or more written in capitals with no
//    expansion beside it joins the one organisation or place whose initials
//    it is ("NYPD", function words left out).
// The entity's type is the vote of its mentions (a cue counts double); its
// name is the most complete form (most words), the most frequent among those,
// ties to the earliest; variants are the distinct surface forms (whitespace
// folded), most frequent first.
//
// Contract: entities are appended in order of their first mention (document
// then text order), with ids continuing from entities.size(); mentions within
// an entity are in document then text order, with `qualifier` holding a
// person's title or role as written. Linear in the number of mentions (hash
// lookups), apart from sorting each entity's mentions.
#pragma once

#include <string_view>
#include <vector>

#include "names.h"
#include "report.h"

namespace parallax {

void align_name_entities(const std::vector<std::string_view>& texts,
                         const std::vector<std::vector<NameMention>>& mentions,
                         std::vector<EntityReport>& entities);

}  // namespace parallax
