// The page: wires input (drop, file button, examples, settings), the analysis worker and the
// views, chosen with tabs: the reading view (columns), who reports what (facts coverage), the
// entities, where the articles differ, and the word diff of two articles.
//
// State is the list of entries read once from files; every view is rendered from the last
// report. Any change to the set (add, remove, reorder) or to a setting (K, near copies,
// imperfections, page furniture) runs the analysis again on the bytes already held, in the
// worker, and only the newest run's report is shown.

import { SAMPLES, STYLE_SOURCE, WORKER_SOURCE } from 'parallax:embedded';
import { article_meta, first_published, set_article_meta, wire_article_meta } from './article_meta.js';
import { Chosen } from './chosen.js';
import { composition_steps } from './composition.js';
import { apply_corrections, correction_count } from './corrections.js';
import { Corrections } from './corrections_ui.js';
import { plural } from './dom.js';
import { DiffMode } from './diff_mode.js';
import { kFactRows, render_coverage } from './coverage.js';
import { describe_mark } from './describe_mark.js';
import { discrepancy_model, verdict_info } from './discrepancies.js';
import { DiscrepancyPanel } from './discrepancy_panel.js';
import { entity_model_steps, type_info } from './entities.js';
import { EntityPanel } from './entity_panel.js';
import { ExportBar, kDiffMakers } from './exports.js';
import { fact_model, matched_words, only_text, shared_text } from './facts.js';
import { build_request, kAccept, numbered, read_files, sample_entries } from './files.js';
import { Layers } from './layers.js';
import { render_messages } from './messages.js';
import { add_rows_sliced, kMatrixLimit, percent, render_overview } from './overview.js';
import { report_parts_figure, wire_view_links } from './overview_bars.js';
import { render_columns, render_columns_sliced } from './render_columns.js';
import { join_report, let_go } from './report_transfer.js';
import { reveal } from './reveal.js';
import { marks_of } from './mark_index.js';
import { Progress } from './progress.js';
import { ScrollSync } from './scroll_sync.js';
import { Shortcuts } from './shortcuts.js';
import { run_sliced, Slicer, Superseded } from './slices.js';
import { PasteDialog } from './paste.js';
import { is_session_file, SessionBar } from './session.js';
import { session_of } from './session_format.js';
import { Settings } from './settings.js';
import { Twins } from './twins.js';
import { reveal_first_results } from './first_results.js';
import { WorkerClient } from './worker_client.js';

// The reading view shows at most this many columns at once (DECISIONS.md: 2 to 10); the
// overview always covers every article and chooses which ones are shown.
const kMaxColumns = 10;

const $ = (selector) => document.querySelector(selector);
const ui = {
  root: document.documentElement,
  dropzone: $('[data-dropzone]'),
  file_input: $('#file-input'),
  example: $('#try-example'),
  paste: $('#paste-open'),
  clear: $('#clear-all'),
  session: {
    root: document.documentElement,
    save: $('#save-session'),
    open: $('#open-session'),
    keep: $('#keep-session'),
    forget: $('#forget-kept'),
    indicator: $('#kept-indicator'),
  },
  export_bar: $('#export-bar'),
  settings: {
    min_words: $('#min-words'),
    near: $('#near'),
    imperfections: $('#imperfections'),
    fact_threshold: $('#fact-threshold'),
    include_furniture: $('#include-furniture'),
    reset: $('#reset-settings'),
  },
  legend_near: $('[data-legend="near"]'),
  legend_only: $('[data-legend="only"]'),
  facts_view: $('#facts-view'),
  entities_view: $('#entities-view'),
  differ_view: $('#differ-view'),
  chosen: $('#chosen'),
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
    export_bar: $('#diff-export'),
  },
};

