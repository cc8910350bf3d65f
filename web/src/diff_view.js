// The word diff of two articles (A, the older, and B, the newer), from the core's diff():
// inline (a redline: B's text with A's deletions struck through where they were) or side by side
// (A's text beside B's).
//
// The report's edits come in B's order: equal (a and b), delete (a), insert (b), move (a: where
// it was, b: where it went). Whitespace between two edits belongs to neither, so the views take
// it from the side they are showing. Every change is one flat element with data attributes:
//   <del data-layer="diff" data-op="delete" data-change="3">   text only A has
//   <ins data-layer="diff" data-op="insert" data-change="3">   text only B has
//   <mark data-layer="diff" data-op="move" data-end="from|to" data-move="1" data-change="4">
// `data-change` numbers the changes a reader steps through (1-based): a run of deletions and
// insertions with no equal text between them is one change (a replacement), and each move is one
// (both of its ends carry the same number). Side by side, a change that has nothing on one side
// leaves an empty <span class="diff-gap" data-change> there, so both sides can be lined up.
// Text is only ever set with textContent.

import { el, plural } from './dom.js';

const kWordChar = /[\p{L}\p{N}]/u;
const kSpace = /\s/;

/** Words as a reader counts them in a change (the totals shown come from the core). */
export function count_words(text) {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) || []).length;
}

/**
 * Groups the edits into changes, in B's order.
 * @returns {{changes: {number:number, kind:'insert'|'delete'|'replace'|'move', edits:number[],
 *            move?:number, deleted:number, inserted:number, moved:number}[],
 *            change_of: number[]}}  change_of[k]: the change number of edit k (0 for equal)
 */
export function diff_changes(report) {
  const edits = report.edits || [];
  const [a_text, b_text] = report.documents.map((d) => d.text || '');
  const changes = [];
  const change_of = new Array(edits.length).fill(0);
  let current = null;
  let moves = 0;
  edits.forEach((edit, k) => {
    if (edit.op === 'equal') {
      current = null;
      return;
    }
    if (edit.op === 'move' || !current) {
      current = { number: changes.length + 1, kind: edit.op, edits: [], deleted: 0, inserted: 0, moved: 0 };
      changes.push(current);
    } else if (current.kind !== edit.op) current.kind = 'replace';
    current.edits.push(k);
    change_of[k] = current.number;
    if (edit.op === 'move') {
      current.move = ++moves;
      current.moved = count_words(b_text.slice(edit.b.start, edit.b.end));
      current = null; // a move stands alone
    } else if (edit.op === 'delete') current.deleted += count_words(a_text.slice(edit.a.start, edit.a.end));
    else current.inserted += count_words(b_text.slice(edit.b.start, edit.b.end));
  });
  return { changes, change_of };
}

/**
 * Builds the diff as DOM into `container`.
 * @param {'inline'|'side'} layout
 * @returns {{changes: object[]}} the changes, for navigation
 */
export function render_diff(container, report, layout, names) {
  const model = diff_changes(report);
  const [a_text, b_text] = report.documents.map((d) => d.text || '');
  const edits = report.edits || [];
  if (layout === 'side') {
    container.replaceChildren(
      el('div', { class: 'diff-side' }, pane('a', names[0], a_side(edits, a_text, model)), pane('b', names[1], b_side(edits, b_text, model))),
    );
  } else {
    container.replaceChildren(el('div', { class: 'diff-inline', 'data-side': 'inline' }, inline(edits, a_text, b_text, model)));
  }
  label_moves(container, layout);
  return model;
}

/** Each end of a move gets a badge (CSS ::before from data-badge): its number and an arrow
 * toward the other end, so the pair can be found at a glance. */
function label_moves(container, layout) {
  const ends = new Map();
  for (const node of container.querySelectorAll('mark[data-move]')) {
    if (!ends.has(node.dataset.move)) ends.set(node.dataset.move, {});
    ends.get(node.dataset.move)[node.dataset.end] = node;
  }
  for (const [number, { from, to }] of ends) {
    if (!from || !to) continue;
    if (layout === 'side') {
      from.dataset.badge = `→${number}`;
      to.dataset.badge = `←${number}`;
    } else {
      const down = Boolean(from.compareDocumentPosition(to) & Node.DOCUMENT_POSITION_FOLLOWING);
      from.dataset.badge = `${down ? '↓' : '↑'}${number}`;
      to.dataset.badge = `${down ? '↑' : '↓'}${number}`;
    }
  }
}

