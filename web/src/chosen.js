// The entity or disagreement chosen in its panel, lit in every column (class "chosen") until
// another is chosen or the reader clears it, also across re-renders (a layer switched, a
// setting changed). A bar above the columns says what is lit, and steps through its marks
// (previous/next, in column order) for keyboard users.

import { el } from './dom.js';
import { marks_of_sliced } from './mark_index.js';
import { Slicer, Superseded } from './slices.js';

export class Chosen {
  /** @param {HTMLElement} bar  an element above the columns, hidden while nothing is chosen */
  constructor(bar) {
    this.bar = bar;
    this.key = null; // "entity:3"
    this.label = '';
    this.marks = [];
    this.stops = []; // the first mark of each mention (a mention cut by other layers is several)
    this.at = -1;
    this.token = 0; // the newest apply: an older one still building a long column's chunks stops
    // Built once: stepping keeps the keyboard focus on its button, so "next" can be pressed
    // again and again; the current mark is outlined and scrolled into sight instead.
    const button = (step, text, label) => el('button', { type: 'button', class: 'button subtle', 'data-step': step, 'aria-label': label, title: label }, text);
    this.text = el('span', { class: 'chosen-label', 'aria-live': 'polite' });
    this.steps = [button('-1', '↑', 'Previous mark'), button('1', '↓', 'Next mark')];
    bar.replaceChildren(this.text, ...this.steps, button('clear', 'Clear', 'Stop lighting it'));
    bar.hidden = true;
    bar.addEventListener('click', (e) => {
      const step = e.target.closest('button[data-step]');
      if (!step) return;
      if (step.dataset.step === 'clear') this.clear();
      else this.step(Number(step.dataset.step));
    });
  }

  /** Lights `layer` `id` (described by `label`) in `index`; resolves to its marks (none when
   * another was chosen meanwhile). */
  choose(layer, id, label, index) {
    this.key = `${layer}:${id}`;
    this.label = label;
    return this.apply(index);
  }

  clear() {
    this.key = null;
    this.apply(new Map());
  }

  /** After a render: lights the chosen marks of the new index (none if they are gone). The
   * chunks of a long column that hold them are built first, in time slices (lazy_column.js). */
  async apply(index) {
    const token = ++this.token;
    for (const mark of this.marks) mark.classList.remove('chosen', 'current');
    this.marks = [];
    this.stops = [];
    let marks = [];
    try {
      marks = this.key ? await marks_of_sliced(index, this.key, new Slicer(() => token === this.token)) : [];
    } catch (error) {
      if (error instanceof Superseded) return [];
      throw error;
    }
    this.marks = marks;
    this.stops = this.marks.filter((mark, i) => i === 0 || mark.previousSibling !== this.marks[i - 1]);
    this.at = -1;
    for (const mark of this.marks) mark.classList.add('chosen');
    this.render();
    return this.marks;
  }

  step(direction) {
    if (!this.stops.length) return;
    this.stops[this.at]?.classList.remove('current');
    this.at = (this.at + direction + this.stops.length) % this.stops.length;
    const mark = this.stops[this.at];
    mark.classList.add('current');
    mark.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.render();
  }

  render() {
    this.bar.hidden = !this.key;
    const count = this.stops.length;
    for (const b of this.steps) b.disabled = count === 0;
    if (!this.key) return;
    const column = this.at >= 0 ? this.stops[this.at].closest('.column')?.dataset.name : '';
    const where = !count
      ? ' — not in the columns shown'
      : this.at >= 0
        ? ` — ${this.at + 1} of ${count} in the columns shown, in ${column}`
        : ` — ${count} in the columns shown`;
    this.text.textContent = `Lit: ${this.label}${where}`;
  }
}
