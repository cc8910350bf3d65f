// The word diff for people: a unified diff of words (`parallax diff --format
// unified`), in the style of `git diff --word-diff=plain`.
//
// The new text is printed with the changes inline: [-deleted-], {+inserted+},
// and a moved block twice, numbered: [>1: text<] where it was (in the old
// text's order) and {>1: text<} where it went. Whitespace between words comes
// from the text it belongs to, so paragraphs stay paragraphs. Only lines that
// hold a change are printed, with `context` lines around them, in hunks
// headed "@@ -L +M @@" (L, M: the hunk's first line in each text, from 1).
//
// Contract: output is empty when nothing changed; otherwise it starts with
// "--- name_a" and "+++ name_b" lines. Linear in the size of the texts.
#pragma once

#include <cstdint>
#include <string>

#include "diff.h"

namespace parallax {

std::string diff_to_unified(const DiffResult& result, std::uint32_t context);

}  // namespace parallax
