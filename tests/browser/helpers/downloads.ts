/** Catching the files a widget offers for download, without a download prompt. */
import { waitUntil } from '@open-wc/testing';

export interface CaughtDownload {
  href: string;
  download: string;
  text: string;
}

/**
 * Presses every "Add to calendar" in `el` and returns the files it made. The
 * widget starts a download by clicking a temporary anchor once its iCalendar
 * writer has loaded (on the first press): an own `click` on the anchor
 * prototype shadows HTMLElement's until every button has made its file, and
 * deleting it restores the real one.
 */
export async function pressAddToCalendar(el: Element): Promise<CaughtDownload[]> {
  const started: { href: string; download: string }[] = [];
  Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
    configurable: true,
    writable: true,
    value(this: HTMLAnchorElement) {
      started.push({ href: this.href, download: this.download });
    },
  });
  try {
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=add-to-calendar]');
    for (const button of buttons) button.click();
    await waitUntil(
      () => started.length >= buttons.length,
      `${started.length} of ${buttons.length} "Add to calendar" files were made`,
      { timeout: 5000 },
    );
  } finally {
    delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
  }
  return Promise.all(
    started.map(async (file) => ({ ...file, text: await (await fetch(file.href)).text() })),
  );
}
