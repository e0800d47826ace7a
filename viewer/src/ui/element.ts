// Builds DOM nodes. Text always goes in as text nodes: graph and article text is data, never markup,
// so an article quoting `<script>` shows those characters and runs nothing.

type Child = Node | string | number | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  title?: string;
  attributes?: Record<string, string>;
  onClick?: (event: Event) => void;
}

export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  if (options.title) node.title = options.title;
  for (const [name, value] of Object.entries(options.attributes ?? {})) node.setAttribute(name, value);
  if (options.onClick) node.addEventListener('click', options.onClick);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** A swatch of colour before a label. */
export function swatch(color: string, className = 'swatch'): HTMLSpanElement {
  const dot = element('span', { className });
  dot.style.backgroundColor = color;
  return dot;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`viewer page lacks #${id}`);
  return found as T;
}
