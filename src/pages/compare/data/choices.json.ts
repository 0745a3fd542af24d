/** What the compare page's script can show: each kind's rows and entries, and how many may be compared. */
import type { APIRoute } from 'astro';
import { compareKinds } from '../../../data/compare.ts';
import { COMPARE_MAX, COMPARE_MIN } from '../../../lib/views/compare.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ min: COMPARE_MIN, max: COMPARE_MAX, kinds: compareKinds }), {
    headers: { 'Content-Type': 'application/json' },
  });
