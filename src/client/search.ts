/**
 * The Atlas's search client, loaded only when a reader asks for search: by focusing the header box,
 * pressing "/", or opening the search page (which mounts itself).
 */
import { mountHeaderSearch } from './header.ts';
import { mountSearchPage } from './page.ts';

export { mountHeaderSearch };
export { rankedUrls } from './ranked.ts';

/** Called by the layout's loader when the reader first focuses the header search box. */
export function mount(form: HTMLFormElement): void {
  mountHeaderSearch(form);
}

const app = document.getElementById('search-app');
if (app) mountSearchPage(app);
