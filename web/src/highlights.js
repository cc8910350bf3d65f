// Turns a document's text and the highlights on it into DOM: plain text nodes and <mark>s.
//
// The idea: every highlight is a half-open interval [start, end) of UTF-16 code units into the
// text (the unit the report was asked for, so text.slice(start, end) is the span). Highlights of
// several layers overlap freely, so the text is cut at every highlight boundary; each piece is
// then covered by one fixed set of highlights and becomes exactly ONE flat <mark> that lists all
// of them (data-layer="passage entity", data-passage="3 7"). Flat marks keep selection, styling
// (mark[data-layer~="passage"]) and twin lookup simple; nested marks would not.
// Passage marks also say which kinds of passage cover them (data-kind="exact", "near" or
// "exact near"), and the words of a near passage that its twin lacks are cut into their own
// pieces with data-differ="<passage ids>" (class "differ"), so the small edits are visible.
//
// Entity, discrepancy and furniture highlights also carry `attrs` ({"entity-type": "PERSON"},
// {verdict: "conflict"}, {reason: "caption"}): each piece lists the distinct values of the
// highlights covering it, space-separated, as data-<name> (data-entity-type="PERSON"), so CSS and
// the status line can tell a person from a place without looking the id up.
//
// Cost: O(h log h) to sort the 2h boundaries of h highlights, plus the pieces times the number
// of highlights active at once (small in practice).

/** Layers in the order they are listed in data-layer, whatever order they arrive in. */
export const kLayerOrder = ['passage', 'fact', 'only', 'entity', 'discrepancy', 'furniture'];

/** The darkest colour step; anything shared by more articles uses it too. */
export const kMaxShade = 5;

/**
 * @param {number} length  text length in UTF-16 code units
 * @param {{start:number,end:number,layer:string,id:number,shared_by?:number,kind?:string,
 *          differ?:boolean}[]} highlights  `kind` is a passage's "exact" or "near"; a highlight
 *   with `differ` marks words of passage `id` that its twin lacks: it cuts pieces and lists the
 *   id in the piece's `differ`, but adds no layer (the passage's own span covers those words).
 * @param {number[]} cuts  extra positions where a piece must end (chunk boundaries)
 * @returns {{start:number,end:number,layers:string[],ids:Object<string,number[]>,shared_by:number,
 *            kinds:string[],differ:number[],attrs:Object<string,string[]>|null}[]}
 *   pieces covering [0, length) in order; a plain piece has layers = [].
 *   A highlight's optional `attrs` ({name: value}) end up in its pieces' `attrs` (distinct values).
 */
export function split_pieces(length, highlights, cuts = []) {
  return [...piece_stream(length, highlights, cuts)];
}

/**
 * The pieces of split_pieces one by one (for rendering in time slices). The boundaries are
 * sorted as numbers in a Float64Array (no comparator and no event objects: a long text has a
 * hundred thousand of them), each (position * 2 + opens) * range + highlight index + 1 (0 for a
 * cut): by position, closing before opening (touching spans stay in separate pieces), cuts
 * before highlights, highlights in their order. Exact while position * range < 2^52, which a
 * string's length (< 2^30) and the highlights (< 2^22) keep.
 */
export function* piece_stream(length, highlights, cuts = [], from = 0) {
  const range = 2 ** Math.ceil(Math.log2(highlights.length + 2));
  const keys = new Float64Array(cuts.length + 2 * highlights.length);
  let n = 0;
  for (const pos of cuts) if (pos > from && pos < length) keys[n++] = pos * 2 * range;
  highlights.forEach((h, index) => {
    // Clamp rather than trust: a span past the text must not throw or add phantom text. (`from`:
    // the pieces of [from, length) only, for a chunk built on its own, lazy_column.js.)
    const start = Math.max(from, Math.min(length, h.start));
    const end = Math.max(from, Math.min(length, h.end));
    if (end > start) {
      keys[n++] = (start * 2 + 1) * range + index + 1;
      keys[n++] = end * 2 * range + index + 1;
    }
  });
  const events = keys.subarray(0, n).sort();
  const active = new Set();
  let pos = from;
  for (const key of events) {
    const index = (key % range) - 1;
    const at = Math.floor(key / range / 2);
    if (at > pos) {
      yield make_piece(pos, at, active, highlights);
      pos = at;
    }
    if (index < 0) continue;
    if (Math.floor(key / range) % 2) active.add(index);
    else active.delete(index);
  }
  if (pos < length) yield make_piece(pos, length, active, highlights);
}

