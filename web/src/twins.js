// Lights a highlight's twins: hovering or focusing a mark adds the class "twin" to every mark
// of the same passage id(s) in every column, and the status line says who shares it. Within a
// lit near passage, the marks of its differing words (data-differ) also get "differ-lit", so the
// small edits stand out on both sides while the passage is in focus.
//
// Listeners sit on the columns container (event delegation), so they survive re-rendering; only
// the index of marks is replaced after each analysis.

const kHint = 'Hover over or focus a highlighted passage to see which articles share it.';

export class Twins {
  /**
   * @param {HTMLElement} container  holds the columns
   * @param {HTMLElement} status     an aria-live element for the description
   */
  constructor(container, status) {
    this.status = status;
    this.index = new Map();
    this.describe = () => '';
    this.hovered = null;
    this.focused = null;
    this.lit = [];
    this.show(kHint);

    container.addEventListener('mouseover', (e) => this.hover(e.target.closest('mark')));
    container.addEventListener('mouseleave', () => this.hover(null));
    container.addEventListener('focusin', (e) => {
      this.focused = e.target.closest('mark');
      this.update();
    });
    container.addEventListener('focusout', () => {
      this.focused = null;
      this.update();
    });
  }

  /** After each render: the new "layer:id" -> marks index and a describer for status text. */
  reset(index, describe) {
    this.index = index;
    this.describe = describe;
    this.hovered = null;
    this.focused = null;
    this.lit = [];
    this.show(kHint);
  }

  hover(mark) {
    if (mark === this.hovered) return;
    this.hovered = mark;
    this.update();
  }

  update() {
    // The pointer wins over the keyboard focus while it is on a mark, as a person expects.
    const active = this.hovered || this.focused;
    for (const mark of this.lit) mark.classList.remove('twin', 'active', 'differ-lit');
    this.lit = [];
    if (!active) {
      this.show(kHint);
      return;
    }
    const ids = (active.dataset.passage || '').split(' ').filter(Boolean);
    for (const id of ids) {
      for (const mark of this.index.get(`passage:${id}`) || []) {
        mark.classList.add('twin');
        if (mark.dataset.differ && mark.dataset.differ.split(' ').includes(id)) mark.classList.add('differ-lit');
        this.lit.push(mark);
      }
    }
    active.classList.add('active');
    this.lit.push(active);
    this.show(this.describe(ids.map(Number)));
  }

  /** The status line has room for two lines (so it never pushes the columns while hovering);
   * the whole text stays in its title and is what screen readers announce. */
  show(text) {
    this.status.textContent = text;
    this.status.title = text;
  }
}
