#include <doctest/doctest.h>

#include <string>

#include "instrument_codes.h"
#include "similarity_batch.h"

using parallax::is_instrument_code;
using parallax::without_instrument_codes;

TEST_CASE("instrument codes: the shapes wire copy tags names with") {
  for (const char* code : {".SPX", ".IXIC", ".N225", "<.SPX>", "<.IXIC>", "AZN.N", "JCP.N", "VOD.L", "SAP.DE",
                           "<JCP.N>", "JPY=", "<EUR=>", "US30YT=RR"})
    CHECK_MESSAGE(is_instrument_code(code), code);
  // Words, initialisms, abbreviations and computing names are not codes.
  for (const char* word : {"U.S.", "U.S", "N.Y.", "J.C.", "No.", "Inc.", ".NET", ".COM", "Co.", "A.N", "IBM", "NATO",
                           "C-17", "C$16.93", "<b>", "x=y", "=", ".", "<>", ""})
    CHECK_MESSAGE(!is_instrument_code(word), word);
}

TEST_CASE("instrument codes: removed from a sentence, the punctuation around them kept") {
  CHECK(without_instrument_codes("Shares of Hollinger HLG.N rose 3 percent.") ==
        "Shares of Hollinger  rose 3 percent.");
  CHECK(without_instrument_codes("The Nasdaq Composite Index <.IXIC> slipped 2 points, to 1,650.") ==
        "The Nasdaq Composite Index  slipped 2 points, to 1,650.");
  CHECK(without_instrument_codes("The dollar was at 116.78 yen JPY=, flat.") == "The dollar was at 116.78 yen , flat.");
  CHECK(without_instrument_codes("Retailers Penney (JCP.N) and Walgreen WAG.N.") == "Retailers Penney () and Walgreen .");
  // Nothing to remove: the text comes back as it was.
  const std::string plain = "The U.S. Supreme Court ruled in Washington, D.C., on Tuesday; Visual Basic .NET shipped.";
  CHECK(without_instrument_codes(plain) == plain);
}

TEST_CASE("instrument codes: the paraphrase score reads past them, the fact score does not") {
  const std::string tagged = "Shares of AstraZeneca AZN.N , Europe's second biggest drugmaker, rose 3 percent.";
  const std::string plain = "Shares of AstraZeneca, Europe's second biggest drugmaker, rose 3 percent.";
  const auto paraphrase = parallax::score_sentence_pairs({{tagged, plain}});
  CHECK(paraphrase[0] == doctest::Approx(1.0));
  const auto fact = parallax::score_sentence_pairs({{tagged, plain}}, parallax::PairScore::kFact);
  CHECK(fact[0] < 1.0);
}
