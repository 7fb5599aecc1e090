/** Every law family: what it means, how many jurisdictions, laws and designations, and who used one first. */
import type { LawFamilySummary } from '../../services/law-families';
import { html, Html } from '../html';
import { formatCount } from './labels';
import { useText } from './law-family-page';
import { page } from './layout';
import { columnHeads } from './table-heads';

/** What following a family across borders shows. */
const SPREAD = 'who used one first, who followed, and when';

export function lawFamiliesPage(families: LawFamilySummary[]): Html {
  return page({
    title: 'Law families',
    section: 'law-families',
    body: html`<h1>Law families</h1>
<p class="lede">Restrictive laws travel: a "foreign agent" law passed in one country is soon copied in another. Each law in the
  record belongs to one family, so the spread of a kind of law can be followed across borders: ${SPREAD}.</p>
<table class="designations law-families">
  <caption>Law families, with their first use: the earliest state act under one of their laws</caption>
  <thead><tr>${columnHeads(['Family', 'What puts a law in it', 'Jurisdictions', 'Laws', 'Designations', 'First use'])}</tr></thead>
  <tbody>${families.map(
    (family) => html`<tr>
    <th scope="row" data-label="Family"><a href="/law-families/${family.family}">${family.label}</a></th>
    <td data-label="Definition">${family.definition}</td>
    <td data-label="Jurisdictions" class="number">${formatCount(family.jurisdiction_count)}</td>
    <td data-label="Laws" class="number">${formatCount(family.law_count)}</td>
    <td data-label="Designations" class="number">${formatCount(family.designation_count)}</td>
    <td data-label="First use">${useText(family.first_use)}${family.first_use && html`, ${family.first_use.jurisdiction.name}`}</td>
  </tr>`,
  )}</tbody>
</table>`,
  });
}
