/** Non-space characters of a text. */
function countCharacters(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** Prose under `root`: paragraphs whose text is not mostly links (by index: jsdom iterates collections slowly). */
export function proseLength(root: Document | Element): number {
  const paragraphs = root.getElementsByTagName('p');
  let total = 0;
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index];
    if (!paragraph) continue;
    const length = countCharacters(paragraph.textContent);
    let linked = 0;
    const links = paragraph.getElementsByTagName('a');
    for (let link = 0; link < links.length; link += 1) linked += countCharacters(links[link]?.textContent ?? '');
    if (linked * 2 < length) total += length;
  }
  return total;
}
