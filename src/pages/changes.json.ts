/** changes.json: every change to the Atlas, newest first, as data. */
import type { APIContext } from 'astro';
import { changes } from '../data/site-atlas.ts';
import { changesJson } from '../lib/views/changes.ts';

export function GET(context: APIContext) {
  const site = (context.site ?? context.url).href;
  return new Response(`${JSON.stringify({ changes: changesJson(changes, site) }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
