/**
 * The steps from the popup's start to the article on screen, marked with the User Timing API
 * (`plainpage:<step>`), so `npm run bench:browser` can say where the time goes. Marks cost
 * nothing the reader would notice and send nothing anywhere.
 */
export const STEPS = ['script', 'tab', 'code', 'settings', 'copy', 'parse', 'core', 'shown'] as const;

export type Step = (typeof STEPS)[number];

export function markStep(step: Step): void {
  performance.mark(`plainpage:${step}`);
}
