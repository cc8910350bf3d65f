// The word diff tab: two selects pick any two loaded articles ("From" A, "to" B; the first two
// by default, ⇄ swaps), the worker's `diff` action compares their bytes, and the result is shown
// inline or side by side (diff_view.js) with change-to-change navigation (diff_nav.js).
// A pair's diff is kept (entries never change their bytes), so switching tabs or layouts does
// not compute it again.
// Test hooks on <html>: data-diff="busy|done|error" and data-diff-count after each render; a
// test may set data-diff-max-work to lower the core's work limit (an approximated diff).

import { DiffNavigator } from './diff_nav.js';
import { render_diff, summary_nodes } from './diff_view.js';
import { build_diff_request } from './files.js';

export class DiffMode {
  /**
   * @param {{a:HTMLSelectElement, b:HTMLSelectElement, swap:HTMLElement, layouts:HTMLInputElement[],
   *          prev:HTMLElement, next:HTMLElement, summary:HTMLElement, status:HTMLElement,
   *          body:HTMLElement}} ui
   * @param {HTMLElement} root  <html>, for the test hooks
   * @param {import('./worker_client.js').WorkerClient} client
   * @param {() => boolean} is_active  whether the diff tab is on screen
   * @param {(report:object|null) => void} [on_result]  the diff shown, or null while there is
   *   none (comparing, failed): what the diff's export bar offers
   */
  constructor(ui, root, client, is_active, on_result = () => {}) {
    this.on_result = on_result;
    this.ui = ui;
    this.root = root;
    this.client = client;
    this.nav = new DiffNavigator(ui, is_active);
    this.entries = [];
    this.a = 0; // entry ids
    this.b = 0;
    this.layout = 'inline';
    this.run_id = 0;
    this.renders = 0;
    this.key = '';
    this.report = null;
    this.names = [];
    this.shown = null; // the report last rendered, to keep the current change across layouts

    const pick = () => {
      this.a = Number(ui.a.value);
      this.b = Number(ui.b.value);
      this.run();
    };
    ui.a.addEventListener('change', pick);
    ui.b.addEventListener('change', pick);
    ui.swap.addEventListener('click', () => {
      [ui.a.value, ui.b.value] = [ui.b.value, ui.a.value];
      pick();
    });
    for (const radio of ui.layouts) {
      radio.addEventListener('change', () => {
        this.layout = radio.value;
        if (this.report) this.show();
      });
    }
  }

  /** The entries that can be compared (those the core accepted); keeps the chosen pair where it
   * still can, else takes the first two, and fills the selects. */
  choose_from(entries) {
    this.entries = entries;
    const has = (id) => entries.some((e) => e.id === id);
    if (!has(this.a)) this.a = entries[0] ? entries[0].id : 0;
    if (!has(this.b) || this.b === this.a) {
      const other = entries.find((e) => e.id !== this.a);
      this.b = other ? other.id : 0;
    }
    for (const [select, chosen] of [[this.ui.a, this.a], [this.ui.b, this.b]]) {
      select.replaceChildren(...entries.map((e) => new Option(e.name, String(e.id), false, e.id === chosen)));
    }
  }

  /** Compares the chosen pair (or shows the kept result). */
  async run() {
    const a = this.entries.find((e) => e.id === this.a);
    const b = this.entries.find((e) => e.id === this.b);
    if (!a || !b) return;
    const max_work = this.root.dataset.diffMaxWork;
    const key = `${a.id}:${b.id}:${max_work || ''}`;
    if (key === this.key && this.report) {
      if (!this.ui.body.firstChild) this.show();
      return;
    }
    const run = ++this.run_id;
    this.root.dataset.diff = 'busy';
    this.on_result(null);
    this.ui.summary.textContent = `Comparing ${a.name} with ${b.name}…`;
    const { request, data } = build_diff_request(a, b);
    if (max_work) request.options.max_work = Number(max_work);
    try {
      const report = await this.client.request('diff', { request, data }, [data.buffer]);
      if (run !== this.run_id) return;
      if (report.error) throw report.error;
      Object.assign(this, { key, report, names: [a.name, b.name] });
      this.show();
    } catch (error) {
      if (run !== this.run_id) return;
      this.key = '';
      this.report = null;
      this.ui.body.replaceChildren();
      this.nav.reset([]);
      this.ui.summary.textContent = `The comparison failed: ${(error && error.message) || String(error)}`;
      this.on_result(null);
      this.finish('error');
    }
  }

  /** Renders the kept diff in the chosen layout. */
  show() {
    const model = render_diff(this.ui.body, this.report, this.layout, this.names);
    this.nav.reset(model.changes, this.shown === this.report);
    this.shown = this.report;
    this.ui.summary.replaceChildren(...summary_nodes(this.report, model.changes));
    this.on_result(this.report);
    this.finish('done');
  }

  finish(outcome) {
    this.root.dataset.diff = outcome;
    this.root.dataset.diffCount = String(++this.renders);
  }
}
