#include "report_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace parallax {

namespace {

using json = nlohmann::ordered_json;

double round4(double x) { return std::round(x * 10000.0) / 10000.0; }

json span_json(const OffsetMap& map, std::uint32_t start, std::uint32_t end) {
  return json{{"start", map.convert(start)}, {"end", map.convert(end)}};
}

std::string dump(const json& j, int indent) {
  // Replace invalid UTF-8 rather than throw: the core never throws outward.
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string report_to_json(const Report& report, const JsonOptions& options) {
  if (report.has_error) return error_to_json(report.error.code, report.error.message);
  json out;
  out["version"] = kReportVersion;
  out["offset_unit"] = offset_unit_name(options.offset_unit);
  out["min_words"] = report.min_words;

  std::vector<OffsetMap> maps;
  maps.reserve(report.documents.size());
  json documents = json::array();
  for (const DocumentReport& doc : report.documents) {
    maps.emplace_back(doc.text, options.offset_unit);
    const OffsetMap& map = maps.back();
    json d;
    d["name"] = doc.name;
    d["title"] = doc.title;
    d["length"] = map.convert(doc.text.size());
    d["words"] = doc.words;
    d["shared_words"] = doc.shared_words;
    d["encoding"] = doc.encoding;
    d["notices"] = doc.notices;
    json sentences = json::array();
    for (const ByteSpan& s : doc.sentences) sentences.push_back(span_json(map, s.start, s.end));
    d["sentences"] = std::move(sentences);
    if (options.include_text) d["text"] = doc.text;
    documents.push_back(std::move(d));
  }
  out["documents"] = std::move(documents);

  json passages = json::array();
  for (const PassageReport& p : report.passages) {
    json spans = json::array();
    for (const DocumentSpan& s : p.spans) {
      json span = span_json(maps[s.doc], s.start, s.end);
      span["doc"] = s.doc;
      spans.push_back(std::move(span));
    }
    passages.push_back(json{{"id", p.id},
                            {"kind", p.kind},
                            {"words", p.words},
                            {"docs", p.documents},
                            {"spans", std::move(spans)}});
  }
  out["passages"] = std::move(passages);

  json overlap = json::array();
  for (const auto& row : report.overlap) {
    json r = json::array();
    for (double x : row) r.push_back(round4(x));
    overlap.push_back(std::move(r));
  }
  out["overlap"] = std::move(overlap);

  json rejected = json::array();
  for (const RejectedFile& f : report.rejected)
    rejected.push_back(
        json{{"name", f.name}, {"code", f.code}, {"message", f.message}, {"byte", f.byte}});
  out["rejected"] = std::move(rejected);
  out["notices"] = report.notices;
  return dump(out, options.indent);
}

std::string error_to_json(const std::string& code, const std::string& message) {
  return dump(json{{"version", kReportVersion}, {"error", {{"code", code}, {"message", message}}}},
              -1);
}

}  // namespace parallax
