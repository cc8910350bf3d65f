// Keyboard shortcuts and their help. Single keys, as in the word diff (diff_nav.js), never while
// typing in a field and never with Ctrl, Alt or Cmd (those belong to the browser):
//   n / j, p / k        next / previous shared passage (the word diff: change)
//   d, Shift+D          next / previous differing word of a near copy (the word diff: change)
//   c, Shift+C          next / previous disagreement (a compared value that does not agree)
//   ?                   this list
// The reading view steps in the column that has the focus (mark_steps.js). "?" or the
// "Keyboard shortcuts" button opens a modal dialog listing them; Escape closes it.

import { el } from './dom.js';
import { step_marks } from './mark_steps.js';

/** [keys as shown, what they do, where]; the help lists them in this order. */
const kHelp = [
  [['n', 'j'], 'Next shared passage', 'reading view; next change in the word diff'],
  [['p', 'k'], 'Previous shared passage', 'reading view; previous change in the word diff'],
  [['d'], 'Next difference: a word a near copy changed', 'reading view; next change in the word diff'],
  [['Shift', 'D'], 'Previous difference', 'reading view; previous change in the word diff'],
  [['c'], 'Next disagreement: a value the articles give differently', 'reading view'],
  [['Shift', 'C'], 'Previous disagreement', 'reading view'],
  [['f'], 'Mark the focused mark’s line as page furniture, or back as article text', 'reading view'], // corrections_ui.js handles it
  [['Tab'], 'Next mark, control or link; Shift+Tab goes back', 'everywhere'],
  [['←', '→'], 'Previous / next tab', 'on the tabs'],
  [['Enter'], 'A moved passage’s other end', 'word diff'],
  [['?'], 'This list', 'everywhere'],
  [['Esc'], 'Close this list or a dialog', ''],
];

/** The reading view's steps by key (the word diff handles n/j/p/k itself). */
const kReadingKeys = {
  n: ['passage', 1], j: ['passage', 1], p: ['passage', -1], k: ['passage', -1],
  d: ['difference', 1], D: ['difference', -1],
  c: ['disagreement', 1], C: ['disagreement', -1],
};

const typing = (target) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export class Shortcuts {
  /**
   * @param {{opener:HTMLButtonElement, columns:HTMLElement, status:HTMLElement,
   *          view:() => string, diff_step:(direction:number) => void}} options
   *   view: the tab shown ('reading', 'diff', ...) or '' while there are no results;
   *   status: where "no next passage" is said (an aria-live element)
   */
  constructor({ opener, columns, status, view, diff_step }) {
    this.dialog = help_dialog();
    document.body.append(this.dialog);
    opener.addEventListener('click', () => this.open());
    document.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || this.dialog.open) return;
      if (e.key === '?') {
        e.preventDefault();
        this.open();
        return;
      }
      const shown = view();
      if (shown === 'diff' && (e.key === 'd' || e.key === 'D')) {
        e.preventDefault();
        diff_step(e.key === 'd' ? 1 : -1);
        return;
      }
      const step = shown === 'reading' && kReadingKeys[e.key];
      if (!step) return;
      e.preventDefault();
      const missing = step_marks(columns, ...step);
      if (missing) status.textContent = missing;
    });
  }

  open() {
    this.dialog.showModal();
    this.dialog.querySelector('button').focus();
  }
}

function help_dialog() {
  const rows = kHelp.map(([keys, what, where]) =>
    el(
      'tr',
      null,
      el('th', { scope: 'row' }, ...keys.flatMap((key, i) => [i ? (keys[0] === 'Shift' ? '+' : ' or ') : null, el('kbd', null, key)])),
      el('td', null, what),
      el('td', { class: 'where' }, where),
    ),
  );
  const close = el('button', { type: 'submit', class: 'button', value: 'close' }, 'Close');
  return el(
    'dialog',
    { class: 'shortcuts-dialog', 'aria-labelledby': 'shortcuts-title' },
    el(
      'form',
      { method: 'dialog' },
      el('h2', { id: 'shortcuts-title' }, 'Keyboard shortcuts'),
      el('p', { class: 'hint' }, 'Single keys, not while typing in a field. The reading view steps through the column that has the focus: focusing a passage lights its twins in the other columns and says who shares it.'),
      el('table', { class: 'shortcuts' }, el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Key'), el('th', { scope: 'col' }, 'Does'), el('th', { scope: 'col' }, 'Where'))), el('tbody', null, ...rows)),
      el('p', { class: 'buttons' }, close),
    ),
  );
}
