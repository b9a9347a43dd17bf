/**
 * The steps from the popup's start to the article on screen, marked with the User Timing API
 * (`plainpage:<step>`), so `npm run bench:browser` can say where the time goes (`opening`: a large
 * page's opening arrived, read before the rest; parse and core count the last reading). Marks cost
 * nothing the reader would notice and send nothing anywhere.
 */
export const STEPS = ['script', 'tab', 'code', 'settings', 'opening', 'copy', 'parse', 'core', 'shown'] as const;

export type Step = (typeof STEPS)[number];

export function markStep(step: Step): void {
  performance.mark(`plainpage:${step}`);
}
