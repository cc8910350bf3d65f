// What an article says about itself, when it says it: from an HTML page's
// <title>/<meta> tags (html_text.h) or given by the caller (the page sends
// what Readability found). Every field is optional ("" when unknown).
#pragma once

#include <string>

namespace parallax {

struct DocumentMetadata {
  std::string title;   // the headline (og:title, else <title> without the site's name)
  std::string byline;  // the author(s) as written
  std::string site;    // the outlet (og:site_name)
  std::string date;    // publication date, YYYY-MM-DD

  bool empty() const { return title.empty() && byline.empty() && site.empty() && date.empty(); }
};

}  // namespace parallax
