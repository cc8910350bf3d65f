#include "request.h"

#include <exception>
#include <new>

#include "analyze.h"
#include "json_reader.h"
#include "report_json.h"

namespace parallax {

namespace {

using json = JsonValue;

// Request errors are returned, not thrown: the WASM build has no exception
// catching, so a throw there would abort the module.
struct Parsed {
  std::vector<InputDocument> inputs;
  AnalysisOptions analysis;
  JsonOptions output;
  std::uint64_t test_allocate_bytes = 0;  // see request.h: forces out-of-memory in tests
  std::string error;  // empty when the request is good
};

// Allocates `bytes` and frees them, through a volatile pointer so the
// compiler cannot leave the allocation out. In WASM an allocation beyond the
// module's maximum memory aborts it (out of memory); natively it throws
// std::bad_alloc when the process may not have that much.
void allocate_and_free(std::uint64_t bytes) {
  static char* volatile sink = nullptr;
  sink = new char[static_cast<std::size_t>(bytes)];
  delete[] sink;
}

bool read_flag(const json& options, const char* key, bool& value, std::string& error) {
  if (!options.contains(key)) return true;
  if (!options[key].is_boolean()) {
    error = std::string(key) + " must be true or false";
    return false;
  }
  value = options[key].get<bool>();
  return true;
}

template <typename T>
bool read_number(const json& options, const char* key, T& value, std::string& error) {
  if (!options.contains(key)) return true;
  const json& v = options[key];
  if (!v.is_number_unsigned()) {
    error = std::string("option ") + key + " must be a whole number";
    return false;
  }
  value = v.get<T>();
  return true;
}

// A document's optional fields: "date" (YYYY-MM-DD), "title", "byline" and
// "site" (metadata the caller knows, echoed in the report), and "format":
// "text" (the default) or "html" (the core extracts the article, html_text.h).
bool read_document_fields(const json& d, InputDocument& input, std::string& error) {
  for (auto [key, field] : {std::pair{"date", &input.date}, {"title", &input.metadata.title},
                            {"byline", &input.metadata.byline}, {"site", &input.metadata.site}}) {
    if (!d.contains(key)) continue;
    if (!d[key].is_string()) {
      error = std::string("a document's \"") + key + "\" must be text" + (*key == 'd' ? " (YYYY-MM-DD)" : "");
      return false;
    }
    *field = d[key].get<std::string>();
  }
  if (d.contains("format")) {
    if (!d["format"].is_string() || (d["format"] != "text" && d["format"] != "html")) {
      error = "a document's \"format\" must be \"text\" or \"html\"";
      return false;
    }
    input.html = d["format"] == "html";
  }
  return true;
}

Parsed parse(std::string_view request_json, std::string_view data) {
  Parsed p;
  const json request = json::parse(request_json);
  if (request.is_discarded() || !request.is_object()) {
    p.error = "the request is not a JSON object";
    return p;
  }
  const json docs = request.contains("documents") ? request["documents"] : json::array();
  const json options = request.contains("options") ? request["options"] : json::object();
  if (!docs.is_array() || !options.is_object()) {
    p.error = "\"documents\" must be a list and \"options\" an object";
    return p;
  }
  if (!read_number(options, "min_words", p.analysis.min_words, p.error) ||
      !read_number(options, "max_documents", p.analysis.max_documents, p.error) ||
      !read_number(options, "max_total_bytes", p.analysis.max_total_bytes, p.error) ||
      !read_number(options, "near_min_words", p.analysis.near_min_words, p.error) ||
      !read_number(options, "imperfections", p.analysis.max_gap, p.error) ||
      !read_number(options, "test_allocate_bytes", p.test_allocate_bytes, p.error) ||
      !read_flag(options, "include_furniture", p.analysis.include_furniture, p.error) ||
      !read_flag(options, "facts", p.analysis.facts, p.error) ||
      !read_flag(options, "values", p.analysis.values, p.error) ||
      !read_flag(options, "discrepancies", p.analysis.discrepancies, p.error) ||
      !read_flag(options, "near", p.analysis.near, p.error) ||
      !read_flag(options, "sentences", p.analysis.sentences, p.error) ||
      !read_flag(options, "include_text", p.output.include_text, p.error) ||
      !read_flag(options, "passages_only", p.output.passages_only, p.error))
    return p;
  if (options.contains("fact_threshold")) {
    const json& t = options["fact_threshold"];
    if (!t.is_number() || t.get<double>() <= 0 || t.get<double>() > 1) {
      p.error = "fact_threshold must be a number in (0, 1]";
      return p;
    }
    p.analysis.fact_threshold = t.get<double>();
  }
  if (options.contains("offset_unit")) {
    const json& unit = options["offset_unit"];
    if (!unit.is_string() || !parse_offset_unit(unit.get<std::string>(), p.output.offset_unit)) {
      p.error = "offset_unit must be \"utf8\", \"utf16\" or \"codepoint\"";
      return p;
    }
  }
  std::size_t offset = 0;
  for (const json& d : docs) {
    if (!d.is_object() || !d.contains("name") || !d["name"].is_string() || !d.contains("size") ||
        !d["size"].is_number_unsigned()) {
      p.error = "each document needs a \"name\" (text) and a \"size\" (bytes)";
      return p;
    }
    const auto size = d["size"].get<std::uint64_t>();
    if (size > data.size() - offset) {
      p.error = "the document sizes add up to more than the data sent";
      return p;
    }
    p.inputs.push_back({d["name"].get<std::string>(), data.substr(offset, size)});
    if (!read_document_fields(d, p.inputs.back(), p.error)) return p;
    offset += size;
  }
  if (offset != data.size()) p.error = "the data sent is longer than the document sizes";
  return p;
}

}  // namespace

std::string analyze_request(std::string_view request_json, std::string_view data,
                            const std::function<void()>& release_data, StageTimings* timings) {
  try {
    Parsed p = parse(request_json, data);
    if (!p.error.empty()) return error_to_json("bad-request", p.error);
    p.analysis.release_input = release_data;
    if (p.test_allocate_bytes) allocate_and_free(p.test_allocate_bytes);
    p.analysis.timings = timings;
    const Report report = analyze(p.inputs, p.analysis);
    const StageClock clock(timings, &StageTimings::json_ms);
    return report_to_json(report, p.output);
  } catch (const std::bad_alloc&) {
    return error_to_json("out-of-memory", "Not enough memory for this analysis; try fewer or smaller files.");
  } catch (const std::exception& e) {
    return error_to_json("internal", std::string("Internal error: ") + e.what());
  }
}

}  // namespace parallax
