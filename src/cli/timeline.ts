import { organizationTimeline, OrganizationTimeline, resolveOrganization } from '../services/organizations';
import { withDatabase } from '../app/database';
import { renderTable } from './text-table';

function designationOf(event: OrganizationTimeline['events'][number]): string[] {
  const { designation } = event;
  const organization = designation.unit
    ? `${designation.organization.name} (${designation.unit})`
    : designation.organization.name;
  return [
    event.on,
    event.event,
    designation.jurisdiction.code,
    designation.measure,
    organization,
    designation.law?.short_name ?? '',
  ];
}

function renderTimeline(timeline: OrganizationTimeline): string {
  const title = `${timeline.organization.name}${timeline.family ? ' and its family' : ''}`;
  if (timeline.events.length === 0) return `${title}: no designations recorded\n`;
  const table = renderTable(
    ['date', 'event', 'jurisdiction', 'measure', 'organization', 'law'],
    timeline.events.map(designationOf),
  );
  return `${title}\n\n${table}`;
}

/** `ngo-tracker timeline ORG [--family] [--json]`. */
export async function runTimeline(org: string, options: { family?: boolean; json?: boolean }): Promise<void> {
  const timeline = await withDatabase(async (db) => {
    const organization = await resolveOrganization(db, org);
    return organizationTimeline(db, organization.slug, options.family === true);
  });
  process.stdout.write(options.json ? `${JSON.stringify(timeline, null, 2)}\n` : renderTimeline(timeline));
}
