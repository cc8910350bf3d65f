// The page: wires input (drop, file button, examples, settings), the analysis worker and the
// views, chosen with tabs: the reading view (columns), who reports what (facts coverage) and the
// word diff of two articles.
//
// State is the list of entries read once from files; every view is rendered from the last
// report. Any change to the set (add, remove, reorder) or to a setting (K, near copies,
// imperfections) runs the analysis again on the bytes already held, in the worker, and only the
// newest run's report is shown.

import { SAMPLES, WORKER_SOURCE } from 'parallax:embedded';
import { plural } from './dom.js';
import { DiffMode } from './diff_mode.js';
import { kFactRows, render_coverage } from './coverage.js';
import { describe_facts, fact_model, matched_words, only_text, shared_text } from './facts.js';
import { build_request, kAccept, read_files, sample_entries } from './files.js';
import { fact_highlights, passage_highlights } from './highlights.js';
import { render_messages } from './messages.js';
import { kMatrixLimit, percent, render_overview } from './overview.js';
import { render_columns, render_columns_paced } from './render_columns.js';
import { Twins } from './twins.js';
import { WorkerClient } from './worker_client.js';

// The reading view shows at most this many columns at once (DECISIONS.md: 2 to 10); the
// overview always covers every article and chooses which ones are shown.
const kMaxColumns = 10;
const kKeyDelayMs = 250;
// Above this much text in the columns, they are built one per task (render_report).
const kPacedChars = 300 * 1000;

const $ = (selector) => document.querySelector(selector);
const ui = {
  root: document.documentElement,
  dropzone: $('[data-dropzone]'),
  file_input: $('#file-input'),
  example: $('#try-example'),
  clear: $('#clear-all'),
  min_words: $('#min-words'),
  near: $('#near'),
  imperfections: $('#imperfections'),
  reset: $('#reset-settings'),
  legend_near: $('[data-legend="near"]'),
  legend_facts: $('[data-legend="facts"]'),
  legend_only: $('[data-legend="only"]'),
  show_facts: $('#show-facts'),
  facts_view: $('#facts-view'),
  status: $('#status'),
  passage_status: $('#passage-status'),
  messages: $('#messages'),
  results: $('#results'),
  legend: $('#legend'),
  overview: $('#overview'),
  columns: $('#columns'),
  tabs: [...document.querySelectorAll('[role="tab"][data-view]')],
  diff: {
    a: $('#diff-a'),
    b: $('#diff-b'),
    swap: $('#diff-swap'),
    layouts: [...document.querySelectorAll('input[name="diff-layout"]')],
    prev: $('#diff-prev'),
    next: $('#diff-next'),
    summary: $('#diff-summary'),
    status: $('#diff-status'),
    body: $('#diff-body'),
  },
};

const state = {
  entries: [], // {id, name, bytes, source, shown}
  notes: [], // {id, text, name}: refusals made by the page itself
  rejected: [], // from the last report
  report_notices: [], // from the last report: notes about the whole analysis
  settings: read_settings({}), // {min_words, near, imperfections}: those of the next analysis
  run: 0, // the newest analysis; older answers are ignored
  runs_done: 0,
  view: 'reading', // the tab shown: 'reading', 'facts' or 'diff'
  report: null, // the last report and the settings it was made with: views re-render from it
  report_settings: null,
  index: new Map(), // "layer:id" -> marks in the columns, from the last render
  show_facts: true, // the fact layer in the reading view
  only_shown: new Set(), // entries whose sentences only they report are highlighted
  fact_order: 'first', // the coverage view's order: 'first' (as in the first article) or 'count'
  fact_rows: kFactRows, // rows of the coverage view shown
  coverage_stale: true, // the coverage view needs rendering before it is shown
  render_token: 0, // the newest render; a paced render overtaken by a newer one stops
};
let next_note = 1;

const client = new WorkerClient(WORKER_SOURCE);
const twins = new Twins(ui.columns, ui.passage_status);
const diff_mode = new DiffMode(ui.diff, ui.root, client, () => state.view === 'diff' && !ui.results.hidden);

