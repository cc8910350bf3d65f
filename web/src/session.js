// The session bar: save the whole session to one file and open it again, and keep it in this
// browser so it survives a reload (with the "kept in this browser only" indicator, a button to
// forget it now and a setting to stop keeping it).
//
// main.js supplies what the session is (`snapshot`) and how to put one back (`restore`); it
// calls `changed()` after every change of articles, metadata or settings. Session files come
// in through the bar's "Open session…" button or with the articles dropped on the page
// (`is_session_file`).

import { download, stamp } from './download.js';
import { kSessionSuffix, read_blobs, read_session } from './session_format.js';
import { forget, keep, keeping_on, load_kept, set_keeping } from './session_store.js';

export const is_session_file = (file) => file.name.toLowerCase().endsWith(kSessionSuffix) || file.type === 'application/x-parallax-session+json';

export class SessionBar {
  /**
   * @param {{save:HTMLButtonElement, open:HTMLInputElement, keep:HTMLInputElement,
   *          forget:HTMLButtonElement, indicator:HTMLElement}} ui
   * @param {{snapshot:(options?: {blob?: boolean}) => object, restore:(session:{entries:object[], settings:object}) => void,
   *          notify:(text:string) => void}} hooks  notify: a message for the person
   */
  constructor(ui, hooks) {
    this.ui = ui;
    this.hooks = hooks;
    this.keeping = false; // storing on change starts once the kept session is read back
    this.writes = 0;
    ui.save.addEventListener('click', () => this.save());
    ui.open.addEventListener('change', () => {
      const [file] = ui.open.files;
      ui.open.value = '';
      if (file) this.open(file);
    });
    ui.keep.addEventListener('change', () => this.set_keeping(ui.keep.checked));
    ui.forget.addEventListener('click', async () => {
      await this.guard(forget());
      this.show('Forgotten: this browser holds no copy of these articles now (it keeps the next change)');
      ui.root.dataset.kept = 'forgotten';
    });
  }

  /** Reads back the kept session (if keeping is on) and hands it to `restore` when `wanted()`
   * still says so (the page is not waiting on it: a person may have given articles already);
   * from then on, changes are kept. Sets data-session="restored|none" on <html> when done. */
  async start(wanted) {
    let restored = false;
    try {
      this.keeping = await keeping_on();
      const kept = this.keeping ? await load_kept() : null;
      if (kept && kept.articles && kept.articles.length && wanted()) {
        this.hooks.restore(read_session(await read_blobs(kept)));
        restored = true;
      }
    } catch (error) {
      this.keeping = false;
      this.unavailable = true;
      console.warn('Parallax: the browser storage cannot be used here', error);
    }
    this.ui.keep.checked = this.keeping;
    this.ui.keep.disabled = Boolean(this.unavailable);
    this.show();
    this.ui.root.dataset.session = restored ? 'restored' : 'none';
  }

  /** Something in the session changed: keep it at once when keeping is on (a reload right
   * after a change must not lose it). Writes are one transaction each and run in order. */
  changed() {
    if (this.keeping) this.keep_now();
  }

  async keep_now() {
    const session = this.hooks.snapshot({ blob: true });
    await this.guard(session.articles.length ? keep(session) : forget());
    // For tests and the curious: what the last write did, and how many there were.
    this.ui.root.dataset.kept = session.articles.length ? 'kept' : 'empty';
    this.ui.root.dataset.keptCount = String(++this.writes);
  }

  async set_keeping(on) {
    this.keeping = on;
    await this.guard(set_keeping(on));
    if (on) await this.keep_now();
    else this.ui.root.dataset.kept = 'off';
    this.show();
  }

  save() {
    const session = this.hooks.snapshot();
    const json = JSON.stringify(session, null, 1);
    download(`parallax-session-${stamp()}${kSessionSuffix}`, new Blob([json], { type: 'application/json' }));
  }

  /** Opens a session file: its articles and settings replace the page's. */
  async open(file) {
    let session;
    try {
      session = read_session(JSON.parse(await file.text()));
    } catch (error) {
      this.hooks.notify(`${file.name}: could not be opened as a session (${error.message}).`);
      return;
    }
    this.hooks.restore(session);
  }

  show(text) {
    const { indicator, forget: forget_button } = this.ui;
    forget_button.hidden = !this.keeping;
    if (text) indicator.textContent = text;
    else if (this.unavailable) indicator.textContent = 'Not kept: this browser does not allow the page to store anything here';
    else if (this.keeping) indicator.textContent = 'Kept in this browser only';
    else indicator.textContent = 'Not kept: a reload forgets these articles';
    indicator.title = this.keeping
      ? 'The articles and settings are stored by this browser, on this machine, and come back when you reopen the page. Nothing is sent anywhere.'
      : 'Turn on “Keep in this browser” to have the articles come back when you reopen the page.';
    indicator.dataset.keeping = String(this.keeping);
  }

  /** Storage errors (a full disk, private browsing) become a message, not a broken page. */
  async guard(promise) {
    try {
      await promise;
    } catch (error) {
      this.hooks.notify(`Could not update the copy kept in this browser (${error.message || error}).`);
    }
  }
}
