// Messages about files that could not be compared: refused before reading (limits), refused by
// the core (binary, empty, too large...) or an engine error. Each names the file and the reason,
// and has a button: "Remove" drops a refused file from the set, "Dismiss" hides a note.

import { el } from './dom.js';

/**
 * @param {HTMLElement} container
 * @param {{text:string, action:'remove'|'dismiss'|null, target:number, name?:string}[]} messages
 *   action null: a notice from the core about the whole analysis, with no button.
 */
export function render_messages(container, messages) {
  container.hidden = messages.length === 0;
  container.replaceChildren(
    ...messages.map((m) =>
      el(
        'li',
        { class: m.action ? 'message' : 'message notice', 'data-file': m.name || null },
        el('span', { class: 'message-text' }, m.text),
        ' ',
        m.action &&
          el(
            'button',
            { type: 'button', class: 'link-button', 'data-action': m.action, 'data-entry': m.action === 'remove' ? m.target : null, 'data-note': m.action === 'dismiss' ? m.target : null },
            m.action === 'remove' ? 'Remove' : 'Dismiss',
          ),
      ),
    ),
  );
}
