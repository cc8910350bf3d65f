#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "passages.h"
#include "tokenize.h"
#include "vocabulary.h"

using parallax::find_shared_passages;
using parallax::SharedPassage;
using parallax::WordSequence;

namespace {

// Documents from space-separated words, sharing one vocabulary.
struct Corpus {
  parallax::Vocabulary vocabulary;
  std::vector<WordSequence> docs;

  explicit Corpus(std::initializer_list<std::string> texts) {
    for (const auto& text : texts) {
      WordSequence seq;
      std::istringstream in(text);
      std::string word;
      while (in >> word) seq.ids.push_back(vocabulary.intern(word));
      docs.push_back(seq);
    }
  }

  std::vector<SharedPassage> find(std::uint32_t k, std::uint64_t max_spans = 1000000) const {
    return find_shared_passages(docs, static_cast<std::uint32_t>(vocabulary.size()), k, max_spans)
        .passages;
  }
};

}  // namespace

TEST_CASE("passages: one shared run between two documents is one maximal passage") {
  const Corpus c({"x1 x2 the quick brown fox jumps over the lazy dog y1",
                  "z1 the quick brown fox jumps over the lazy dog z2 z3"});
  const auto found = c.find(6);
  REQUIRE(found.size() == 1);
  CHECK(found[0].words == 9);
  CHECK(found[0].documents == 2);
  REQUIRE(found[0].spans.size() == 2);
  CHECK(found[0].spans[0].doc == 0);
  CHECK(found[0].spans[0].first_word == 2);
  CHECK(found[0].spans[0].end_word == 11);
  CHECK(found[0].spans[1].doc == 1);
  CHECK(found[0].spans[1].first_word == 1);
}

TEST_CASE("passages: shorter than K is not reported") {
  const Corpus c({"a b c d e f", "q a b c d e r"});
  CHECK(c.find(6).empty());
  CHECK(c.find(5).size() == 1);
}

TEST_CASE("passages: three documents sharing a part of a longer passage give nested groups") {
  const Corpus c({"p1 one two three four five six seven eight nine ten p2",
                  "q1 one two three four five six seven eight nine ten q2",
                  "r1 four five six seven eight nine r2"});
  const auto found = c.find(6);
  REQUIRE(found.size() == 2);
  CHECK(found[0].words == 10);
  CHECK(found[0].documents == 2);
  CHECK(found[1].words == 6);
  CHECK(found[1].documents == 3);
  CHECK(found[1].spans.size() == 3);
}

TEST_CASE("passages: a passage at the very start of documents is found") {
  const Corpus c({"a b c d e f g", "a b c d e f h"});
  const auto found = c.find(6);
  REQUIRE(found.size() == 1);
  CHECK(found[0].spans[0].first_word == 0);
  CHECK(found[0].words == 6);
}

TEST_CASE("passages: repetition inside one document alone is not shared") {
  const Corpus c({"a b c d e f g a b c d e f g", "totally different words in this other text here"});
  CHECK(c.find(6).empty());
}

TEST_CASE("passages: a passage repeated inside a document lists every occurrence") {
  const Corpus c({"s1 a b c d e f s2 a b c d e f s3", "t1 a b c d e f t2"});
  const auto found = c.find(6);
  REQUIRE(found.size() == 1);
  CHECK(found[0].spans.size() == 3);
  CHECK(found[0].documents == 2);
}

TEST_CASE("passages: unrelated texts share nothing") {
  const Corpus c({"the council approved the new budget for schools on monday evening",
                  "a storm closed the harbour and ferries stayed in port all week"});
  CHECK(c.find(3).empty());
}

TEST_CASE("passages: periodic text does not explode and the cap is honoured") {
  std::string a, b;
  for (int i = 0; i < 2000; ++i) a += "ha ";
  for (int i = 0; i < 300; ++i) b += "ha ";
  const Corpus c({a, b});
  const auto found = c.find(6);
  for (const auto& p : found)
    for (std::size_t i = 1; i < p.spans.size(); ++i)
      if (p.spans[i].doc == p.spans[i - 1].doc)
        CHECK(p.spans[i].first_word >= p.spans[i - 1].end_word);  // no overlapping spans
  const auto capped = find_shared_passages(c.docs, static_cast<std::uint32_t>(c.vocabulary.size()), 6, 10);
  CHECK(capped.truncated);
  std::size_t spans = 0;
  for (const auto& p : capped.passages) spans += p.spans.size();
  CHECK(spans <= 10);
}

TEST_CASE("passages: one sentence repeated for pages stops at the work limit, keeping what it found") {
  // Two documents of the same 5-word sentence, 4,000 times: every period
  // length is a repeat holding nearly every position (about 32 million
  // occurrences), where the spans kept are few.
  std::string text;
  for (int i = 0; i < 4000; ++i) text += "the ferry was late again ";
  const Corpus c({text, text});
  const auto vocabulary_size = static_cast<std::uint32_t>(c.vocabulary.size());

  SUBCASE("the default limit is reached and the whole shared text is found first") {
    const auto result = find_shared_passages(c.docs, vocabulary_size, 6, 1000000);
    CHECK(result.truncated);
    REQUIRE(!result.passages.empty());
    const SharedPassage& longest = result.passages.front();
    CHECK(longest.words == 20000);
    CHECK(longest.spans.size() == 2);
  }
  SUBCASE("a lower limit stops sooner; raising it finds more") {
    const auto low = find_shared_passages(c.docs, vocabulary_size, 6, 1000000, 100000);
    const auto high = find_shared_passages(c.docs, vocabulary_size, 6, 1000000, 1000000);
    CHECK(low.truncated);
    CHECK(low.passages.size() < high.passages.size());
  }
}

