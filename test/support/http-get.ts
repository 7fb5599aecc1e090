import http from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Milliseconds from sending the request to the end of the response. */
  elapsedMs: number;
}

/**
 * A GET on a connection of its own (no keep-alive, so no request lands on a socket the server is
 * closing) against a real server. With `timeoutMs`, no answer in time rejects: a hang shows as a failure.
 */
export function httpGet(url: string, { timeoutMs }: { timeoutMs?: number } = {}): Promise<HttpAnswer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          body,
          elapsedMs: performance.now() - started,
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    if (timeoutMs !== undefined) {
      request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    }
  });
}
