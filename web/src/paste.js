// "Paste text": a dialog with a name and a text box; the text becomes a .txt File handed to the
// same path as a dropped file (files.js reads it, the core decodes it), so a pasted article is
// in every way like one from disk.

import { el } from './dom.js';

export class PasteDialog {
  /**
   * @param {HTMLButtonElement} opener  the "Paste text…" button
   * @param {(file: File) => void} add  what a dropped file goes to
   */
  constructor(opener, add) {
    this.count = 0;
    this.name = el('input', { id: 'paste-name', type: 'text', required: true, maxlength: 200, autocomplete: 'off' });
    this.text = el('textarea', { id: 'paste-text', rows: 14, required: true, spellcheck: 'false' });
    const form = el(
      'form',
      { method: 'dialog', class: 'paste-form' },
      el('h2', { id: 'paste-title' }, 'Paste an article'),
      el('label', { for: 'paste-name' }, 'Name'),
      this.name,
      el('label', { for: 'paste-text' }, 'Text'),
      this.text,
      el(
        'p',
        { class: 'buttons' },
        el('button', { type: 'submit', class: 'button primary', value: 'add' }, 'Add article'),
        el('button', { type: 'button', class: 'button subtle', 'data-paste': 'cancel' }, 'Cancel'),
      ),
    );
    this.dialog = el('dialog', { class: 'paste-dialog', 'aria-labelledby': 'paste-title' }, form);
    document.body.append(this.dialog);

    opener.addEventListener('click', () => this.open());
    form.querySelector('[data-paste="cancel"]').addEventListener('click', () => this.dialog.close());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = this.text.value;
      if (!text.trim()) return this.text.focus();
      this.dialog.close();
      add(new File([text], file_name(this.name.value), { type: 'text/plain' }));
    });
  }

  open() {
    this.count++;
    this.name.value = `Pasted text ${this.count}`;
    this.text.value = '';
    this.dialog.showModal();
    this.text.focus();
  }
}

/** The name as given, with ".txt" added when it has no extension the page reads as text. */
function file_name(given) {
  const name = given.trim().replace(/[\\/]/g, '-') || 'Pasted text';
  return /\.(txt|md)$/i.test(name) ? name : `${name}.txt`;
}
