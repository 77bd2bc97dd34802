import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const page = (path: string) => readFileSync(join(inject('distDir'), path), 'utf8');

describe('the built site from the real content', () => {
  it('has a home page with the title, the lead and every theme question', () => {
    const html = page('index.html');
    expect(html).toContain('<h1>Mayor commits to ending federal immigration enforcement cooperation and detention</h1>');
    expect(html).toContain('has committed his administration to abolishing Immigration and Customs Enforcement cooperation');
    for (const question of ['What is the city refusing to do?', 'How could the federal government respond?', 'Who is on the city&#39;s side?', 'What can&#39;t the city do?']) {
      expect(html).toContain(question);
    }
  });
});
