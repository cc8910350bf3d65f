// Each article's outlet and publication date, as the person gives or corrects them.
//
// An entry keeps what the person typed in `entry.given` ({outlet, date}); what the file said
// about itself (`entry.metadata`, from an HTML page's tags, when there is one) is the fallback.
// The date goes to the core with the request (a document's "date"), so relative dates ("on
// Sunday", "yesterday") resolve against each article's own day; with dates, a shared passage
// can say which article published it first.
//
// The controls live in each column's header (render_columns.js asks `meta_controls`); one
// delegated listener (`wire_article_meta`) takes their changes.

import { el } from './dom.js';

const kDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The outlet and date that count for `entry`: given by the person, else found in the file. */
export function article_meta(entry) {
  const given = entry.given || {};
  const found = entry.metadata || {};
  const date = given.date ?? found.date ?? '';
  return { outlet: given.outlet ?? found.site ?? '', date: kDatePattern.test(date) ? date : '' };
}

/** The header controls of a column: an outlet field and a date field, labelled for screen
 * readers with the article's name. */
export function meta_controls(entry_id, name, meta) {
  const field = (key, label, attrs) =>
    el(
      'label',
      { class: `article-meta-field meta-${key}` },
      el('span', { class: 'meta-label' }, label),
      el('input', { 'data-meta': key, 'data-entry': entry_id, 'aria-label': `${label} of ${name}`, value: meta[key] || '', ...attrs }),
    );
  return el(
    'div',
    { class: 'article-meta' },
    field('outlet', 'Outlet', { type: 'text', placeholder: 'who published it', size: 14, maxlength: 200 }),
    field('date', 'Published', { type: 'date' }),
  );
}

/**
 * Listens for edits in the columns' header controls. `on_change(entry_id, key, value)` gets
 * each committed edit ("change" fires on blur or Enter for text, on pick for a date).
 */
export function wire_article_meta(container, on_change) {
  container.addEventListener('change', (e) => {
    const input = e.target.closest('input[data-meta]');
    if (!input) return;
    if (input.dataset.meta === 'date' && input.value && !kDatePattern.test(input.value)) return;
    // The attribute follows the value: print CSS hides empty fields by it, and a copy of the
    // column (the standalone report) starts from it.
    input.setAttribute('value', input.value);
    on_change(Number(input.dataset.entry), input.dataset.meta, input.value.trim());
  });
}

/** Records a person's edit on the entry; true when it changes what the analysis sees. */
export function set_article_meta(entry, key, value) {
  const before = article_meta(entry).date;
  entry.given = { ...(entry.given || {}), [key]: value };
  return article_meta(entry).date !== before;
}

/**
 * "first published by b.txt (14 Feb 2021)" for a passage found in the articles `names`, when
 * at least two of them have a date and one is earliest; "published the same day by a.txt and
 * b.txt" when the earliest day is shared; "" when fewer than two are dated.
 * @param {string[]} names  the articles sharing the passage
 * @param {(name:string) => string} date_of  YYYY-MM-DD or ""
 */
export function first_published(names, date_of) {
  const dated = names.map((name) => ({ name, date: date_of(name) })).filter((d) => d.date);
  if (dated.length < 2) return '';
  const earliest = dated.reduce((a, b) => (b.date < a.date ? b : a)).date;
  const first = dated.filter((d) => d.date === earliest).map((d) => d.name);
  const undated = names.length - dated.length;
  const rest = undated ? `; ${undated} undated` : '';
  if (first.length === 1) return `first published by ${first[0]} (${format_date(earliest)}${rest})`;
  return `published the same day (${format_date(earliest)}) by ${first.join(' and ')}${rest}`;
}

/** "14 Feb 2021" from "2021-02-14", the same in every time zone (no Date parsing). */
export function format_date(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return `${d} ${month} ${y}`;
}
