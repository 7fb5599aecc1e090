import { html, Html } from '../html';

/** A date as a `<time>` element, machine-readable in its attribute and shown as written. */
export function dateTime(date: string): Html {
  return html`<time datetime="${date}">${date}</time>`;
}
