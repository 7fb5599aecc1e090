import { html, Html } from '../html';

/** A table's column headers, one `<th scope="col">` per name, in order. */
export function columnHeads(names: string[]): Html {
  return html`${names.map((name) => html`<th scope="col">${name}</th>`)}`;
}
