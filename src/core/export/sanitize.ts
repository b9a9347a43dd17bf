import DOMPurify, { type Config } from 'dompurify';
import { SLOT_ATTRIBUTE } from '../marks.ts';

/**
 * One sanitiser configuration for everything Plainpage inserts into an extension page or prints
 * from the CLI: article markup only, no forms, frames, objects, scripts, styles or event handlers.
 */
export const SANITIZE_CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea',
    'fieldset', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
    'template', 'dialog', 'portal', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext',
  ],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'ping', 'srcdoc', 'formaction', 'action', 'background', 'autoplay'],
  ALLOW_DATA_ATTR: false,
  // Links and media: http(s), mailto, or no scheme at all (fragments; other attributes such as
  // lang, colspan and datetime are checked against this too, so scheme-less values must pass).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
} satisfies Config;


type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(view: Window & typeof globalThis): Purifier {
  let purifier = purifiers.get(view);
  if (!purifier) {
    purifier = DOMPurify(view);
    purifier.addHook('uponSanitizeAttribute', (_node, data) => {
      if (data.attrName === SLOT_ATTRIBUTE && /^\d+$/.test(data.attrValue)) data.forceKeepAttr = true;
    });
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if ((node.nodeName === 'A' || node.nodeName === 'AREA') && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    purifiers.set(view, purifier);
  }
  return purifier;
}

/**
 * Sanitises article HTML into a fragment of `view`'s document, ready to insert: nothing is
 * serialised and parsed again between the sanitiser and the page (no mutation on re-parse).
 */
export function sanitizeArticleFragment(html: string, view: Window & typeof globalThis): DocumentFragment {
  return purifierFor(view).sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** Sanitises article HTML with the window the markup will be parsed in (browser or jsdom). */
export function sanitizeArticleHtml(html: string, view: Window & typeof globalThis): string {
  return purifierFor(view).sanitize(html, SANITIZE_CONFIG);
}