// Shared, never modified: most pieces have no kind or no differing words, and long texts have
// tens of thousands of pieces.
const kNoIds = Object.freeze([]);
const kKindLists = [kNoIds, Object.freeze(['exact']), Object.freeze(['near']), Object.freeze(['exact', 'near'])];

function make_piece(start, end, active, highlights) {
  const layers = new Set();
  const ids = {};
  let kinds = 0; // bit 1: exact, bit 2: near
  let differ = kNoIds;
  let shared_by = 0;
  let attrs = null;
  for (const index of active) {
    const h = highlights[index];
    if (h.attrs) {
      attrs ||= {};
      for (const name in h.attrs) {
        const values = (attrs[name] ||= []);
        if (!values.includes(h.attrs[name])) values.push(h.attrs[name]);
      }
    }
    if (h.differ) {
      if (differ === kNoIds) differ = [];
      differ.push(h.id);
      continue;
    }
    layers.add(h.layer);
    (ids[h.layer] ||= []).push(h.id);
    if (h.kind) kinds |= h.kind === 'near' ? 2 : 1;
    if (h.shared_by) shared_by = Math.max(shared_by, h.shared_by);
  }
  for (const list of Object.values(ids)) if (list.length > 1) list.sort((a, b) => a - b);
  if (differ.length > 1) differ.sort((a, b) => a - b);
  const ordered = kLayerOrder.filter((l) => layers.has(l));
  for (const l of layers) if (!ordered.includes(l)) ordered.push(l);
  if (ordered.length === 0) differ = kNoIds; // a differing run outside its span: ignore it
  return { start, end, layers: ordered, ids, shared_by, kinds: kKindLists[kinds], differ, attrs };
}

/**
 * Where the text is cut into chunks: after a line break, once a chunk holds at least
 * `min_chars`. Each chunk becomes its own block with `content-visibility: auto`, so the browser
 * lays out only the chunks near the screen: ten columns of 1 MB text otherwise take seconds of
 * layout on every analysis. Cutting only after "\n" keeps the rendering identical.
 */
export function chunk_starts(text, min_chars = 4000) {
  const starts = [];
  let from = 0;
  while (from + min_chars < text.length) {
    const newline = text.indexOf('\n', from + min_chars);
    if (newline < 0 || newline + 1 >= text.length) break;
    starts.push(newline + 1);
    from = newline + 1;
  }
  return starts;
}

/**
 * Builds the text as a DocumentFragment of chunks holding text nodes and marks. `pieces` must
 * have been cut at the same `starts`. Each mark is focusable so keyboard users can reach the
 * same information as pointer users. `on_mark(mark, piece)` is called for every mark made (to
 * index marks by id without reading them back from the DOM).
 */
export function build_fragment(text, pieces, starts = [], on_mark = null) {
  const builder = new FragmentBuilder(text, starts, on_mark);
  for (const piece of pieces) builder.add(piece);
  return builder.fragment;
}

/**
 * The same from the highlights, in time slices (slices.js): the text is cut and its marks made
 * piece by piece, with a pause whenever the slice is spent. Resolves to the fragment.
 * @param {import('./slices.js').Slicer} slicer
 */
export async function build_fragment_sliced(text, highlights, starts, on_mark, slicer) {
  const builder = new FragmentBuilder(text, starts, on_mark);
  let n = 0;
  for (const piece of piece_stream(text.length, highlights, starts)) {
    builder.add(piece);
    if (++n % 64 === 0 && slicer.due()) await slicer.pause();
  }
  return builder.fragment;
}

class FragmentBuilder {
  constructor(text, starts, on_mark) {
    this.text = text;
    this.on_mark = on_mark;
    this.fragment = document.createDocumentFragment();
    this.bounds = [0, ...starts, text.length];
    this.chunk = null;
    this.next = 0; // index into bounds of the next chunk start
  }

  add(piece) {
    const { bounds, text } = this;
    if (this.next < bounds.length - 1 && piece.start >= bounds[this.next]) {
      this.chunk = document.createElement('div');
      this.chunk.className = 'chunk';
      chunk_size_hint(this.chunk, text, bounds[this.next], bounds[this.next + 1]);
      this.fragment.append(this.chunk);
      this.next++;
    }
    const node = piece_node(text, piece);
    this.chunk.append(node);
    if (this.on_mark && piece.layers.length) this.on_mark(node, piece);
  }
}

