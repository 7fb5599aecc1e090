/** The coverage page: per jurisdiction and measure, what the record holds beside the sourced known totals. */
import { countInWords, shareInWords } from '../../domain/coverage-comparison';
import type {
  CoverageReport,
  JurisdictionCoverage,
  KnownTotalComparison,
  MeasureCoverage,
} from '../../services/coverage';
import { html, Html } from '../html';
import { countOf, dateSpan, formatCount, vocabularyLabel } from './labels';
import { jurisdictionLink, sourceLink } from './links';
import { page } from './layout';
import { columnHeads } from './table-heads';
import { dateTime } from './time-element';

/** The share in words, or a dash where nothing compares. */
function shareText(total: KnownTotalComparison): string {
  return total.held === null ? '—' : shareInWords(total.held, total.count, total.count_kind);
}

function sources(total: KnownTotalComparison): Html {
  const [first, ...more] = total.source.urls;
  return html`${sourceLink({ url: first, publisher: total.source.publisher, title: null })}${more.map(
    (url, index) => html`, ${sourceLink({ url, publisher: `source ${index + 2}`, title: null })}`,
  )}`;
}

function measuresTable(jurisdiction: JurisdictionCoverage): Html {
  return html`<table class="coverage numbers">
  <caption>Designations held in ${jurisdiction.jurisdiction.name}, by measure</caption>
  <thead><tr>${columnHeads(['Measure', 'Held', 'Active', 'Ended', 'First and latest', 'Known totals'])}</tr></thead>
  <tbody>${jurisdiction.measures.map(
    (measure) => html`<tr>
    <th scope="row" data-label="Measure">${vocabularyLabel(measure.measure)}</th>
    <td data-label="Held">${formatCount(measure.designations)}</td>
    <td data-label="Active">${formatCount(measure.active)}</td>
    <td data-label="Ended">${formatCount(measure.ended)}</td>
    <td data-label="First and latest">${dateSpan(measure.first_decided_on, measure.latest_decided_on) || '—'}</td>
    <td data-label="Known totals">${formatCount(measure.known_totals.length)}</td>
  </tr>`,
  )}</tbody>
</table>`;
}

/** The designations held on a known total's date, or why none compare. */
function heldThen(total: KnownTotalComparison): Html {
  return total.held === null
    ? html`<span class="muted">not comparable</span>`
    : html`${formatCount(total.held)} <span class="muted">(${total.compared_with?.description})</span>`;
}

function knownTotalsTable(jurisdiction: JurisdictionCoverage, measure: MeasureCoverage): Html {
  const measureName = vocabularyLabel(measure.measure);
  const held = countOf(measure.designations, 'designation');
  const heads = ['What the source counted', 'Known total', 'As of', 'Held then', 'Share', 'Source'];
  return html`<table class="coverage">
  <caption>${measureName} in ${jurisdiction.jurisdiction.name}: ${held} held; known totals</caption>
  <thead><tr>${columnHeads(heads)}</tr></thead>
  <tbody>${measure.known_totals.map(
    (total) => html`<tr>
    <td data-label="Counted">${total.scope}${total.notes && html`<br><span class="muted">${total.notes}</span>`}</td>
    <td data-label="Known total" class="number">${countInWords(total.count, total.count_kind)}</td>
    <td data-label="As of">${dateTime(total.as_of)}</td>
    <td data-label="Held then" class="number">${heldThen(total)}</td>
    <td data-label="Share" class="number">${shareText(total)}</td>
    <td data-label="Source">${sources(total)} <span class="muted">(${total.confidence} confidence)</span></td>
  </tr>`,
  )}</tbody>
</table>`;
}

type CollectiveAction = JurisdictionCoverage['collective_actions'][number];

function collectiveActionItem(action: CollectiveAction, index: number): Html {
  return html`${index > 0 && '; '}${vocabularyLabel(action.measure)}, ${action.decided_on}: ${action.description}`;
}

function jurisdictionSection(jurisdiction: JurisdictionCoverage): Html {
  const { code } = jurisdiction.jurisdiction;
  const held = countOf(jurisdiction.designations, 'designation');
  const withTotals = jurisdiction.measures.filter((measure) => measure.known_totals.length > 0);
  const affected = jurisdiction.collective_actions.reduce(
    (sum, action) => sum + (action.organizations_affected ?? 0),
    0,
  );
  return html`<section aria-labelledby="coverage-${code}" class="coverage-jurisdiction">
  <h2 id="coverage-${code}" tabindex="-1">${jurisdictionLink(jurisdiction.jurisdiction)} <span class="muted">(${code})</span></h2>
  <p>${held} held (${formatCount(jurisdiction.active)} active, ${formatCount(jurisdiction.ended)} ended)${
    jurisdiction.designations > 0 &&
    html`, decided ${dateSpan(jurisdiction.first_decided_on, jurisdiction.latest_decided_on)}`
  }; ${jurisdiction.known_total_count === 0 ? 'no sourced total yet' : countOf(jurisdiction.known_total_count, 'known total')}.</p>
  <div class="table-wrap">${measuresTable(jurisdiction)}</div>
  ${withTotals.map((measure) => html`<div class="table-wrap">${knownTotalsTable(jurisdiction, measure)}</div>`)}
  ${
    jurisdiction.collective_actions.length > 0 &&
    html`<p>Besides, ${countOf(jurisdiction.collective_actions.length, 'action')} against many organizations at once
    (${formatCount(affected)} organizations in all, as reported), which name no single organization and are not counted as designations:
    ${jurisdiction.collective_actions.map(collectiveActionItem)}.</p>`
  }
</section>`;
}

export function coveragePage(report: CoverageReport): Html {
  return page({
    title: 'Coverage',
    section: 'coverage',
    body: html`<h1>How complete is the record?</h1>
<p class="lede">For each jurisdiction and measure: the designations this record holds, and beside them the counts that
  registers, governments and monitors have published (known totals), each with its source.</p>
<p><strong>Share</strong> is the number of designations held that compare with a known total, divided by that total:
  the designations decided up to its date for a count of everything ever entered, those in force on its date for a count of
  what a list held then, those decided in its year for a count of one year's additions. A total of “at least” N gives a share of
  <em>at most</em> that much, since the true total may be larger. A share above 100% means the record holds more than the source
  counted: sources count differently (the scope says what each counted, and it is often narrower or wider than one measure).
  Counts of exclusions or of a single act compare with nothing here: they show their count and no share.
  Active and ended are counted on ${report.status_on}. The same figures: <a href="/api/v1/coverage">/api/v1/coverage</a>.</p>
${
  report.items.length === 0
    ? html`<p>Nothing is recorded for these jurisdictions, and no total is known.</p>`
    : html`<nav aria-label="Jurisdictions"><ul class="plain">${report.items.map(
        (item) => html`<li><a href="#coverage-${item.jurisdiction.code}">${item.jurisdiction.name}</a></li>`,
      )}</ul></nav>
${report.items.map(jurisdictionSection)}`
}`,
  });
}
