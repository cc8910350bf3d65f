// libFuzzer target over the core's whole analysis: N documents of arbitrary
// bytes with arbitrary options, through the same request path the page uses.
//
// Input layout: byte 0 picks the options (min words, near/facts on or off,
// imperfections, offset unit); byte 1 the number of documents (bits 0-2:
// 1..8), values and furniture (bits 3, 4), tight document and byte limits
// (bits 5, 6, so the rejection paths run too) and publication dates, good and
// bad (bit 7); the rest is split into documents at 0xFF 0xFE markers.
// Build and run: scripts/fuzz.sh [seconds]; seeds in tests/fuzz/seeds/.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "request.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::uint8_t flags = data[0];
  const std::uint8_t shape = data[1];
  const std::size_t count = 1 + shape % 8;
  std::string_view rest(reinterpret_cast<const char*>(data + 2), size - 2);
  std::vector<std::string_view> docs;
  for (std::size_t k = 0; k + 1 < count; ++k) {
    const std::size_t cut = rest.find("\xFF\xFE");
    if (cut == std::string_view::npos) break;
    docs.push_back(rest.substr(0, cut));
    rest.remove_prefix(cut + 2);
  }
  docs.push_back(rest);
  std::string request = "{\"documents\":[";
  std::string bytes;
  for (std::size_t k = 0; k < docs.size(); ++k) {
    if (k) request += ',';
    request += "{\"name\":\"d" + std::to_string(k) + "\",\"size\":" + std::to_string(docs[k].size());
    if (shape & 128) request += k % 2 ? ",\"date\":\"2021-02-30\"" : ",\"date\":\"2021-02-14\"";
    request += '}';
    bytes.append(docs[k]);
  }
  const char* units[] = {"utf8", "utf16", "codepoint"};
  request += "],\"options\":{\"min_words\":" + std::to_string(2 + (flags & 7)) +
             ",\"near\":" + ((flags & 8) ? "true" : "false") +
             ",\"facts\":" + ((flags & 16) ? "true" : "false") +
             ",\"imperfections\":" + std::to_string((flags >> 5) * 7) +
             ",\"values\":" + ((shape & 8) ? "false" : "true") +
             ",\"include_furniture\":" + ((shape & 16) ? "true" : "false") +
             ((shape & 32) ? ",\"max_documents\":2" : "") + ((shape & 64) ? ",\"max_total_bytes\":4096" : "") +
             ",\"offset_unit\":\"" + units[(flags >> 6) % 3] + "\",\"include_text\":true}}";
  const std::string report = parallax::analyze_request(request, bytes);
  if (report.empty() || report.front() != '{') __builtin_trap();
  return 0;
}
