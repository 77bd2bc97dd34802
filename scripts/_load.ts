import { loadCollection } from '../src/lib/content-tree.ts';
import { entrySchema, sourceSchema, themeSchema } from '../src/lib/schema.ts';
import { checkContent } from '../src/lib/check.ts';
const root = process.argv[2]!;
for (let r = 0; r < 2; r++) {
  let s = performance.now(); const lap = (n: string) => { const t = performance.now(); console.log(n, (t - s).toFixed(0)); s = t; };
  loadCollection(root, 'themes', themeSchema, []); lap('themes');
  loadCollection(root, 'sources', sourceSchema, []); lap('sources');
  loadCollection(root, 'entries', entrySchema, []); lap('entries');
  checkContent(root); lap('checkContent');
}
