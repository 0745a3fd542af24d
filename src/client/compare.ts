/**
 * The compare page's script. On /compare/ it shows the set named in the address
 * (`/compare/?countries=malaysia,indonesia`), read from the columns written at build time
 * (/compare/data/<kind>/<id>.json), and a form to change the set; on a prepared comparison it loads
 * only when the reader opens "Change the comparison". Choosing goes to the new set's address, so every
 * set can be shared and cited.
 */
import type { CompareColumn, CompareKind } from '../lib/views/compare.ts';
import { compareDataUrl, compareUrl } from '../lib/site/routes.ts';
import { compareTable } from './compare-view.ts';
import { html } from './html.ts';

/** What can be compared, and the rows of each kind (src/pages/compare/data/choices.json.ts). */
export interface Choices {
  min: number;
  max: number;
  kinds: { kind: CompareKind; label: string; rows: string[]; entries: { id: string; label: string }[] }[];
}

/** The set an address names: its kind and up to `max` ids, or undefined. */
export function chosenSet(search: string, choices: Choices): { kind: CompareKind; ids: string[] } | undefined {
  const params = new URLSearchParams(search);
  for (const { kind, entries } of choices.kinds) {
    const value = params.get(kind);
    if (value === null) continue;
    const known = new Set(entries.map((e) => e.id));
    const ids = [...new Set(value.split(',').map((id) => id.trim()))].filter((id) => known.has(id)).slice(0, choices.max);
    return { kind, ids };
  }
  return undefined;
}

const fetchJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
};

/** The form that chooses a kind and 2–4 of its entries, showing `set`. */
function chooser(form: HTMLFormElement, choices: Choices, set: { kind: CompareKind; ids: string[] }): void {
  const kindOf = (kind: string) => choices.kinds.find((k) => k.kind === kind) ?? choices.kinds[0]!;
  const render = (kind: CompareKind, ids: readonly string[]) => {
    const { entries } = kindOf(kind);
    const kinds = choices.kinds.map((k) => html`<option value="${k.kind}"${k.kind === kind ? html` selected` : ''}>${k.label}</option>`);
    const selects = Array.from({ length: choices.max }, (_, i) => {
      const options = entries.map((e) => html`<option value="${e.id}"${ids[i] === e.id ? html` selected` : ''}>${e.label}</option>`);
      return html`<label>Entry ${i + 1}${i >= choices.min ? ' (optional)' : ''} <select name="entry"${i < choices.min ? html` required` : ''}><option value="">—</option>${options}</select></label> `;
    });
    form.innerHTML =
      html`<label>Compare <select name="kind">${kinds}</select></label> ${selects}<button type="submit">Compare</button>`.markup;
  };
  render(set.kind, set.ids);
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.name === 'kind') render(target.value as CompareKind, []);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const ids = [...new Set(data.getAll('entry').map(String).filter(Boolean))];
    if (ids.length < choices.min) return;
    location.assign(compareUrl(String(data.get('kind')), ids));
  });
}

/** Mounts the form on `element` (a prepared page's "Change the comparison"), showing that page's set. */
export async function mount(element: HTMLElement): Promise<void> {
  const choices = await fetchJson<Choices>(compareDataUrl());
  const form = element.querySelector('form') ?? element.appendChild(document.createElement('form'));
  const kind = (element.dataset['kind'] ?? 'countries') as CompareKind;
  chooser(form, choices, { kind, ids: (element.dataset['ids'] ?? '').split(',').filter(Boolean) });
}

/** The compare page: the set its address names, and the form. */
async function comparePage(app: HTMLElement): Promise<void> {
  const status = app.querySelector<HTMLElement>('[role="status"]');
  const result = app.querySelector<HTMLElement>('#compare-result');
  const form = app.querySelector('form');
  if (!status || !result || !form) return;
  const choices = await fetchJson<Choices>(compareDataUrl());
  const set = chosenSet(location.search, choices);
  chooser(form, choices, set ?? { kind: 'countries', ids: [] });
  if (!set) return;
  if (set.ids.length < choices.min) {
    status.textContent = `Choose at least ${choices.min} entries the Atlas has: the address names ${set.ids.length}.`;
    return;
  }
  const kind = choices.kinds.find((k) => k.kind === set.kind)!;
  const columns = await Promise.all(set.ids.map((id) => fetchJson<CompareColumn>(compareDataUrl(set.kind, id))));
  const names = columns.map((c) => c.label).join(', ');
  result.innerHTML = compareTable(`${kind.label} compared: ${names}`, kind.rows, columns).markup;
  status.textContent = `Showing ${columns.length} ${kind.label.toLowerCase()}: ${names}.`;
  document.title = `Compare ${names} · Sovereign AI Atlas`;
}

const app = document.getElementById('compare-app');
if (app) void comparePage(app);
