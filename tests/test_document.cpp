#include <doctest/doctest.h>

#include "document.h"

using parallax::decode_document;
using parallax::find_invalid_utf8;

TEST_CASE("document: valid UTF-8 is kept as is, line ends included") {
  const std::string bytes = "Caf\xC3\xA9\r\nline two\n";
  const auto r = decode_document("a.txt", bytes);
  REQUIRE(r.ok);
  CHECK(r.decoded.text == bytes);
  CHECK(r.decoded.encoding == "utf-8");
  CHECK(r.decoded.notices.empty());
}

TEST_CASE("document: a UTF-8 byte-order mark is dropped with a notice") {
  const auto r = decode_document("bom.txt", "\xEF\xBB\xBFHello");
  REQUIRE(r.ok);
  CHECK(r.decoded.text == "Hello");
  CHECK(r.decoded.notices.size() == 1);
}

TEST_CASE("document: UTF-16 with a byte-order mark is decoded") {
  SUBCASE("little endian, with a surrogate pair") {
    const std::string bytes("\xFF\xFEH\0i\0 \0=\xD8\0\xDE", 12);  // "Hi 😀"
    const auto r = decode_document("le.txt", bytes);
    REQUIRE(r.ok);
    CHECK(r.decoded.encoding == "utf-16le");
    CHECK(r.decoded.text == "Hi \xF0\x9F\x98\x80");
  }
  SUBCASE("big endian") {
    const std::string bytes("\xFE\xFF\0H\0i", 6);
    const auto r = decode_document("be.txt", bytes);
    REQUIRE(r.ok);
    CHECK(r.decoded.text == "Hi");
  }
  SUBCASE("an unpaired surrogate becomes U+FFFD with a notice") {
    const std::string bytes("\xFF\xFE\x00\xD8" "a\0", 6);
    const auto r = decode_document("lone.txt", bytes);
    REQUIRE(r.ok);
    CHECK(r.decoded.text == "\xEF\xBF\xBD" "a");
    CHECK(r.decoded.notices.size() == 2);
  }
}

TEST_CASE("document: Windows-1252 text is decoded with a notice naming the byte") {
  const auto r = decode_document("old.txt", "Caf\xE9 \x93quoted\x94 \x80 5");
  REQUIRE(r.ok);
  CHECK(r.decoded.encoding == "windows-1252");
  CHECK(r.decoded.text == "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC 5");
  REQUIRE(r.decoded.notices.size() == 1);
  CHECK(r.decoded.notices[0].find("byte 3") != std::string::npos);
}

TEST_CASE("document: bad files are refused with a stable code and a position") {
  SUBCASE("empty") {
    const auto r = decode_document("e.txt", "");
    CHECK_FALSE(r.ok);
    CHECK(r.error.code == "empty");
    CHECK(r.error.message.find("e.txt") != std::string::npos);
  }
  SUBCASE("only whitespace") { CHECK(decode_document("w.txt", " \n\t\r\n").error.code == "empty"); }
  SUBCASE("binary with a NUL byte") {
    const auto r = decode_document("data.bin", std::string("SQLdata\x01\0\0\x0Dtable", 16));
    CHECK(r.error.code == "binary");
    CHECK(r.error.byte == 8);
    CHECK(r.error.message.find("byte 8") != std::string::npos);
  }
  SUBCASE("an image is named by its format") {
    const auto r = decode_document("img.png", std::string("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16));
    CHECK(r.error.code == "binary");
    CHECK(r.error.message == "img.png: a PNG image, not text");
  }
  SUBCASE("a PDF without a NUL byte is refused as a PDF, not decoded as Windows-1252") {
    const std::string pdf =
        "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "2 0 obj\n<< /Length 44 >>\nstream\nBT /F1 24 Tf 100 700 Td (Council votes) Tj ET\nendstream\n";
    const auto r = decode_document("minutes.pdf", pdf);
    CHECK_FALSE(r.ok);
    CHECK(r.error.code == "binary");
    CHECK(r.error.message.find("minutes.pdf: a PDF document") == 0);
    CHECK(r.error.message.find("PDF reading is not supported") != std::string::npos);
  }
  SUBCASE("a Word document (a ZIP archive) says how to get text out of it") {
    const auto r = decode_document("story.docx", std::string("PK\x03\x04\x14\0\x06\0", 8));
    CHECK(r.error.code == "binary");
    CHECK(r.error.message.find(".docx") != std::string::npos);
    CHECK(r.error.message.find("save or copy the article as a .txt or .html file") != std::string::npos);
  }
  SUBCASE("text that only mentions a format is text") {
    CHECK(decode_document("n.txt", "The minutes (%PDF-1.7, 3 pages) were published on Friday.").ok);
  }
  SUBCASE("punctuation and symbols only: no words to compare") {
    const auto r = decode_document("rule.txt", "-----\n* * *\n\xE2\x80\x94 \xC2\xAB \xC2\xBB ===\n");
    CHECK(r.error.code == "no-words");
    CHECK(r.error.message.find("rule.txt: no words to compare") == 0);
  }
  SUBCASE("one digit or one letter in any script is enough") {
    CHECK(decode_document("n.txt", "--- 7 ---").ok);
    CHECK(decode_document("k.txt", "\xE2\x80\x94 \xD0\x96 \xE2\x80\x94").ok);
  }
  SUBCASE("invalid UTF-8 full of control bytes") {
    std::string bytes = "ok \xC3";
    for (int i = 0; i < 20; ++i) bytes += "\x01\x02\x81";
    const auto r = decode_document("x.bin", bytes);
    CHECK(r.error.code == "not-text");
    CHECK(r.error.byte == 3);
  }
  SUBCASE("valid UTF-8 that is mostly control characters") {
    CHECK(decode_document("c.bin", "\x01\x02\x03\x04 abc").error.code == "binary");
  }
}

TEST_CASE("document: stray control characters in good text are kept") {
  const std::string bytes = "A line with a stray \x07 bell and a form feed \f in a long enough text.";
  const auto r = decode_document("s.txt", bytes);
  REQUIRE(r.ok);
  CHECK(r.decoded.text == bytes);
}

TEST_CASE("document: find_invalid_utf8 finds the first bad sequence") {
  CHECK(find_invalid_utf8("abc") == std::string::npos);
  CHECK(find_invalid_utf8("\xEF\xBF\xBD ok") == std::string::npos);  // a real U+FFFD
  CHECK(find_invalid_utf8("ab\xC0\xAF") == 2);                        // overlong
  CHECK(find_invalid_utf8("ab\xED\xA0\x80") == 2);                    // surrogate
  CHECK(find_invalid_utf8("abc\xE2\x82") == 3);                       // truncated
}