// Attributes are set with setAttribute and the class once: tens of thousands of marks are made
// for long articles, and dataset/classList cost noticeably more per call.
export function piece_node(text, piece) {
  const slice = text.slice(piece.start, piece.end);
  if (piece.layers.length === 0) return document.createTextNode(slice);
  const mark = document.createElement('mark');
  mark.textContent = slice;
  mark.setAttribute('tabindex', '0');
  mark.setAttribute('data-layer', piece.layers.join(' '));
  // Where the piece starts in the text: words inside it (a fact's matched words) can then be
  // found as ranges of its text node without cutting the text further.
  mark.setAttribute('data-start', String(piece.start));
  for (const layer in piece.ids) mark.setAttribute(`data-${layer}`, piece.ids[layer].join(' '));
  for (const name in piece.attrs) mark.setAttribute(`data-${name}`, piece.attrs[name].join(' '));
  let classes = '';
  if (piece.shared_by) {
    mark.setAttribute('data-shared-by', String(piece.shared_by));
    classes = `shade-${Math.min(piece.shared_by, kMaxShade)}`;
  }
  // "exact", "near" or "exact near": a piece any exact passage covers is shaded as exact; only
  // pieces covered by near passages alone take the lighter near shade.
  if (piece.kinds.length) mark.setAttribute('data-kind', piece.kinds.join(' '));
  if (piece.kinds.length === 1 && piece.kinds[0] === 'near') classes += ' near';
  if (piece.differ.length) {
    mark.setAttribute('data-differ', piece.differ.join(' '));
    classes += ' differ';
  }
  if (classes) mark.className = classes.trim();
  return mark;
}

/**
 * An estimate of a chunk's height (lines of about 70 characters) for the space it takes while
 * the browser skips laying it out, so the scroll bar does not jump. Set through the CSSOM,
 * which the page's CSP (style-src 'self', no inline style attributes) permits.
 */
function chunk_size_hint(chunk, text, start, end) {
  chunk.style.containIntrinsicBlockSize = `auto ${chunk_height(text, start, end)}`;
}

/** The estimated height of text [start, end) (lines of about 70 characters), as CSS. */
export function chunk_height(text, start, end) {
  let lines = 0;
  let from = start;
  while (from < end) {
    let newline = text.indexOf('\n', from);
    if (newline < 0 || newline >= end) newline = end;
    lines += Math.max(1, Math.ceil((newline - from) / 70));
    from = newline + 1;
  }
  return `${(lines * 1.65).toFixed(1)}em`;
}

/**
 * The passage highlights of every document, indexed by report document index: each span, and
 * inside a near passage's span the runs of words its twin lacks (`differ`).
 */
export function passage_highlights(report) {
  const per_doc = report.documents.map(() => []);
  for (const passage of report.passages || []) {
    const kind = passage.kind === 'near' ? 'near' : 'exact';
    for (const span of passage.spans) {
      const list = per_doc[span.doc];
      if (!list) continue;
      list.push({ start: span.start, end: span.end, layer: 'passage', id: passage.id, shared_by: passage.docs, kind });
      for (const run of span.differ || []) list.push({ start: run.start, end: run.end, layer: 'passage', id: passage.id, differ: true });
    }
  }
  return per_doc;
}

/**
 * The highlights of `layer` in every document (report index) for `groups`: each group's spans
 * ({doc, start, end}: an entity's mentions, a disagreement's values) with its id and `attrs`.
 */
export function span_highlights(report, layer, groups) {
  const per_doc = report.documents.map(() => []);
  for (const { id, spans, attrs } of groups) {
    for (const s of spans) per_doc[s.doc]?.push({ start: s.start, end: s.end, layer, id, attrs });
  }
  return per_doc;
}

/**
 * The fact highlights of every document, indexed by report document index: each sentence that
 * belongs to a fact (a sentence in two facts lists both ids), and, for the documents in
 * `only_docs` (report indexes), the sentences only that document reports (layer "only", id: the
 * sentence's index in the document).
 */
export function fact_highlights(report, { facts = true, only_docs = new Set() } = {}) {
  const per_doc = report.documents.map(() => []);
  if (facts) {
    for (const fact of report.facts || []) {
      for (const s of fact.sentences) {
        if (per_doc[s.doc]) per_doc[s.doc].push({ start: s.start, end: s.end, layer: 'fact', id: fact.id });
      }
    }
  }
  for (const doc of only_docs) {
    for (const s of (report.documents[doc] && report.documents[doc].only_in) || []) {
      per_doc[doc].push({ start: s.start, end: s.end, layer: 'only', id: s.sentence });
    }
  }
  return per_doc;
}
