#include "diff_json.h"

#include <exception>
#include <new>

#include "json_reader.h"
#include "json_writer.h"
#include "report_json.h"

namespace parallax {

namespace {

const char* op_name(DiffOp op) {
  switch (op) {
    case DiffOp::kEqual: return "equal";
    case DiffOp::kInsert: return "insert";
    case DiffOp::kDelete: return "delete";
    case DiffOp::kMove: return "move";
  }
  return "equal";
}

void write_range(JsonWriter& w, const char* name, const DiffDocument& doc, const OffsetMap& map,
                 std::uint32_t begin, std::uint32_t end) {
  w.key(name).begin_object();
  w.key("start").value(map.convert(doc.tokens[begin].start));
  w.key("end").value(map.convert(doc.tokens[end - 1].end));
  w.end_object();
}

void write_document(JsonWriter& w, const DiffDocument& doc, const OffsetMap& map,
                    const DiffJsonOptions& options) {
  w.begin_object();
  w.key("name").value(doc.name);
  w.key("length").value(map.convert(doc.text.size()));
  w.key("words").value(doc.words);
  w.key("tokens").value(static_cast<std::uint64_t>(doc.tokens.size()));
  w.key("encoding").value(doc.encoding);
  w.key("notices").begin_array();
  for (const std::string& n : doc.notices) w.value(n);
  w.end_array();
  if (options.include_text) w.key("text").value(doc.text);
  w.end_object();
}

// The edits of compact JSON written straight into the text: the same bytes
// JsonWriter writes for them, without its per-key escaping and container
// bookkeeping, which cost 13.9 M of the 22.5 M instructions the JSON of a
// 1 MB diff took (callgrind). Edits are most of the output.
class CompactEdits {
 public:
  explicit CompactEdits(std::string& out) : out_(out) {}

  void write(const DiffResult& r, const OffsetMap& map_a, const OffsetMap& map_b) {
    out_ += '[';
    for (std::size_t k = 0; k < r.edits.size(); ++k) {
      const DiffEdit& e = r.edits[k];
      out_ += k == 0 ? "{\"op\":\"" : ",{\"op\":\"";
      out_ += op_name(e.op);
      out_ += '"';
      if (e.op != DiffOp::kInsert) range(",\"a\":{\"start\":", r.a, map_a, e.a_begin, e.a_end);
      if (e.op != DiffOp::kDelete) range(",\"b\":{\"start\":", r.b, map_b, e.b_begin, e.b_end);
      out_ += '}';
    }
    out_ += ']';
  }

 private:
  void range(const char* opening, const DiffDocument& doc, const OffsetMap& map,
             std::uint32_t begin, std::uint32_t end) {
    out_ += opening;
    number(map.convert(doc.tokens[begin].start));
    out_ += ",\"end\":";
    number(map.convert(doc.tokens[end - 1].end));
    out_ += '}';
  }
  void number(std::uint64_t n) {
    char digits[20];
    char* p = digits + sizeof digits;
    do {
      *--p = static_cast<char>('0' + n % 10);
      n /= 10;
    } while (n != 0);
    out_.append(p, static_cast<std::size_t>(digits + sizeof digits - p));
  }