// ---- input ---------------------------------------------------------------------------------

async function add_files(files) {
  state.notes = [];
  set_busy(`Reading ${plural(files.length, 'file', 'files')}…`);
  const { entries, refused } = await read_files(Array.from(files), state.entries);
  add_entries(entries);
  for (const r of refused) state.notes.push({ id: next_note++, text: r.message, name: r.name });
  show_messages();
  analyse();
}

function add_entries(entries) {
  let shown = state.entries.filter((e) => e.shown).length;
  for (const entry of entries) {
    entry.shown = shown < kMaxColumns;
    if (entry.shown) shown++;
    state.entries.push(entry);
  }
}

function wire_input() {
  ui.file_input.accept = kAccept;
  ui.file_input.addEventListener('change', () => {
    const files = Array.from(ui.file_input.files);
    ui.file_input.value = ''; // so picking the same file again fires "change" again
    if (files.length) add_files(files);
  });

  // A counter, because dragenter/dragleave fire for every child element crossed.
  let depth = 0;
  ui.dropzone.addEventListener('dragenter', (e) => {
    e.preventDefault();
    depth++;
    ui.dropzone.classList.add('dragging');
  });
  ui.dropzone.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  ui.dropzone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) ui.dropzone.classList.remove('dragging');
  });
  ui.dropzone.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    ui.dropzone.classList.remove('dragging');
    const files = e.dataTransfer ? Array.from(e.dataTransfer.files) : [];
    if (files.length) add_files(files);
  });
  // A file dropped beside the drop zone must not make the browser navigate away to it.
  for (const type of ['dragover', 'drop']) window.addEventListener(type, (e) => e.preventDefault());

  ui.example.addEventListener('click', () => {
    state.notes = [];
    add_entries(sample_entries(SAMPLES, state.entries));
    show_messages();
    analyse();
  });
  ui.clear.addEventListener('click', () => {
    state.entries = [];
    state.notes = [];
    analyse();
  });

  // Settings: numbers apply after a pause in typing, the checkbox and "Reset" at once; each
  // change re-runs the analysis on the bytes already held.
  let timer = 0;
  const apply = () => {
    clearTimeout(timer);
    const settings = read_settings(state.settings);
    show_setting_state();
    if (Object.keys(settings).every((key) => settings[key] === state.settings[key])) return;
    state.settings = settings;
    analyse();
  };
  for (const input of [ui.min_words, ui.imperfections]) {
    input.addEventListener('input', () => {
      clearTimeout(timer);
      show_setting_state();
      if (input.checkValidity() && input.value !== '') timer = setTimeout(apply, kKeyDelayMs);
    });
  }
  ui.near.addEventListener('change', apply);
  ui.reset.addEventListener('click', () => {
    ui.min_words.value = ui.min_words.defaultValue;
    ui.imperfections.value = ui.imperfections.defaultValue;
    ui.near.checked = ui.near.defaultChecked;
    apply();
  });

  // Column buttons, message buttons and overview checkboxes: one delegated listener each way.
  document.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-action]');
    if (!button) return;
    const id = Number(button.dataset.entry);
    if (button.dataset.action === 'remove') remove_entry(id);
    else if (button.dataset.action === 'left') move_entry(id, -1);
    else if (button.dataset.action === 'right') move_entry(id, +1);
    else if (button.dataset.action === 'dismiss') {
      state.notes = state.notes.filter((n) => n.id !== Number(button.dataset.note));
      show_messages();
    } else if (button.dataset.action === 'only-toggle') {
      if (!state.only_shown.delete(id)) state.only_shown.add(id);
      rerender().then(() => document.querySelector(`.only-toggle[data-entry="${id}"]`)?.focus());
    } else if (button.dataset.action === 'fact') read_fact(Number(button.dataset.fact));
    else if (button.dataset.action === 'only') read_only(id, Number(button.dataset.sentence));
    else if (button.dataset.action === 'more-facts') {
      const shown = ui.facts_view.querySelectorAll('tbody tr').length;
      state.fact_rows += kFactRows;
      show_coverage();
      ui.facts_view.querySelectorAll('tbody tr .fact-link')[shown]?.focus();
    }
  });
  ui.overview.addEventListener('change', (e) => {
    const box = e.target.closest('input[data-action="show"]');
    if (!box) return;
    const entry = state.entries.find((x) => x.id === Number(box.dataset.entry));
    if (entry) entry.shown = box.checked;
    analyse();
  });
}

