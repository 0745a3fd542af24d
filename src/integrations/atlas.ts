/**
 * Runs the content check before Astro loads any content. Astro reports unknown references only as
 * log lines and drops duplicate ids silently, so the build must stop here, with one line per problem.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, contentDir, formatReport } from '../lib/content-check.ts';

export default function atlas(): AstroIntegration {
  return {
    name: 'sovereign-ai-atlas',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems, entries } = checkContent(contentDir());
        if (problems.length === 0) {
          logger.info(`content check passed: ${entries.length} entries`);
          return;
        }
        console.error(formatReport(problems));
        // A dev server keeps running so the author can fix the file; a build must not go on.
        if (command === 'build') process.exit(1);
      },
    },
  };
}
