#include <doctest/doctest.h>

#include "normalize.h"

using parallax::normalized;

TEST_CASE("normalize: case folding in Latin, Greek and Cyrillic") {
  CHECK(normalized("MOSCOW") == "moscow");
  CHECK(normalized("\xC3\x89LYS\xC3\x89" "E") == "\xC3\xA9lys\xC3\xA9" "e");             // ÉLYSÉE
  CHECK(normalized("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90") ==                // МОСКВА
        "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
  CHECK(normalized("\xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91") ==                        // ΑΘΗΝΑ
        "\xCE\xB1\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1");
}

TEST_CASE("normalize: typographic variants unify") {
  CHECK(normalized("Navalny\xE2\x80\x99s") == "navalny's");
  CHECK(normalized("\xE2\x80\x9C") == "\"");
  CHECK(normalized("\xC2\xAB") == "\"");
  CHECK(normalized("\xE2\x80\x94") == "-");
  CHECK(normalized("\xE2\x80\xA6") == "...");
  CHECK(normalized("co\xC2\xAD" "operate") == "cooperate");  // soft hyphen dropped
}

TEST_CASE("normalize: accents are kept") {
  CHECK(normalized("r\xC3\xA9sum\xC3\xA9") != normalized("resume"));
}
