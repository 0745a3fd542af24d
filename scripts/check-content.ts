// Validates every content file and the cross-link graph; exits 1 with one line per problem.
import { checkContent, contentDir, formatReport } from '../src/lib/content/check.ts';

const dir = contentDir();
const { problems, entries } = checkContent(dir);
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Content check passed: ${entries.length} entries in ${dir}.`);
