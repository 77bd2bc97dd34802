import { describe, expect, it } from 'vitest';
import { relinkEntries } from '../../src/lib/render/relink.ts';

const where = new Map([['rivers/flood-plan', 'themes/rivers/3/#flood-plan']]);
const locate = (id: string) => where.get(id);

describe('relinkEntries', () => {
  it('points a link to an entry at the page it is on now, under the base path', () => {
    expect(relinkEntries('<a href="/pr-42/themes/rivers/#flood-plan">plan</a>', '/pr-42/', locate)).toBe(
      '<a href="/pr-42/themes/rivers/3/#flood-plan">plan</a>',
    );
  });

  it('leaves links to unknown entries, theme pages and other sites alone', () => {
    const html =
      '<a href="/pr-42/themes/rivers/#nothing">x</a> <a href="/pr-42/themes/rivers/">y</a> <a href="https://example.org/themes/rivers/#flood-plan">z</a>';
    expect(relinkEntries(html, '/pr-42/', locate)).toBe(html);
  });
});
