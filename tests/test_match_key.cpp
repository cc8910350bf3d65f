#include <doctest/doctest.h>

#include "match_key.h"

using parallax::is_function_word;
using parallax::match_key;

TEST_CASE("match key: British and American spellings meet") {
  SUBCASE("-our / -or") {
    CHECK(match_key("neighbour") == match_key("neighbor"));
    CHECK(match_key("colours") == match_key("colors"));
    CHECK(match_key("honoured") == match_key("honored"));
  }
  SUBCASE("-ise / -ize, -isation / -ization") {
    CHECK(match_key("organised") == match_key("organized"));
    CHECK(match_key("organisation") == match_key("organization"));
    CHECK(match_key("criticise") == match_key("criticize"));
  }
  SUBCASE("-tre / -ter, -yse / -yze, doubled l, whole words") {
    CHECK(match_key("centre") == match_key("center"));
    CHECK(match_key("analysed") == match_key("analyzed"));
    CHECK(match_key("travelled") == match_key("traveled"));
    CHECK(match_key("defence") == match_key("defense"));
    CHECK(match_key("programme") == match_key("program"));
  }
}

TEST_CASE("match key: words that only look British stay apart") {
  CHECK(match_key("four") != match_key("for"));
  CHECK(match_key("hour") != match_key("hor"));
  CHECK(match_key("rise") != match_key("rize"));
  CHECK(match_key("surprise") == "surpris");
  CHECK(match_key("exercise") != match_key("exercize"));
}

TEST_CASE("match key: regular inflection is stripped") {
  CHECK(match_key("protests") == match_key("protest"));
  CHECK(match_key("detained") == match_key("detain"));
  CHECK(match_key("rescued") == match_key("rescue"));
  CHECK(match_key("rescuing") == match_key("rescues"));
  CHECK(match_key("stopped") == match_key("stop"));
  CHECK(match_key("cities") == match_key("city"));
  CHECK(match_key("navalny's") == match_key("navalny"));
  SUBCASE("negative: different words stay different") {
    CHECK(match_key("news") != match_key("new"));
    CHECK(match_key("series") != match_key("sery"));
    CHECK(match_key("bus") != match_key("bu"));
  }
}

TEST_CASE("match key: numbers lose their group separators") {
  CHECK(match_key("11,000") == match_key("11000"));
  CHECK(match_key("3.5") == "3.5");
}

TEST_CASE("match key: function words") {
  CHECK(is_function_word("the"));
  CHECK(is_function_word("it's"));
  CHECK_FALSE(is_function_word("police"));
  CHECK_FALSE(is_function_word("said"));
}
