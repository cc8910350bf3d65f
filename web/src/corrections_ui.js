// The page's side of corrections (corrections.js): the "Corrections (N)" bar with each
// correction in words, an Undo for each and "Undo all"; the line tool of the reading view
// ("Mark as page furniture" / "Mark as article text" for the line holding the focus or the
// caret; "f" on a focused mark does the same; "Reject shared passage" when the place is in one);
// and the Reject buttons of facts and discrepancies (data-correct, one delegated listener). The
// line tool goes when the focus moves on, out of the columns, or the reading view is left. Entity merges and splits come from the entity panel through `change`.
//
// main.js supplies the reports (`raw`: the core's; `shown`: the corrected one the views show)
// and is told of every change (`changed`), after which it renders again and keeps the session.

import {
  correction_count,
  describe_corrections,
  discrepancy_key,
  empty_corrections,
  fact_key,
  line_at,
  passage_key,
  read_corrections,
  with_line,
  with_rejected,
  without_item,
} from './corrections.js';
import { el, plural } from './dom.js';

const excerpt = (text, n = 60) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export class Corrections {
  /**
   * @param {{bar:HTMLElement, line_tool:HTMLElement, columns:HTMLElement}} ui
   * @param {{raw:() => object|null, shown:() => object|null, changed:() => void}} hooks
   */
  constructor(ui, hooks) {
    this.ui = ui;
    this.hooks = hooks;
    this.value = empty_corrections();
    this.last = null; // {text, before}: the last correction, undone by the bar's first Undo
    this.line = null; // {doc, start, end, furniture, passages}: the line the line tool acts on
    document.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-correct]');
      if (button) this.act(button);
    });
    // The line tool follows the focused mark, or the caret a click leaves in the text.
    ui.columns.addEventListener('focusin', (e) => {
      const mark = e.target.closest('mark[data-start]');
      if (mark) this.point_at(mark, Number(mark.dataset.start));
    });
    // It is about the place the person is at: it goes when the focus moves elsewhere (a tab,
    // a control) and when the reading view is left, and does not come back with the view.
    const away = () => {
      if (!this.line) return;
      this.line = null;
      this.show_line();
    };
    // A press that moves the focus hides it only once released: the layout must not shift
    // under the pointer between its press and its release (the click would miss).
    let pressed = false;
    let pending = false;
    document.addEventListener('pointerdown', () => (pressed = true), true);
    document.addEventListener('pointerup', () => {
      pressed = false;
      if (pending) setTimeout(away, 0);
      pending = false;
    }, true);
    document.addEventListener('focusin', (e) => {
      if (ui.columns.contains(e.target) || ui.line_tool.contains(e.target)) pending = false;
      else if (pressed) pending = true;
      else away();
    });
    const view = ui.columns.closest('[role="tabpanel"]');
    if (view) new MutationObserver(() => view.hidden && away()).observe(view, { attributes: true, attributeFilter: ['hidden'] });
    // "f" on a focused mark does what the line tool's button says; the focus moves to it.
    ui.columns.addEventListener('keydown', (e) => {
      if (e.key !== 'f' || e.ctrlKey || e.metaKey || e.altKey || !e.target.closest('mark') || !this.line) return;
      e.preventDefault();
      const button = ui.line_tool.querySelector('button[data-correct="line"]');
      if (!button) return;
      button.click();
      ui.line_tool.querySelector('button[data-correct="line"]')?.focus();
    });
    ui.columns.addEventListener('click', () => {
      const selection = getSelection();
      if (!selection || !selection.isCollapsed || !selection.anchorNode) return;
      const text = selection.anchorNode.parentElement?.closest('.column-text');
      if (!text) return;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(selection.anchorNode, selection.anchorOffset);
      this.point_at(selection.anchorNode.parentElement.closest('mark') || text, range.toString().length);
    });
    this.render();
  }

  /** The corrections of a restored session (or none): no Undo for that. */
  reset(value) {
    this.value = read_corrections(value);
    this.last = null;
    this.line = null;
    this.render();
    this.show_line();
  }

  /** A change made elsewhere (the entity panel): `fn` maps the corrections to new ones. */
  change(fn, text) {
    this.set(fn(this.value), text);
  }

  set(value, text) {
    this.last = text ? { text, before: this.value } : null;
    this.value = value;
    this.render();
    this.hooks.changed();
    this.show_line();
  }

  act(button) {
    const raw = this.hooks.raw();
    const what = button.dataset.correct;
    if (what === 'undo-last' && this.last) return this.set(this.last.before, '');
    if (what === 'undo') return this.set(without_item(this.value, button.dataset.field, Number(button.dataset.index)), '');
    if (what === 'undo-all') return this.set(empty_corrections(), '');
    if (!raw) return;
    if (what === 'reject-fact') {
      const fact = (raw.facts || []).find((f) => f.id === Number(button.dataset.id));
      if (fact) this.set(with_rejected(this.value, 'rejected_facts', fact_key(raw, fact)), 'Rejected a fact');
    } else if (what === 'reject-passage') {
      const passage = (raw.passages || []).find((p) => p.id === Number(button.dataset.id));
      if (passage) {
        const names = [...new Set(passage.spans.map((s) => raw.documents[s.doc]?.name))].join(' and ');
        this.set(with_rejected(this.value, 'rejected_passages', passage_key(raw, passage)), `Rejected a shared passage of ${names}`);
      }
    } else if (what === 'reject-discrepancy') {
      const d = (raw.discrepancies || []).find((x) => x.id === Number(button.dataset.id));
      if (d) this.set(with_rejected(this.value, 'rejected_discrepancies', discrepancy_key(raw, d)), `Rejected “${d.about || d.kind}”`);
    } else if (what === 'line' && this.line) {
      const { doc, start, end, furniture, core } = this.line;
      const as = furniture ? 'text' : 'furniture';
      this.set(with_line(this.value, doc, start, end, as, core), `Marked a line of ${doc} as ${as === 'text' ? 'article text' : 'page furniture'}`);
    }
  }

  /** The line tool for offset `at` of the column holding `node`. */
  point_at(node, at) {
    const name = node.closest('.column')?.dataset.name;
    const shown = this.hooks.shown();
    const raw = this.hooks.raw();
    const doc = shown && shown.documents.find((d) => d.name === name);
    const core_doc = raw && raw.documents.find((d) => d.name === name);
    if (!doc || !doc.text) return;
    const covering = (d) => (d?.furniture || []).find((f) => f.start <= at && at <= f.end && f.end > f.start);
    // A furniture line is taken as the core (or the person) cut it; another line as the text's.
    const line = covering(doc) || covering(core_doc);
    let [start, end] = line ? [line.start, line.end] : line_at(doc.text, at);
    while (start < end && /\s/.test(doc.text[start])) start++;
    while (end > start && /\s/.test(doc.text[end - 1])) end--;
    if (!line && start === end) return;
    // The shared passages at this place (a mark's), which the tool also offers to reject.
    const passages = (node.dataset?.passage || '').split(' ').filter(Boolean).map(Number);
    this.line = { doc: name, start, end, furniture: Boolean(covering(doc)), core: covering(core_doc) ? 'furniture' : 'text', text: doc.text.slice(start, end), passages };
    this.show_line();
  }

  show_line() {
    const tool = this.ui.line_tool;
    const shown = this.hooks.shown();
    const line = this.line;
    const doc = line && shown && shown.documents.find((d) => d.name === line.doc);
    if (!doc) {
      tool.hidden = true;
      return;
    }
    line.furniture = (doc.furniture || []).some((f) => f.start < line.end && line.start < f.end);
    const action = line.furniture ? 'Mark as article text' : 'Mark as page furniture';
    tool.hidden = false;
    tool.replaceChildren(
      el('span', { class: 'line-tool-text' }, `Line of ${line.doc}: “${excerpt(line.text)}”${line.furniture ? ' (page furniture)' : ''}`),
      ' ',
      el('button', { type: 'button', class: 'button subtle', 'data-correct': 'line', 'aria-label': `${action}: the line “${excerpt(line.text, 40)}” of ${line.doc}`, 'aria-keyshortcuts': 'f', title: `${action} (F on a highlighted word of the line)` }, action),
      ...this.passage_buttons(shown, line),
    );
  }

  /** "Reject shared passage" for each passage still shown at the line tool's place. */
  passage_buttons(shown, line) {
    const passages = (shown.passages || []).filter((p) => line.passages.includes(p.id));
    return passages.map((p) => {
      const names = [...new Set(p.spans.map((s) => shown.documents[s.doc]?.name))].join(' and ');
      const label = passages.length > 1 ? `Reject shared passage ${passages.indexOf(p) + 1}` : 'Reject shared passage';
      return el(
        'button',
        { type: 'button', class: 'button subtle', 'data-correct': 'reject-passage', 'data-id': p.id, 'aria-label': `${label}: ${names} should not be aligned here (${p.words} words)`, title: 'These texts are not one passage reused: take it out of the highlights and the counts' },
        label,
      );
    });
  }

  render() {
    const bar = this.ui.bar;
    const n = correction_count(this.value);
    bar.hidden = n === 0 && !this.last;
    const items = describe_corrections(this.value).map((item) =>
      el(
        'li',
        null,
        el('span', null, item.text),
        ' ',
        el('button', { type: 'button', class: 'link-button', 'data-correct': 'undo', 'data-field': item.field, 'data-index': item.index, 'aria-label': `Undo: ${item.text}` }, 'Undo'),
      ),
    );
    bar.replaceChildren(
      el(
        'details',
        { class: 'corrections-list' },
        el('summary', { 'data-corrections': n }, `Corrections (${n})`),
        n ? el('ul', null, ...items) : el('p', null, 'No corrections.'),
        n ? el('button', { type: 'button', class: 'button subtle', 'data-correct': 'undo-all' }, `Undo all ${plural(n, 'correction', 'corrections')}`) : null,
      ),
      el(
        'span',
        { class: 'corrections-last', 'aria-live': 'polite' },
        this.last ? this.last.text : '',
        this.last ? ' ' : null,
        this.last ? el('button', { type: 'button', class: 'link-button', 'data-correct': 'undo-last', 'aria-label': `Undo: ${this.last.text}` }, 'Undo') : null,
      ),
    );
  }
}
