/**
 * The list under the header search box, as an ARIA combobox: the box keeps the focus while
 * aria-activedescendant names the active option, so the reader can go on typing.
 */
import { element } from './render.ts';

export class Combobox {
  readonly #input: HTMLInputElement;
  readonly #listbox = element('ul', {
    id: 'site-search-options',
    role: 'listbox',
    class: 'search-options',
    'aria-label': 'Suggestions and results',
  });
  readonly #status = element('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  readonly #panel = element('div', { class: 'search-panel', hidden: '' }, this.#listbox);
  #active = -1;
  /** Escape closed the list: results still arriving for the query fill it, but do not open it again. */
  dismissed = false;

  constructor(form: HTMLFormElement, input: HTMLInputElement) {
    this.#input = input;
    form.append(this.#panel, this.#status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.#listbox.id);
    input.setAttribute('aria-expanded', 'false');
  }

  get isOpen(): boolean {
    return !this.#panel.hidden;
  }

  options(): HTMLLIElement[] {
    return [...this.#listbox.querySelectorAll<HTMLLIElement>('[role="option"]')];
  }

  open(): void {
    this.#panel.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
  }

  close(): void {
    this.#panel.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#deselect();
  }

  clear(): void {
    this.close();
    this.#listbox.replaceChildren();
  }

  /** Replaces the options; results arriving after the reader has moved to an option keep that option active. */
  show(markup: string, status: string): void {
    const keep = this.#activeLink()?.getAttribute('href');
    this.#status.textContent = status;
    this.#listbox.innerHTML = markup;
    this.#deselect();
    if (keep) {
      const again = this.options().findIndex((o) => o.querySelector('a')?.getAttribute('href') === keep);
      if (again >= 0) this.#activate(again);
    }
    if (this.options().length > 0 && !this.dismissed) this.open();
  }

  /** Arrows open the list or move through it, Enter opens the active option, Escape closes the list (or leaves the box). */
  onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!this.isOpen) {
        if (this.#input.value.trim() !== '' && this.options().length > 0) {
          event.preventDefault();
          this.dismissed = false;
          this.open();
        }
        return;
      }
      event.preventDefault();
      this.#activate(this.#active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && this.isOpen) {
      const link = this.#activeLink();
      if (!link) return;
      event.preventDefault();
      window.location.assign(link.href);
    } else if (event.key === 'Escape') {
      if (this.isOpen) {
        event.preventDefault();
        this.dismissed = true;
        this.close();
      } else {
        this.#input.blur();
      }
    }
  }

  #activeLink(): HTMLAnchorElement | undefined {
    return this.#active >= 0 ? (this.options()[this.#active]?.querySelector('a') ?? undefined) : undefined;
  }

  #deselect(): void {
    for (const option of this.options()) option.setAttribute('aria-selected', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    this.#active = -1;
  }

  #activate(index: number): void {
    const all = this.options();
    if (all.length === 0) return;
    this.#active = (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === this.#active)));
    const current = all[this.#active];
    if (current) {
      this.#input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    }
  }
}