// ---- views: the reading view, who reports what, the word diff -----------------------------------

function wire_views() {
  ui.tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => show_view(tab.dataset.view));
    // Arrow keys move between tabs (the WAI-ARIA tabs pattern); Tab leaves the tab list.
    tab.addEventListener('keydown', (e) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
      if (!step) return;
      const enabled = ui.tabs.filter((t) => !t.disabled);
      const next = enabled[(enabled.indexOf(ui.tabs[i]) + step + enabled.length) % enabled.length];
      next.focus();
      show_view(next.dataset.view);
    });
  });
}

function show_view(view) {
  state.view = view;
  for (const tab of ui.tabs) {
    const selected = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
  }
  if (view === 'diff') diff_mode.run();
  if (view === 'facts' && state.coverage_stale) show_coverage();
}

/** The word diff can compare the entries the core did not refuse: at least two of them. */
function update_diff_choices() {
  const refused = rejected_names();
  const usable = state.entries.filter((e) => !refused.has(e.name));
  diff_mode.choose_from(usable);
  const diff_tab = ui.tabs.find((t) => t.dataset.view === 'diff');
  diff_tab.disabled = usable.length < 2;
  diff_tab.title = usable.length < 2 ? 'Load two articles (for instance two versions of one story) to compare them word by word' : '';
  if (usable.length < 2 && state.view === 'diff') show_view('reading');
}

// ---- facts: the fact layer, the coverage view, reading a fact side by side --------------------

function wire_facts() {
  ui.show_facts.addEventListener('change', () => {
    state.show_facts = ui.show_facts.checked;
    rerender();
  });
  ui.facts_view.addEventListener('change', (e) => {
    if (e.target.name !== 'fact-order') return;
    state.fact_order = e.target.value;
    state.fact_rows = kFactRows;
    show_coverage();
    ui.facts_view.querySelector(`input[name="fact-order"][value="${state.fact_order}"]`)?.focus();
  });
}

/** The articles the coverage view has as columns: all of them up to the overview's matrix
 * limit, else those shown in the reading view. */
function coverage_columns() {
  const { docs } = state.facts;
  const list = docs.length <= kMatrixLimit ? docs : docs.filter((d) => d.entry.shown);
  return list.map((d) => ({ index: d.index, entry_id: d.entry.id, name: d.doc.name }));
}

function show_coverage() {
  state.coverage_stale = false;
  if (!state.report) {
    ui.facts_view.replaceChildren();
    return;
  }
  const many = state.facts.docs.length > kMatrixLimit;
  render_coverage(ui.facts_view, {
    report: state.report,
    model: state.facts.model,
    columns: coverage_columns(),
    order: state.fact_order,
    rows: state.fact_rows,
    note: many ? `With more than ${kMatrixLimit} articles, only those shown as columns are listed.` : '',
  });
}

/** The reading view with fact `id`'s sentences side by side: each column scrolled to its first
 * sentence of the fact, at the same height, and the first one focused (which lights the rest). */
async function read_fact(id) {
  if (!state.show_facts) {
    state.show_facts = ui.show_facts.checked = true;
    await rerender();
  }
  show_view('reading');
  const first = reveal(state.index.get(`fact:${id}`) || []);
  if (first) twins.focus_fact(first, id);
}

/** The reading view at a sentence only one article reports, highlighted as such. */
async function read_only(entry_id, sentence) {
  if (!state.only_shown.has(entry_id)) {
    state.only_shown.add(entry_id);
    await rerender();
  }
  show_view('reading');
  reveal([...ui.columns.querySelectorAll(`.column[data-entry="${entry_id}"] mark[data-only~="${sentence}"]`)])?.focus({ preventScroll: true });
}

