// The word diff's compact tokens, made a block of text at a time
// (core/diff_tokens.h): the same tokens as tokenizing the whole text at once.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "diff_tokens.h"
#include "tokenize.h"

namespace {

parallax::DiffTokens in_blocks(const std::string& text, std::size_t block_bytes, int* blocks = nullptr) {
  parallax::DiffTokens out;
  parallax::tokenize_for_diff(text, block_bytes, [&](const parallax::Tokens& block, std::uint32_t offset) {
    out.append(block, offset);
    if (blocks) ++*blocks;
  });
  return out;
}

// Spans, kinds, line breaks (capped at two) and spaces of `got` are those of
// tokenize(text).
void check_same(const std::string& text, const parallax::DiffTokens& got) {
  const parallax::Tokens whole = parallax::tokenize(text);
  REQUIRE(got.size() == whole.size());
  for (std::size_t i = 0; i < whole.size(); ++i) {
    CAPTURE(i);
    CHECK(got[i].start == whole[i].start);
    CHECK(got[i].end == whole[i].end);
    CHECK(got.kind(i) == whole[i].kind);
    CHECK(got.is_word_like(i) == whole[i].is_word_like());
    CHECK(got.line_breaks_before(i) == (whole[i].newlines_before < 2 ? whole[i].newlines_before : 2u));
    CHECK(got.space_before(i) == whole[i].space_before);
  }
}

// Gaps with CR LF, blank lines, no-break and ideographic spaces and a
// variation selector; abbreviations, apostrophes, numbers with separators,
// emoji joined by ZWJ, flags, combining marks, Cyrillic, runs of punctuation.
const std::string kTricky =
    "The U.S. envoy met him at 8:00 p.m. on Friday.\r\n\r\n"
    "\"We don't agree,\" said Navalny's aide -- 11,000 people... \xE2\x80\x94 \xC2\xA0 really?!\n"
    "  \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 family \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 flag "
    "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 cafe\xCC\x81 1700GMT 5th\xE3\x80\x80next\r\n"
    "\n\n\n\nlast line\xEF\xB8\x8F ends here \n";

}  // namespace

TEST_CASE("diff tokens: every block size gives the tokens of the whole text") {
  for (std::size_t block = 1; block <= kTricky.size() + 1; ++block) {
    CAPTURE(block);
    check_same(kTricky, in_blocks(kTricky, block));
  }
}

TEST_CASE("diff tokens: a long text is tokenized in several blocks, text without spaces in one") {
  std::string text;
  for (int k = 0; k < 400; ++k) text += "Paragraph " + std::to_string(k) + " says U.S. officials met.\n\n";
  int blocks = 0;
  check_same(text, in_blocks(text, 256, &blocks));
  CHECK(blocks > 40);  // about one per 256 bytes of 12,000

  const std::string unbroken(2000, '.');  // one token: no space or line feed to cut at
  blocks = 0;
  check_same(unbroken + "a", in_blocks(unbroken + "a", 16, &blocks));
  CHECK(blocks == 1);
}

TEST_CASE("diff tokens: whitespace-only and empty texts have no tokens") {
  CHECK(in_blocks("", 4).empty());
  CHECK(in_blocks("   \n\n \r\n", 2).empty());
  check_same("   \n\n  word", in_blocks("   \n\n  word", 2));
}

TEST_CASE("diff tokens: a long gap between tokens keeps its line breaks") {
  const std::string text = "before" + std::string(5000, ' ') + "\n" + std::string(3000, ' ') + "after";
  check_same(text, in_blocks(text, 8));
  CHECK(in_blocks(text, 8).line_breaks_before(1) == 1);
}

TEST_CASE("diff tokens: tokens of 255 bytes and more keep their exact spans") {
  // A span is kept as a start and a one-byte length; lengths from 255 on are
  // kept aside. Words of 254, 255, 256, 300 and 70,000 letters between short
  // ones, in blocks that cut the text many times.
  std::string text = "Start";
  for (std::size_t length : {254u, 255u, 256u, 300u, 70000u, 3u})
    text += " ab " + std::string(length, 'w') + ", cd";
  text += " end.\n";
  for (std::size_t block : {8u, 1000u, 1u << 20}) {
    CAPTURE(block);
    const parallax::DiffTokens got = in_blocks(text, block);
    check_same(text, got);
    std::vector<std::uint32_t> long_lengths;
    for (std::size_t i = 0; i < got.size(); ++i)
      if (got[i].end - got[i].start >= 254) long_lengths.push_back(got[i].end - got[i].start);
    CHECK(long_lengths == std::vector<std::uint32_t>{254, 255, 256, 300, 70000});
  }
}
