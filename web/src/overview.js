// The overview: for every loaded article, how much of it is shared, and with whom.
//
// A matrix of overlap[i][j] (the share of article i's words found in passages it shares with
// article j, as the report gives it) plus, per article, shared_words / words: the share of its
// words shared with any other article, split into exact and near reuse:
// - exact: exact_words / words, words in word-for-word runs of at least K words (the core counts
//   such runs also where they lie inside a near copy);
// - near: (shared_words - exact_words) / words, what near copies add beyond those runs: the
//   edited words and the short matches between them. So exact + near = shared.
// Numbers are in the table as text; the cell shade only repeats them. A checkbox per row chooses
// which articles are shown as columns.
// Beside it, the similarity matrix: similarity[i][j], the share of article i's sentences that
// share a fact or a passage with article j (the same fact told in other words counts), with the
// same heat-map shades and row numbers.

import { el } from './dom.js';

/** "12%", "<1%" for a small non-zero share, "0%". */
export function percent(fraction) {
  if (!Number.isFinite(fraction) || fraction <= 0) return '0%';
  if (fraction < 0.005) return '<1%';
  return `${Math.round(fraction * 100)}%`;
}

function level(fraction) {
  if (!(fraction > 0)) return 0;
  if (fraction < 0.1) return 1;
  if (fraction < 0.25) return 2;
  if (fraction < 0.5) return 3;
  return 4;
}

/** Up to this many articles the pairwise matrix is shown; a 200 x 200 table (40,000 cells)
 * takes the browser over a second to lay out and nobody reads it. Beyond it, each row names the
 * article it overlaps most, which answers the question the matrix was for. */
export const kMatrixLimit = 30;

/**
 * @param {HTMLElement} container
 * @param {{entry_id:number, name:string, title:string, words:number, shared_words:number,
 *          exact_words:number, near_words:number, shown:boolean}[]} rows
 * @param {{all:number[][], near:number[][], similarity?:number[][]}} overlap  the report's
 *   overlap, overlap_near and similarity between rows i and j (similarity absent: not shown)
 * @param {{can_show_more:boolean, near:boolean, figures?:HTMLElement[]}} options  near: whether
 *   near copies were sought; figures: shown first, beside the tables (overview_bars.js)
 */