/** Scrolls the columns (and the page to them) so the first of `marks` in each column is a
 * quarter down its column, all at one height; returns the first, to be focused. */
function reveal(marks) {
  if (!marks.length) return null;
  const firsts = new Map();
  for (const mark of marks) {
    const pane = mark.closest('.column-text');
    if (!firsts.has(pane)) firsts.set(pane, mark);
  }
  const [first] = firsts.values();
  // The column into view sideways, and the page scrolled so the columns start right under the
  // sticky legend and status line.
  first.closest('.column').scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const head = ui.passage_status.closest('.reading-head').getBoundingClientRect().bottom;
  window.scrollBy(0, first.closest('.column').getBoundingClientRect().top - head - 8);
  for (const [pane, mark] of firsts) {
    pane.scrollTop += mark.getBoundingClientRect().top - pane.getBoundingClientRect().top - pane.clientHeight / 4;
  }
  // Narrow screens: the columns do not scroll on their own, the page does.
  if (first.closest('.column-text').scrollHeight <= first.closest('.column-text').clientHeight) first.scrollIntoView({ block: 'center' });
  return first;
}

/** Renders the last report again (a display choice changed); settles once the columns are in. */
async function rerender() {
  if (state.report) await render_report(state.report, state.report_settings);
}

function remove_entry(id) {
  state.entries = state.entries.filter((e) => e.id !== id);
  analyse();
}

/** Moves a column past its visible neighbour; hidden articles keep their relative order. */
function move_entry(id, direction) {
  const from = state.entries.findIndex((e) => e.id === id);
  if (from < 0) return;
  let to = from + direction;
  while (to >= 0 && to < state.entries.length && !is_column(state.entries[to])) to += direction;
  if (to < 0 || to >= state.entries.length) return;
  const [entry] = state.entries.splice(from, 1);
  state.entries.splice(to, 0, entry);
  analyse();
}

/** The settings the inputs hold; an input that is not a valid number keeps its `previous` value. */
function read_settings(previous) {
  const number = (input, key) => (input.checkValidity() && input.value !== '' ? Number(input.value) : previous[key]);
  return { min_words: number(ui.min_words, 'min_words'), near: ui.near.checked, imperfections: number(ui.imperfections, 'imperfections') };
}

/** Imperfections only matter for near copies; "Reset" is offered once a setting differs from
 * its default (the inputs' value and checked attributes in index.html). */
function show_setting_state() {
  ui.imperfections.disabled = !ui.near.checked;
  ui.reset.disabled =
    ui.min_words.value === ui.min_words.defaultValue &&
    ui.imperfections.value === ui.imperfections.defaultValue &&
    ui.near.checked === ui.near.defaultChecked;
}

const rejected_names = () => new Set(state.rejected.map((r) => r.name));
const is_column = (entry) => entry.shown && !rejected_names().has(entry.name);

// ---- analysis ------------------------------------------------------------------------------

async function analyse() {
  const run = ++state.run;
  if (state.entries.length === 0) {
    state.rejected = [];
    render_report(null, state.settings);
    finish(run, 'idle');
    return;
  }
  set_busy(`Analysing ${plural(state.entries.length, 'article', 'articles')}…`);
  const settings = state.settings;
  const { request, data } = build_request(state.entries, settings);
  try {
    // The worker posts the report's JSON text: parsing it here is cheaper for the main thread
    // than receiving the parsed object (see worker.js).
    const json = await client.request('analyze', { request, data }, [data.buffer]);
    if (run !== state.run) return;
    const report = JSON.parse(json);
    if (report.error) throw report.error;
    await render_report(report, settings);
    if (run !== state.run) return;
    finish(run, 'done');
  } catch (error) {
    if (run !== state.run) return;
    const message = (error && error.message) || String(error);
    ui.status.textContent = `The analysis failed: ${message}`;
    finish(run, 'error');
  }
}

function set_busy(text) {
  ui.root.dataset.analysis = 'busy';
  ui.results.setAttribute('aria-busy', 'true');
  ui.status.textContent = text;
}

