#include <doctest/doctest.h>

#include <cstddef>
#include <fstream>
#include <initializer_list>
#include <string>

#include "stemmer.h"

using parallax::stem_english;

namespace {

struct Case {
  const char* word;
  const char* stem;
};

// Expected stems are those of the official Snowball stemmer (libstemmer 2.2).
void check_stems(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    INFO("word: " << std::string(c.word));
    CHECK(stem_english(c.word) == std::string(c.stem));
  }
}

}  // namespace

TEST_CASE("stemmer: step 1a plurals and possessives") {
  check_stems({{"caresses", "caress"},
               {"dresses", "dress"},
               {"ponies", "poni"},
               {"cries", "cri"},
               {"ties", "tie"},  // ies -> ie after a single letter
               {"caress", "caress"},
               {"bus", "bus"},
               {"cats", "cat"},
               {"gaps", "gap"},
               {"kiwis", "kiwi"},
               {"gas", "gas"},  // no vowel before the letter before s
               {"dog's", "dog"},
               {"dogs'", "dog"},
               {"'tis", "tis"},  // a leading apostrophe goes
               {"o'clock", "o'clock"},
               {"'s'", "s"},
               {"'''", "'"}});
}

TEST_CASE("stemmer: step 1b -eed, -ed, -ing and their -ly forms") {
  check_stems({{"feed", "feed"},  // eed outside R1
               {"agreed", "agre"},
               {"exceedingly", "exceed"},
               {"plastered", "plaster"},
               {"bled", "bled"},  // no vowel before -ed
               {"sing", "sing"},
               {"motoring", "motor"},
               {"conflated", "conflat"},  // at -> ate (then step 5)
               {"troubled", "troubl"},    // bl -> ble
               {"sized", "size"},         // iz -> ize
               {"hopping", "hop"},        // double consonant undone
               {"tanned", "tan"},
               {"falling", "fall"},  // ll, ss, zz stay
               {"hissing", "hiss"},
               {"fizzed", "fizz"},
               {"hoped", "hope"},  // short word: e restored
               {"filing", "file"},
               {"failing", "fail"},
               {"luxuriating", "luxuri"}});
}

TEST_CASE("stemmer: step 1c final y") {
  check_stems(
      {{"happy", "happi"}, {"cry", "cri"}, {"by", "by"}, {"say", "say"}, {"enjoy", "enjoy"}});
}

TEST_CASE("stemmer: step 2 derivational suffixes in R1") {
  check_stems({{"relational", "relat"},     {"conditional", "condit"},
               {"rational", "ration"},      {"valency", "valenc"},
               {"hesitancy", "hesit"},      {"digitizer", "digit"},
               {"conformably", "conform"},  {"radically", "radic"},
               {"differently", "differ"},   {"vilely", "vile"},
               {"analogously", "analog"},   {"vietnamization", "vietnam"},
               {"predication", "predic"},   {"operator", "oper"},
               {"feudalism", "feudal"},     {"decisiveness", "decis"},
               {"hopefulness", "hope"},     {"callousness", "callous"},
               {"formality", "formal"},     {"sensitivity", "sensit"},
               {"sensibility", "sensibl"},  {"archaeology", "archaeolog"},
               {"zoology", "zoolog"},       {"fruitfully", "fruit"},
               {"cheerlessly", "cheerless"}});
}

TEST_CASE("stemmer: step 3 suffixes in R1, -ative in R2") {
  check_stems({{"triplicate", "triplic"},
               {"formative", "format"},
               {"formalize", "formal"},
               {"electricity", "electr"},
               {"electrical", "electr"},
               {"hopeful", "hope"},
               {"goodness", "good"}});
}

