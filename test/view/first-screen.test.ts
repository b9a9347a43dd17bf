// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { afterFirstFrame, holdBackAfter } from '../../src/view/first-screen.ts';

function article(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('the first screenful before the rest', () => {
  it('holds back what follows the first characters, at every depth, and puts it back in place', () => {
    const html = '<div><h2>Head</h2><p>One <a href="#">two</a> three</p><section><p>Four</p><p>Five</p></section></div><p>Six</p>';
    const root = article(html);
    const putBack = holdBackAfter(root, 'HeadOne two'.length);
    expect(root.innerHTML).toBe('<div><h2>Head</h2><p>One <a href="#">two</a></p></div>');
    putBack();
    expect(root.innerHTML).toBe(html);
    putBack();
    expect(root.innerHTML).toBe(html);
  });

  it('keeps a short article whole', () => {
    const html = '<p>Short</p><p>story</p>';
    const root = article(html);
    holdBackAfter(root, 3000);
    expect(root.innerHTML).toBe(html);
  });

  it('goes on after the frame that shows the first screenful', async () => {
    const order: string[] = [];
    const done = new Promise<void>((resolve) => {
      afterFirstFrame(document, () => {
        order.push('rest');
        resolve();
      });
    });
    order.push('first');
    await done;
    expect(order).toEqual(['first', 'rest']);
  });
});