function finish(run, outcome) {
  if (run !== state.run) return;
  ui.results.removeAttribute('aria-busy');
  ui.root.dataset.analysis = outcome;
  // Lets tests (and curious people in devtools) tell one finished analysis from the next.
  ui.root.dataset.analysisCount = String(++state.runs_done);
}

// ---- rendering -----------------------------------------------------------------------------

/**
 * Renders every view from `report`. Long articles (more than kPacedChars of text in the
 * columns) are rendered one column per task, so the page stays responsive: then this returns a
 * promise, settled once the new columns are in place (or the render was overtaken by a newer
 * one). Short ones render at once.
 */
function render_report(report, settings) {
  const token = ++state.render_token;
  state.report = report;
  state.report_settings = settings;
  state.rejected = report ? report.rejected || [] : [];
  state.report_notices = report ? report.notices || [] : [];
  show_messages();
  ui.results.hidden = !report;
  ui.clear.hidden = state.entries.length === 0;
  ui.dropzone.classList.toggle('empty', state.entries.length === 0);
  if (!report) {
    render_columns(ui.columns, []);
    render_overview(ui.overview, [], { all: [], near: [] }, { can_show_more: false, near: settings.near });
    twins.reset(new Map(), () => '');
    state.index = new Map();
    show_coverage();
    update_diff_choices();
    ui.status.textContent = 'Ready: drop articles here, choose files, or try an example.';
    return;
  }

  // Report documents are matched to entries by name (names are made unique when read); a
  // refused file may or may not be listed among the documents, so skip it either way.
  const refused = rejected_names();
  const by_name = new Map(state.entries.map((e) => [e.name, e]));
  const docs = report.documents
    .map((doc, index) => ({ doc, index, entry: by_name.get(doc.name) }))
    .filter((d) => d.entry && !refused.has(d.doc.name));
  const model = fact_model(report);
  state.facts = { model, docs };
  const passages = passage_highlights(report);
  const only_docs = new Set(docs.filter((d) => state.only_shown.has(d.entry.id)).map((d) => d.index));
  const facts = fact_highlights(report, { facts: state.show_facts, only_docs });
  const summary = column_summaries(report, model, docs);

  const shown = docs.filter((d) => d.entry.shown);
  const columns = shown.map((d, i) => ({
      entry_id: d.entry.id,
      name: d.doc.name,
      title: d.doc.title,
      words: d.doc.words,
      text: d.doc.text || '',
      notices: d.doc.notices || [],
      highlights: passages[d.index].concat(facts[d.index]),
      summary: summary.get(d.index),
      can_left: i > 0,
      can_right: i < shown.length - 1,
    }));
  const show = (index) => {
    if (index) show_report(report, settings, { docs, shown, model, index, only_docs });
  };
  if (columns.reduce((n, c) => n + c.text.length, 0) <= kPacedChars) return show(render_columns(ui.columns, columns));
  const next_task = () => new Promise((resolve) => setTimeout(resolve, 0));
  return render_columns_paced(ui.columns, columns, async () => {
    await next_task();
    return token === state.render_token;
  }).then(show);
}

/** The rest of a report's views, once its columns are in place. */
function show_report(report, settings, { docs, shown, model, index, only_docs }) {
  render_overview(
    ui.overview,
    docs.map((d) => ({
      entry_id: d.entry.id,
      name: d.doc.name,
      title: d.doc.title,
      words: d.doc.words,
      shared_words: d.doc.shared_words,
      exact_words: d.doc.exact_words,
      near_words: d.doc.near_words,
      shown: d.entry.shown,
    })),
    {
      all: pairwise(report.overlap, docs),
      near: pairwise(report.overlap_near, docs),
      similarity: report.similarity ? pairwise(report.similarity, docs) : undefined,
    },
    { can_show_more: shown.length < kMaxColumns, near: settings.near },
  );
  state.index = index;
  twins.reset(
    index,
    (passage_ids, fact_ids) => [describe_passages(report, passage_ids), describe_facts(report, model, fact_ids)].filter(Boolean).join('; '),
    (id) => matched_words(report, model, id),
  );
  if (state.view === 'facts') show_coverage();
  else state.coverage_stale = true;
  update_diff_choices();
  if (state.view === 'diff') diff_mode.run();

  const list = report.passages || [];
  const near = list.filter((p) => p.kind === 'near').length;
  ui.legend.hidden = list.length === 0 && model.facts.length === 0;
  ui.legend_near.hidden = near === 0;
  ui.legend_facts.hidden = !report.facts;
  ui.legend_only.hidden = only_docs.size === 0;
  const kinds = settings.near ? `${list.length - near} exact, ${near} near` : 'near copies off';
  ui.status.textContent =
    `${plural(docs.length, 'article', 'articles')} compared · ` +
    `${plural(list.length, 'shared passage', 'shared passages')} of ${settings.min_words} or more words (${kinds})` +
    (report.facts ? ` · ${plural(model.facts.length, 'fact', 'facts')} reported by more than one` : '') +
    (docs.length > shown.length ? ` · ${shown.length} shown as columns (choose in the overview)` : '');
}

