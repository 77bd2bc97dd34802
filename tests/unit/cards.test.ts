import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCard, cardKey } from '../../src/lib/render/cards/card-cache.ts';
import { CARD_SIZE } from '../../src/lib/render/cards/card-layout.ts';
import { renderCard } from '../../src/lib/render/cards/card-render.ts';

/** Width and height from a PNG's header (the IHDR chunk). */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const isPng = (png: Buffer) => png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

const QUESTION = { title: 'Can the city refuse to hold people for federal agents?', kicker: 'The mayor’s pledge', site: 'City Explainer' };

describe('a social card', () => {
  it('is a 1200 × 630 PNG of at most 100 KB, even with the longest question', async () => {
    const long = { ...QUESTION, title: `${'Why would a city council, a state legislature and a federal agency disagree '.repeat(3)}?` };
    for (const text of [QUESTION, long]) {
      const { png, plain } = await renderCard(text);
      expect(isPng(png)).toBe(true);
      expect(pngSize(png)).toEqual(CARD_SIZE);
      expect(png.length).toBeLessThanOrEqual(100 * 1024);
      expect(plain).toBe(false);
    }
  });

  it('falls back to a plain card with the site’s name for a script the font lacks (Arabic, Chinese), never a broken one', async () => {
    for (const title of ['هل يمكن للمدينة أن ترفض؟', '城市可以拒绝联邦移民机构吗？']) {
      const { png, plain } = await renderCard({ ...QUESTION, title });
      expect(plain).toBe(true);
      expect(pngSize(png)).toEqual(CARD_SIZE);
    }
    // A site whose name the font cannot set either still gets a card: the bare frame.
    const bare = await renderCard({ title: '城市', site: '城市解释' });
    expect(bare.plain).toBe(true);
    expect(pngSize(bare.png)).toEqual(CARD_SIZE);
  });

  it('sets Latin with accents, Greek and Cyrillic', async () => {
    for (const title of ['¿Puede la ciudad negarse a retener a personas?', 'Μπορεί η πόλη να αρνηθεί;', 'Может ли город отказаться?'])
      expect((await renderCard({ ...QUESTION, title })).plain).toBe(false);
  });
});

describe('the card cache', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cards-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is keyed by the text: any change of words is another card', () => {
    expect(cardKey(QUESTION)).toBe(cardKey({ ...QUESTION }));
    expect(cardKey({ ...QUESTION, title: `${QUESTION.title} ` })).not.toBe(cardKey(QUESTION));
    expect(cardKey({ ...QUESTION, site: 'Another' })).not.toBe(cardKey(QUESTION));
  });

  it('renders a card once and then reads it from the folder', async () => {
    const text = { ...QUESTION, title: 'Who pays for the library on Sundays?' };
    const first = await cachedCard(folder, text);
    expect(readdirSync(folder)).toEqual([`${cardKey(text)}.png`]);
    expect(pngSize(first)).toEqual(CARD_SIZE);
    // What the folder holds under a card's key is what the next build uses, unrendered.
    const other = { ...QUESTION, title: 'When does the library open?' };
    writeFileSync(join(folder, `${cardKey(other)}.png`), 'kept');
    expect((await cachedCard(folder, other)).toString()).toBe('kept');
  });
});
