// How the command-line tool's process uses memory: glibc's heap set up for a
// program that allocates and frees blocks of megabytes in turn, and made
// ready for transparent huge pages before an analysis or a diff runs.
// (The page's WASM module has its own linear memory; none of this applies.)
#pragma once

#include <cstddef>

namespace parallax::cli {

// Bytes prepare_heap() grows the heap by at most: under the mmap threshold
// reuse_freed_memory() sets, so the block comes from the heap.
constexpr std::size_t kMaxPreparedHeap = std::size_t{200} << 20;

// Large blocks from the heap instead of their own mappings, kept after they
// are freed, one arena for every thread. Call once, before any allocation
// that matters.
void reuse_freed_memory();

// Grows the heap by `bytes` at once (untouched) and marks it for transparent
// huge pages, so the work that follows faults once per 2 MB instead of once
// per 4 KB. `bytes` is the caller's estimate of its peak heap.
void prepare_heap(std::size_t bytes);

}  // namespace parallax::cli
