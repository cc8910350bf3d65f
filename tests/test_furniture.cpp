#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "furniture.h"

using parallax::find_furniture;

namespace {

// The flagged lines of one document, as text with their reason.
std::vector<std::string> flagged(const std::string& text, const std::vector<std::string>& others = {}) {
  std::vector<std::string_view> texts = {text};
  for (const auto& o : others) texts.push_back(o);
  std::vector<std::string> out;
  const auto found = find_furniture(texts);
  for (const auto& f : found[0])
    out.push_back(text.substr(f.start, f.end - f.start) + " [" + f.reason + "]");
  return out;
}

using Lines = std::vector<std::string>;

const std::string kArticle =
    "Ferry loses power off Carrowmere\n\n"
    "The ferry lost power in heavy seas on Sunday, the coastguard said.\n\n"
    "All 214 passengers were brought ashore shortly before midnight.\n";

}  // namespace

TEST_CASE("furniture: known phrases, metadata and player text") {
  const std::string text = "ADVERTISEMENT\n" + kArticle +
                           "Share this article\nArticle type: metered\nCampaign ID: 18\n0:00 0:01:46 0:00\n"
                           "To find out more, click here.\n";
  CHECK(flagged(text) == Lines{"ADVERTISEMENT [phrase]", "Share this article [phrase]",
                               "Article type: metered [metadata]", "Campaign ID: 18 [metadata]",
                               "0:00 0:01:46 0:00 [player]", "To find out more, click here. [phrase]"});
}

TEST_CASE("furniture: everything after a related-links heading") {
  const std::string text = kArticle + "\nYou might also like\n\nHarbour fees to rise in spring\n\n"
                           "A long teaser paragraph about another story, with full sentences in it.\n";
  CHECK(flagged(text) == Lines{"You might also like [related-links]", "Harbour fees to rise in spring [related-links]",
                               "A long teaser paragraph about another story, with full sentences in it. [related-links]"});
}

TEST_CASE("furniture: link lists and photo credits") {
  const std::string text = kArticle +
                           "\nFILE PHOTO: Rescuers at the quay in Carrowmere, March 14. REUTERS/Jane Doe\n\n"
                           "Bridge closes for repairs\nCouncil votes on budget\nNew school opens in Skerrow\n";
  CHECK(flagged(text) == Lines{"FILE PHOTO: Rescuers at the quay in Carrowmere, March 14. REUTERS/Jane Doe [caption]",
                               "Bridge closes for repairs [link-list]", "Council votes on budget [link-list]",
                               "New school opens in Skerrow [link-list]"});
}

TEST_CASE("furniture: the related-links tail ends where article prose resumes") {
  const std::string text = kArticle + "\nRelated content\n\nHarbour fees to rise in spring\n\n"
                           "A teaser for that story, which runs on for a long while about fees and berths and the "
                           "people who pay them, still only one paragraph under its link.\n\nFerry timetable changes\n\n"
                           "The harbour master said on Tuesday that the breakwater, which was finished last year "
                           "after a decade of delays, had already saved the fishing fleet from two winter storms.\n\n"
                           "Fishermen in Skerrow said the new quay was too short for the larger trawlers, and that "
                           "they would ask the council to extend it before the autumn season begins next year.\n";
  CHECK(flagged(text) == Lines{"Related content [related-links]", "Harbour fees to rise in spring [related-links]",
                               "A teaser for that story, which runs on for a long while about fees and berths and the "
                               "people who pay them, still only one paragraph under its link. [related-links]",
                               "Ferry timetable changes [related-links]"});
}

TEST_CASE("furniture: photo captions with agency credits, also printed twice") {
  const std::string text = kArticle +
                           "\nRescuers search the quay at Carrowmere after the storm, March 14\n"
                           "Rescuers search the quay at Carrowmere after the storm, March 14 Copyright Credit: AP\n\n"
                           "photo_camera PHOTO REUTERS/Jane Doe - Fishing boats in the harbour of Skerrow\n\n"
                           "The coastguard said the credit union on the quay would reopen on Monday.\n";
  CHECK(flagged(text) ==
        Lines{"Rescuers search the quay at Carrowmere after the storm, March 14 [caption]",
              "Rescuers search the quay at Carrowmere after the storm, March 14 Copyright Credit: AP [caption]",
              "photo_camera PHOTO REUTERS/Jane Doe - Fishing boats in the harbour of Skerrow [caption]"});
}

TEST_CASE("furniture: a credit anywhere in a caption line, not a word that starts like one") {
  const std::string text = kArticle +
                           "\nFishing boats sheltering in the harbour at Skerrow on Tuesday. AFP via Getty Images\n\n"
                           "Trawlers tied up along the new breakwater at dawn, Carrowmere (Photo by Jane Doe)\n\n"
                           "Apprentices from Carrowmere repaired the nets by the old quay on Monday evening.\n\n"
                           "The reporters' boat reached Skerrow at dawn, the coastguard's photographs show.\n";
  CHECK(flagged(text) ==
        Lines{"Fishing boats sheltering in the harbour at Skerrow on Tuesday. AFP via Getty Images [caption]",
              "Trawlers tied up along the new breakwater at dawn, Carrowmere (Photo by Jane Doe) [caption]"});
}

TEST_CASE("furniture: hard-wrapped prose is not a link list") {
  // Short lines that run on into each other are one paragraph wrapped at a
  // narrow width, as plain-text copies of web pages often are.
  const std::string text = kArticle +
                           "\nThe harbour master said the new\nbreakwater would protect the boats,\n"
                           "but fishermen in Skerrow and\nCarrowmere want the old quay\nrepaired first\n"
                           "\u00a0\u00a0\u00a0\n\u00a0\n";
  CHECK(flagged(text).empty());
}

TEST_CASE("furniture: a line repeated alone in another article of the outlet") {
  const std::string a = kArticle + "\nThe Harbour Gazette daily edition\n";
  const std::string b = "Storm closes the port\n\nThe port closed on Monday as winds rose.\n\nThe Harbour Gazette daily edition\n";
  CHECK(flagged(a, {b}) == Lines{"The Harbour Gazette daily edition [repeated]"});
}

TEST_CASE("furniture: headlines, short sentences and quotes are content") {
  SUBCASE("the headline block at the top") {
    CHECK(flagged("Ferry adrift\nPassengers safe\nStorm eases\n\nThe ferry drifted for hours before tugs arrived.\n").empty());
  }
  SUBCASE("a short real sentence and a one-line quote") {
    CHECK(flagged(kArticle + "\nNobody was hurt.\n\n\"We were lucky,\" said the captain.\n").empty());
  }
  SUBCASE("a heading word inside prose is not a related-links heading") {
    CHECK(flagged(kArticle + "\nMore in the harbour were waiting for news of the crossing that night.\n").empty());
  }
}
