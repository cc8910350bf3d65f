// Small DOM helpers. Everything the page shows is built with createElement and textContent,
// never by parsing HTML strings, so text from a file can never become markup.

/**
 * el('p', {class: 'x', 'data-a': '1'}, 'text', child) -> HTMLParagraphElement.
 * Attribute values are set with setAttribute; children are strings (text nodes) or nodes.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
}

/** "1 article", "3 articles". */
export function plural(n, one, many) {
  return `${kNumber.format(n)} ${n === 1 ? one : many}`;
}

// toLocaleString makes a formatter on every call: slow when thousands of counts are written.
const kNumber = new Intl.NumberFormat('en');

/** The status line's description of the items `ids` names in `by_id`, one `describe` each. */
export function describe_each(by_id, ids, describe) {
  return ids
    .map((id) => by_id.get(id))
    .filter(Boolean)
    .map(describe)
    .join('; ');
}

/** The head of a tab's panel: a hint saying what it shows, then its controls. */
export function panel_head(hint, ...controls) {
  return el('div', { class: 'coverage-head' }, el('p', { class: 'hint' }, hint), ...controls);
}

/** A radio button in its label (segmented choices: orders, layouts). */
export function radio(name, value, checked, label) {
  return el('label', null, el('input', { type: 'radio', name, value, checked }), ` ${label}`);
}
