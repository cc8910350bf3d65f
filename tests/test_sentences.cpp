#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sentences.h"
#include "tokenize.h"

using parallax::segment_sentences;
using parallax::tokenize;

namespace {

std::vector<std::string> split(const std::string& text) {
  const auto tokens = tokenize(text);
  std::vector<std::string> out;
  for (const auto& s : segment_sentences(text, tokens)) {
    const auto start = tokens[s.first_token].start;
    const auto end = tokens[s.end_token - 1].end;
    out.push_back(text.substr(start, end - start));
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("sentences: terminal punctuation and closing quotes") {
  CHECK(split("He left. She stayed! Why? \"No fear.\" Then silence.") ==
        Lines{"He left.", "She stayed!", "Why?", "\"No fear.\"", "Then silence."});
}

TEST_CASE("sentences: abbreviations do not end sentences") {
  SUBCASE("titles and months") {
    CHECK(split("Dr. Okafor met Mr. Grey on Feb. 2 at St. Anselm Street. It rained.") ==
          Lines{"Dr. Okafor met Mr. Grey on Feb. 2 at St. Anselm Street.", "It rained."});
  }
  SUBCASE("dotted abbreviations before a name, and at a sentence end") {
    CHECK(split("The U.S. Embassy said so. At 8 p.m. The rally began.") ==
          Lines{"The U.S. Embassy said so.", "At 8 p.m.", "The rally began."});
    CHECK(split("They met at 8 p.m. Sunday in the square.") ==
          Lines{"They met at 8 p.m. Sunday in the square."});
  }
  SUBCASE("initials") {
    CHECK(split("Written by J. K. Rowling. Next.") == Lines{"Written by J. K. Rowling.", "Next."});
  }
  SUBCASE("decimal numbers and lower-case continuation") {
    // A lower-case word after a period does not start a sentence.
    CHECK(split("It grew 3.5 per cent. e.g. not this. Ok") ==
          Lines{"It grew 3.5 per cent. e.g. not this.", "Ok"});
  }
}

TEST_CASE("sentences: ellipses and doubled periods") {
  CHECK(split("We waited... Nothing came.. Then it did.") ==
        Lines{"We waited...", "Nothing came..", "Then it did."});
  CHECK(split("He said \xE2\x80\xA6 and stopped") == Lines{"He said \xE2\x80\xA6 and stopped"});
}

TEST_CASE("sentences: line breaks end headlines and paragraphs") {
  CHECK(split("Navalny ally urges protest\n\nMOSCOW (Reuters) - An ally spoke.\nWorld news") ==
        Lines{"Navalny ally urges protest", "MOSCOW (Reuters) - An ally spoke.", "World news"});
}

TEST_CASE("sentences: hard-wrapped text joins lines inside a paragraph") {
  // Five sentences wrapped at about 70 columns, as in e-mail or old archives.
  const std::string text =
      "The committee discussed the proposal at some length during the morning\n"
      "session and agreed to continue it later. Members asked for new figures\n"
      "from the treasury before any vote could be taken on the matter at all.\n"
      "The chair said the figures would arrive within a fortnight or so, and\n"
      "that a special meeting would then be called to settle the question for\n"
      "good. Several members objected to the delay. Others welcomed the chance\n"
      "to study the numbers in detail before committing the council to them.\n";
  const auto sentences = split(text);
  REQUIRE(sentences.size() == 5);
  CHECK(sentences[0].find('\n') != std::string::npos);
  CHECK(sentences[2].rfind("The chair said", 0) == 0);
}

TEST_CASE("sentences: an attributed quotation in guillemets or curly quotes is one sentence") {
  SUBCASE("guillemets followed by a comma and a dash") {
    CHECK(split("\xC2\xABIt is fear. This is hope. So we will win\xC2\xBB, \xE2\x80\x93 wrote the organiser. Then rain.") ==
          Lines{"\xC2\xABIt is fear. This is hope. So we will win\xC2\xBB, \xE2\x80\x93 wrote the organiser.", "Then rain."});
  }
  SUBCASE("curly quotes with the comma inside") {
    CHECK(split("\xE2\x80\x9CWe were ready. Nobody came,\xE2\x80\x9D he said. Later.") ==
          Lines{"\xE2\x80\x9CWe were ready. Nobody came,\xE2\x80\x9D he said.", "Later."});
  }
  SUBCASE("a quotation that ends its sentence still splits inside") {
    CHECK(split("\xE2\x80\x9CWe were ready. Nobody came.\xE2\x80\x9D Later.") ==
          Lines{"\xE2\x80\x9CWe were ready.", "Nobody came.\xE2\x80\x9D", "Later."});
  }
}
