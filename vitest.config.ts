/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Modules under test see the site at the root whatever the shell sets; each test build is given its
// own address (tests/setup/run-build.ts).
delete process.env['ATLAS_SITE'];

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Built-site tests read the site that globalSetup builds once for the whole run.
    globalSetup: ['tests/setup/build-site.ts'],
    // Builds and browser sessions share the machine's two cores; one file at a time keeps them honest.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
