import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/site-builds.ts';
import { RIVER_TOWN } from '../helpers/sites.ts';

const { dist: out } = await builtSite(RIVER_TOWN);

// Another article with other themes must build another explainer: nothing
// in the code may know the project's own topic.
describe('a site built from a small fixture article with its own themes', () => {
  const page = (path: string) => readFileSync(join(out, path), 'utf8');

  it('has a home page with the article title, the lead and both theme questions', () => {
    const html = page('index.html');
    expect(html).toContain('River town braces for spring floods');
    expect(html).toContain('The council declared a flood emergency on Monday');
    expect(html).toContain('Where will the water go?');
    expect(html).toContain('Who pays?');
    expect(html).not.toMatch(/immigra|sanctuary/i);
  });

  it('puts both paragraphs of a multi-paragraph section in one entry, with a permalink and source links', () => {
    const html = page('themes/water/index.html');
    expect(html).toContain('<h1>Where will the water go?</h1>');
    expect(html).toContain('id="where-the-water-goes"');
    expect(html).toContain('Engineers said the new levee would divert water toward farmland east of town.');
    expect(html).toContain('union said it had not been consulted about the levee plan.');
    // Both paragraphs in one compact citation, linked to the first, named in full.
    expect(html).toContain(
      '<a href="/sources/river-town-floods/#p2"><span aria-hidden="true">Source ¶2–3</span><span class="vh">Source, paragraphs 2 to 3</span></a>',
    );
  });

  it('assigns the question-mark heading to its theme', () => {
    const html = page('themes/money/index.html');
    expect(html).toContain('id="who-pays-for-the-levee"');
    expect(html).toContain('The levee will cost 4 million');
  });

  it('shows the source verbatim with an anchor on every paragraph', () => {
    const html = page('sources/river-town-floods/index.html');
    for (const id of ['p1', 'p2', 'p3', 'p4']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('according to the council');
    expect(page('index.html')).toContain('The Valley Courier');
  });
});
