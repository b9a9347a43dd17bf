/**
 * Preloaded into a CLI run (`node --import`) by the --debug test: Readability throws on every
 * page, as it would on a page the core cannot read.
 */
import { Readability } from '@mozilla/readability';

Readability.prototype.parse = () => {
  throw new TypeError('Readability cannot read this page');
};
