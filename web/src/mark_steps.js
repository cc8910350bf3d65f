// Stepping through the reading view with the keyboard: the next or previous shared passage,
// differing word of a near copy, or disagreement (a compared value whose verdict is not "agree")
// in the column that has the focus (else the first column). Without a focused mark the step
// starts from the top of what the column shows, so it follows the reader. The target is
// focused, which lights its twins and lines up the other columns (twins.js) and puts its
// description on the status line for screen readers.

import { lazy_column_of } from './lazy_column.js';

/** What a step looks for: the marks, the data attribute whose ids tell one item from the next
 * (a passage cut into several pieces is one step), and the highlights that make such marks
 * (`covers`: to find them in a long column's chunks not built yet, lazy_column.js). */
export const kStepKinds = {
  passage: { selector: 'mark[data-passage]', ids: 'passage', name: 'shared passage', covers: (h) => h.layer === 'passage' && !h.differ },
  difference: { selector: 'mark[data-differ]', ids: 'differ', name: 'differing word', covers: (h) => Boolean(h.differ) },
  disagreement: {
    selector: 'mark[data-discrepancy]',
    ids: 'discrepancy',
    name: 'disagreement',
    keep: (mark) => (mark.dataset.verdict || '').split(' ').some((v) => v && v !== 'agree'),
    covers: (h) => h.layer === 'discrepancy' && h.attrs?.verdict !== 'agree',
  },
};

/** The first piece of each item in `pane`, in text order. */
function starts(pane, kind) {
  const out = [];
  let previous = new Set();
  for (const mark of pane.querySelectorAll(kind.selector)) {
    if (kind.keep && !kind.keep(mark)) continue;
    const ids = (mark.dataset[kind.ids] || '').split(' ');
    if (!ids.some((id) => previous.has(id))) out.push(mark);
    previous = new Set(ids);
  }
  return out;
}

/**
 * Focuses the next (direction 1) or previous (-1) item of `kind` in the focused column of
 * `container`. Returns a sentence for the status line when there is none that way, else ''.
 */
export function step_marks(container, kind_name, direction) {
  const kind = kStepKinds[kind_name];
  const focused = document.activeElement;
  const column = (focused && focused.closest && focused.closest('.column')) || container.querySelector('.column');
  if (!column) return '';
  const pane = column.querySelector('.column-text');
  const name = column.dataset.name;
  const from = pane.contains(focused) && focused.matches('mark') ? focused : null;
  // A long column: the next such mark's chunk is built first.
  const lazy = lazy_column_of(pane);
  if (lazy) lazy.fill_toward(from ? from.closest('.chunk') : lazy.chunk_at(pane.getBoundingClientRect().top), direction, kind.covers);
  const list = starts(pane, kind);
  let target;
  if (from) {
    const after = (m) => from.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING;
    target = direction > 0 ? list.find(after) : list.findLast((m) => !after(m) && m !== from && !same_item(m, from, kind));
  } else {
    // From what the column shows: the first item at or below its top, or the last above it.
    const top = pane.getBoundingClientRect().top;
    target = direction > 0 ? list.find((m) => m.getBoundingClientRect().top >= top) : list.findLast((m) => m.getBoundingClientRect().top < top);
  }
  if (!target) return `No ${direction > 0 ? 'next' : 'previous'} ${kind.name} in ${name}.`;
  // A third of the way down its column (the page scrolls instead on narrow screens).
  if (pane.scrollHeight > pane.clientHeight) pane.scrollTop += target.getBoundingClientRect().top - pane.getBoundingClientRect().top - pane.clientHeight / 3;
  else target.scrollIntoView({ block: 'center' });
  // Its column into sight sideways (wide sets scroll sideways), the page only as far as needed.
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  // Focused once in place: the focus lines the other columns up with where it stands now.
  target.focus({ preventScroll: true });
  return '';
}

/** Whether `a` is a piece of the item `b` belongs to (stepping back from the middle of a
 * passage goes to the one before it, not to its own start). */
function same_item(a, b, kind) {
  const ids = new Set((b.dataset[kind.ids] || '').split(' ').filter(Boolean));
  return (a.dataset[kind.ids] || '').split(' ').some((id) => ids.has(id));
}
