import type { RequestHandler } from 'express';
import { invalidParameters } from '../domain/parameter-parsing';

/**
 * Express decodes path parameters with decodeURIComponent while matching routes; a malformed
 * percent-encoding (`/designations/%FF`, `/organizations/%`) makes it throw a URIError before any
 * handler runs, which would be a 500. Mounted first in a router, this answers such a path with a
 * 400 naming the parameter of the route (express style, `/designations/:id`) it has the shape of.
 */
export function rejectUndecodablePathParameters(routePaths: string[]): RequestHandler {
  const templates = routePaths.map((routePath) => routePath.split('/'));
  return (req, _res, next) => {
    const segments = req.path.split('/');
    for (const template of templates) {
      if (template.length !== segments.length) continue;
      if (!template.every((part, index) => part.startsWith(':') || part === segments[index])) continue;
      const problems = template.flatMap((part, index) =>
        part.startsWith(':') && !isDecodable(segments[index])
          ? [{ parameter: part.slice(1), value: segments[index], message: 'is not valid percent-encoded UTF-8' }]
          : [],
      );
      if (problems.length > 0) throw invalidParameters(problems);
    }
    next();
  };
}

function isDecodable(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
