#include <doctest/doctest.h>

#include "test_helpers.h"
#include "tokenize.h"

using parallax::TokenKind;
using parallax::tokenize;
using parallax::testing::surfaces;

using Words = std::vector<std::string>;

TEST_CASE("tokenize: words, numbers and punctuation with exact spans") {
  const std::string text = "Police detained more than 11,000 people; 3.5% at 8:00 pm.";
  const auto tokens = tokenize(text);
  CHECK(surfaces(text, tokens) == Words{"Police", "detained", "more", "than", "11,000", "people",
                                        ";", "3.5", "%", "at", "8:00", "pm", "."});
  CHECK(tokens[4].kind == TokenKind::kNumber);
  CHECK(tokens[6].kind == TokenKind::kPunct);
  CHECK(tokens[0].capitalized);
  CHECK_FALSE(tokens[1].capitalized);
}

TEST_CASE("tokenize: apostrophes inside words, hyphens split") {
  const std::string text = "Navalny's ally doesn\xE2\x80\x99t use cell-phone torches";
  CHECK(surfaces(text, tokenize(text)) ==
        Words{"Navalny's", "ally", "doesn\xE2\x80\x99t", "use", "cell", "-", "phone", "torches"});
}

TEST_CASE("tokenize: dotted abbreviations are one word") {
  const std::string text = "the U.S. embassy at 8 p.m. and J. Smith";
  CHECK(surfaces(text, tokenize(text)) ==
        Words{"the", "U.S.", "embassy", "at", "8", "p.m.", "and", "J", ".", "Smith"});
}

TEST_CASE("tokenize: runs of the same punctuation are one token") {
  const std::string text = "Wait... what?! -- no";
  CHECK(surfaces(text, tokenize(text)) == Words{"Wait", "...", "what", "?", "!", "--", "no"});
}

TEST_CASE("tokenize: non-ASCII text keeps exact byte spans") {
  SUBCASE("curly quotes, guillemets, accents, Cyrillic") {
    const std::string text = "\xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D \xC2\xAB\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0\xC2\xBB";
    CHECK(surfaces(text, tokenize(text)) ==
          Words{"\xE2\x80\x9C", "Caf\xC3\xA9", "\xE2\x80\x9D", "\xC2\xAB",
                "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xC2\xBB"});
  }
  SUBCASE("combining marks stay in their word") {
    const std::string text = "Jose\xCC\x81 said";  // e + combining acute
    CHECK(surfaces(text, tokenize(text)) == Words{"Jose\xCC\x81", "said"});
  }
  SUBCASE("emoji sequences are never split") {
    // family (man ZWJ woman ZWJ girl), thumbs up with skin tone, a flag
    const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
    const std::string thumbs = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD";
    const std::string flag = "\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6";
    const std::string text = "hi " + family + thumbs + " " + flag + flag;
    const auto tokens = tokenize(text);
    CHECK(surfaces(text, tokens) == Words{"hi", family, thumbs, flag, flag});
    CHECK(tokens[1].kind == TokenKind::kSymbol);
  }
}

TEST_CASE("tokenize: every non-space byte is in exactly one token") {
  const std::string text = "  A\r\n\r\nb\xC2\xA0 c\xE2\x80\x94" "d \xF0\x9F\x98\x80!";
  const auto tokens = tokenize(text);
  std::size_t covered = 0;
  std::uint32_t previous_end = 0;
  for (const auto& t : tokens) {
    CHECK(t.start >= previous_end);
    CHECK(t.end > t.start);
    covered += t.end - t.start;
    previous_end = t.end;
  }
  CHECK(surfaces(text, tokens) == Words{"A", "b", "c", "\xE2\x80\x94", "d", "\xF0\x9F\x98\x80", "!"});
  CHECK(tokens[1].newlines_before == 2);  // CRLF CRLF counts as two line breaks
  CHECK(covered == 1 + 1 + 1 + 3 + 1 + 4 + 1);
}

TEST_CASE("tokenize: invalid UTF-8 never loops or drops bytes") {
  const std::string text = "ab\xFF\xFE" "cd \xE2\x82";
  const auto tokens = tokenize(text);
  REQUIRE_FALSE(tokens.empty());
  CHECK(tokens.back().end == text.size());
}
