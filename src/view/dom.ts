interface ElementProps {
  className?: string;
  /** Set with textContent: never parsed as HTML. */
  text?: string;
  attrs?: Record<string, string>;
}

/** Creates an element with text and attributes; the only way the view builds its own markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: ElementProps = {},
  children: readonly (Node | null)[] = [],
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** The window a document belongs to, typed for the sanitiser. */
export function windowOf(doc: Document): Window & typeof globalThis {
  const view = doc.defaultView;
  if (!view) throw new Error('The document has no window to sanitise in');
  return view;
}
