import type { APIContext } from 'astro';
import { absoluteUrl, homeUrl, sitemapUrl } from '../lib/site/routes.ts';

export function GET(context: APIContext) {
  const site = context.site ?? context.url;
  return new Response(`User-agent: *\nAllow: ${homeUrl()}\nSitemap: ${absoluteUrl(sitemapUrl(), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
