/**
 * "Cite this", once the reader opens it: the accessed date in every citation becomes today, and each
 * citation gets a copy button. A styled citation is copied both as rich text (so a word processor keeps
 * its italics) and as plain text; a BibTeX, RIS or CSL-JSON record as plain text. Without JavaScript the
 * citations are all there, dated the day the page was built.
 */
import { ACCESSED_FORMATS, accessedText, type AccessedFormat } from '../lib/cite/dates.ts';

function today(): [number, number, number] {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
}

/** What the clipboard receives for one citation block. */
export function clipboardData(block: HTMLElement): Record<string, string> {
  const plain = block.innerText.trim();
  if (block.tagName === 'PRE') return { 'text/plain': plain };
  return { 'text/html': block.innerHTML.trim(), 'text/plain': plain };
}

async function copy(block: HTMLElement): Promise<void> {
  const data = clipboardData(block);
  if (data['text/html'] && typeof ClipboardItem !== 'undefined') {
    const item = new ClipboardItem(Object.fromEntries(Object.entries(data).map(([type, text]) => [type, new Blob([text], { type })])));
    await navigator.clipboard.write([item]);
  } else {
    await navigator.clipboard.writeText(data['text/plain'] ?? '');
  }
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
        await copy(block);
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Select and copy the text';
      }
    });
    block.before(button);
  }
}