/** Per report document: what its column says about facts (render_columns.js), or nothing when
 * the report has no facts. */
function column_summaries(report, model, docs) {
  const out = new Map();
  if (!report.facts) return out;
  for (const d of docs) {
    const doc = model.docs[d.index];
    const row = (report.similarity || [])[d.index] || [];
    let most = null;
    docs.forEach((o, j) => {
      if (o !== d && (row[o.index] || 0) > (most ? most.value : 0)) most = { number: j + 1, name: o.doc.name, value: row[o.index] };
    });
    out.set(d.index, {
      shared: shared_text(doc),
      most: most && { ...most, value: percent(most.value) },
      only: doc.only_in,
      only_label: only_text(doc.only_in),
      only_shown: state.only_shown.has(d.entry.id),
    });
  }
  return out;
}

/** matrix[i][j] of the report, re-indexed to the rows shown (0 where the report has none). */
function pairwise(matrix, docs) {
  return docs.map((a) => docs.map((b) => ((matrix || [])[a.index] || [])[b.index] || 0));
}

/** The status line for a mark: what shares each of its passages, exact ones first. */
function describe_passages(report, ids) {
  if (!ids.length) return '';
  const by_id = new Map(report.passages.map((p) => [p.id, p]));
  return ids
    .map((id) => by_id.get(id))
    .filter(Boolean)
    .sort((a, b) => (a.kind === 'near') - (b.kind === 'near') || a.id - b.id)
    .map((p) => {
      const names = [...new Set(p.spans.map((s) => report.documents[s.doc].name))];
      if (p.kind !== 'near') return `Shared by: ${names.join(', ')} — ${plural(p.words, 'word', 'words')}`;
      const similarity = Math.round((p.similarity || 0) * 100);
      return `Near copy (similarity ${similarity}%) shared by ${names.join(' and ')} — ${plural(p.words, 'matching word', 'matching words')}`;
    })
    .join('; ');
}

function show_messages() {
  const by_name = new Map(state.entries.map((e) => [e.name, e]));
  const from_report = state.rejected.map((r) => ({
    // The core's messages start with the file name; make sure every message names its file.
    text: r.message.startsWith(r.name) ? r.message : `${r.name}: ${r.message}`,
    name: r.name,
    action: by_name.has(r.name) ? 'remove' : 'dismiss',
    target: by_name.has(r.name) ? by_name.get(r.name).id : 0,
  }));
  const notes = state.notes.map((n) => ({ text: n.text, name: n.name, action: 'dismiss', target: n.id }));
  const notices = state.report_notices.map((text) => ({ text, action: null, target: 0 }));
  render_messages(ui.messages, [...from_report, ...notes, ...notices]);
}

// ---- start ---------------------------------------------------------------------------------

wire_input();
wire_views();
wire_facts();
show_setting_state();
render_report(null, state.settings);
ui.root.dataset.ready = 'true';
ui.root.dataset.readyMs = String(Math.round(performance.now()));
// Compile the WASM now, while the person is still choosing files.
client.request('init', {}).catch((error) => {
  ui.status.textContent = `The analysis engine could not start: ${error.message || error}`;
  ui.root.dataset.analysis = 'error';
});
