// Measures search cost on a built site: node scripts/measure-search.ts [siteDir] [query ...]
// The site is served at the root of 127.0.0.1, so it must be a build for an address at the root of a
// domain (`npm start`'s http://localhost:4321/, or the benchmark's), not one under a path.
import { resolve } from 'node:path';
import { measurePagefindAlone, measureSearch } from './search-timing.ts';

const [dirArg, ...queryArgs] = process.argv.slice(2);
const queries = queryArgs.length > 0 ? queryArgs : ['nvidia', 'sovereign cloud', 'export licence', 'Winter-Levy', 'Huawei Ascend'];
const dir = resolve(dirArg ?? 'dist');
const { rows, summary } = await measureSearch(dir, queries);
console.table(rows);
console.log(JSON.stringify(summary, null, 2));
console.log('Pagefind alone, same queries on a bare page:', JSON.stringify((await measurePagefindAlone(dir, queries)).summary, null, 2));
