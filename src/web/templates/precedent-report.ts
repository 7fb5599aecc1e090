/** A precedent report for a person on deadline: the answer in brief first, then each precedent in one sentence with its sources. */
import type { PrecedentKind } from '../../domain/precedents/precedent-kinds';
import type { Designation } from '../../domain/designation';
import type { Precedent, PrecedentReport } from '../../services/precedents/find-precedents';
import { withQuery, QueryValues } from '../form-query';
import { html, Html } from '../html';
import { countOf, formatCount, vocabularyLabel } from './labels';
import { jurisdictionLink, lawLink, organizationLink, sourceLink } from './links';
import { dateTime } from './time-element';

const KIND_LABELS: Record<PrecedentKind, string> = {
  same_organization: 'Same organization',
  same_family: 'Same family',
  law_first_uses: 'First uses of the law',
  peer_organization: 'Peer organization',
  similar_reasons: 'Similar stated reasons',
  same_day: 'Same day',
  same_law_family: 'Same law family elsewhere',
};

/** "36 peer organizations": how many precedents of a kind, in words. */
const KIND_COUNTS: Record<PrecedentKind, (count: number) => string> = {
  same_organization: (count) => `${countOf(count, 'action')} against the same organization`,
  same_family: (count) => `${countOf(count, 'action')} against its family`,
  law_first_uses: (count) => countOf(count, 'first use', 'first uses') + ' of the law',
  peer_organization: (count) => countOf(count, 'peer organization'),
  similar_reasons: (count) => `${countOf(count, 'case')} with similar stated reasons`,
  same_day: (count) => `${countOf(count, 'action')} on the same day`,
  same_law_family: (count) => `${countOf(count, 'first use')} of laws of the same family elsewhere`,
};

/** Beyond the default 20, the most the service lists. */
const ALL_SHOWN = '100';

export function precedentReport(report: PrecedentReport, values: QueryValues): Html {
  const { summary } = report;
  const counts = (Object.entries(summary.counts) as [PrecedentKind, number][]).filter(([, count]) => count > 0);
  const kindCounts = counts.map(([kind, count], index) => html`${index > 0 && ', '}${KIND_COUNTS[kind](count)}`);
  const shown = formatCount(report.precedents.length);
  const allShownHref = withQuery('/precedents', { ...values, limit: ALL_SHOWN });
  return html`<section class="in-brief" aria-labelledby="brief-heading">
  <h2 id="brief-heading">In brief</h2>
  <ul>
    <li>${caseSentence(report)}</li>
    ${summary.ordinal && html`<li>${summary.ordinal.sentence}</li>`}
    ${summary.earliest_comparable && html`<li><strong>Earliest comparable case:</strong> ${summary.earliest_comparable.explanation}</li>`}
    <li>${countOf(summary.total, 'precedent')}${counts.length > 0 && html`: ${kindCounts}`}.</li>
  </ul>
</section>
<section aria-labelledby="precedents-list-heading">
  <h2 id="precedents-list-heading">Precedents, strongest first</h2>
  ${report.precedents.length === 0 ? html`<p>None found.</p>` : html`<ol class="precedents">${report.precedents.map(precedentItem)}</ol>`}
  ${
    report.precedents.length < summary.total &&
    html`<p>Showing ${shown} of ${formatCount(summary.total)}. <a href="${allShownHref}">Show up to ${ALL_SHOWN}</a></p>`
  }
</section>`;
}

function caseSentence(report: PrecedentReport): Html {
  const subject = report.case;
  if (subject === null) {
    const organization = organizationLink(report.organization);
    const jurisdiction = jurisdictionLink(report.jurisdiction);
    const unrecorded = html`No designation of ${organization} by ${jurisdiction} is recorded by ${report.date}`;
    return html`${unrecorded}: precedents are other organizations' cases there.`;
  }
  const who = html`${organizationLink(subject.organization)}${subject.unit && html` (${subject.unit})`}`;
  const measure = vocabularyLabel(subject.measure).toLowerCase();
  const law = subject.law && html`, under ${lawLink(subject.law)}`;
  return html`<strong>The case:</strong> ${who}: ${measure}
    by ${jurisdictionLink(subject.jurisdiction)} on ${dateTime(subject.decided_on)}${law}.`;
}

function precedentItem(precedent: Precedent): Html {
  const designation: Designation = precedent.designation;
  return html`<li>
    <p class="explanation">${precedent.explanation}</p>
    <p class="precedent-facts">
      ${precedent.kinds.map((kind) => html`<span class="tag">${KIND_LABELS[kind]}</span> `)}
      ${organizationLink(designation.organization)} · ${jurisdictionLink(designation.jurisdiction)} · ${dateTime(designation.decided_on)}
      <span class="muted">· score ${precedent.score.toFixed(2)}</span>
    </p>
    <p class="precedent-sources">Sources: ${designation.sources.map((source, index) => html`${index > 0 && '; '}${sourceLink(source)}`)}</p>
  </li>`;
}
