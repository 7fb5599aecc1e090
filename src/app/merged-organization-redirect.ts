import type { ErrorRequestHandler } from 'express';
import { MovedError } from '../domain/errors';

/**
 * The one place where a merged organization's old slug redirects, for the API and the pages alike.
 * The services throw a MovedError for a slug that now redirects (organization_slug_redirects); this
 * answers it with a 308 to the same URL under the survivor's slug, so a client repeats the same
 * request, method and body included, and a bookmarked page lands on the survivor's page.
 */
export const mergedOrganizationRedirect: ErrorRequestHandler = (error, req, res, next) => {
  if (!(error instanceof MovedError) || res.headersSent) return next(error);
  // Slugs are lower-case letters, digits and hyphens (slugParameter): nothing in them needs escaping.
  const moved = new RegExp(`/organizations/${error.fromSlug}(?=[/?]|$)`);
  res.redirect(308, req.originalUrl.replace(moved, `/organizations/${error.toSlug}`));
};
