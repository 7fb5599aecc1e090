/** The law family pages: the index of families, and one family's spread across jurisdictions. */
import type { Db } from '../../db/connection';
import { getLawFamily, listLawFamilies } from '../../services/law-families';
import { diffusionChart } from '../diffusion-chart';
import type { Html } from '../html';
import { lawFamiliesPage } from '../templates/law-families-page';
import { lawFamilyPage } from '../templates/law-family-page';

export async function renderLawFamiliesPage(db: Db): Promise<Html> {
  return lawFamiliesPage((await listLawFamilies(db)).items);
}

export async function renderLawFamilyPage(db: Db, family: string): Promise<Html> {
  const detail = await getLawFamily(db, family);
  const diffusion = diffusionChart(
    {
      id: 'law-family-diffusion',
      title: `${detail.label}: first use and designations per year, by jurisdiction`,
      xTitle: 'Year decided',
      yTitle: 'Jurisdiction',
    },
    detail,
  );
  return lawFamilyPage({ family: detail, diffusion });
}
