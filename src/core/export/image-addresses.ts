/** An address a Markdown reader can fetch: not a data: placeholder, a blob or a page-relative path. */
const USABLE = /^https?:\/\//i;
/** Parts of a table stay even when empty: they hold its grid together. */
const TABLE_PARTS = new Set(['TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH']);
const MEDIA = ['img', 'video', 'audio'];

function srcsetAddresses(element: Element): string[] {
  return (element.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
}

/** The image's src when usable, else the first usable candidate of its srcset or its <picture>'s sources. */
function imageAddress(img: Element): string | null {
  const src = (img.getAttribute('src') ?? '').trim();
  if (USABLE.test(src)) return src;
  const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
  const sources = picture ? Array.from(picture.getElementsByTagName('source')) : [];
  return [img, ...sources].flatMap(srcsetAddresses).find((address) => USABLE.test(address)) ?? null;
}

function isEmpty(element: Element): boolean {
  return element.textContent.trim() === '' && MEDIA.every((tag) => element.getElementsByTagName(tag).length === 0);
}

/**
 * Gives every image the address it shows and takes out those with none (no src, a data: placeholder),
 * with the elements that held only them (a link, a <picture>, a figure): Markdown would print
 * `![](data:…)` or `[](…)`.
 */
export function keepAddressedImages(root: ParentNode): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const address = imageAddress(img);
    if (address) {
      img.setAttribute('src', address);
      continue;
    }
    let wrapper = img.parentElement;
    img.remove();
    while (wrapper && !TABLE_PARTS.has(wrapper.tagName) && isEmpty(wrapper)) {
      const parent = wrapper.parentElement;
      wrapper.remove();
      wrapper = parent;
    }
  }
}
