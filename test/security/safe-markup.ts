/** Elements that must never reach an extension page: they run code, load things or take input. */
const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'param',
  'applet', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'template', 'noscript',
  'portal', 'dialog',
]);

/** Attributes that load something, run something or clobber the DOM. */
const FORBIDDEN_ATTRIBUTES = new Set([
  'style', 'srcdoc', 'ping', 'action', 'formaction', 'background', 'autoplay', 'autofocus', 'id', 'name',
  'xlink:href', 'contenteditable', 'shadowrootmode', 'shadowroot',
]);

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'data', 'longdesc']);
const SAFE_URL = /^(?:https?:|mailto:|#)/i;
const SAFE_IMAGE_URL = /^data:image\/(?:png|gif|jpe?g|webp);/i;

/**
 * What in rendered markup could run code, load from elsewhere or open a window with an opener.
 * Empty means the markup is safe to show in an extension page.
 */
export function unsafeMarkup(root: ParentNode, beacon: string): string[] {
  const findings: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.localName;
    if (FORBIDDEN_TAGS.has(tag)) findings.push(`<${tag}>`);
    if (element.shadowRoot) findings.push(`<${tag}> has a shadow root`);
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) findings.push(`<${tag} ${name}>`);
      if (FORBIDDEN_ATTRIBUTES.has(lower)) findings.push(`<${tag} ${name}>`);
      if (lower !== 'title' && lower !== 'alt' && value.includes(beacon)) findings.push(`<${tag} ${name}> names the beacon`);
      if (URL_ATTRIBUTES.has(lower) && !SAFE_URL.test(value.trim()) && !(tag === 'img' && SAFE_IMAGE_URL.test(value))) {
        findings.push(`<${tag} ${name}="${value.slice(0, 40)}">`);
      }
    }
    if (tag === 'a' && element.hasAttribute('href')) {
      const rel = (element.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) findings.push('<a href> without rel="noopener noreferrer"');
    }
  }
  return findings;
}
