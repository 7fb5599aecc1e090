/**
 * A request body refused before any service sees it (wrong media type, too large). Shaped like the
 * errors of express's own body parser (status, type, expose), which problemFromError maps.
 */
export class RequestBodyError extends Error {
  readonly expose = true;
  constructor(
    readonly status: 413 | 415,
    readonly type: 'payload_too_large' | 'unsupported_media_type',
    message: string,
  ) {
    super(message);
  }
}
