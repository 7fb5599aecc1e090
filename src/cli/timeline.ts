import type { Command } from 'commander';
import { organizationTimeline, OrganizationTimeline, resolveOrganization } from '../services/organizations';
import { withDatabase } from './database';
import { renderTable } from './text-table';

function designationOf(event: OrganizationTimeline['events'][number]): string[] {
  const { designation } = event;
  const organization = designation.unit ? `${designation.organization.name} (${designation.unit})` : designation.organization.name;
  return [event.on, event.event, designation.jurisdiction.code, designation.measure, organization, designation.law?.short_name ?? ''];
}

function renderTimeline(timeline: OrganizationTimeline): string {
  const title = `${timeline.organization.name}${timeline.family ? ' and its family' : ''}`;
  if (timeline.events.length === 0) return `${title}: no designations recorded\n`;
  const table = renderTable(['date', 'event', 'jurisdiction', 'measure', 'organization', 'law'], timeline.events.map(designationOf));
  return `${title}\n\n${table}`;
}

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description("an organization's designations in date order: when each was decided, listed and ended")
    .argument('<org>', 'organization slug, or a name to search for (the best match is used)')
    .option('--family', 'include its family (parent, siblings, children)')
    .option('--json', 'print the JSON of GET /api/v1/organizations/{slug}/timeline')
    .action(async (org: string, options: { family?: boolean; json?: boolean }) => {
      const timeline = await withDatabase(async (db) => {
        const organization = await resolveOrganization(db, org);
        return organizationTimeline(db, organization.slug, options.family === true);
      });
      process.stdout.write(options.json ? `${JSON.stringify(timeline, null, 2)}\n` : renderTimeline(timeline));
    });
}
