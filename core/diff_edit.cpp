#include "diff_edit.h"

namespace parallax {

namespace {

bool is_closing(std::string_view s) {
  return s == "\"" || s == "'" || s == ")" || s == "]" || s == "\xE2\x80\x9D" /* ” */ ||
         s == "\xE2\x80\x99" /* ’ */ || s == "\xC2\xBB" /* » */;
}

bool is_terminal(std::string_view s) {
  if (s.empty()) return false;
  return s[0] == '.' || s[0] == '!' || s[0] == '?' || s == "\xE2\x80\xA6" /* … */;
}

}  // namespace

bool DiffSide::ends_sentence(std::uint32_t i) const {
  if (!tokens->is_punct(i)) return false;
  std::string_view s = surface(i);
  if (is_closing(s) && i > 0 && tokens->is_punct(i - 1)) s = surface(i - 1);
  return is_terminal(s);
}

int DiffSide::boundary_score(std::uint32_t i) const {
  if (i == 0 || i >= size()) return 6;
  const std::uint32_t breaks = tokens->line_breaks_before(i);
  if (breaks >= 2) return 5;
  if (breaks == 1) return 4;
  if (ends_sentence(i - 1)) return 3;
  if (!tokens->space_before(i)) return 0;
  return tokens->is_punct(i - 1) ? 2 : 1;
}

std::uint32_t count_words(const DiffTokens& tokens, std::uint32_t begin, std::uint32_t end) {
  std::uint32_t n = 0;
  for (std::uint32_t i = begin; i < end; ++i) n += tokens.is_word_like(i) ? 1 : 0;
  return n;
}

[[gnu::noinline]] std::vector<DiffEdit> edits_from_runs(const std::vector<EqualRun>& runs,
                                                        std::uint32_t a_size, std::uint32_t b_size) {
  std::vector<DiffEdit> edits;
  edits.reserve(runs.size() * 3 + 2);
  std::uint32_t a = 0, b = 0;
  auto gap = [&](std::uint32_t a_next, std::uint32_t b_next) {
    if (a < a_next) edits.push_back({DiffOp::kDelete, a, a_next, b, b});
    if (b < b_next) edits.push_back({DiffOp::kInsert, a_next, a_next, b, b_next});
  };
  for (const EqualRun& r : runs) {
    gap(r.a, r.b);
    edits.push_back({DiffOp::kEqual, r.a, r.a + r.length, r.b, r.b + r.length});
    a = r.a + r.length;
    b = r.b + r.length;
  }
  gap(a_size, b_size);
  return edits;
}

}  // namespace parallax