TEST_CASE("vocabulary: tokens get the id of their normalized form, however they are written") {
  const std::string text = "Police said police would POLICE the Police station; the police van";
  parallax::Tokens tokens = parallax::tokenize(text);
  parallax::Vocabulary vocabulary;
  vocabulary.assign_ids(text, tokens);
  std::vector<std::uint32_t> police;
  for (const auto& t : tokens)
    if (vocabulary.form(t.id) == "police") police.push_back(t.id);
  CHECK(police.size() == 5);
  CHECK(std::all_of(police.begin(), police.end(), [&](std::uint32_t id) { return id == police[0]; }));
  // Surfaces seen again are found again, and new ones still get new ids.
  const std::uint32_t before = static_cast<std::uint32_t>(vocabulary.size());
  parallax::Tokens again = parallax::tokenize(std::string_view(text).substr(0, 11));
  vocabulary.assign_ids(std::string_view(text).substr(0, 11), again);
  CHECK(vocabulary.size() == before);
  CHECK(again[0].id == police[0]);
  CHECK(vocabulary.intern("patrol") == before);
}

TEST_CASE("vocabulary: surface forms of every length are told apart and found again") {
  // Up to 8 bytes a surface is compared as one integer, beyond as bytes: one
  // letter apart at 7, 8, 9, 13 and 20 bytes (in the first and in a middle
  // eight-byte block), and case variants of one form.
  const std::string text =
      "Navalnaya Navalnaia Navalnaya Kremlin Kremlim Kremlin Brussels BRUSSELS Brussels "
      "demonstrators demonstrations demonstrators a I a "
      "internationalisation internationalization internationalisation xenotransplant zenotransplant";
  parallax::Tokens tokens = parallax::tokenize(text);
  parallax::Vocabulary vocabulary;
  vocabulary.assign_ids(text, tokens);
  REQUIRE(tokens.size() == 20);
  const auto id = [&](std::size_t k) { return tokens[k].id; };
  CHECK(id(0) == id(2));
  CHECK(id(0) != id(1));
  CHECK(id(3) == id(5));
  CHECK(id(3) != id(4));
  CHECK(id(6) == id(7));  // one normalized form, two surfaces
  CHECK(id(6) == id(8));
  CHECK(vocabulary.form(id(7)) == "brussels");
  CHECK(id(9) == id(11));
  CHECK(id(9) != id(10));
  CHECK(id(12) == id(14));
  CHECK(id(12) != id(13));
  CHECK(id(15) == id(17));
  CHECK(id(15) != id(16));
  CHECK(id(18) != id(19));
}

// The suffix array covers only text whose K-word grams repeat; these cases
// sit on the edges of such regions.
TEST_CASE("passages: found whole at document edges and next to unique text, with K-gram regions") {
  // One passage at the very start of one document and the very end of the
  // other, a second that begins right after a word seen nowhere else.
  const Corpus c({"one two three four five six seven u1 u2 alpha beta gamma delta epsilon zeta",
                  "v1 v2 v3 one two three four five six seven v4 q alpha beta gamma delta epsilon zeta"});
  const auto found = c.find(5);
  REQUIRE(found.size() == 2);
  CHECK(found[0].words == 7);
  CHECK(found[0].spans[0].first_word == 0);
  CHECK(found[0].spans[1].first_word == 3);
  CHECK(found[1].words == 6);
  CHECK(found[1].spans[0].first_word == 9);
  CHECK(found[1].spans[0].end_word == 15);
  CHECK(found[1].spans[1].end_word == 18);
}

TEST_CASE("passages: a passage preceded by the same word everywhere is reported with that word") {
  // "said" precedes both occurrences: the passage starts there (left-maximal),
  // even though "said" alone also appears elsewhere in unique text.
  const Corpus c({"x said the ferry left port at dawn on monday y said z",
                  "w said the ferry left port at dawn on monday q"});
  const auto found = c.find(6);
  REQUIRE(found.size() == 1);
  CHECK(found[0].words == 9);
  CHECK(found[0].spans[0].first_word == 1);
  CHECK(found[0].spans[1].first_word == 1);
}

TEST_CASE("passages: overlapping regions of repeated grams add no passage of their own") {
  // Two repeated runs in one document three words apart (their K-gram
  // regions overlap in text); only the real shared runs come out.
  const Corpus c({"a1 a2 a3 a4 a5 m b1 b2 b3 b4 b5", "a1 a2 a3 a4 a5 n", "o b1 b2 b3 b4 b5"});
  const auto found = c.find(5);
  REQUIRE(found.size() == 2);
  CHECK(found[0].words == 5);
  CHECK(found[1].words == 5);
  CHECK(found[0].spans.size() == 2);
  CHECK(found[1].spans.size() == 2);
}
