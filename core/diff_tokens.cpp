#include "diff_tokens.h"

#include <algorithm>

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

void DiffTokens::set_aside(const Tokens& block, std::uint32_t offset, std::size_t first) {
  std::uint32_t end = end_;  // still the previous block's last end
  for (std::size_t i = 0; i < block.size(); ++i) {
    const std::uint32_t start = block[i].start + offset, length = block[i].end - block[i].start;
    const auto index = static_cast<std::uint32_t>(first + i);
    if (start - end >= kAside) long_gaps_.push_back({index, start - end});
    if (length >= kAside) long_lengths_.push_back({index, length});
    end = start + length;
  }
}

std::uint32_t DiffTokens::aside_size(const std::vector<Aside>& aside, std::size_t i) {
  const auto it = std::lower_bound(aside.begin(), aside.end(), i,
                                   [](const Aside& t, std::size_t x) { return t.index < x; });
  return it->size;
}

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
