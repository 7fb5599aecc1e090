import { html, Html } from '../html';

export interface PageOptions {
  title: string;
  /** Which navigation entry is the current page, if any. */
  section?: 'home' | 'explore' | 'precedents' | 'law-families' | 'coverage';
  body: Html;
  /** Pages with charts load the charting library and the script that draws them. */
  charts?: boolean;
}

const NAVIGATION: { section: PageOptions['section']; href: string; label: string }[] = [
  { section: 'home', href: '/', label: 'Home' },
  { section: 'explore', href: '/explore', label: 'Explore' },
  { section: 'precedents', href: '/precedents', label: 'Precedents' },
  { section: 'law-families', href: '/law-families', label: 'Law families' },
  { section: 'coverage', href: '/coverage', label: 'Coverage' },
];

/** The document around every page: landmarks, a skip link, navigation and the data's provenance. */
export function page({ title, section, body, charts = false }: PageOptions): Html {
  return html`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} · NGO Sanction Tracker</title>
  <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/assets/site.css">
  ${
    charts &&
    html`<script src="/assets/vendor/chart.umd.min.js" defer></script>
  <script src="/assets/charts.js" defer></script>`
  }
</head>
<body>
  <a class="skip-link" href="#main">Skip to content</a>
  <header class="site-header">
    <a class="site-name" href="/">NGO Sanction Tracker</a>
    <nav aria-label="Main">
      <ul>
        ${NAVIGATION.map(
          (entry) =>
            html`<li><a href="${entry.href}"${entry.section === section ? html` aria-current="page"` : ''}>${entry.label}</a></li>`,
        )}
        <li><a href="/api/docs">API</a></li>
      </ul>
    </nav>
  </header>
  <main id="main" tabindex="-1">
${body}
  </main>
  <footer class="site-footer">
    <p>Every record carries its sources: cite them, not this site.
      Data as <a href="/api/v1/designations.csv">CSV</a>, <a href="/api/v1/designations.ndjson">NDJSON</a>
      or a <a href="/api/v1/datapackage.zip">data package</a>; the <a href="/api/docs">HTTP API</a>.</p>
  </footer>
</body>
</html>
`;
}
