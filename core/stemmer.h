// English stemming: the Snowball English stemmer ("Porter2", the "english"
// algorithm of snowballstem.org), so that "connection", "connected" and
// "connecting" all become "connect".
//
// The algorithm, in order. A word of fewer than three letters is kept, and an
// exception is answered at once (skis -> ski, skies -> sky, dying/lying/tying ->
// die/lie/tie, idly/gently/ugly/early/only/singly -> idl/gentl/ugli/earli/onli/
// singl; sky, news, howe, atlas, cosmos, bias, andes stay). A leading apostrophe
// goes, and a 'y' that starts the word or follows a vowel counts as a consonant.
// R1 is the part after the first non-vowel that follows a vowel (or after a
// leading gener, commun or arsen), R2 the same taken again inside R1. Then, on
// the end of the word: step 1a (possessive 's, plurals -sses/-ies/-s), step 1b
// (-eed, -ed, -ing, -edly, -ingly, with the e restored in hop(e) and the double
// consonant undone in hopp(ing)), step 1c (final y -> i after a consonant),
// steps 2 and 3 (derivational suffixes in R1), step 4 (suffixes deleted in R2)
// and step 5 (final e, ll). Inning, outing, canning, herring, earring, proceed,
// exceed and succeed stop after step 1a.
//
// Contract: the input is one lower-case word in UTF-8; the output is exactly
// what the official Snowball stemmer (libstemmer, UTF-8) gives, letters outside
// a-z counting as non-vowels. Never throws; pure and thread-safe; O(length);
// no allocation but the result string's (none up to 15 bytes), which is never
// longer than the input. Checked against Snowball's own vocabulary of 29,417
// words in tests/test_stemmer.cpp.
#pragma once

#include <string>
#include <string_view>

namespace parallax {

// The Snowball English stem of one lower-case word.
std::string stem_english(std::string_view word);

}  // namespace parallax
