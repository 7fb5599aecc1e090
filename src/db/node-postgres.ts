/**
 * node-postgres, loaded without loading fetch. As it loads, pg asks whether it runs in a Cloudflare
 * Worker: by `navigator.userAgent`, and where there is no `navigator` (Node 20; Node 21 has one) by
 * constructing a fetch `Response`, which loads undici, the whole of fetch: 5 MB of a server's
 * memory that nothing else here uses (docs/performance.md, "Idle memory"). Where `navigator` is
 * missing, the one Node 21 defines stands in while pg loads, and is removed again.
 */
function loadWithoutFetchProbe(): typeof import('pg') {
  if ('navigator' in globalThis) return require('pg') as typeof import('pg');
  const userAgent = `Node.js/${process.versions.node.split('.')[0]}`;
  Object.defineProperty(globalThis, 'navigator', { value: { userAgent }, configurable: true });
  try {
    return require('pg') as typeof import('pg');
  } finally {
    delete (globalThis as { navigator?: unknown }).navigator;
  }
}

const pg = loadWithoutFetchProbe();
export default pg;
