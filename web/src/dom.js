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
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