export function render_overview(container, rows, overlap, { can_show_more, near, figures = [] }) {
  if (rows.length === 0) {
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const matrix = rows.length <= kMatrixLimit;
  const value = (i, j) => (overlap.all[i] && overlap.all[i][j]) || 0;
  const near_value = (i, j) => (overlap.near[i] && overlap.near[i][j]) || 0;

  const head = el(
    'tr',
    null,
    el('th', { scope: 'col' }, 'Article'),
    el('th', { scope: 'col', class: 'num' }, 'Words'),
    el('th', { scope: 'col', class: 'num', title: 'Share of its words found in a passage shared with any other article' }, 'Shared'),
    el('th', { scope: 'col', class: 'num kind', title: 'Of which word for word: runs of at least the minimum length, also inside near copies' }, 'exact'),
    el('th', { scope: 'col', class: 'num kind', title: 'Of which only in near copies: passages reused with small edits' }, 'near'),
    ...(matrix
      ? rows.map((row, j) => el('th', { scope: 'col', class: 'num', title: row.name }, String(j + 1)))
      : [el('th', { scope: 'col' }, 'Overlaps most with')]),
    el('th', { scope: 'col', title: 'Show as a column of the reading view' }, 'Show'),
  );

  // The reading view compares: with two or more articles, at least two stay columns.
  const shown_count = rows.filter((r) => r.shown).length;
  const keep_shown = shown_count <= Math.min(2, rows.length);
  const body = rows.map((row, i) => {
    const share = (n) => (row.words ? n / row.words : 0);
    const any = share(row.shared_words);
    // A report without exact_words (a core before near passages) had exact passages only.
    const exact_words = Math.min(row.exact_words ?? row.shared_words, row.shared_words);
    const exact = share(exact_words);
    const edited = share(row.shared_words - exact_words);
    const cells = matrix
      ? rows.map((other, j) => matrix_cell(row, other, i, j, value(i, j), near_value(i, j)))
      : [most_cell(rows, i, value, 'nothing shared')];
    const toggle = el('input', {
      type: 'checkbox',
      'data-action': 'show',
      'data-entry': row.entry_id,
      'aria-label': `Show ${row.name} as a column`,
      checked: row.shown,
      disabled: row.shown ? keep_shown : !can_show_more,
      title: row.shown && keep_shown ? 'At least two articles are shown as columns: show another one first' : null,
    });
    return el(
      'tr',
      null,
      el('th', { scope: 'row', class: 'article' }, el('span', { class: 'row-number' }, `${i + 1}`), ' ', el('span', { class: 'row-name', title: row.title && row.title !== row.name ? `${row.name}: ${row.title}` : row.name }, row.name)),
      el('td', { class: 'num' }, row.words.toLocaleString('en')),
      el(
        'td',
        { class: `num level-${level(any)}`, title: `${percent(any)} of ${row.name} is shared: ${percent(exact)} word for word` + (near ? `, ${percent(edited)} more in near copies` : ' (near copies off)') },
        percent(any),
      ),
      el('td', { class: 'num kind' }, percent(exact)),
      near
        ? el('td', { class: 'num kind', title: `Near copies cover ${percent(share(row.near_words || 0))} of ${row.name}, exact runs inside them included` }, percent(edited))
        : el('td', { class: 'num kind off', title: 'Near copies are off in the settings' }, 'off'),
      ...cells,
      el('td', { class: 'toggle' }, toggle),
    );
  });

  const shared = '“Shared” is the share of each article’s words found in passages shared with any other article: “exact” word for word, “near” only in near copies (reused with small edits).';
  const hint = matrix
    ? `${shared} Each numbered cell is the share of the row article’s words that it shares with the column article.`
    : `${shared} With more than ${kMatrixLimit} articles the pairwise matrix is replaced by the article each one overlaps most.`;
  container.replaceChildren(
    el('h2', null, 'Overview'),
    el('p', { class: 'hint' }, hint),
    el(
      'div',
      { class: 'overview-tables' },
      ...figures,
      el(
        'figure',
        { class: 'overlap-figure' },
        el('figcaption', { class: 'table-caption' }, 'Shared passages: share of words'),
        el('div', { class: 'table-scroll' }, el('table', { class: 'matrix overlap' }, el('thead', null, head), el('tbody', null, ...body))),
      ),
      overlap.similarity ? similarity_table(rows, overlap.similarity, matrix) : null,
    ),
  );
}

/** similarity[i][j] as a heat map, rows and columns numbered as in the overlap table. */
function similarity_table(rows, similarity, matrix) {
  const value = (i, j) => (similarity[i] && similarity[i][j]) || 0;
  const head = el(
    'tr',
    null,
    el('th', { scope: 'col', class: 'num' }, ''),
    ...(matrix
      ? rows.map((row, j) => el('th', { scope: 'col', class: 'num', title: row.name }, String(j + 1)))
      : [el('th', { scope: 'col' }, 'Most alike')]),
  );
  const body = rows.map((row, i) =>
    el(
      'tr',
      null,
      el('th', { scope: 'row', class: 'num row-head', title: row.name }, String(i + 1)),
      ...(matrix
        ? rows.map((other, j) =>
            i === j
              ? el('td', { class: 'num self', 'aria-label': 'same article' }, '—')
              : el('td', { class: `num level-${level(value(i, j))}`, title: `${percent(value(i, j))} of ${row.name}’s sentences share a fact or a passage with ${other.name}` }, percent(value(i, j))),
          )
        : [most_cell(rows, i, value, 'nothing in common')]),
    ),
  );
  return el(
    'figure',
    { class: 'similarity-figure' },
    el(
      'figcaption',
      { class: 'table-caption', title: 'Each cell is the share of the row article’s sentences that report the same fact as a sentence of the column article, in the same or other words, or share a passage with it.' },
      'Same facts: share of sentences',
    ),
    el('div', { class: 'table-scroll' }, el('table', { class: 'matrix similarity' }, el('thead', null, head), el('tbody', null, ...body))),
    heat_legend(),
  );
}

/** The heat map's shades and the ranges they stand for (level() above). */
function heat_legend() {
  const steps = [['0%', 0], ['under 10%', 1], ['10–25%', 2], ['25–50%', 3], ['50% or more', 4]];
  return el(
    'p',
    { class: 'heat-legend' },
    'Shade: ',
    ...steps.map(([label, n]) => el('span', { class: 'heat-step' }, el('span', { class: `heat-swatch level-${n}`, 'aria-hidden': 'true' }), label)),
  );
}

function matrix_cell(row, other, i, j, fraction, near_fraction) {
  if (i === j) return el('td', { class: 'num self', 'aria-label': 'same article' }, '—');
  const near = near_fraction > 0 ? `; near copies cover ${percent(near_fraction)}` : '';
  return el('td', { class: `num level-${level(fraction)}`, title: `${percent(fraction)} of ${row.name} is shared with ${other.name}${near}` }, percent(fraction));
}

function most_cell(rows, i, value, none) {
  let best = -1;
  for (let j = 0; j < rows.length; j++) if (j !== i && (best < 0 || value(i, j) > value(i, best))) best = j;
  if (best < 0 || value(i, best) <= 0) return el('td', { class: 'most none' }, none);
  return el('td', { class: 'most' }, el('span', { class: `most-value level-${level(value(i, best))}` }, percent(value(i, best))), ' ', rows[best].name);
}

/** Rows of each table put in place at once; the rest follow a batch at a time. */
const kRowBatch = 25;

/**
 * The overview's table rows past the first kRowBatch of each table, taken out and put back a
 * batch at a time, each batch's style and layout done (forced) in its own time slice. Laying
 * out the tables of 200 articles at once (2,400 elements for the shared-words table alone, and
 * table rows cannot skip layout as content-visibility lets other boxes do) was most of the
 * longest task when the results appear (docs/bad-input.md, load test). Call it right after
 * render_overview, before the browser lays the page out; resolves once every row is back.
 * @param {HTMLElement} container
 * @param {import('./slices.js').Slicer} slicer
 */
export async function add_rows_sliced(container, slicer) {
  const pending = [...container.querySelectorAll('tbody')].map((body) => [body, [...body.rows].slice(kRowBatch)]);
  for (const [, rows] of pending) for (const row of rows) row.remove();
  for (let from = 0; pending.some(([, rows]) => from < rows.length); from += kRowBatch) {
    container.getBoundingClientRect(); // the rows in place so far are styled and laid out now
    await slicer.check();
    for (const [body, rows] of pending) body.append(...rows.slice(from, from + kRowBatch));
  }
}
