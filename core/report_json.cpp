#include "report_json.h"

#include "json_writer.h"

namespace parallax {

namespace {

void write_span(JsonWriter& w, const OffsetMap& map, std::uint32_t start, std::uint32_t end) {
  w.key("start").value(map.convert(start)).key("end").value(map.convert(end));
}

// "key": [{"start", "end"}, ...]: sentences, differing words, matched words.
void write_spans(JsonWriter& w, const char* key, const OffsetMap& map, const std::vector<ByteSpan>& spans) {
  w.key(key).begin_array();
  for (const ByteSpan& s : spans) {
    w.begin_object();
    write_span(w, map, s.start, s.end);
    w.end_object();
  }
  w.end_array();
}

void write_matrix(JsonWriter& w, const char* name, const std::vector<std::vector<double>>& rows) {
  w.key(name).begin_array();
  for (const auto& row : rows) {
    w.begin_array();
    for (double x : row) w.value_rounded(x);
    w.end_array();
  }
  w.end_array();
}

void write_strings(JsonWriter& w, const std::vector<std::string>& list) {
  w.begin_array();
  for (const std::string& s : list) w.value(s);
  w.end_array();
}

// Only the fields known; no "metadata" at all when none is.
void write_metadata(JsonWriter& w, const DocumentMetadata& m) {
  if (m.empty()) return;
  w.key("metadata").begin_object();
  for (auto [key, value] : {std::pair{"title", &m.title}, {"byline", &m.byline}, {"site", &m.site}, {"date", &m.date}})
    if (!value->empty()) w.key(key).value(*value);
  w.end_object();
}

void write_document(JsonWriter& w, const DocumentReport& doc, const OffsetMap& map,
                    const JsonOptions& options) {
  w.begin_object();
  w.key("name").value(doc.name);
  w.key("title").value(doc.title);
  write_metadata(w, doc.metadata);
  w.key("length").value(map.convert(doc.text.size()));
  w.key("words").value(doc.words);
  w.key("shared_words").value(doc.shared_words);
  w.key("exact_words").value(doc.exact_words);
  w.key("near_words").value(doc.near_words);
  w.key("encoding").value(doc.encoding);
  w.key("notices");
  write_strings(w, doc.notices);
  if (!options.passages_only) {
    write_spans(w, "sentences", map, doc.sentences);
    w.key("furniture").begin_array();
    for (const auto& f : doc.furniture) {
      w.begin_object();
      write_span(w, map, f.span.start, f.span.end);
      w.key("reason").value(f.reason);
      w.end_object();
    }
    w.end_array();
    w.key("only_in").begin_array();
    for (std::uint32_t s : doc.only_in) {
      w.begin_object();
      w.key("sentence").value(s);
      write_span(w, map, doc.sentences[s].start, doc.sentences[s].end);
      w.end_object();
    }
    w.end_array();
  }
  if (options.include_text) w.key("text").value(doc.text);
  w.end_object();
}

void write_passage(JsonWriter& w, const PassageReport& p, const std::vector<OffsetMap>& maps) {
  w.begin_object();
  w.key("id").value(p.id);
  w.key("kind").value(p.kind);
  w.key("words").value(p.words);
  w.key("docs").value(p.documents);
  w.key("similarity").value_rounded(p.similarity);
  w.key("spans").begin_array();
  for (std::size_t k = 0; k < p.spans.size(); ++k) {
    const DocumentSpan& s = p.spans[k];
    w.begin_object();
    w.key("doc").value(s.doc);
    write_span(w, maps[s.doc], s.start, s.end);
    if (k < p.differ.size()) write_spans(w, "differ", maps[s.doc], p.differ[k]);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_fact(JsonWriter& w, const FactReport& f, const std::vector<OffsetMap>& maps) {
  w.begin_object();
  w.key("id").value(f.id);
  w.key("score").value_rounded(f.score);
  w.key("sentences").begin_array();
  for (const FactSentenceReport& s : f.sentences) {
    w.begin_object();
    w.key("doc").value(s.doc);
    w.key("sentence").value(s.sentence);
    write_span(w, maps[s.doc], s.span.start, s.span.end);
    write_spans(w, "matched", maps[s.doc], s.matched);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_entity(JsonWriter& w, const EntityReport& e, const std::vector<OffsetMap>& maps) {
  w.begin_object();
  w.key("id").value(e.id);
  w.key("type").value(e.type);
  w.key("name").value(e.name);
  w.key("value").value(e.value);
  w.key("unit").value(e.unit);
  w.key("variants");
  write_strings(w, e.variants);
  w.key("mentions").begin_array();
  for (const EntityMention& m : e.mentions) {
    w.begin_object();
    w.key("doc").value(m.doc);
    write_span(w, maps[m.doc], m.start, m.end);
    w.key("value").value(m.value);
    w.key("qualifier").value(m.qualifier);
    w.key("unit").value(m.unit);
    if (m.numeric) {
      w.key("low").value_rounded(m.low);
      w.key("high").value_rounded(m.high);
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_discrepancy(JsonWriter& w, const DiscrepancyReport& d, const std::vector<OffsetMap>& maps) {
  w.begin_object();
  w.key("id").value(d.id);
  w.key("kind").value(d.kind);
  w.key("about").value(d.about);
  w.key("verdict").value(d.verdict);
  w.key("reason").value(d.reason);
  w.key("fact");
  if (d.fact >= 0) w.value(static_cast<std::uint32_t>(d.fact));
  else w.null();
  w.key("values").begin_array();
  for (const DiscrepancyValue& v : d.values) {
    w.begin_object();
    w.key("doc").value(v.doc);
    write_span(w, maps[v.doc], v.start, v.end);
    w.key("text").value(v.text);
    w.key("value").value(v.value);
    if (!v.resolved.empty()) w.key("resolved").value(v.resolved);
    if (d.kind == "quote") {
      w.key("speaker").value(v.speaker);
      w.key("attribution").value(v.attribution);
      write_spans(w, "differ", maps[v.doc], v.differ);
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace

std::string report_to_json(const Report& report, const JsonOptions& options) {
  if (report.has_error) return error_to_json(report.error.code, report.error.message);
  std::vector<OffsetMap> maps;
  maps.reserve(report.documents.size());
  for (const DocumentReport& doc : report.documents) maps.emplace_back(doc.text, options.offset_unit);

  JsonWriter w(options.indent);
  w.begin_object();
  w.key("version").value(kReportVersion);
  w.key("offset_unit").value(offset_unit_name(options.offset_unit));
  w.key("min_words").value(report.min_words);
  w.key("documents").begin_array();
  for (std::size_t d = 0; d < report.documents.size(); ++d)
    write_document(w, report.documents[d], maps[d], options);
  w.end_array();
  w.key("passages").begin_array();
  for (const PassageReport& p : report.passages) write_passage(w, p, maps);
  w.end_array();
  if (options.passages_only) {
    w.end_object();
    return std::move(w.str());
  }
  w.key("facts").begin_array();
  for (const FactReport& f : report.facts) write_fact(w, f, maps);
  w.end_array();
  w.key("entities").begin_array();
  for (const EntityReport& e : report.entities) write_entity(w, e, maps);
  w.end_array();
  w.key("discrepancies").begin_array();
  for (const DiscrepancyReport& d : report.discrepancies) write_discrepancy(w, d, maps);
  w.end_array();
  write_matrix(w, "similarity", report.similarity);
  write_matrix(w, "overlap", report.overlap);
  write_matrix(w, "overlap_exact", report.overlap_exact);
  write_matrix(w, "overlap_near", report.overlap_near);
  w.key("rejected").begin_array();
  for (const RejectedFile& f : report.rejected) {
    w.begin_object();
    w.key("name").value(f.name).key("code").value(f.code).key("message").value(f.message);
    w.key("byte").value(f.byte);
    w.end_object();
  }
  w.end_array();
  w.key("notices");
  write_strings(w, report.notices);
  w.end_object();
  return std::move(w.str());
}

std::string error_to_json(const std::string& code, const std::string& message) {
  JsonWriter w;
  w.begin_object();
  w.key("version").value(kReportVersion);
  w.key("error").begin_object().key("code").value(code).key("message").value(message).end_object();
  w.end_object();
  return std::move(w.str());
}

}  // namespace parallax
