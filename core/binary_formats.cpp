#include "binary_formats.h"

namespace parallax {

namespace {

struct Signature {
  std::string_view magic;
  std::size_t offset;  // where the magic bytes start
  BinaryFormat format;
};

constexpr std::string_view kSaveAsText = "save or copy the article as a .txt or .html file";

// Magic numbers as the formats' specifications give them.
constexpr Signature kSignatures[] = {
    {"%PDF-", 0, {"a PDF document", "PDF reading is not supported: copy the article's text into a .txt file"}},
    {"\x89PNG\r\n\x1A\n", 0, {"a PNG image", ""}},
    {"\xFF\xD8\xFF", 0, {"a JPEG image", ""}},
    {"GIF87a", 0, {"a GIF image", ""}},
    {"GIF89a", 0, {"a GIF image", ""}},
    {"PK\x03\x04", 0, {"a ZIP archive", "a .docx, .odt or .epub is one too: save or copy the article as a .txt or .html file"}},
    {"PK\x05\x06", 0, {"a ZIP archive", ""}},
    {"\x1F\x8B", 0, {"a gzip archive", ""}},
    {"7z\xBC\xAF\x27\x1C", 0, {"a 7-Zip archive", ""}},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0, {"an old Microsoft Office document (.doc, .xls)", kSaveAsText}},
    {"\x7F" "ELF", 0, {"a program", ""}},
};

}  // namespace

BinaryFormat recognise_binary_format(std::string_view bytes) {
  for (const Signature& s : kSignatures)
    if (bytes.size() >= s.offset + s.magic.size() && bytes.substr(s.offset, s.magic.size()) == s.magic)
      return s.format;
  return {};
}

}  // namespace parallax
