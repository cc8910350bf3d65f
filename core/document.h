// Document decoding: turns a file's bytes into the UTF-8 text the analysis sees.
//
// The rule (../shared/design/DECISIONS.md, "Encoding"): valid UTF-8 is UTF-8
// (a UTF-8 byte-order mark is dropped); a UTF-16 byte-order mark means UTF-16;
// otherwise, if the bytes hold no NUL and decode as Windows-1252 to mostly
// printable text, they are decoded as Windows-1252 with a notice; otherwise the
// file is binary and refused, naming the first offending byte. Stray control
// characters in otherwise good text are kept. Line ends are kept as they are
// (CRLF stays CRLF) so offsets point into the text exactly. Known binary
// formats (a PDF, images, archives: binary_formats.h) are refused by their
// first bytes, naming the format; text with no letter or digit is refused as
// having no words to compare.
//
// Contract: never throws for any input; returns either a DecodedText or a
// DecodeError with a stable code ("empty", "binary", "not-text", "no-words")
// and a message that names the file and the reason (and the byte position
// when there is one).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

struct DecodeError {
  std::string code;     // stable: "empty", "binary", "not-text", "no-words"
  std::string message;  // for a person: names the file and the reason
  std::size_t byte = 0; // position of the first offending byte, when there is one
};

struct DecodedText {
  std::string text;      // UTF-8
  std::string encoding;  // "utf-8", "utf-16le", "utf-16be", "windows-1252"
  std::vector<std::string> notices;
};

struct DecodeResult {
  bool ok = false;
  DecodedText decoded;
  DecodeError error;
};

// Byte offset of the first invalid UTF-8 sequence, or npos when bytes are valid.
std::size_t find_invalid_utf8(std::string_view bytes);

DecodeResult decode_document(std::string_view name, std::string_view bytes);

// The same, except that valid UTF-8 is not copied: then decoded.text stays
// empty and *utf8_body is set to the text inside `bytes` (a byte-order mark
// dropped). Other encodings are decoded into decoded.text as above and
// *utf8_body is left as it was. For callers whose bytes outlive the text.
DecodeResult decode_document(std::string_view name, std::string_view bytes, std::string_view* utf8_body);

}  // namespace parallax