const state = {
  entries: [], // {id, name, bytes, source, shown}
  notes: [], // {id, text, name}: refusals made by the page itself
  rejected: [], // from the last report
  report_notices: [], // from the last report: notes about the whole analysis
  settings: null, // {min_words, near, imperfections, fact_threshold, include_furniture}: those of the next analysis
  run: 0, // the newest analysis; older answers are ignored
  runs_done: 0,
  view: 'reading', // the tab shown: 'reading', 'facts', 'entities', 'differ' or 'diff'
  report: null, // the last report (corrected: corrections.js) and the settings it was made with: views re-render from it
  raw_report: null, // the last report as the core made it
  report_settings: null,
  index: new Map(), // "layer:id" -> marks in the columns, from the last render
  only_shown: new Set(), // entries whose sentences only they report are highlighted
  fact_order: 'first', // the coverage view's order: 'first' (as in the first article) or 'count'
  fact_rows: kFactRows, // rows of the coverage view shown
  stale: new Set(['facts', 'entities', 'differ']), // views to render before they are shown
  entities: null, // entity_model and discrepancy_model of the last report
  discrepancies: null,
  render_token: 0, // the newest render; a render overtaken by a newer one stops (slices.js)
  rendering: null, // the promise of the newest render
};
let next_note = 1;

const client = new WorkerClient(WORKER_SOURCE);
const twins = new Twins(ui.columns, ui.passage_status);
const layers = new Layers(ui.legend, ui.columns, rerender);
const chosen = new Chosen(ui.chosen);
new ScrollSync(ui.columns, $('#scroll-together'), () => state.index);
// Printing shows the articles whole: a long column's chunks not yet built are built first.
window.addEventListener('beforeprint', () => state.index.fill_all?.());
new Progress(
  { root: ui.root, box: $('#progress'), text: $('#progress-text'), cancel: $('#cancel-work'), again: $('#analyse-again'), status: ui.status },
  { cancel: () => client.cancel(), again: () => analyse() },
);
new Shortcuts({
  opener: $('#shortcuts-open'),
  columns: ui.columns,
  status: ui.passage_status,
  view: () => (ui.results.hidden ? '' : state.view),
  diff_step: (direction) => (direction > 0 ? ui.diff.next : ui.diff.prev).click(),
});
const entity_panel = new EntityPanel(ui.entities_view, {
  choose: (id) => read_entity(id),
  show_type: (type, on) => {
    layers.set_entity_type(type, on);
    state.stale.add('entities');
  },
  correct: (change, text) => corrections.change(change, text),
});
const corrections = new Corrections(
  { bar: $('#corrections-bar'), line_tool: $('#line-tool'), columns: ui.columns },
  {
    raw: () => state.raw_report,
    shown: () => state.report,
    changed: () => {
      session_bar.changed();
      state.stale.add('entities');
      rerender();
    },
  },
);
const discrepancy_panel = new DiscrepancyPanel(ui.differ_view, { choose: (id) => read_discrepancy(id) });
const settings = new Settings(ui.settings, (values) => {
  state.settings = values;
  analyse();
});
state.settings = settings.values;
const session_bar = new SessionBar(ui.session, {
  snapshot: (options) => session_of(state.entries, state.settings, corrections.value, options),
  restore: restore_session,
  notify: (text) => {
    state.notes.push({ id: next_note++, text, name: null });
    show_messages();
  },
});
const export_bar = new ExportBar(ui.export_bar, export_parts);
const diff_export_bar = new ExportBar(ui.diff.export_bar, diff_export_parts, kDiffMakers);
const diff_mode = new DiffMode(ui.diff, ui.root, client, () => state.view === 'diff' && !ui.results.hidden, (report) => diff_export_bar.update(report));

// ---- input ---------------------------------------------------------------------------------

