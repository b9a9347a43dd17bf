import { describe, expect, it } from 'vitest';
import { handoffIdFrom, loadHandoff, saveHandoff } from '../../src/shared/reader-handoff.ts';
import { sampleArticle } from '../view/sample.ts';
import { FakeStorage } from './fake-storage.ts';

describe('reader hand-off', () => {
  it('hands an article and its restored blocks to the reader tab', async () => {
    const session = new FakeStorage().local;
    const id = await saveHandoff(session, sampleArticle(), [0], 'abcdef123456');
    expect(handoffIdFrom(`?id=${id}`)).toBe(id);
    expect(await loadHandoff(session, id)).toMatchObject({ article: { title: 'A title' }, restored: [0] });
  });

  it('refuses bad ids and damaged entries', async () => {
    const session = new FakeStorage().local;
    expect(handoffIdFrom('?id=../../x')).toBeNull();
    await session.set({ 'reader:abcdef123456': { article: { title: 1 }, restored: [], savedAt: 1 } });
    expect(await loadHandoff(session, 'abcdef123456')).toBeNull();
  });

  it('keeps only the latest twenty', async () => {
    const session = new FakeStorage().local;
    for (let i = 0; i < 25; i++) await saveHandoff(session, sampleArticle(), [], `id-${String(i).padStart(8, '0')}`, i);
    expect(session.data.size).toBe(20);
    expect(await loadHandoff(session, 'id-00000024')).not.toBeNull();
    expect(await loadHandoff(session, 'id-00000000')).toBeNull();
  });
});

describe('reader hand-off when session storage is full', () => {
  it('drops the older articles and stores the new one', async () => {
    const session = new FakeStorage(Infinity, 3000).sync;
    await saveHandoff(session, sampleArticle(), [], 'old-00000001', 1);
    await saveHandoff(session, sampleArticle({ html: `<p>${'x'.repeat(2000)}</p>` }), [], 'new-00000002', 2);
    expect([...session.data.keys()]).toEqual(['reader:new-00000002']);
  });
});