  std::string& out_;
};

}  // namespace

[[gnu::noinline]] std::string diff_to_json(const DiffResult& r, const DiffJsonOptions& options) {
  if (r.has_error) return error_to_json(r.error.code, r.error.message);
  const OffsetMap map_a(r.a.text, options.offset_unit), map_b(r.b.text, options.offset_unit);
  JsonWriter w(options.indent);
  w.begin_object();
  w.key("version").value(kReportVersion);
  w.key("offset_unit").value(offset_unit_name(options.offset_unit));
  w.key("documents").begin_array();
  write_document(w, r.a, map_a, options);
  write_document(w, r.b, map_b, options);
  w.end_array();
  w.key("approximate").value(r.approximate);
  w.key("minimal").value(r.minimal);
  w.key("work").value(r.work);
  w.key("counts").begin_object();
  w.key("inserted").value(r.counts.words_inserted);
  w.key("deleted").value(r.counts.words_deleted);
  w.key("moved").value(r.counts.words_moved);
  w.key("tokens_inserted").value(r.counts.tokens_inserted);
  w.key("tokens_deleted").value(r.counts.tokens_deleted);
  w.key("tokens_moved").value(r.counts.tokens_moved);
  w.end_object();
  if (options.indent < 0) {  // compact: the edits written directly (CompactEdits)
    w.end_object();
    std::string out = std::move(w.str());
    out.pop_back();  // the closing brace, put back after the edits
    out.reserve(out.size() + 80 * r.edits.size() + 16);
    out += ",\"edits\":";
    CompactEdits(out).write(r, map_a, map_b);
    out += '}';
    return out;
  }
  w.key("edits").begin_array();
  for (const DiffEdit& e : r.edits) {
    w.begin_object();
    w.key("op").value(op_name(e.op));
    if (e.op != DiffOp::kInsert) write_range(w, "a", r.a, map_a, e.a_begin, e.a_end);
    if (e.op != DiffOp::kDelete) write_range(w, "b", r.b, map_b, e.b_begin, e.b_end);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return std::move(w.str());
}

namespace {

using json = JsonValue;

// Reads an optional option of the JSON type `is` checks; false with a message
// when present with the wrong type.
template <typename T, typename Check>
bool read_option(const json& options, const char* key, Check is, const char* expected, T& value,
                 std::string& error) {
  if (!options.contains(key)) return true;
  if (!(options[key].*is)()) {
    error = std::string("option ") + key + " must be " + expected;
    return false;
  }
  value = options[key].get<T>();
  return true;
}

std::string serve(std::string_view request_json, std::string_view data,
                  const std::function<void()>& release_data) {
  const json request = json::parse(request_json);
  if (request.is_discarded() || !request.is_object())
    return error_to_json("bad-request", "the request is not a JSON object");
  const json docs = request.value("documents", json::array());
  const json options = request.value("options", json::object());
  if (!docs.is_array() || docs.size() != 2 || !options.is_object())
    return error_to_json("bad-request",
                         "a diff needs \"documents\" listing exactly two documents and "
                         "\"options\" as an object");
  DiffOptions diff;
  DiffJsonOptions output;
  bool minimal = false;
  std::string unit = offset_unit_name(output.offset_unit), error;
  const auto is_bool = &json::is_boolean;
  const auto is_count = &json::is_number_unsigned;
  if (!read_option(options, "cleanup", is_bool, "true or false", diff.cleanup, error) ||
      !read_option(options, "moves", is_bool, "true or false", diff.moves, error) ||
      !read_option(options, "minimal", is_bool, "true or false", minimal, error) ||
      !read_option(options, "include_text", is_bool, "true or false", output.include_text, error) ||
      !read_option(options, "max_work", is_count, "a whole number", diff.script.max_work, error) ||
      !read_option(options, "max_total_bytes", is_count, "a whole number", diff.max_total_bytes,
                   error) ||
      !read_option(options, "offset_unit", &json::is_string, "a string", unit, error))
    return error_to_json("bad-request", error);
  if (!parse_offset_unit(unit, output.offset_unit))
    return error_to_json("bad-request", "offset_unit must be \"utf8\", \"utf16\" or \"codepoint\"");
  if (minimal) diff.script.exact_max_tokens = 0;
  diff.release_input = release_data;
  diff.borrow_input = true;  // `data` outlives the diff and its JSON
  InputDocument inputs[2];
  std::size_t offset = 0;
  for (int k = 0; k < 2; ++k) {
    const json& d = docs[k];
    if (!d.is_object() || !d.contains("name") || !d["name"].is_string() || !d.contains("size") ||
        !d["size"].is_number_unsigned())
      return error_to_json("bad-request", "each document needs a \"name\" (text) and a \"size\" (bytes)");
    const auto size = d["size"].get<std::uint64_t>();
    if (size > data.size() - offset)
      return error_to_json("bad-request", "the document sizes add up to more than the data sent");
    inputs[k] = {d["name"].get<std::string>(), data.substr(offset, size)};
    offset += size;
  }
  if (offset != data.size())
    return error_to_json("bad-request", "the data sent is longer than the document sizes");
  return diff_to_json(diff_documents(inputs[0], inputs[1], diff), output);
}

}  // namespace

std::string diff_request(std::string_view request_json, std::string_view data,
                         const std::function<void()>& release_data) {
  try {
    return serve(request_json, data, release_data);
  } catch (const std::bad_alloc&) {
    return error_to_json("out-of-memory", "Not enough memory for this diff; try smaller files.");
  } catch (const std::exception& e) {
    return error_to_json("internal", std::string("Internal error: ") + e.what());
  }
}

}  // namespace parallax
