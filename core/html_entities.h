// HTML character references (&amp; &eacute; &#8217; &#x2014;) decoded as a
// browser decodes them in text, for the command-line tool's HTML extraction
// (html_text.h).
//
// Numeric references follow the HTML standard: 0x80-0x9F name the
// Windows-1252 characters a browser substitutes (&#146; is a right single
// quote), and zero, surrogates and values beyond U+10FFFF become U+FFFD.
// Named references come from a table of the names news pages use (the
// Latin-1 set, typographic punctuation, a few symbols), not the whole HTML
// list of 2,231 names: an unknown name is kept as written, as a browser keeps
// "&notaname;". The legacy names without a semicolon ("&amp", "&nbsp") are
// decoded too.
//
// Contract: total on any bytes; output is the input with references replaced.
#pragma once

#include <string>
#include <string_view>

namespace parallax {

// Appends `text` to `out` with its character references decoded.
void append_html_decoded(std::string& out, std::string_view text);

}  // namespace parallax
