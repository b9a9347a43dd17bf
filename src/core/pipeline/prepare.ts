import { removeHidden } from './hidden.ts';
import { resolveLazyImages } from './lazy-images.ts';
import { markFormBlocks } from './form-marks.ts';
import { revealStreamedContent } from './streamed-content.ts';
import type { RemovalLog } from '../rules/removal-log.ts';
import type { ExtractOptions, RuleId } from '../types.ts';

function removeSelected(clone: Document, selectors: readonly string[], log: RemovalLog): void {
  for (const selector of selectors) {
    let matches: Element[];
    try {
      matches = Array.from(clone.body.querySelectorAll(selector));
    } catch {
      continue;
    }
    for (const element of matches) {
      if (!element.isConnected) continue;
      log.dropBeforeExtraction(element, 'site-selectors', `Matches this site's selector ${selector}`);
      element.remove();
    }
  }
}

/** The document a reading works on: `doc` itself when the caller gave it up (`consumeDocument`), else a copy. */
export function workingCopy(doc: Document, options: ExtractOptions): Document {
  return options.consumeDocument === true ? doc : (doc.cloneNode(true) as Document);
}

/**
 * Clones the document for Readability (which rewrites what it is given), unless the caller gave
 * it up (`consumeDocument`), and prepares it: streamed content in place, hidden elements out,
 * per-site selectors out, lazy images resolved, form fields marked. Addresses are made absolute
 * later, in the article alone (readability-pass.ts).
 */
export function prepareClone(
  doc: Document,
  options: ExtractOptions,
  disabled: ReadonlySet<RuleId>,
  log: RemovalLog,
): Document {
  const clone = workingCopy(doc, options);
  // Hidden elements first: their walk needs the copy in the page's own shape.
  if (options.isVisible && !disabled.has('hidden')) removeHidden(doc, clone, options.isVisible, log);
  revealStreamedContent(clone);
  if (options.removeSelectors?.length && !disabled.has('site-selectors')) {
    removeSelected(clone, options.removeSelectors, log);
  }
  resolveLazyImages(clone);
  markFormBlocks(clone);
  return clone;
}