function pane(side, name, fragment) {
  return el(
    'section',
    { class: 'diff-pane', 'data-side': side, 'aria-label': `${side === 'a' ? 'From' : 'To'}: ${name}` },
    el('h3', { class: 'diff-pane-title' }, el('span', { class: 'diff-pane-side' }, side === 'a' ? 'From' : 'To'), ' ', name),
    el('div', { class: 'diff-text' }, fragment),
  );
}

/** One element for one edit's span of text, or a plain text node for equal text. */
function edit_node(edit, k, text, span, model, end) {
  const slice = text.slice(span.start, span.end);
  if (edit.op === 'equal') return document.createTextNode(slice);
  const number = model.change_of[k];
  const attrs = { 'data-layer': 'diff', 'data-op': edit.op, 'data-change': number, tabindex: 0 };
  if (edit.op === 'move') {
    const move = model.changes[number - 1].move;
    return el(
      'mark',
      {
        ...attrs,
        'data-end': end,
        'data-move': move,
        title: end === 'to' ? `Moved here (move ${move}): click or press Enter to see where it was` : `Moved from here (move ${move}): click or press Enter to see where it went`,
      },
      slice,
    );
  }
  return el(edit.op === 'delete' ? 'del' : 'ins', attrs, slice);
}

const gap = (number) => el('span', { class: 'diff-gap', 'data-change': number, 'aria-hidden': 'true' });

/** Indexes of the edits that hold A's text in A's order (equal and delete: moves are holes),
 * and for any position in A, the last of them that ends at or before it. */
function a_anchors(edits) {
  const anchors = [];
  edits.forEach((e, k) => {
    if (e.a && e.op !== 'move') anchors.push(k);
  });
  const before = (pos) => {
    let lo = 0;
    let hi = anchors.length; // first anchor ending after pos
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edits[anchors[mid]].a.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? anchors[lo - 1] : -1;
  };
  return before;
}

/** The whitespace of `text` just before `pos`. */
function space_before(text, pos) {
  let i = pos;
  while (i > 0 && kSpace.test(text[i - 1])) i--;
  return text.slice(i, pos);
}

/**
 * Appends pieces to a fragment, remembering the last character and which text it came from, so
 * that a piece of A never glues to a piece of B ("springday"): where they touch without
 * whitespace, a space is put between them.
 */
class Flow {
  constructor() {
    this.fragment = document.createDocumentFragment();
    this.last = '';
    this.side = '';
    this.change = false;
  }

  add(node, side) {
    const text = node.textContent;
    if (text === '') return;
    const change = node.nodeType === Node.ELEMENT_NODE;
    const first = text[0];
    const touching = this.last !== '' && !kSpace.test(this.last) && !kSpace.test(first);
    // Two words from different texts, or a change of A right against a change of B ("Old."
    // then "New"): a space between them. A deletion before its text's own "." needs none.
    if (touching && side !== this.side && ((kWordChar.test(this.last) && kWordChar.test(first)) || (change && this.change))) {
      this.fragment.append(' ');
    }
    this.last = text[text.length - 1];
    this.side = side;
    this.change = change;
    this.fragment.append(node);
  }

  text(text, side) {
    if (text) this.add(document.createTextNode(text), side);
  }
}

/**
 * The redline: B's text in B's order; each deletion and each move's old place ("from") is shown
 * where it was, with the whitespace A had before it.
 */
function inline(edits, a_text, b_text, model) {
  const flow = new Flow();
  // Where each moved block was: after the A-anchor that precedes it (-1: at the very start).
  const before = a_anchors(edits);
  const sources = new Map();
  edits.forEach((e, k) => {
    if (e.op !== 'move') return;
    const key = before(e.a.start);
    if (!sources.has(key)) sources.set(key, []);
    sources.get(key).push(k);
  });
  for (const list of sources.values()) list.sort((x, y) => edits[x].a.start - edits[y].a.start);
  const emit_sources = (key) => {
    for (const k of sources.get(key) || []) {
      flow.text(space_before(a_text, edits[k].a.start), 'a');
      flow.add(edit_node(edits[k], k, a_text, edits[k].a, model, 'from'), 'a');
    }
  };

  emit_sources(-1);
  let pb = 0;
  edits.forEach((e, k) => {
    if (e.b) {
      flow.text(b_text.slice(pb, e.b.start), 'b');
      flow.add(edit_node(e, k, b_text, e.b, model, 'to'), 'b');
      pb = e.b.end;
    } else {
      flow.text(space_before(a_text, e.a.start), 'a');
      flow.add(edit_node(e, k, a_text, e.a, model), 'a');
    }
    if (e.a && e.op !== 'move') emit_sources(k);
  });
  flow.text(b_text.slice(pb), 'b');
  return flow.fragment;
}

