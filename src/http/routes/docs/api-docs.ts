import path from 'node:path';
import express, { Router } from 'express';
import { openApiDocument } from './openapi';

// Swagger UI from node_modules, not a CDN: the docs work offline and load nothing from elsewhere.
const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>NGO Sanction Tracker API</title>
  <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/start.js"></script>
</body>
</html>
`;
const SWAGGER_UI_ASSETS = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const START_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });\n`;

export function apiDocsRoutes(): Router {
  const router = Router();
  const document = openApiDocument();
  router.get('/api/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(DOCS_PAGE);
  });
  router.get('/api/docs/start.js', (_req, res) => {
    res.type('js').send(START_SCRIPT);
  });
  // index: false, so the package's own page (which points at a demo API) is never served.
  router.use('/api/docs/assets', express.static(SWAGGER_UI_ASSETS, { index: false }));
  return router;
}
