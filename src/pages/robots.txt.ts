import type { APIContext } from 'astro';
import { absoluteUrl } from '../lib/routes.ts';

export function GET(context: APIContext) {
  const site = context.site ?? context.url;
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
