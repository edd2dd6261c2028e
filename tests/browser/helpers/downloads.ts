/** Catching the files a widget offers for download, without a download prompt. */

export interface CaughtDownload {
  href: string;
  download: string;
  text: string;
}

/**
 * Presses every "Add to calendar" in `el` and returns the files it made. The
 * widget starts a download by clicking a temporary anchor: an own `click` on
 * the anchor prototype shadows HTMLElement's while the buttons are pressed,
 * and deleting it restores the real one.
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
    for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>(
      '[part~=add-to-calendar]',
    )) {
      button.click();
    }
  } finally {
    delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
  }
  return Promise.all(
    started.map(async (file) => ({ ...file, text: await (await fetch(file.href)).text() })),
  );
}
