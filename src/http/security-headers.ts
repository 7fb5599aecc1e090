import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every response, defined here only: the web UI, the API docs
 * (Swagger UI) and the JSON API load scripts, styles and images from this server alone, nothing
 * from a CDN, and an injected inline script would not run even if escaping failed.
 */
const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * helmet's security headers on every response. HSTS only when configured: the service may be
 * served over plain HTTP (locally, or behind a proxy that terminates TLS and sets its own), and a
 * browser that saw HSTS for a host would then refuse it over HTTP.
 */
export function securityHeaders(hstsMaxAgeSeconds: number): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: hstsMaxAgeSeconds > 0 ? { maxAge: hstsMaxAgeSeconds, includeSubDomains: false } : false,
    xFrameOptions: { action: 'deny' },
  });
}
