// Bringing marks into sight in the reading view: each column that holds one of them scrolls so
// its first one stands a quarter down the column, all at one height, and the page scrolls so the
// columns start right under the sticky legend. Used when a fact, an entity or a disagreement is
// chosen in one of the other views.

/**
 * @param {HTMLElement[]} marks  in document order per column
 * @param {HTMLElement} head  the sticky head above the columns
 * @returns {HTMLElement|null}  the first mark, to be focused
 */
export function reveal(marks, head) {
  if (!marks.length) return null;
  const firsts = new Map();
  for (const mark of marks) {
    const pane = mark.closest('.column-text');
    if (pane && !firsts.has(pane)) firsts.set(pane, mark);
  }
  const [first] = firsts.values();
  if (!first) return null;
  // The column into view sideways, and the page scrolled so the columns start right under the
  // sticky legend and status line.
  first.closest('.column').scrollIntoView({ block: 'nearest', inline: 'nearest' });
  window.scrollBy(0, first.closest('.column').getBoundingClientRect().top - head.getBoundingClientRect().bottom - 8);
  for (const [pane, mark] of firsts) {
    pane.scrollTop += mark.getBoundingClientRect().top - pane.getBoundingClientRect().top - pane.clientHeight / 4;
  }
  // Narrow screens: the columns do not scroll on their own, the page does.
  if (first.closest('.column-text').scrollHeight <= first.closest('.column-text').clientHeight) first.scrollIntoView({ block: 'center' });
  return first;
}
