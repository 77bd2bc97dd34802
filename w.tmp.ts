import { readdirSync } from 'node:fs';
import { isBudgetedPage, pageWeight } from './src/lib/tooling/page-weight.ts';
const dir = process.argv[2]!;
const pages = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((p) => p.endsWith('.html') && isBudgetedPage(p));
const w = pages.map((p) => [p, pageWeight(dir, p).total] as const).sort((a, b) => b[1] - a[1]);
console.log(pages.length, 'budgeted pages'); for (const [p, t] of w.slice(0, 6)) console.log(t, p);
