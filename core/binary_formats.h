// Binary file formats people drop by mistake (a PDF, a photo, a zipped
// folder, a Word document), recognised by their first bytes, so that the
// message says what the file is instead of only "binary". Some of them, a PDF
// above all, can hold no NUL byte and would otherwise decode as
// Windows-1252 gibberish.
//
// Contract: never throws; returns the format's description ("a PDF
// document") and what to do instead, or an empty description for bytes that
// start like none of them.
#pragma once

#include <string_view>

namespace parallax {

struct BinaryFormat {
  std::string_view description;  // "a PDF document"; empty when not recognised
  std::string_view advice;       // what to do instead, or empty
};

BinaryFormat recognise_binary_format(std::string_view bytes);

}  // namespace parallax