TEST_CASE("stemmer: step 4 suffixes in R2") {
  check_stems({{"revival", "reviv"},
               {"allowance", "allow"},
               {"inference", "infer"},
               {"airliner", "airlin"},
               {"gyroscopic", "gyroscop"},
               {"adjustable", "adjust"},
               {"defensible", "defens"},
               {"irritant", "irrit"},
               {"replacement", "replac"},
               {"adjustment", "adjust"},
               {"dependent", "depend"},
               {"adoption", "adopt"},  // ion after s or t
               {"activate", "activ"},
               {"angularity", "angular"},
               {"homologous", "homolog"},
               {"effective", "effect"},
               {"bowdlerize", "bowdler"},
               {"agreement", "agreement"}});  // ement not in R2
}

TEST_CASE("stemmer: step 5 final e and ll") {
  check_stems({{"probate", "probat"},
               {"rate", "rate"},
               {"cease", "ceas"},
               {"controll", "control"},
               {"roll", "roll"}});
}

TEST_CASE("stemmer: exceptions answered at once") {
  check_stems({{"skis", "ski"},
               {"skies", "sky"},
               {"dying", "die"},
               {"lying", "lie"},
               {"tying", "tie"},
               {"idly", "idl"},
               {"gently", "gentl"},
               {"ugly", "ugli"},
               {"early", "earli"},
               {"only", "onli"},
               {"singly", "singl"},
               {"sky", "sky"},
               {"news", "news"},
               {"howe", "howe"},
               {"atlas", "atlas"},
               {"cosmos", "cosmos"},
               {"bias", "bias"},
               {"andes", "andes"}});
}

TEST_CASE("stemmer: words left as they are after step 1a") {
  check_stems({{"innings", "inning"},
               {"outing", "outing"},
               {"cannings", "canning"},
               {"herrings", "herring"},
               {"earrings", "earring"},
               {"proceeds", "proceed"},
               {"exceed", "exceed"},
               {"succeeds", "succeed"},
               {"proceeded", "proceed"}});
}

TEST_CASE("stemmer: R1 after gener, commun, arsen") {
  check_stems({{"generate", "generat"},
               {"generation", "generat"},
               {"generously", "generous"},
               {"general", "general"},
               {"communication", "communic"},
               {"communism", "communism"},
               {"arsenal", "arsenal"},
               {"arsenic", "arsenic"}});
}

TEST_CASE("stemmer: y as a consonant") {
  check_stems({{"youth", "youth"},
               {"yelled", "yell"},
               {"sayings", "say"},
               {"toys", "toy"},
               {"enjoying", "enjoy"},
               {"boyish", "boyish"},
               {"yyy", "yyy"}});
}

TEST_CASE("stemmer: short words and letters outside a-z") {
  check_stems({{"", ""}, {"a", "a"}, {"is", "is"}, {"as", "as"}, {"ox", "ox"}});
  // Non-ASCII letters are non-vowels, counted as one letter each.
  check_stems({{"café", "café"},
               {"naïvely", "naïv"},
               {"résumés", "résumé"},
               {"façades", "façad"},
               {"éies", "éie"},
               {"über", "über"}});
}

TEST_CASE("stemmer: Snowball's own vocabulary, every word") {
  const std::string dir = "/usr/share/snowball/data/english/";
  std::ifstream voc(dir + "voc.txt");
  std::ifstream output(dir + "output.txt");
  if (!voc || !output) {
    MESSAGE("skipped: " << dir
                        << "voc.txt and output.txt not found (Debian package snowball-data)");
    return;
  }
  std::size_t words = 0;
  std::size_t agree = 0;
  std::string mismatches;
  std::string word;
  std::string expected;
  while (std::getline(voc, word)) {
    if (!std::getline(output, expected)) {
      FAIL_CHECK("output.txt has fewer lines than voc.txt");
      break;
    }
    ++words;
    const std::string stem = stem_english(word);
    if (stem == expected) {
      ++agree;
    } else if (words - agree <= 20) {
      mismatches += word + " -> " + stem + " (Snowball: " + expected + ")\n";
    }
  }
  CHECK_FALSE(std::getline(output, expected));  // as many stems as words
  INFO(agree << " of " << words << " agree; first mismatches:\n" << mismatches);
  CHECK(words > 0);
  CHECK(agree == words);
}
