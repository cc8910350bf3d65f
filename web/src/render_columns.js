// Renders the reading view: one column per shown article, its text with highlights.
//
// Buttons carry data-action and data-entry; main.js handles them with one delegated listener,
// so re-rendering never leaves stale listeners behind.

import { meta_controls } from './article_meta.js';
import { el, plural } from './dom.js';
import { build_fragment, build_fragment_sliced, chunk_starts, split_pieces } from './highlights.js';
import { kLazyChars, LazyColumn } from './lazy_column.js';
import { MarkIndex } from './mark_index.js';

/**
 * @param {HTMLElement} container
 * @param {{entry_id:number, name:string, title:string, words:number, text:string,
 *          notices:string[], highlights:object[], can_left:boolean, can_right:boolean,
 *          meta?:{outlet:string, date:string},
 *          summary?:{shared:string, most?:{number:number, name:string, value:string},
 *                    only:number, only_label:string, only_shown:boolean}}[]} columns
 *   summary: what the facts say about the article (facts.js): how much of it is reported
 *   elsewhere, the article most alike, and a toggle for the sentences only it reports.
 *   meta: the article's outlet and publication date, editable in the header (article_meta.js).
 * @returns {MarkIndex} for each "layer:id" (e.g. "passage:3"), its marks in every column: the
 *   twins lit together on hover and focus.
 */
export function render_columns(container, columns) {
  const index = new MarkIndex();
  swap(container, columns.map((column, position) => build_column(column, position, index)));
  return index;
}

/**
 * The same in time slices (slices.js): the text is cut and the marks made a slice at a time, so
 * long articles (tens of thousands of marks) never hold the main thread for long. The old
 * columns stay until the new ones are all built; a render overtaken by a newer one stops at a
 * pause (the slicer throws) and changes nothing. A column of more than kLazyChars is built
 * where it is read (lazy_column.js).
 * @param {import('./slices.js').Slicer} slicer
 * @returns {Promise<MarkIndex>}
 */
export async function render_columns_sliced(container, columns, slicer) {
  const index = new MarkIndex();
  const nodes = [];
  const later = []; // [column text, its chunks past the first kChunkBatch]
  const lazy = []; // [lazy column, its column text]
  for (const [position, column] of columns.entries()) {
    const starts = chunk_starts(column.text);
    const text = el('div', { class: 'column-text' });
    if (column.text.length > kLazyChars && starts.length) {
      const lazy_column = new LazyColumn(column.text, starts, index, indexer(index));
      await lazy_column.add_highlights(column.highlights, slicer);
      text.append(lazy_column.fragment());
      lazy.push([lazy_column, text]);
    } else {
      text.append(await build_fragment_sliced(column.text, column.highlights, starts, indexer(index), slicer));
    }
    if (text.children.length > kChunkBatch) later.push([text, [...text.children].slice(kChunkBatch)]);
    nodes.push(column_node(column, position, text));
    if (slicer.due()) await slicer.pause();
  }
  for (const [, chunks] of later) for (const chunk of chunks) chunk.remove();
  const scrolled = swap(container, nodes);
  await add_chunks_sliced(container, later, slicer);
  if (later.length) restore_scroll(nodes, scrolled);
  for (const [lazy_column, text] of lazy) lazy_column.watch(text);
  return index;
}

/** Chunks of a column put in place with it; the rest follow a batch at a time. */
const kChunkBatch = 150;

/**
 * Puts the chunks held back (`later`: [column text, chunks]) in place kChunkBatch at a time per
 * column, each batch styled and laid out (forced) in its own time slice, as the overview's rows
 * (overview.js add_rows_sliced): the style of two 5 MB articles' 2,500 chunks, all put in at once,
 * made the longest task of the load test (style 35 of 70-85 ms CPU time). Chunks off screen skip
 * the layout of their text (content-visibility), so a batch is a few ms.
 */
async function add_chunks_sliced(container, later, slicer) {
  for (let from = 0; later.some(([, chunks]) => from < chunks.length); from += kChunkBatch) {
    container.getBoundingClientRect(); // the chunks in place so far are styled and laid out now
    await slicer.check();
    for (const [text, chunks] of later) text.append(...chunks.slice(from, from + kChunkBatch));
  }
}

/** One column; its marks are added to `index` under "layer:id". */
function build_column(column, position, index) {
  const text = el('div', { class: 'column-text' });
  const starts = chunk_starts(column.text);
  text.append(build_fragment(column.text, split_pieces(column.text.length, column.highlights, starts), starts, indexer(index)));
  return column_node(column, position, text);
}

/** Adds each mark made to `index` under "layer:id" (`in_order`: see MarkIndex.add). */
function indexer(index) {
  return (mark, piece, in_order = true) => {
    for (const layer in piece.ids) {
      for (const id of piece.ids[layer]) index.add(`${layer}:${id}`, mark, in_order);
    }
  };
}

/** Puts the new columns in place. Columns scroll on their own (on wide screens): a re-render
 * (a setting, a layer switched on or off) keeps each article where the reader was. */
function swap(container, nodes) {
  const scrolled = new Map([...container.querySelectorAll('.column')].map((c) => [c.dataset.entry, c.querySelector('.column-text').scrollTop]));
  container.replaceChildren(...nodes);
  restore_scroll(nodes, scrolled);
  return scrolled;
}

/** Scrolls each new column where its article was (again once a long column is whole: a column
 * whose chunks were still coming could not scroll that far). */
function restore_scroll(nodes, scrolled) {
  for (const node of nodes) {
    const top = scrolled.get(node.dataset.entry);
    if (top) node.querySelector('.column-text').scrollTop = top;
  }
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
    el('header', { class: 'column-head' }, el('h2', { class: 'column-title', id: heading_id }, column.title || column.name), meta, column.meta && meta_controls(column.entry_id, column.name, column.meta), summary_node(column), notices, actions),
    text,
  );
}

function summary_node(column) {
  const summary = column.summary;
  if (!summary) return null;
  const most = summary.most;
  return el(
    'p',
    { class: 'column-facts' },
    el('span', { class: 'shared-facts' }, summary.shared),
    most ? ' (most with ' : null,
    most ? el('span', { class: 'most-alike', title: `${most.value} of its sentences share a fact or a passage with ${most.name}` }, `#${most.number}: ${most.value}`) : null,
    most ? ')' : null,
    summary.only ? ' · ' : null,
    summary.only
      ? el(
          'button',
          {
            type: 'button',
            class: 'link-button only-toggle',
            'data-action': 'only-toggle',
            'data-entry': column.entry_id,
            'aria-pressed': String(summary.only_shown),
            title: summary.only_shown ? 'Stop highlighting the sentences only this article reports' : 'Highlight the sentences only this article reports',
          },
          summary.only_label,
        )
      : null,
  );
}

function button(action, column, label, description, disabled) {
  return el(
    'button',
    { type: 'button', class: `icon-button action-${action}`, 'data-action': action, 'data-entry': column.entry_id, 'aria-label': description, title: description, disabled },
    label,
  );
}
