/**
 * The web UI: server-rendered pages at `/`, calling the services directly, and their static assets.
 * Every handler parses its input, renders one page and sends it; errors become HTML pages here
 * (the JSON API keeps its problem+json).
 */
import path from 'node:path';
import express, { ErrorRequestHandler, RequestHandler, Response, Router } from 'express';
import { PACKAGE_ROOT } from '../config/package-files';
import { InvalidInputError, MovedError, NotFoundError } from '../domain/errors';
import { parseParameters } from '../domain/parameter-parsing';
import { jurisdictionCodePath, lawFamilyPath, slugPath } from '../domain/query-parameters';
import { readSource } from '../request/conditional-reads';
import { rejectUndecodablePathParameters } from '../request/undecodable-path';
import { canonicalQuery, isCanonical, QueryValues, withQuery } from './form-query';
import type { Db } from '../db/connection';
import type { Html } from './html';
import { renderCoveragePage } from './pages/coverage';
import { renderExplorePage } from './pages/explore';
import { renderHomePage } from './pages/home';
import { renderLawFamiliesPage, renderLawFamilyPage } from './pages/law-families';
import { renderOrganizationPage } from './pages/organization';
import { renderPrecedentsPage } from './pages/precedents';
import { renderJurisdictionPage, renderLawPage } from './pages/reference';
import { renderSearchPage } from './pages/search';
import { errorPage } from './templates/error-page';

// Served from the sources (they are not compiled), whether the sources or the build (dist/) run.
const OWN_ASSETS = path.join(PACKAGE_ROOT, 'src', 'web', 'assets');
// Chart.js's UMD build from node_modules (its package exports only the module entry points).
const CHART_JS_DIST = path.dirname(require.resolve('chart.js'));

// Pages run under the site's Content-Security-Policy (src/http/security-headers.ts): scripts,
// styles and images from this server only.
function sendPage(res: Response, body: Html, status = 200): void {
  res.status(status).type('html').send(body.text);
}

type QueryRecord = Record<string, unknown>;

/** The pages, each rendered from the database conditionalReads chose for its request. */
export function webRouter(): Router {
  const router = Router();
  router.use('/assets/vendor', express.static(CHART_JS_DIST, { index: false }));
  router.use('/assets', express.static(OWN_ASSETS, { index: false }));
  router.use(
    rejectUndecodablePathParameters([
      '/organizations/:slug',
      '/jurisdictions/:code',
      '/laws/:slug',
      '/law-families/:family',
    ]),
  );

  router.get('/', async (_req, res) => sendPage(res, await renderHomePage(readSource(res).db)));
  router.get('/search', async (req, res) =>
    sendPage(res, await renderSearchPage(readSource(res).db, req.query as QueryRecord)),
  );
  router.get('/organizations/:slug', async (req, res) => {
    const { slug } = parseParameters(slugPath, { ...req.params });
    sendPage(res, await renderOrganizationPage(readSource(res).db, slug));
  });
  router.get('/jurisdictions/:code', async (req, res) => {
    const { code } = parseParameters(jurisdictionCodePath, { ...req.params });
    sendPage(res, await renderJurisdictionPage(readSource(res).db, code));
  });
  router.get('/laws/:slug', async (req, res) => {
    const { slug } = parseParameters(slugPath, { ...req.params });
    sendPage(res, await renderLawPage(readSource(res).db, slug));
  });
  router.get('/coverage', async (req, res) =>
    sendPage(res, await renderCoveragePage(readSource(res).db, req.query as QueryRecord)),
  );
  router.get('/law-families', async (_req, res) => sendPage(res, await renderLawFamiliesPage(readSource(res).db)));
  router.get('/law-families/:family', async (req, res) => {
    const { family } = parseParameters(lawFamilyPath, { ...req.params });
    sendPage(res, await renderLawFamilyPage(readSource(res).db, family));
  });
  formPage(router, '/explore', renderExplorePage);
  formPage(router, '/precedents', renderPrecedentsPage);

  router.use(browserNotFound);
  router.use(pageError);
  return router;
}

/**
 * A page whose URL holds a form's answers. A submitted form (blank fields, repeated checkboxes)
 * is redirected to the clean, shareable URL of the same question, then rendered from that.
 */
function formPage(
  router: Router,
  path: string,
  render: (db: Db, values: QueryValues) => Promise<{ status: number; body: Html }>,
): void {
  router.get(path, async (req, res) => {
    const raw = req.query as QueryRecord;
    const values = canonicalQuery(raw);
    if (!isCanonical(raw, values)) return res.redirect(303, withQuery(path, values));
    const { status, body } = await render(readSource(res).db, values);
    sendPage(res, body, status);
  });
}

/** A browser asking for a page that does not exist gets an HTML 404; API clients get problem+json later on. */
const browserNotFound: RequestHandler = (req, res, next) => {
  const wantsPage =
    req.method === 'GET' && (req.get('accept') ?? '').includes('text/html') && !req.path.startsWith('/api/');
  if (!wantsPage) return next();
  sendPage(res, errorPage(404, `There is no page at ${req.path}.`), 404);
};

const pageError: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error);
  // A merged organization's old slug: redirected by the composition root, for the pages and the API alike.
  if (error instanceof MovedError) return next(error);
  if (error instanceof NotFoundError) return sendPage(res, errorPage(404, error.message), 404);
  if (error instanceof InvalidInputError) {
    const problems = error.problems.map((problem) =>
      problem.parameter ? `${problem.parameter}: ${problem.message}` : problem.message,
    );
    return sendPage(res, errorPage(400, problems.join('; ')), 400);
  }
  req.log.error({ err: error, path: req.path }, 'page failed');
  sendPage(res, errorPage(500, 'The page could not be shown. The error has been logged.'), 500);
};
