// The word diff: edit scripts, spans, cleanup, moves, limits (core/diff.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "diff.h"
#include "diff_json.h"
#include "diff_patience.h"
#include "diff_unified.h"
#include "unicode.h"

using parallax::DiffEdit;
using parallax::DiffOp;
using parallax::DiffOptions;
using parallax::DiffResult;

namespace {

DiffResult run(const std::string& a, const std::string& b, DiffOptions options = {}) {
  return parallax::diff_documents({"a.txt", a}, {"b.txt", b}, options);
}

std::string text_of(const parallax::DiffDocument& doc, std::uint32_t begin, std::uint32_t end) {
  return std::string(doc.text.substr(doc.tokens[begin].start, doc.tokens[end - 1].end - doc.tokens[begin].start));
}

// The script in a readable shorthand: "=The quick|-brown|+red|=fox".
std::string shorthand(const DiffResult& r) {
  std::string out;
  for (const DiffEdit& e : r.edits) {
    if (!out.empty()) out += "|";
    switch (e.op) {
      case DiffOp::kEqual: out += "=" + text_of(r.b, e.b_begin, e.b_end); break;
      case DiffOp::kDelete: out += "-" + text_of(r.a, e.a_begin, e.a_end); break;
      case DiffOp::kInsert: out += "+" + text_of(r.b, e.b_begin, e.b_end); break;
      case DiffOp::kMove: out += ">" + text_of(r.b, e.b_begin, e.b_end); break;
    }
  }
  return out;
}

// Every token of a and b is accounted for exactly once, equal edits hold the
// same tokens, and moves hold the same normalized text on both sides.
void check_script(const DiffResult& r) {
  REQUIRE_FALSE(r.has_error);
  std::vector<int> seen_a(r.a.tokens.size()), seen_b(r.b.tokens.size());
  for (const DiffEdit& e : r.edits) {
    if (e.op != DiffOp::kInsert)
      for (std::uint32_t i = e.a_begin; i < e.a_end; ++i) ++seen_a[i];
    if (e.op != DiffOp::kDelete)
      for (std::uint32_t j = e.b_begin; j < e.b_end; ++j) ++seen_b[j];
    if (e.op == DiffOp::kEqual) {
      REQUIRE(e.a_end - e.a_begin == e.b_end - e.b_begin);
      for (std::uint32_t k = 0; k < e.a_end - e.a_begin; ++k)
        CHECK(r.a.ids[e.a_begin + k] == r.b.ids[e.b_begin + k]);
    }
    if (e.op == DiffOp::kMove) CHECK(e.a_end - e.a_begin == e.b_end - e.b_begin);
  }
  for (int s : seen_a) CHECK(s == 1);
  for (int s : seen_b) CHECK(s == 1);
}

// Minimal inserted + deleted count by dynamic programming (LCS).
std::uint32_t minimal_edits(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::vector<std::vector<std::uint32_t>> lcs(a.size() + 1, std::vector<std::uint32_t>(b.size() + 1));
  for (std::size_t i = a.size(); i-- > 0;)
    for (std::size_t j = b.size(); j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  return static_cast<std::uint32_t>(a.size() + b.size() - 2 * lcs[0][0]);
}

// The runs increase on both sides, stay inside them and pair equal ids.
void check_runs(const parallax::TokenScript& s, const std::vector<std::uint32_t>& a,
                const std::vector<std::uint32_t>& b) {
  std::uint32_t a_end = 0, b_end = 0;
  for (const auto& run : s.runs) {
    CHECK(run.a >= a_end);
    CHECK(run.b >= b_end);
    for (std::uint32_t k = 0; k < run.length; ++k) CHECK(a[run.a + k] == b[run.b + k]);
    a_end = run.a + run.length;
    b_end = run.b + run.length;
  }
  CHECK(a_end <= a.size());
  CHECK(b_end <= b.size());
}

std::uint32_t script_edits(const parallax::TokenScript& s, std::size_t n, std::size_t m) {
  std::uint32_t equal = 0;
  for (const auto& r : s.runs) equal += r.length;
  return static_cast<std::uint32_t>(n + m - 2 * equal);
}

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto d = parallax::decode_utf8(s, i);
    out.push_back(d.code_point);
    i += d.length;
  }
  return out;
}

