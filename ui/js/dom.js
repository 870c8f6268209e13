/**
 * Building the page without ever parsing data as HTML: every element is
 * made with createElement and every piece of data goes in as a text node
 * or an attribute value. Article text is hostile; nothing here calls
 * innerHTML, insertAdjacentHTML or document.write.
 *
 * @example
 *   h('a', { href: '#/doc/' + encodeURIComponent(id), class: 'title' }, doc.title)
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

function build(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (/^on/i.test(key)) throw new Error(`refusing attribute ${key}`);
    // Through the CSSOM: the Content-Security-Policy forbids style attributes.
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element with attributes (event handlers as functions) and children (nodes or text). */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, the same way. */
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** A link to a route inside the UI; parts are URL-encoded. */
export function route(...parts) {
  return '#/' + parts.map((p) => encodeURIComponent(String(p))).join('/');
}

/** A link to an entity's page. */
export function entityLink(name, cls = 'entity') {
  return h('a', { href: route('entity', name), class: cls }, name);
}

/** Empty-state text for a view whose table has nothing yet. */
export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

export function fmtToll(e) {
  const parts = [];
  if (e.killed != null) parts.push(`${e.killed} killed`);
  if (e.wounded != null) parts.push(`${e.wounded} wounded`);
  return parts.join(', ');
}
