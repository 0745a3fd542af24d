// Measures search cost on a built site: node scripts/measure-search.ts [siteDir] [query ...]
import { resolve } from 'node:path';
import { measureSearch } from './search-timing.ts';

const [dirArg, ...queryArgs] = process.argv.slice(2);
const queries = queryArgs.length > 0 ? queryArgs : ['nvidia', 'sovereign cloud', 'export licence', 'Winter-Levy', 'Huawei Ascend'];
const { rows, summary } = await measureSearch(resolve(dirArg ?? 'dist'), queries);
console.table(rows);
console.log(JSON.stringify(summary, null, 2));
