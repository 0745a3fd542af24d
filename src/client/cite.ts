/**
 * "Cite this", once the reader opens it: the accessed date in every citation becomes today, and each
 * citation gets a copy button. Without JavaScript the citations are all there, dated the day the page was built.
 */
import { ACCESSED_FORMATS, accessedText, type AccessedFormat } from '../lib/cite-dates.ts';

function today(): [number, number, number] {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
}

export function mount(root: HTMLElement): void {
  if (root.dataset['mounted']) return;
  root.dataset['mounted'] = 'true';
  const day = today();
  for (const span of root.querySelectorAll<HTMLElement>('[data-accessed]')) {
    const format = ACCESSED_FORMATS.find((f) => f === span.dataset['accessed']) as AccessedFormat | undefined;
    if (format) span.textContent = accessedText(format, day);
  }
  for (const block of root.querySelectorAll<HTMLElement>('[data-citation]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', `Copy the ${block.dataset['citation'] ?? ''} citation`);
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(block.innerText.trim());
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Select and copy the text';
      }
    });
    block.before(button);
  }
}
