/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

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
