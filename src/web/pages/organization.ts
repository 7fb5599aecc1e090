import type { Db } from '../../db/connection';
import { getOrganization, organizationTimeline } from '../../services/organizations';
import { timelineChart } from '../chart-specs';
import type { Html } from '../html';
import { organizationPage } from '../templates/organization-page';

/**
 * An organization with children (Amnesty International) is recorded mostly through them, so its
 * page shows the whole family's timeline and designations; any other shows its own.
 */
export async function renderOrganizationPage(db: Db, slug: string): Promise<Html> {
  const organization = await getOrganization(db, slug);
  const family = organization.family.children.length > 0;
  const timeline = await organizationTimeline(db, slug, family);
  const designations = family
    ? timeline.events.filter((event) => event.event === 'decided').map((event) => event.designation)
    : organization.designations;
  return organizationPage({
    organization,
    family,
    designations,
    timeline: timelineChart(
      {
        id: 'organization-timeline',
        title: `${organization.name}${family ? ' and its family' : ''}: designations by date and jurisdiction`,
        xTitle: 'Year',
        yTitle: 'Jurisdiction',
      },
      timeline.events,
    ),
  });
}
