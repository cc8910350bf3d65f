// The WASM door into the core: plain values across.
//
// analyze(request_json, data) -> report JSON (see core/request.h);
// analyze_utf8(request_json, data, released) -> the same report as UTF-8 bytes (a
//   Uint8Array); released() is called once `data` has been copied in;
// analyze_timed(request_json, data) -> the entity and passage stages' times as JSON (benchmarks);
// diff(request_json, data) -> word diff JSON of two documents (core/diff_json.h);
// diff_input(size) -> a Uint8Array in the module's memory to fill, then
// diff_input_json(request_json) -> the diff of those bytes (no copy; below).
// Built twice: parallax_core.js (both) and, with PARALLAX_DIFF_ONLY,
// parallax_diff.js (diff only; wasm/CMakeLists.txt says why).
// `data` is a
// Uint8Array (or ArrayBuffer) of all documents' bytes; Embind hands it over as
// std::string without a text decoding step, so bytes arrive exactly as read.
// Only diff_input holds state (bytes until the next diff_input_json), so
// JavaScript never has a handle to delete.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "diff_json.h"
#include "request.h"

#if !defined(PARALLAX_DIFF_ONLY)
// Milliseconds of CPU time in Node (process.cpuUsage(): every thread of the
// process, so V8's own work during a stage counts against the module), wall
// time elsewhere. At file scope: EM_JS cannot be declared in a namespace.
EM_JS(double, cpu_now_ms, (), {
  if (typeof process !== 'undefined' && process.cpuUsage) {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
  return performance.now();
});
#endif

namespace {

// `data` (a Uint8Array or ArrayBuffer) is copied into the module's memory in
// one TypedArray.set call: Embind's std::string conversion copies byte by
// byte in JavaScript, which is noticeable for megabytes of articles. The
// buffer is not zero-filled first (set() writes every byte).
struct Bytes {
  std::unique_ptr<char[]> data;
  std::size_t size = 0;
  std::string_view view() const { return {data.get(), size}; }
};

Bytes copy_bytes(const emscripten::val& data) {
  const emscripten::val bytes = data.instanceof(emscripten::val::global("ArrayBuffer"))
                                    ? emscripten::val::global("Uint8Array").new_(data)
                                    : data;
  Bytes buffer;
  buffer.size = bytes["length"].as<std::size_t>();
  buffer.data.reset(new char[buffer.size]);
  emscripten::val(emscripten::typed_memory_view(buffer.size,
                                                reinterpret_cast<unsigned char*>(buffer.data.get())))
      .call<void>("set", bytes);
  return buffer;
}

// The result as a JavaScript string, decoded by one TextDecoder call on a view
// of the module's memory. Embind's own std::string return scans every byte
// twice in JavaScript for NULs before decoding, and a first call runs that
// loop unoptimised: 10-20 ms for a megabyte of JSON. Same string (JSON is
// valid UTF-8; a NUL decodes to U+0000 either way). Every environment the
// module is built for (browsers, workers, Node) has TextDecoder.
emscripten::val to_js_string(const std::string& text) {
  static const emscripten::val decoder = [] {
    emscripten::val options = emscripten::val::object();
    options.set("ignoreBOM", true);
    return emscripten::val::global("TextDecoder").new_(std::string("utf-8"), options);
  }();
  return decoder.call<emscripten::val>(
      "decode", emscripten::val(emscripten::typed_memory_view(
                    text.size(), reinterpret_cast<const unsigned char*>(text.data()))));
}

#if !defined(PARALLAX_DIFF_ONLY)
// The result's bytes copied out of the module's memory into a new Uint8Array
// (slice() of a view), with no JavaScript string made: the page's worker hands
// them over without copying, and the page cuts them into parts to parse
// (web/src/report_transfer.js). For two 5 MB articles the report is 22 MB: as a
// string (two bytes a character once any is outside Latin-1) it sat beside the
// module at its largest, and a grown module's worker had to encode it again.
emscripten::val to_js_bytes(const std::string& text) {
  return emscripten::val(emscripten::typed_memory_view(
                             text.size(), reinterpret_cast<const unsigned char*>(text.data())))
      .call<emscripten::val>("slice");
}

emscripten::val analyze(const std::string& request_json, const emscripten::val& data) {
  return to_js_string(parallax::analyze_request(request_json, copy_bytes(data).view()));
}

// released(): a JavaScript function called once `data` is copied into the
// module, before the analysis, so the caller may let its own copy go then (the
// page's worker detaches it: web/src/worker.js). The module's copy is freed as
// soon as every document is decoded (AnalysisOptions::release_input). For two
// 5 MB articles, 20 MB less beside the module at its largest.
emscripten::val analyze_utf8(const std::string& request_json, const emscripten::val& data,
                             const emscripten::val& released) {
  Bytes bytes = copy_bytes(data);
  if (released.typeOf().as<std::string>() == "function") released();
  return to_js_bytes(parallax::analyze_request(request_json, bytes.view(), [&bytes] { bytes = Bytes(); }));
}

double stage_clock() { return cpu_now_ms(); }

// The analysis timed inside the core (core/stage_timings.h), for
// scripts/bench_entities.mjs: JSON {bytes (the report's length), uses_ms,
// values_ms, names_ms, align_ms, entities_ms, json_ms, words_ms, exact_ms,
// near_ms, assembly_ms}, CPU time in Node. The
// report itself is made but not handed over. A JSON string
// (core/stage_timings.h), not an object built field by field: less code in
// the page's module.
emscripten::val analyze_timed(const std::string& request_json, const emscripten::val& data) {
  parallax::StageTimings t;
  t.clock = stage_clock;
  const std::size_t bytes = parallax::analyze_request(request_json, copy_bytes(data).view(), {}, &t).size();
  return to_js_string(parallax::stage_timings_json(t, bytes));
}
#endif

// diff(request_json, data) -> word diff JSON of two documents (core/diff_json.h).
// The copy of `data` is freed once both documents are decoded: its memory is
// then reused by the rest of the diff (2 x 5 MB: 10 MB less at the peak).
emscripten::val diff(const std::string& request_json, const emscripten::val& data) {
  Bytes bytes = copy_bytes(data);
  return to_js_string(parallax::diff_request(request_json, bytes.view(), [&bytes] { bytes = Bytes(); }));
}

// The same diff without a copy: diff_input(size) sets aside `size` bytes of
// the module's memory and returns them as a Uint8Array, which the caller fills
// (Node: fs.readSync straight into it), then diff_input_json(request_json)
// diffs those bytes and frees them once decoded. No JavaScript buffer of the
// documents exists at all: for two 5 MB files, 10 MB less at the Node
// process's peak, and no copy. The view is valid until the next call into the
// module (a grown memory detaches it). The only state the module keeps
// between two calls: a new diff_input replaces input not yet diffed.
Bytes pending_input;

emscripten::val diff_input(std::size_t size) {
  pending_input = Bytes();
  pending_input.size = size;
  pending_input.data.reset(new char[size == 0 ? 1 : size]);
  return emscripten::val(emscripten::typed_memory_view(
      size, reinterpret_cast<unsigned char*>(pending_input.data.get())));
}

emscripten::val diff_input_json(const std::string& request_json) {
  Bytes bytes = std::move(pending_input);
  pending_input = Bytes();
  return to_js_string(parallax::diff_request(request_json, bytes.view(), [&bytes] { bytes = Bytes(); }));
}

}  // namespace

EMSCRIPTEN_BINDINGS(parallax_core) {
#if !defined(PARALLAX_DIFF_ONLY)
  emscripten::function("analyze", &analyze);
  emscripten::function("analyze_utf8", &analyze_utf8);
  emscripten::function("analyze_timed", &analyze_timed);
#endif
  emscripten::function("diff", &diff);
  emscripten::function("diff_input", &diff_input);
  emscripten::function("diff_input_json", &diff_input_json);
}
