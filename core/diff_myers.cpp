#include "diff_myers.h"

namespace parallax {

void append_run(std::vector<EqualRun>& runs, std::uint32_t a, std::uint32_t b,
                std::uint32_t length) {
  if (length == 0) return;
  if (!runs.empty()) {
    EqualRun& last = runs.back();
    if (last.a + last.length == a && last.b + last.length == b) {
      last.length += length;
      return;
    }
  }
  runs.push_back({a, b, length});
}

// The middle snake, searched from both corners of the box at once. Diagonal k
// holds the points with x - y == k; forward[k] is the furthest x reached on it
// from (0, 0), backward[k] the furthest reached from (n, m) walking back
// (counted from the end). When delta = n - m is odd the frontiers can first
// meet during a forward pass, otherwise during a backward one. The split point
// returned is the end of a forward snake that lies on a shortest path.
MyersDiff::Split MyersDiff::bisect(const DiffBox& box, std::uint32_t& split_x,
                                   std::uint32_t& split_y) {
  const std::uint32_t* a = a_ + box.a0;
  const std::uint32_t* b = b_ + box.b0;
  const auto n = static_cast<std::int32_t>(box.a1 - box.a0);
  const auto m = static_cast<std::int32_t>(box.b1 - box.b0);
  const std::int32_t max_d = (n + m + 1) / 2;
  const std::int32_t offset = max_d + 1;
  const std::int32_t length = 2 * max_d + 3;
  forward_.assign(static_cast<std::size_t>(length), -1);
  backward_.assign(static_cast<std::size_t>(length), -1);
  std::int32_t* v1 = forward_.data();
  std::int32_t* v2 = backward_.data();
  v1[offset + 1] = 0;
  v2[offset + 1] = 0;
  const std::int32_t delta = n - m;
  const bool front = (delta & 1) != 0;
  // Diagonals that ran off the grid are not extended again.
  std::int32_t k1start = 0, k1end = 0, k2start = 0, k2end = 0;
  for (std::int32_t d = 0; d <= max_d; ++d) {
    if (budget_.exhausted()) return Split::kExhausted;
    std::uint64_t steps = 0;
    for (std::int32_t k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const std::int32_t i = offset + k1;
      std::int32_t x1 = (k1 == -d || (k1 != d && v1[i - 1] < v1[i + 1])) ? v1[i + 1] : v1[i - 1] + 1;
      std::int32_t y1 = x1 - k1;
      const std::int32_t snake_start = x1;
      while (x1 < n && y1 < m && a[x1] == b[y1]) ++x1, ++y1;
      steps += 1 + static_cast<std::uint64_t>(x1 - snake_start);
      v1[i] = x1;
      if (x1 > n) {
        k1end += 2;
      } else if (y1 > m) {
        k1start += 2;
      } else if (front) {
        const std::int32_t j = offset + delta - k1;
        if (j >= 0 && j < length && v2[j] != -1 && x1 >= n - v2[j]) {
          budget_.used += steps;
          split_x = static_cast<std::uint32_t>(x1);
          split_y = static_cast<std::uint32_t>(y1);
          return Split::kFound;
        }
      }
    }
    for (std::int32_t k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const std::int32_t i = offset + k2;
      std::int32_t x2 = (k2 == -d || (k2 != d && v2[i - 1] < v2[i + 1])) ? v2[i + 1] : v2[i - 1] + 1;
      std::int32_t y2 = x2 - k2;
      const std::int32_t snake_start = x2;
      while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) ++x2, ++y2;
      steps += 1 + static_cast<std::uint64_t>(x2 - snake_start);
      v2[i] = x2;
      if (x2 > n) {
        k2end += 2;
      } else if (y2 > m) {
        k2start += 2;
      } else if (!front) {
        const std::int32_t j = offset + delta - k2;
        if (j >= 0 && j < length && v1[j] != -1) {
          const std::int32_t x1 = v1[j];
          if (x1 >= n - x2) {
            budget_.used += steps;
            split_x = static_cast<std::uint32_t>(x1);
            split_y = static_cast<std::uint32_t>(x1 - (j - offset));
            return Split::kFound;
          }
        }
      }
    }
    budget_.used += steps;
  }
  // Unreachable for a well-formed box (the frontiers meet by d = max_d);
  // treated as "nothing in common", which is still a valid script.
  split_x = static_cast<std::uint32_t>(n);
  split_y = 0;
  return Split::kFound;
}

std::uint32_t trim_box(const std::uint32_t* a, const std::uint32_t* b, DiffBox& box,
                       std::vector<EqualRun>& runs) {
  std::uint32_t prefix = 0;
  while (box.a0 + prefix < box.a1 && box.b0 + prefix < box.b1 &&
         a[box.a0 + prefix] == b[box.b0 + prefix])
    ++prefix;
  append_run(runs, box.a0, box.b0, prefix);
  box.a0 += prefix;
  box.b0 += prefix;
  std::uint32_t suffix = 0;
  while (box.a0 < box.a1 - suffix && box.b0 < box.b1 - suffix &&
         a[box.a1 - 1 - suffix] == b[box.b1 - 1 - suffix])
    ++suffix;
  box.a1 -= suffix;
  box.b1 -= suffix;
  return suffix;
}

void MyersDiff::run(DiffBox box, std::vector<EqualRun>& runs, const Fallback& fallback) {
  const std::uint32_t before = box.a1 - box.a0;
  const std::uint32_t suffix = trim_box(a_, b_, box, runs);
  budget_.used += before - (box.a1 - box.a0);

  if (box.a0 < box.a1 && box.b0 < box.b1) {
    std::uint32_t x = 0, y = 0;
    if (bisect(box, x, y) == Split::kFound) {
      // A split at a corner would recurse on the same box; it cannot happen
      // after trimming (the script then has D >= 2), but never loop on it.
      if ((x == 0 && y == 0) || (x == box.a1 - box.a0 && y == box.b1 - box.b0)) {
        budget_.reached = true;
        fallback(box);
      } else {
        run({box.a0, box.a0 + x, box.b0, box.b0 + y}, runs, fallback);
        run({box.a0 + x, box.a1, box.b0 + y, box.b1}, runs, fallback);
      }
    } else {
      budget_.reached = true;
      fallback(box);
    }
  }
  append_run(runs, box.a1, box.b1, suffix);
}

}  // namespace parallax
