#include "diff_tokens.h"

#include "tokenize.h"

namespace parallax {

namespace {

// The end of the block that starts at `from`: just after the first space or
// line feed at or beyond from + block_bytes, or the text's end.
std::size_t block_end(std::string_view text, std::size_t from, std::size_t block_bytes) {
  for (std::size_t i = from + block_bytes; i < text.size(); ++i)
    if (text[i] == ' ' || text[i] == '\n') return i + 1;
  return text.size();
}

}  // namespace

void tokenize_for_diff(std::string_view text, std::size_t block_bytes,
                       const std::function<void(const Tokens&, std::uint32_t offset)>& take) {
  std::size_t begin = 0, end = 0, step = block_bytes;
  while (end < text.size()) {
    end = block_end(text, end, step);
    const Tokens tokens = tokenize(text.substr(begin, end - begin));
    if (tokens.empty()) {  // all gap: the next block starts here too, and is
      step *= 2;           // twice as long, so a long gap is rescanned O(1) times
      continue;
    }
    take(tokens, static_cast<std::uint32_t>(begin));
    begin += tokens.back().end;
    step = block_bytes;
  }
}

}  // namespace parallax
