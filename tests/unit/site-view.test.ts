import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-files/content-tree.ts';
import { forSite, siteEntrySchema, siteSourceSchema } from '../../src/lib/model/schema.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { FIXTURE_ROOT } from '../helpers/fixture-site.ts';

// The content store holds `forSite` of each source and entry; the collections'
// types come from the site schemas. They must describe the same thing.
describe.each([
  ['the site', projectRoot],
  ['the fixture site', FIXTURE_ROOT],
])('the site view of %s', (_name, root) => {
  const tree = loadContent(root);

  it('leaves out the bookkeeping and the paragraph texts, and matches the site schemas exactly', () => {
    expect(tree.problems).toEqual([]);
    for (const source of tree.sources) {
      const view = forSite(source.data);
      expect(siteSourceSchema.parse(view)).toEqual(view);
      expect(view).not.toHaveProperty('derived');
      // Paragraph texts live in the render cache; the store keeps the ids, in order, and the body shown where further reading was split off.
      expect(view.paragraphs).toEqual(source.data.paragraphs.map((p) => ({ id: p.id, ...(p.body !== undefined && { body: p.body }) })));
    }
    for (const entry of tree.entries) {
      const view = forSite(entry.data);
      expect(siteEntrySchema.parse(view)).toEqual(view);
      expect(view).not.toHaveProperty('cited');
      expect(view).toMatchObject({ title: entry.data.title, theme: entry.data.theme, corrections: entry.data.corrections });
    }
  });

  it('is rejected by the strict site schema if bookkeeping slips through', () => {
    const entry = tree.entries[0]!.data;
    expect(() => siteEntrySchema.parse({ ...forSite(entry), cited: entry.cited })).toThrow();
  });
});