std::u16string utf16(std::string_view s) {
  std::u16string out;
  for (char32_t cp : code_points(s)) {
    if (cp >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("diff: empty inputs") {
  SUBCASE("both empty") {
    const DiffResult r = run("", "");
    check_script(r);
    CHECK(r.edits.empty());
  }
  SUBCASE("a empty: everything inserted") {
    const DiffResult r = run("", "Hello, world.");
    check_script(r);
    CHECK(shorthand(r) == "+Hello, world.");
    CHECK(r.counts.words_inserted == 2);
    CHECK(r.counts.tokens_inserted == 4);
  }
  SUBCASE("b empty: everything deleted") {
    const DiffResult r = run("Hello, world.\n", "");
    check_script(r);
    CHECK(shorthand(r) == "-Hello, world.");
    CHECK(r.counts.words_deleted == 2);
  }
  SUBCASE("whitespace only is no tokens") {
    CHECK(run("  \n\n ", "").edits.empty());
  }
}

TEST_CASE("diff: identical texts are one equal edit") {
  const DiffResult r = run("The same text, twice.", "The same text, twice.");
  check_script(r);
  CHECK(shorthand(r) == "=The same text, twice.");
  CHECK(r.minimal);
  CHECK_FALSE(r.approximate);
  CHECK(r.counts.tokens_inserted + r.counts.tokens_deleted + r.counts.tokens_moved == 0);
}

TEST_CASE("diff: insertion at start") {
  SUBCASE("one word") { CHECK(shorthand(run("quick fox", "The quick fox")) == "+The|=quick fox"); }
  SUBCASE("a sentence") {
    CHECK(shorthand(run("It rained.", "Breaking news. It rained.")) == "+Breaking news.|=It rained.");
  }
}

TEST_CASE("diff: insertion at end") {
  const DiffResult r = run("It rained.", "It rained. Then it stopped.");
  check_script(r);
  CHECK(shorthand(r) == "=It rained.|+Then it stopped.");
  CHECK(r.counts.words_inserted == 3);
}

TEST_CASE("diff: replacement and punctuation as tokens") {
  const DiffResult r = run("The quick brown fox jumps.", "The quick red fox jumps!");
  check_script(r);
  CHECK(shorthand(r) == "=The quick|-brown|+red|=fox jumps|-.|+!");
  CHECK(r.counts.words_deleted == 1);
  CHECK(r.counts.tokens_deleted == 2);
}

TEST_CASE("diff: case and quote style are changes (exact surface)") {
  const DiffResult r = run("He said \"yes\" today.", "He said “yes” Today.");
  check_script(r);
  CHECK(r.counts.tokens_deleted == 3);
  CHECK(r.counts.tokens_inserted == 3);
}

TEST_CASE("diff: spans are exact in every unit with emoji, combining marks and Cyrillic") {
  const std::string a = "«Северный ветер» 😀 arrived. Cafe\xCC\x81 👨‍👩‍👧 opened.\r\nЖёлтый дом.";
  const std::string b = "«Южный ветер» 👍🏽 arrived. Cafe\xCC\x81 👨‍👩‍👧 closed.\r\nЖёлтый дом 😀.";
  const DiffResult r = run(a, b);
  check_script(r);
  // Combining marks and emoji sequences are never split.
  for (const auto* doc : {&r.a, &r.b})
    for (std::size_t i = 0; i < doc->tokens.size(); ++i) {
      const parallax::DiffToken t = doc->tokens[i];
      const std::string s(doc->text.substr(t.start, t.end - t.start));
      CHECK(s != "\xCC\x81");
      CHECK(s != "\xE2\x80\x8D");
    }
  for (const char* unit : {"utf8", "utf16", "codepoint"}) {
    CAPTURE(unit);
    parallax::DiffJsonOptions options;
    REQUIRE(parallax::parse_offset_unit(unit, options.offset_unit));
    const auto json = nlohmann::json::parse(parallax::diff_to_json(r, options));
    CHECK(json["offset_unit"] == unit);
    REQUIRE(json["edits"].size() == r.edits.size());
    for (std::size_t k = 0; k < r.edits.size(); ++k) {
      const DiffEdit& e = r.edits[k];
      for (const char* side : {"a", "b"}) {
        if (!json["edits"][k].contains(side)) continue;
        const bool is_a = side[0] == 'a';
        const auto& doc = is_a ? r.a : r.b;
        const std::string expected = is_a ? text_of(r.a, e.a_begin, e.a_end) : text_of(r.b, e.b_begin, e.b_end);
        const auto start = json["edits"][k][side]["start"].get<std::size_t>();
        const auto end = json["edits"][k][side]["end"].get<std::size_t>();
        if (std::string(unit) == "utf8") {
          CHECK(doc.text.substr(start, end - start) == expected);
        } else if (std::string(unit) == "utf16") {
          CHECK(utf16(doc.text).substr(start, end - start) == utf16(expected));
        } else {
          CHECK(code_points(doc.text).substr(start, end - start) == code_points(expected));
        }
      }
    }
  }
}

TEST_CASE("diff: a moved paragraph is one move with both ends") {
  const std::string p1 = "The council met on Monday to discuss the harbour.";
  const std::string p2 = "Residents asked for a new ferry schedule and better lighting on the pier at night.";
  const std::string p3 = "The mayor promised an answer within a month.";
  const std::string p4 = "A second meeting is planned for the spring, the clerk said.";
  const DiffResult r = run(p1 + "\n\n" + p2 + "\n\n" + p3 + "\n\n" + p4 + "\n",
                           p1 + "\n\n" + p3 + "\n\n" + p4 + "\n\n" + p2 + "\n");
  check_script(r);
  REQUIRE(r.counts.words_moved > 0);
  int moves = 0;
  for (const DiffEdit& e : r.edits) {
    if (e.op != DiffOp::kMove) continue;
    ++moves;
    CHECK(text_of(r.a, e.a_begin, e.a_end) == text_of(r.b, e.b_begin, e.b_end));
  }
  CHECK(moves == 1);
  CHECK(r.counts.words_inserted == 0);
  CHECK(r.counts.words_deleted == 0);

  SUBCASE("without move detection it stays delete + insert") {
    DiffOptions options;
    options.moves = false;
    const DiffResult plain = run(p1 + "\n\n" + p2 + "\n\n" + p3 + "\n", p1 + "\n\n" + p3 + "\n\n" + p2 + "\n", options);
    CHECK(plain.counts.words_moved == 0);
    CHECK(plain.counts.words_inserted > 0);
  }
  SUBCASE("a few words moved are not a move") {
    const DiffResult small = run("alpha beta gamma delta one two", "one two alpha beta gamma delta");
    CHECK(small.counts.words_moved == 0);
  }
}

TEST_CASE("diff: a moved paragraph keeps its first word when that word also opens the next one") {
  // Both paragraphs open with "The": the minimal script pairs the moved
  // paragraph's "The" with the next paragraph's, so without care the move
  // would start at "cargo" and leave "The" deleted at the source.
  const std::string intro = "Families waited at the terminal.";
  const std::string ferry =
      "ferry left Carrowmere harbour at twenty to six in the evening on its regular crossing to "
      "Skerrow Island, with forty passengers and a crew of nine aboard.";
  const std::string cargo =
      "The cargo vessel placed itself between the ferry and the oncoming waves, a manoeuvre the "
      "coastguard praised.";
  const std::string a = intro + "\n\nThe " + ferry + "\n\n" + cargo + "\n";
  const std::string b = intro + "\n\n" + cargo + "\n\nThe old " + ferry + "\n";
  const DiffResult r = run(a, b);
  check_script(r);
  int moves = 0;
  for (const DiffEdit& e : r.edits) {
    if (e.op != DiffOp::kMove) continue;
    ++moves;
    CHECK(text_of(r.a, e.a_begin, e.a_end) == cargo);
    CHECK(text_of(r.b, e.b_begin, e.b_end) == cargo);
  }
  CHECK(moves == 1);
  CHECK(r.counts.words_deleted == 0);
  CHECK(r.counts.words_inserted == 1);  // "old"

  SUBCASE("the script's size is what it is without moves") {
    DiffOptions no_moves;
    no_moves.moves = false;
    const DiffResult plain = run(a, b, no_moves);
    CHECK(r.counts.tokens_inserted + r.counts.tokens_deleted + 2 * r.counts.tokens_moved ==
          plain.counts.tokens_inserted + plain.counts.tokens_deleted);
  }
}

TEST_CASE("diff: cleanup merges edits split by tiny equalities") {
  const std::string a = "He said the plan was good.";
  const std::string b = "She thought the idea was bad.";
  DiffOptions raw;
  raw.cleanup = false;
  SUBCASE("raw: minimal, many small edits") {
    const DiffResult r = run(a, b, raw);
    check_script(r);
    CHECK(shorthand(r) == "-He said|+She thought|=the|-plan|+idea|=was|-good|+bad|=.");
  }
  SUBCASE("cleaned: one replacement") {
    const DiffResult r = run(a, b);
    check_script(r);
    CHECK(shorthand(r) == "-He said the plan was good|+She thought the idea was bad|=.");
  }
}

TEST_CASE("diff: cleanup slides an insertion to sentence boundaries") {
  const DiffResult r = run("Rain fell. Rain fell. Wind rose.", "Rain fell. Rain fell. Rain fell. Wind rose.");
  check_script(r);
  std::string inserted;
  for (const DiffEdit& e : r.edits)
    if (e.op == DiffOp::kInsert) inserted = text_of(r.b, e.b_begin, e.b_end);
  CHECK(inserted == "Rain fell.");
}

TEST_CASE("diff: the raw script is minimal (against an LCS table)") {
  std::mt19937 random(7);
  for (int round = 0; round < 300; ++round) {
    CAPTURE(round);
    const std::uint32_t alphabet = 2 + random() % 8;
    std::vector<std::uint32_t> a(random() % 60), b;
    for (auto& x : a) x = random() % alphabet;
    for (std::uint32_t x : a) {  // b: a with random edits
      const auto roll = random() % 10;
      if (roll == 0) continue;
      if (roll == 1) b.push_back(random() % alphabet);
      b.push_back(roll == 2 ? static_cast<std::uint32_t>(random() % alphabet) : x);
    }
    const auto exact = parallax::diff_token_ids(a, b, alphabet, {});
    CHECK(exact.minimal);
    CHECK(script_edits(exact, a.size(), b.size()) == minimal_edits(a, b));
    parallax::ScriptOptions anchored;
    anchored.exact_max_tokens = 1;
    for (const auto& options : {anchored, parallax::ScriptOptions{5, 0}}) {
      const auto s = parallax::diff_token_ids(a, b, alphabet, options);
      check_runs(s, a, b);
    }
  }
}

TEST_CASE("diff: unique anchors over boxes longer than the passes' slices") {
  // Two versions of a 12,000-token text (ids drawn from 200,000, so most are
  // unique) with blocks moved and some tokens replaced: the box and its
  // candidates span more than one of find()'s 8,192-element slices, the box
  // starts inside one, and find() runs twice on one UniqueAnchors (its counts
  // must be reset in every slice).
  std::mt19937 random(11);
  const std::uint32_t id_count = 200000;
  std::vector<std::uint32_t> a(12000);
  for (auto& x : a) x = random() % id_count;
  std::vector<std::uint32_t> b = a;
  for (int k = 0; k < 20; ++k) {
    const std::size_t from = random() % (b.size() - 900), length = 1 + random() % 300;
    std::rotate(b.begin() + from, b.begin() + from + length, b.begin() + from + length + random() % 600);
    b[random() % b.size()] = random() % id_count;
  }
  parallax::UniqueAnchors anchors(a.data(), b.data(), id_count);
  for (const parallax::DiffBox box : {parallax::DiffBox{37, 11990, 5, 12000}, parallax::DiffBox{0, 12000, 0, 12000}}) {
    CAPTURE(box.a0);
    const auto chain = anchors.find(box);
    // Reference: every id once on each side of the box, then the longest chain
    // increasing in both by a quadratic table.
    std::vector<int> in_a(id_count), in_b(id_count);
    std::vector<std::uint32_t> at_b(id_count);
    for (std::uint32_t i = box.a0; i < box.a1; ++i) ++in_a[a[i]];
    for (std::uint32_t j = box.b0; j < box.b1; ++j) ++in_b[b[j]], at_b[b[j]] = j;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> candidates;
    for (std::uint32_t i = box.a0; i < box.a1; ++i)
      if (in_a[a[i]] == 1 && in_b[a[i]] == 1) candidates.emplace_back(i, at_b[a[i]]);
    REQUIRE(candidates.size() > 8192);
    std::vector<std::uint32_t> best(candidates.size(), 1);
    std::uint32_t longest = 0;
    for (std::size_t c = 0; c < candidates.size(); ++c) {
      for (std::size_t d = 0; d < c; ++d)
        if (candidates[d].second < candidates[c].second) best[c] = std::max(best[c], best[d] + 1);
      longest = std::max(longest, best[c]);
    }
    CHECK(chain.size() == longest);
    for (std::size_t k = 0; k < chain.size(); ++k) {
      const auto [i, j] = chain[k];
      CHECK(std::find(candidates.begin(), candidates.end(), chain[k]) != candidates.end());
      if (k > 0) CHECK((chain[k - 1].first < i && chain[k - 1].second < j));
    }
  }
}

TEST_CASE("diff: reaching the work limit gives an approximate script") {
  std::string a, b;
  std::mt19937 random(3);
  for (int i = 0; i < 3000; ++i) {
    a += "w" + std::to_string(random() % 50) + " ";
    b += "w" + std::to_string(random() % 50) + " ";
  }
  DiffOptions limited;
  limited.script.max_work = 1000;
  const DiffResult r = run(a, b, limited);
  check_script(r);
  CHECK(r.approximate);
  CHECK_FALSE(r.minimal);
  CHECK(r.work < 200000);  // bounded: the limit plus the linear approximation
  const auto json = nlohmann::json::parse(parallax::diff_to_json(r, {}));
  CHECK(json["approximate"] == true);

  SUBCASE("with the default limit the same diff is exact") {
    const DiffResult exact = run(a, b);
    CHECK_FALSE(exact.approximate);
    CHECK(exact.minimal);
  }
}

TEST_CASE("diff: binary input is an error value") {
  const DiffResult r = run("text", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
  CHECK(r.has_error);
  CHECK(r.error.code == "binary");
  CHECK(r.error.message.find("b.txt") != std::string::npos);
  const auto json = nlohmann::json::parse(parallax::diff_to_json(r, {}));
  CHECK(json["error"]["code"] == "binary");
}

TEST_CASE("diff: unified format marks changes and moves") {
  const std::string p2 = "Residents asked for a new ferry schedule and better lighting on the pier.";
  const DiffResult r = run("The quick brown fox.\n\n" + p2 + "\n\nThe end came quickly.\n",
                           "The quick red fox.\n\nThe end came quickly.\n\n" + p2 + "\n");
  const std::string u = parallax::diff_to_unified(r, 1);
  CHECK(u.rfind("--- a.txt\n+++ b.txt\n@@ -1 +1 @@\n", 0) == 0);
  CHECK(u.find("The quick [-brown-] {+red+} fox.") != std::string::npos);
  CHECK(u.find("[>1: ") != std::string::npos);
  CHECK(u.find("{>1: ") != std::string::npos);
  CHECK(parallax::diff_to_unified(run("same", "same"), 1).empty());
}

TEST_CASE("diff: requests for the WASM door") {
  SUBCASE("a good request") {
    const std::string data = "one two threefour";
    const auto out = nlohmann::json::parse(parallax::diff_request(
        R"({"documents":[{"name":"a","size":13},{"name":"b","size":4}],"options":{"offset_unit":"utf16"}})", data));
    CHECK(out["offset_unit"] == "utf16");
    CHECK(out["documents"][1]["name"] == "b");
    CHECK(out["counts"]["inserted"] == 1);
    CHECK(out["counts"]["deleted"] == 3);
  }
  SUBCASE("malformed requests") {
    for (const char* request : {"nope", R"({"documents":[{"name":"a","size":1}]})",
                                R"({"documents":[{"name":"a","size":9},{"name":"b","size":1}]})",
                                R"({"documents":[{"name":"a","size":1},{"name":"b","size":1}],"options":{"cleanup":1}})"}) {
      CAPTURE(request);
      const auto out = nlohmann::json::parse(parallax::diff_request(request, "ab"));
      CHECK(out["error"]["code"] == "bad-request");
    }
  }
}

TEST_CASE("diff: compact JSON (edits written directly) equals the indented JSON") {
  const DiffResult r = run("Grüße «alt» 😀 one two three. The plan was good.\n\nA moved paragraph of enough words to count as a move here.",
                           "A moved paragraph of enough words to count as a move here.\n\nGrüße «neu» 😀 one three four. The idea was good.");
  REQUIRE_FALSE(r.has_error);
  for (const auto unit : {parallax::OffsetUnit::kUtf8, parallax::OffsetUnit::kUtf16, parallax::OffsetUnit::kCodePoint}) {
    parallax::DiffJsonOptions compact, indented;
    compact.offset_unit = indented.offset_unit = unit;
    indented.indent = 2;
    const std::string text = parallax::diff_to_json(r, compact);
    CHECK(text.find('\n') == std::string::npos);
    const auto parsed = nlohmann::json::parse(text);
    CHECK(parsed == nlohmann::json::parse(parallax::diff_to_json(r, indented)));
    CHECK(nlohmann::ordered_json::parse(text).dump() == text);  // the usual compact spelling
    CHECK(parsed["edits"].size() == r.edits.size());
  }
}

TEST_CASE("diff: with borrow_input, texts in UTF-8 are read where they lie and the input is kept") {
  const std::string a = "The council approved the plan on Monday.", b = "The council rejected the plan on Tuesday.";
  const std::string latin = "The council rejected the plan on Tuesday, caf\xE9.";
  int calls = 0;
  DiffOptions options;
  options.borrow_input = true;
  options.release_input = [&] { ++calls; };
  const DiffResult r = parallax::diff_documents({"a.txt", a}, {"b.txt", b}, options);
  CHECK(calls == 0);
  CHECK(r.a.text.data() == a.data());  // no copy
  CHECK(r.b.text.data() == b.data());
  CHECK(r.a.owned_text == nullptr);
  CHECK(shorthand(r) == "=The council|-approved|+rejected|=the plan on|-Monday|+Tuesday|=.");
  const std::string bom = "\xEF\xBB\xBF" + a;  // the byte-order mark is left out of the text
  const DiffResult with_bom = parallax::diff_documents({"a.txt", bom}, {"b.txt", b}, options);
  CHECK(with_bom.a.text.data() == bom.data() + 3);
  CHECK(with_bom.a.text == a);
  CHECK(shorthand(with_bom) == shorthand(r));
  // One text decoded from Windows-1252 (its own copy), one still in the input:
  // the input is not released.
  const DiffResult mixed = parallax::diff_documents({"a.txt", a}, {"b.txt", latin}, options);
  CHECK(calls == 0);
  CHECK(mixed.a.text.data() == a.data());
  REQUIRE(mixed.b.owned_text != nullptr);
  CHECK(mixed.b.text == "The council rejected the plan on Tuesday, caf\xC3\xA9.");
  const DiffResult copied = mixed;  // a copy shares the decoded text, whose view stays valid
  CHECK(copied.b.text.data() == copied.b.owned_text->data());
}

TEST_CASE("diff: the input bytes may be freed once release_input is called") {
  std::string a = "The council approved the plan on Monday.", b = "The council rejected the plan on Tuesday.";
  const std::string a_copy = a, b_copy = b;
  int calls = 0;
  DiffOptions options;
  options.release_input = [&] {  // overwrite and free: nothing may read them after this
    ++calls;
    a.assign(a.size(), '#');
    b.assign(b.size(), '#');
    std::string().swap(a);
    std::string().swap(b);
  };
  const DiffResult r = parallax::diff_documents({"a.txt", a}, {"b.txt", b}, options);
  CHECK(calls == 1);
  check_script(r);
  CHECK(r.a.text == a_copy);
  CHECK(r.b.text == b_copy);
  CHECK(shorthand(r) == "=The council|-approved|+rejected|=the plan on|-Monday|+Tuesday|=.");
  SUBCASE("also through a request, and when a document cannot be read") {
    // diff_request on two documents' bytes end to end; counts release calls.
    int request_calls = 0;
    auto request = [&](const std::string& x, const std::string& y) {
      std::string data = x + y;
      const std::string json = R"({"documents":[{"name":"a","size":)" + std::to_string(x.size()) +
                               R"(},{"name":"b","size":)" + std::to_string(y.size()) + "}]}";
      return nlohmann::json::parse(parallax::diff_request(json, data, [&] {
        ++request_calls;
        data.assign(data.size(), '#');
      }));
    };
    // A request's data outlives its diff: texts in UTF-8 are read where they
    // lie (borrow_input), so the data is not released.
    const auto out = request(a_copy, b_copy);
    CHECK(request_calls == 0);
    CHECK(out["counts"]["inserted"] == 2);
    // Windows-1252 on both sides is decoded into texts of their own: released.
    const auto decoded = request("Caf\xE9 council approved it.", "Caf\xE9 council rejected it.");
    CHECK(request_calls == 1);
    CHECK(decoded["counts"]["inserted"] == 1);
    CHECK(decoded["documents"][0]["encoding"] == "windows-1252");
    std::string binary("ab\0cd", 5);
    calls = 0;
    const DiffResult bad = parallax::diff_documents({"a.bin", binary}, {"b.txt", b_copy}, options);
    CHECK(bad.has_error);
    CHECK(calls == 1);
    calls = 0;
    options.max_total_bytes = 10;  // refused before decoding: released all the same
    CHECK(parallax::diff_documents({"a.txt", a_copy}, {"b.txt", b_copy}, options).error.code == "too-large");
    CHECK(calls == 1);
  }
}

TEST_CASE("diff: tokens only one side has are set aside without changing the minimum") {
  // Fresh ids (inserted, never in a) and ids of a that b dropped are set
  // aside before the search; the script, mapped back through the stretches
  // they cut, must still be minimal and pair only equal tokens.
  std::mt19937 random(11);
  for (int round = 0; round < 200; ++round) {
    CAPTURE(round);
    const std::uint32_t alphabet = 3 + random() % 6;
    std::uint32_t fresh = 2 * alphabet;  // ids alphabet..2*alphabet-1 only ever in a
    std::vector<std::uint32_t> a, b;
    for (int i = 0, n = static_cast<int>(random() % 80); i < n; ++i)
      a.push_back(random() % 5 == 0 ? alphabet + random() % alphabet : random() % alphabet);
    for (std::uint32_t x : a) {
      const auto roll = random() % 8;
      if (roll == 0) b.push_back(fresh++);  // a run of new tokens starts here
      if (roll == 1) b.push_back(fresh++);
      if (x < alphabet && roll != 2) b.push_back(x);
    }
    const auto s = parallax::diff_token_ids(a, b, fresh, {});
    CHECK(s.minimal);
    CHECK(script_edits(s, a.size(), b.size()) == minimal_edits(a, b));
    check_runs(s, a, b);
  }
}

TEST_CASE("diff: set-aside tokens around the passes' slice boundaries") {
  // 20,000 tokens in a repeating text, with tokens only a has and tokens only
  // b has just before, across and just after 8,192 and 16,384 (the set-aside
  // passes run 8,192 tokens at a time, diff_slices.h): every one of them is
  // an edit, the rest is equal, and the runs map back to the full sequences.
  std::vector<std::uint32_t> a, b;
  std::uint32_t only_a = 1000, only_b = 2000;
  for (std::uint32_t i = 0; i < 20000; ++i) {
    const bool edge = (i >= 8189 && i <= 8194) || (i >= 16383 && i <= 16385) || i == 19999;
    if (edge && i % 2 == 0) {
      a.push_back(only_a++);  // a's own token: a deletion
      continue;
    }
    if (edge) b.push_back(only_b++);  // b's own token: an insertion
    a.push_back(i % 700);
    b.push_back(i % 700);
  }
  for (const std::uint32_t exact_max : {std::uint32_t{0}, std::uint32_t{1}}) {  // exact, then anchored
    CAPTURE(exact_max);
    parallax::ScriptOptions options;
    options.exact_max_tokens = exact_max;
    const auto s = parallax::diff_token_ids(a, b, only_b, options);
    check_runs(s, a, b);
    CHECK(script_edits(s, a.size(), b.size()) == (only_a - 1000) + (only_b - 2000));
  }
}

TEST_CASE("diff: many distinct forms, and long forms alike in their first 16 bytes, get their own ids") {
  // 20,000 distinct words (the id table grows several times, its records span
  // several blocks) of which every tenth is 25 bytes long and differs from
  // the others only after byte 16; b changes one word in a hundred.
  std::string a, b;
  std::uint32_t changed = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::string n = std::to_string(i);
    const std::string word = i % 10 == 0 ? "internationalisation" + std::string(5 - std::min<std::size_t>(5, n.size()), 'x') + n
                                         : "w" + n;
    a += word + " ";
    if (i % 100 == 50) {
      b += word + "s ";
      ++changed;
    } else {
      b += word + " ";
    }
  }
  const DiffResult r = run(a, b);
  check_script(r);
  CHECK(r.counts.tokens_deleted == changed);
  CHECK(r.counts.tokens_inserted == changed);
  std::vector<std::uint32_t> sorted = r.a.ids;
  std::sort(sorted.begin(), sorted.end());
  CHECK(std::unique(sorted.begin(), sorted.end()) == sorted.end());  // every word of a its own id
  CHECK(r.b.ids[0] == r.a.ids[0]);
  CHECK(r.b.ids[19990] == r.a.ids[19990]);  // a long one, shared
}

TEST_CASE("diff: moves out of two deleted stretches, and a stretch partly moved") {
  const std::string p1 = "The council met on Monday to discuss the harbour and the new ferry.";
  const std::string p2 = "Residents asked for a new ferry schedule and better lighting on the pier at night.";
  const std::string p3 = "The mayor promised an answer within a month, before the summer season begins.";
  const std::string p4 = "A second meeting is planned for the spring, the clerk told reporters afterwards.";
  const std::string p5 = "Fishermen said the harbour wall needs repairs before the winter storms arrive.";
  const std::string gone = "Nobody mentioned the budget.";
  // a: p1 p2 gone p3 p4 p5; b: p1 p3 p5 p2 p4: p2 moves (its delete edit
  // also holds `gone`, which stays deleted), and p4 or p5 moves too.
  const DiffResult r = run(p1 + "\n\n" + p2 + " " + gone + "\n\n" + p3 + "\n\n" + p4 + "\n\n" + p5 + "\n",
                           p1 + "\n\n" + p3 + "\n\n" + p5 + "\n\n" + p2 + "\n\n" + p4 + "\n");
  check_script(r);
  int moves = 0;
  std::string deleted;
  for (const DiffEdit& e : r.edits) {
    if (e.op == DiffOp::kMove) {
      ++moves;
      CHECK(text_of(r.a, e.a_begin, e.a_end) == text_of(r.b, e.b_begin, e.b_end));
    }
    if (e.op == DiffOp::kDelete) deleted += text_of(r.a, e.a_begin, e.a_end);
  }
  CHECK(moves == 2);
  CHECK(deleted == gone);
  CHECK(r.counts.words_deleted == 4);
  CHECK(r.counts.words_inserted == 0);
}