/** A's text with its deletions and moves' old places; a gap where B inserted something. */
function a_side(edits, a_text, model) {
  // An insertion sits, in A, after the last edit holding A's text that comes before it in B's
  // order (those edits are in A's order too; moves are not among them).
  const gaps = new Map(); // that edit (-1: the start) -> changes that only insert
  let anchor = -1;
  edits.forEach((e, k) => {
    if (e.a && e.op !== 'move') anchor = k;
    const number = model.change_of[k];
    if (!number || model.changes[number - 1].kind !== 'insert' || model.changes[number - 1].edits[0] !== k) return;
    if (!gaps.has(anchor)) gaps.set(anchor, []);
    gaps.get(anchor).push(number);
  });
  const order = [];
  edits.forEach((e, k) => {
    if (e.a) order.push(k);
  });
  order.sort((x, y) => edits[x].a.start - edits[y].a.start);
  const fragment = document.createDocumentFragment();
  const add_gaps = (key) => {
    for (const number of gaps.get(key) || []) fragment.append(gap(number));
  };
  add_gaps(-1);
  let pa = 0;
  for (const k of order) {
    const e = edits[k];
    fragment.append(a_text.slice(pa, e.a.start), edit_node(e, k, a_text, e.a, model, 'from'));
    pa = e.a.end;
    if (e.op !== 'move') add_gaps(k);
  }
  fragment.append(a_text.slice(pa));
  return fragment;
}

/** B's text with its insertions and moves' new places; a gap where A had a deletion. */
function b_side(edits, b_text, model) {
  const fragment = document.createDocumentFragment();
  let pb = 0;
  let last_gap = 0;
  edits.forEach((e, k) => {
    if (e.b) {
      fragment.append(b_text.slice(pb, e.b.start), edit_node(e, k, b_text, e.b, model, 'to'));
      pb = e.b.end;
      return;
    }
    const number = model.change_of[k];
    if (model.changes[number - 1].kind === 'delete' && number !== last_gap) {
      fragment.append(gap(number));
      last_gap = number;
    }
  });
  fragment.append(b_text.slice(pb));
  return fragment;
}

/** The summary line: how many changes, words added, removed and moved (the core's counts),
 * and whether the core had to approximate. */
export function summary_nodes(report, changes) {
  if (changes.length === 0) return ['No differences: the two texts have the same words and punctuation.'];
  const c = report.counts || {};
  const count = (kind, value, text) => el('span', { class: `diff-count ${kind}`, 'data-count': kind, 'data-value': value }, text);
  const nodes = [
    `${plural(changes.length, 'change', 'changes')}: `,
    count('inserted', c.inserted || 0, `+${plural(c.inserted || 0, 'word', 'words')} added`),
    ' ',
    count('deleted', c.deleted || 0, `−${(c.deleted || 0).toLocaleString('en')} removed`),
    ' ',
    count('moved', c.moved || 0, `${(c.moved || 0).toLocaleString('en')} moved`),
  ];
  if (report.approximate) {
    nodes.push(
      ' ',
      el(
        'span',
        {
          class: 'approximate',
          'data-count': 'approximate',
          title: 'The two texts differ so much that the engine reached its work limit: part of this diff was approximated, so it may show more changes than the fewest possible.',
        },
        'approximate',
      ),
    );
  }
  return nodes;
}

/** What the status line says about a change. */
export function describe_change(change, total) {
  const head = `Change ${change.number} of ${total}`;
  if (change.kind === 'move') {
    return `${head}: ${plural(change.moved, 'word', 'words')} moved (move ${change.move}) — press Enter or click to go to its other end`;
  }
  const parts = [];
  if (change.deleted || change.kind !== 'insert') parts.push(`${plural(change.deleted, 'word', 'words')} removed`);
  if (change.inserted || change.kind !== 'delete') parts.push(`${plural(change.inserted, 'word', 'words')} added`);
  return `${head}: ${parts.join(', ')}`;
}
