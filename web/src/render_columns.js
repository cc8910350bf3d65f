// Renders the reading view: one column per shown article, its text with highlights.
//
// Buttons carry data-action and data-entry; main.js handles them with one delegated listener,
// so re-rendering never leaves stale listeners behind.

import { el, plural } from './dom.js';
import { build_fragment, chunk_starts, split_pieces } from './highlights.js';

/**
 * @param {HTMLElement} container
 * @param {{entry_id:number, name:string, title:string, words:number, text:string,
 *          notices:string[], highlights:object[], can_left:boolean, can_right:boolean}[]} columns
 * @returns {Map<string, HTMLElement[]>} for each "layer:id" (e.g. "passage:3"), its marks in
 *   every column: the twins lit together on hover and focus.
 */
export function render_columns(container, columns) {
  const index = new Map();
  const nodes = columns.map((column, position) => {
    const text = el('div', { class: 'column-text' });
    const starts = chunk_starts(column.text);
    text.append(build_fragment(column.text, split_pieces(column.text.length, column.highlights, starts), starts));
    for (const mark of text.querySelectorAll('mark')) {
      for (const layer of mark.dataset.layer.split(' ')) {
        const ids = mark.getAttribute(`data-${layer}`);
        if (!ids) continue;
        for (const id of ids.split(' ')) {
          const key = `${layer}:${id}`;
          if (!index.has(key)) index.set(key, []);
          index.get(key).push(mark);
        }
      }
    }
    return column_node(column, position, text);
  });
  container.replaceChildren(...nodes);
  return index;
}

function column_node(column, position, text) {
  const heading_id = `column-title-${column.entry_id}`;
  const actions = el(
    'div',
    { class: 'column-actions' },
    button('left', column, '←', `Move ${column.name} left`, !column.can_left),
    button('right', column, '→', `Move ${column.name} right`, !column.can_right),
    button('remove', column, '×', `Remove ${column.name}`, false),
  );
  const meta = el(
    'p',
    { class: 'column-meta' },
    el('span', { class: 'file-name' }, column.name),
    ' · ',
    el('span', { class: 'word-count' }, plural(column.words, 'word', 'words')),
  );
  const notices = column.notices.length
    ? el('ul', { class: 'column-notices' }, ...column.notices.map((n) => el('li', null, n)))
    : null;
  return el(
    'article',
    { class: 'column', 'data-entry': column.entry_id, 'data-name': column.name, 'data-position': position, 'aria-labelledby': heading_id },
    el('header', { class: 'column-head' }, el('h2', { class: 'column-title', id: heading_id }, column.title || column.name), meta, notices, actions),
    text,
  );
}

function button(action, column, label, description, disabled) {
  return el(
    'button',
    { type: 'button', class: `icon-button action-${action}`, 'data-action': action, 'data-entry': column.entry_id, 'aria-label': description, title: description, disabled },
    label,
  );
}
