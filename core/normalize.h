// Normalization: the form under which two tokens count as the same word.
//
// Case is folded (Latin, Greek, Cyrillic), typographic variants are unified
// (curly and straight quotes, «» and „“ as '"', all dashes as '-', the
// ellipsis character as "..."), and invisible characters (soft hyphen,
// zero-width joiners) are dropped. Accents are kept: "résumé" is not "resume".
//
// Normalization is applied per token, and every token keeps its exact span in
// the original text, so the map back from normalized to original is the token
// list itself; no stage ever needs the normalized text as a whole.
#pragma once

#include <string>
#include <string_view>

namespace parallax {

// Appends the normalized form of surface (one token's text) to out.
void normalize_token(std::string_view surface, std::string& out);

inline std::string normalized(std::string_view surface) {
  std::string out;
  normalize_token(surface, out);
  return out;
}

}  // namespace parallax