async function add_files(files) {
  state.notes = [];
  // A session file opens that session; articles dropped with it are added to it.
  const session_file = files.find(is_session_file);
  if (session_file) {
    await session_bar.open(session_file);
    files = files.filter((f) => !is_session_file(f));
    if (!files.length) return;
  }
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

/** Puts a saved session back (a session file, or the copy kept in this browser): its articles
 * replace the page's, its settings are applied, and the analysis runs once. */
function restore_session({ entries, settings: values, corrections: kept }) {
  state.entries = numbered(entries);
  corrections.reset(kept);
  state.only_shown.clear();
  for (const [key, value] of Object.entries(values)) {
    const input = ui.settings[key];
    if (input && typeof value === 'boolean') input.checked = value;
    else if (input) input.value = String(value);
  }
  // The inputs check the values (a number out of range keeps the current setting).
  state.settings = settings.values = settings.read(settings.values);
  settings.show_state();
  show_messages();
  analyse();
}

function wire_input() {
  ui.file_input.accept = kAccept;
  new PasteDialog(ui.paste, (file) => add_files([file]));
  // An outlet is kept with the session and shown; a date also changes what the core resolves.
  wire_article_meta(ui.columns, (id, key, value) => {
    const entry = state.entries.find((e) => e.id === id);
    if (!entry) return;
    if (set_article_meta(entry, key, value)) analyse();
    else session_bar.changed();
  });
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
    corrections.reset(null);
    state.notes = [];
    analyse();
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
  wire_view_links(ui.overview, (view) => {
    show_view(view);
    ui.tabs.find((t) => t.dataset.view === view)?.focus();
  });
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
  if (state.stale.has(view)) show_panel(view);
}

/** Renders a tab other than the reading view and the diff from the last report. */
function show_panel(view) {
  state.stale.delete(view);
  if (view === 'facts') show_coverage();
  else if (view === 'entities' && state.report) {
    entity_panel.render({ model: state.entities, columns: coverage_columns(), shown_types: layers.entity_types, layer_on: layers.on.entity });
  } else if (view === 'differ' && state.report) {
    const names = state.report.documents.map((d) => d.name);
    discrepancy_panel.render({ report: state.report, model: state.discrepancies, names });
  }
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
  state.stale.delete('facts');
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
  if (layers.ensure('fact')) await rerender();
  show_view('reading');
  const first = reveal(marks_of(state.index, `fact:${id}`), reading_head());
  if (first) twins.focus_fact(first, id);
}

/** The reading view with entity `id`'s mentions lit in every column (its type switched on). */
async function read_entity(id) {
  const entity = state.entities.by_id.get(id);
  if (!entity) return;
  if (layers.ensure_entity_type(entity.type)) {
    state.stale.add('entities');
    await rerender();
  }
  read_chosen('entity', id, `${type_info(entity.type).one} “${entity.name}”, ${plural(entity.total, 'mention', 'mentions')}`);
}

/** The reading view with disagreement `id`'s values lit in every column. */
async function read_discrepancy(id) {
  const d = state.discrepancies.by_id.get(id);
  if (!d) return;
  if (layers.ensure('discrepancy')) await rerender();
  read_chosen('discrepancy', id, `${verdict_info(d.verdict).label.toLowerCase()}, “${d.about || d.kind}”, ${plural((d.values || []).length, 'value', 'values')}`);
}

async function read_chosen(layer, id, label) {
  show_view('reading');
  reveal(await chosen.choose(layer, id, label, state.index), reading_head());
  ui.chosen.querySelector('[data-step="1"]')?.focus({ preventScroll: true });
}

const reading_head = () => ui.passage_status.closest('.reading-head');

/** The reading view at a sentence only one article reports, highlighted as such. */
async function read_only(entry_id, sentence) {
  if (!state.only_shown.has(entry_id)) {
    state.only_shown.add(entry_id);
    await rerender();
  }
  show_view('reading');
  marks_of(state.index, `only:${sentence}`); // built, in a long column
  reveal([...ui.columns.querySelectorAll(`.column[data-entry="${entry_id}"] mark[data-only~="${sentence}"]`)], reading_head())?.focus({ preventScroll: true });
}

/** Renders the last report again (a display choice changed); settles once the columns are in. */
async function rerender() {
  if (state.raw_report) await render_report(state.raw_report, state.report_settings);
}

function remove_entry(id) {
  state.entries = state.entries.filter((e) => e.id !== id);
  // At least two columns while two articles are left (overview.js keeps the last two checked).
  const hidden = state.entries.filter((e) => !e.shown);
  while (hidden.length && state.entries.length - hidden.length < 2) hidden.shift().shown = true;
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

const rejected_names = () => new Set(state.rejected.map((r) => r.name));
const is_column = (entry) => entry.shown && !rejected_names().has(entry.name);

// ---- analysis ------------------------------------------------------------------------------

async function analyse() {
  const run = ++state.run;
  session_bar.changed();
  if (state.entries.length === 0) {
    state.rejected = [];
    render_report(null, state.settings);
    finish(run, 'idle');
    return;
  }
  set_busy(`Analysing ${plural(state.entries.length, 'article', 'articles')}…`);
  const settings = state.settings;
  const { request, data } = build_request(state.entries, settings);
  // Test hook: a test may set data-test-allocate-bytes to make the core run out of memory.
  if (ui.root.dataset.testAllocateBytes) request.options.test_allocate_bytes = Number(ui.root.dataset.testAllocateBytes);
  try {
    // The worker hands the report over as bytes, parsed here part by part, a time slice at a
    // time (report_transfer.js). A worker whose module grew large is replaced as it answers
    // (worker_client.js), so its memory is given back before the report is parsed and rendered.
    const { report_bytes } = await client.request('analyze', { request, data }, [data.buffer]);
    if (run !== state.run) return;
    let report;
    try {
      report = await join_report(report_bytes, new Slicer(() => run === state.run));
    } finally {
      let_go(report_bytes);
    }
    if (report.error) throw report.error;
    await render_report(report, settings);
    if (run !== state.run) return;
    finish(run, 'done');
  } catch (error) {
    if (run !== state.run) return;
    const message = (error && error.message) || String(error);
    // The articles live here, not in the worker (which is restarted after a crash): say so.
    const kept = `${plural(state.entries.length, 'article is', 'articles are')} still loaded`;
    const cancelled = error && error.code === 'cancelled';
    ui.status.textContent = cancelled ? `Analysis cancelled: ${kept}. “Analyse again”, or any change, runs it.` : `The analysis failed: ${message} (${kept}.)`;
    finish(run, cancelled ? 'cancelled' : 'error');
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
  // Tests read how often a grown worker was replaced to give its memory back (worker_client.js).
  ui.root.dataset.workerRecycles = String(client.recycles);
}

// ---- rendering -----------------------------------------------------------------------------

/**
 * Renders every view from `report`, in time slices (slices.js): the work pauses whenever a
 * slice (about 10 ms) is spent, so long articles never hold the main thread for long; a small
 * report is done before this returns. Returns a promise settled once every view is in place:
 * when a newer render overtakes this one, once that one is.
 */
function render_report(report, settings) {
  const token = ++state.render_token;
  const slicer = new Slicer(() => token === state.render_token);
  const done = render_sliced(report, settings, slicer).catch((error) => {
    if (error instanceof Superseded) return state.rendering;
    throw error;
  });
  state.rendering = done;
  return done;
}

async function render_sliced(report, settings, slicer) {
  // The views show the report as the person corrected it (corrections.js).
  state.raw_report = report;
  report = apply_corrections(report, corrections.value, { include_furniture: Boolean(settings && settings.include_furniture) });
  state.report = report;
  state.report_settings = settings;
  state.rejected = report ? report.rejected || [] : [];
  state.report_notices = report ? report.notices || [] : [];
  show_messages();
  ui.results.hidden = !report;
  ui.clear.hidden = state.entries.length === 0;
  ui.session.save.disabled = state.entries.length === 0;
  ui.dropzone.classList.toggle('empty', state.entries.length === 0);
  if (!report) {
    render_columns(ui.columns, []);
    render_overview(ui.overview, [], { all: [], near: [] }, { can_show_more: false, near: settings.near });
    twins.reset(new Map(), () => '');
    state.index.dispose?.();
    state.index = new Map();
    chosen.clear();
    show_coverage();
    update_diff_choices();
    export_bar.update(null);
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
  await slicer.check();
  const entities = await run_sliced(entity_model_steps(report), slicer);
  await slicer.check();
  const discrepancies = discrepancy_model(report);
  const only_docs = new Set(docs.filter((d) => state.only_shown.has(d.entry.id)).map((d) => d.index));
  const highlights = layers.highlights(report, only_docs);
  await slicer.check();
  const summary = column_summaries(report, model, docs);

  const shown = docs.filter((d) => d.entry.shown);
  const columns = shown.map((d, i) => ({
      entry_id: d.entry.id,
      name: d.doc.name,
      title: article_title(d.doc),
      words: d.doc.words,
      text: d.doc.text || '',
      notices: [...(d.entry.notices || []), ...(d.doc.notices || [])],  // the page's (no article found), then the core's
      meta: article_meta(d.entry),
      highlights: highlights[d.index],
      summary: summary.get(d.index),
      can_left: i > 0,
      can_right: i < shown.length - 1,
    }));
  await slicer.check();
  const index = await render_columns_sliced(ui.columns, columns, slicer);
  // The columns are in: from here on nothing pauses before the models and the index that
  // hover, the chosen marks and scroll sync read are theirs.
  state.facts = { model, docs };
  state.entities = entities;
  state.discrepancies = discrepancies;
  state.index.dispose?.();
  state.index = index;
  // Chunks of a long column built as it is read: what is lit now is lit in them too.
  index.on_fill = () => twins.relight();
  await chosen.apply(index);
  await show_report(report, settings, { docs, shown, model, index, only_docs }, slicer);
}

/** The rest of a report's views, once its columns are in place (pausing as render_report). */
async function show_report(report, settings, { docs, shown, model, index, only_docs }, slicer) {
  const dates = new Map(docs.map((d) => [d.doc.name, article_meta(d.entry).date]));
  const models = { report, facts: model, entities: state.entities, discrepancies: state.discrepancies, include_furniture: settings.include_furniture, date_of: (name) => dates.get(name) || '' };
  twins.reset(index, (passage_ids, fact_ids, mark) => describe_mark(models, passage_ids, fact_ids, mark), (id) => matched_words(report, model, id));
  // The words of each part, counted a slice at a time (the figure then finds them made).
  await run_sliced(composition_steps(report, settings.include_furniture), slicer);
  const figure = report_parts_figure(report, docs, settings.include_furniture);
  await slicer.check();
  render_overview(
    ui.overview,
    docs.map((d) => ({
      entry_id: d.entry.id,
      name: d.doc.name,
      title: article_title(d.doc),
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
    { can_show_more: shown.length < kMaxColumns, near: settings.near, figures: [figure] },
  );
  await add_rows_sliced(ui.overview, slicer);
  await slicer.check();
  for (const view of ['facts', 'entities', 'differ']) state.stale.add(view);
  if (state.stale.has(state.view)) show_panel(state.view);
  update_panel_tabs(report);
  update_diff_choices();
  export_bar.update(report);
  if (state.view === 'diff') diff_mode.run();

  const list = report.passages || [];
  const near = list.filter((p) => p.kind === 'near').length;
  ui.legend.hidden = !layers.show_legend(report, ui.legend);
  ui.legend_near.hidden = near === 0;
  ui.legend_only.hidden = only_docs.size === 0;
  const kinds = settings.near ? `${list.length - near} exact, ${near} near` : 'near copies off';
  ui.status.textContent =
    `${plural(docs.length, 'article', 'articles')} compared · ` +
    `${plural(list.length, 'shared passage', 'shared passages')} of ${settings.min_words} or more words (${kinds})` +
    (report.facts ? ` · ${plural(model.facts.length, 'fact', 'facts')} reported by more than one` : '') +
    (report.entities ? ` · ${plural(state.entities.entities.length, 'entity', 'entities')}` : '') +
    (report.discrepancies ? ` · ${plural(report.discrepancies.length, 'value compared', 'values compared')}` : '') +
    (docs.length > shown.length ? ` · ${shown.length} shown as columns (choose in the overview)` : '');
}

/** The entity and disagreement tabs are offered when the report has those sections. */
function update_panel_tabs(report) {
  for (const [view, has, why] of [
    ['entities', (report.entities || []).length > 0, 'No names, dates or numbers were found (or they are switched off)'],
    ['differ', Boolean(report.discrepancies), 'This version of the analysis does not compare values yet'],
  ]) {
    const tab = ui.tabs.find((t) => t.dataset.view === view);
    tab.disabled = !has;
    tab.title = has ? '' : why;
    if (!has && state.view === view) show_view('reading');
  }
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

/** What the word diff's export bar saves: the diff shown, its two articles, and for the
 * standalone file the rendered summary and diff (inline or side by side) with the style sheet. */
function diff_export_parts() {
  const { report, names, layout } = diff_mode;
  if (!report) return null;
  return {
    report,
    names,
    style: STYLE_SOURCE,
    sections: [ui.diff.summary, ui.diff.body],
    summary:
      `From ${names[0]} to ${names[1]}, ${layout === 'side' ? 'side by side' : 'inline'}: removed words struck through, added words ` +
      `underlined, moved words with a dashed line and their move number. Made by Parallax on ${new Date().toLocaleString('en-GB')}.`,
  };
}

/** What the export bar saves: the last report, the articles compared in page order, and for
 * the standalone HTML report the rendered overview, legend and columns with the style sheet. */
function export_parts() {
  if (!state.report) return null;
  const settings = state.report_settings;
  const docs = state.facts.docs.map((d) => ({ index: d.index, name: d.doc.name }));
  const outlets = state.facts.docs.map((d) => {
    const { outlet, date } = article_meta(d.entry);
    return [d.doc.name, outlet, date].filter(Boolean).join(', ');
  });
  // The JSON export is the corrected report with the corrections listed (docs/session-format.md).
  const n = correction_count(corrections.value);
  return {
    report: n ? { ...state.report, corrections: corrections.value } : state.report,
    docs,
    style: STYLE_SOURCE,
    // Read by the standalone HTML report only, which shows long articles whole: their chunks
    // not built yet are built then (lazy_column.js), not for the JSON or CSV files.
    get sections() {
      state.index.fill_all?.();
      return [ui.overview, ui.legend, ui.columns];
    },
    summary:
      `${plural(docs.length, 'article', 'articles')}: ${outlets.join(' · ')}. ` +
      `Passages of ${settings.min_words} or more words, near copies ${settings.near ? `on (up to ${settings.imperfections} imperfections)` : 'off'}. ` +
      `Facts: sentences at least ${settings.fact_threshold} alike. ` +
      `Made by Parallax on ${new Date().toLocaleString('en-GB')}.`,
  };
}

/** The core's title is the first non-empty line; when that line is page furniture (a saved
 * page's "Accessibility links", say), the first non-empty line that is not. */
function article_title(doc) {
  const text = doc.text || '';
  const furniture = doc.furniture || [];
  // Line by line up to the first that is not furniture: a 5 MB text has 100,000 lines.
  let line = null;
  let first = true;
  for (const l of text.matchAll(/\S[^\n]*/g)) {
    if (!furniture.some((f) => f.start <= l.index && l.index < f.end)) {
      line = first ? null : l;
      break;
    }
    first = false;
  }
  if (!line) return doc.title;
  const title = line[0].trim();
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/** matrix[i][j] of the report, re-indexed to the rows shown (0 where the report has none). */
function pairwise(matrix, docs) {
  return docs.map((a) => docs.map((b) => ((matrix || [])[a.index] || [])[b.index] || 0));
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
render_report(null, state.settings);
reveal_first_results(ui.results, document.querySelector('.views'));
ui.root.dataset.ready = 'true';
ui.root.dataset.readyMs = String(Math.round(performance.now()));
// The copy kept in this browser comes back (unless articles were given in the meantime).
session_bar.start(() => state.entries.length === 0);
// Compile the WASM now, while the person is still choosing files.
client.request('init', {}).catch((error) => {
  ui.status.textContent = `The analysis engine could not start: ${error.message || error}`;
  ui.root.dataset.analysis = 'error';
});
