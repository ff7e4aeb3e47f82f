/** Small helpers for building DOM and SVG without a framework. */

type Child = Node | string | null | undefined | false;

export interface ElProps {
  class?: string;
  text?: string;
  id?: string;
  /** attributes set with setAttribute (aria-*, role, data-*, …); undefined/false skips one */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

function append(node: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c);
  }
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.id) node.id = props.id;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) node.addEventListener(type, handler as EventListener);
  append(node, children);
  return node;
}

/** A button; `type="button"` always, so it never submits anything. */
export function button(label: string | Node[], onClick: () => void, props: ElProps = {}): HTMLButtonElement {
  const b = el('button', { ...props, attrs: { type: 'button', ...props.attrs } });
  if (typeof label === 'string') b.textContent = label;
  else b.append(...label);
  b.addEventListener('click', onClick);
  return b;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | undefined> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, String(value));
  append(node, children);
  return node;
}

/** Sets text only when it changed: cheap enough to call on every animation frame. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

let uid = 0;
/** A document-unique id for aria-labelledby / aria-describedby links. */
export function uniqueId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** Keyboard hint shown on a button ("Enter"). Hidden from screen readers: the key is announced elsewhere. */
export function kbd(key: string): HTMLElement {
  return el('kbd', { class: 'kbd', text: key, attrs: { 'aria-hidden': 'true' } });
}
