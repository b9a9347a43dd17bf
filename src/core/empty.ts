const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, hr, table, [data-plainpage-slot]';
const KEEP_EMPTY = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'HR', 'BR', 'SOURCE', 'TD', 'TH', 'TR']);

function isEmpty(element: Element): boolean {
  if (KEEP_EMPTY.has(element.tagName) || element.hasAttribute('data-plainpage-slot')) return false;
  if ((element.textContent).trim()) return false;
  return element.querySelector(MEDIA) === null;
}

/** Drops containers the clean-up left without text or media. */
export function removeEmptyContainers(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('div, section, p, ul, ol, li, aside, figure, span, header, footer'))) {
    if (element.isConnected && isEmpty(element)) element.remove();
  }
}
