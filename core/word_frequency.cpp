#include "word_frequency.h"

#include <cmath>
#include <string_view>

#include "synonyms.h"

namespace parallax {

namespace {

// One line per half-octave bucket: "b word word ...", a word counted about 2^(b/2) times.
constexpr const char* kWordFrequencyData =
#include "word_frequencies_data.inc"
    ;

}  // namespace

BackgroundFrequency::BackgroundFrequency() {
  const std::string_view data(kWordFrequencyData);
  std::size_t line_start = 0;
  while (line_start < data.size()) {
    std::size_t line_end = data.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = data.size();
    const std::string_view line = data.substr(line_start, line_end - line_start);
    std::size_t at = line.find(' ');
    if (at != std::string_view::npos) {
      int bucket = 0;
      for (char c : line.substr(0, at)) bucket = bucket * 10 + (c - '0');
      const double count = std::exp2(bucket / 2.0);
      while (at < line.size()) {
        const std::size_t start = at + 1;
        at = line.find(' ', start);
        if (at == std::string_view::npos) at = line.size();
        if (at > start) counts_[comparison_stem(line.substr(start, at - start))] += count;
      }
    }
    line_start = line_end + 1;
  }
}

const BackgroundFrequency& BackgroundFrequency::get() {
  static const BackgroundFrequency table;
  return table;
}

}  // namespace parallax
