// Progress for work that takes more than a moment: while the analysis or the word diff runs
// (`data-analysis` / `data-diff` = "busy" on the root, set by main.js and diff_mode.js), a box in
// the window's corner shows an indeterminate bar, what is being done, and "Cancel". The core
// cannot report how far it is, so the bar does not pretend to. The box fades in after a moment
// (CSS), so quick runs do not flash it.
// Cancel replaces the worker (worker_client.js `cancel`); the articles live on the page and stay.
// After a cancelled analysis, "Analyse again" runs it once more.

export class Progress {
  /**
   * @param {{root:HTMLElement, box:HTMLElement, text:HTMLElement, cancel:HTMLButtonElement,
   *          again:HTMLButtonElement, status:HTMLElement}} ui  status: the analysis' status line
   * @param {{cancel:() => void, again:() => void}} actions
   */
  constructor(ui, actions) {
    this.ui = ui;
    ui.cancel.addEventListener('click', () => actions.cancel());
    ui.again.addEventListener('click', () => actions.again());
    new MutationObserver(() => this.update()).observe(ui.root, { attributes: true, attributeFilter: ['data-analysis', 'data-diff'] });
    this.update();
  }

  update() {
    const { root, box, text, again, status } = this.ui;
    const analysing = root.dataset.analysis === 'busy';
    const busy = analysing || root.dataset.diff === 'busy';
    const had_focus = box.contains(document.activeElement);
    again.hidden = root.dataset.analysis !== 'cancelled';
    box.hidden = !busy;
    text.textContent = analysing ? status.textContent : 'Comparing two articles word by word…';
    // Cancel pressed from the keyboard: the focus goes on to "Analyse again", not to the page.
    if (had_focus && !busy && !again.hidden) again.focus();
  }
}
