/**
 * The layer rule, checked by `npm run lint:layers` (dependency-cruiser; any violation fails it):
 *
 *   app       the composition root: builds the express app, runs the server, opens the database
 *    │        (src/app/create-app.ts, server.ts, database.ts)
 *    ├─> http (the JSON API), web (the pages), cli (the commands): surfaces, never importing one another
 *    │     ├─> request    what every web request goes through, whichever surface answers it: the
 *    │     │              database a read runs on, HTTP caching, the path guard (set up by app)
 *    │     └─> services   what the service does
 *    │           └─> queries    the SQL
 *    │                 └─> db   connections, migrations, transactions
 *    └─> domain   pure rules and types, usable from every layer; it imports only domain
 *   config and logging are leaves anyone may use; migrations and scripts use domain and db only.
 *
 * An arrow is "may import"; nothing imports upwards and no layer skips the one below it, with one
 * exception: a surface (and request) may import *types* from src/db (`import type { Db }`, the
 * Actor of a write, the ReadRouting of a read). The handle is passed through a surface to the
 * services it calls; a type import costs nothing at run time and does not let the surface run SQL.
 * The CLI reaches the database through app (app/database.ts) and starts the server through it.
 */
const SRC = '^src/';
const layer = (name) => `^src/${name}(/|\\.ts$)`;

const APP = layer('app');
const HTTP = layer('http');
const WEB = layer('web');
const CLI = layer('cli');
const SERVICES = layer('services');
const QUERIES = layer('queries');
const DB = layer('db');
const DOMAIN = layer('domain');
const REQUEST = layer('request');
const LEAVES = [layer('config'), layer('logging')];
const SURFACES = [HTTP, WEB, CLI, REQUEST];

/** Everything of ours that a module of `from` may not import: all of src but what is listed. */
function onlyMay(name, from, allowed, comment) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { path: SRC, pathNot: [...allowed, ...LEAVES] },
  };
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one: neither can be read, tested or loaded without the other.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    onlyMay(
      'app-uses-layers',
      APP,
      [APP, HTTP, WEB, REQUEST, SERVICES, DB, DOMAIN],
      'The composition root wires surfaces, services and the database; SQL stays in queries.',
    ),
    // The surfaces list src/db as allowed: surfaces-use-db-types-only, below, narrows that to type imports.
    onlyMay(
      'http-uses-services',
      HTTP,
      [HTTP, REQUEST, SERVICES, DB, DOMAIN],
      'The API calls services; it neither renders pages nor runs SQL.',
    ),
    onlyMay(
      'web-uses-services',
      WEB,
      [WEB, REQUEST, SERVICES, DB, DOMAIN],
      'The pages call services; they never import the API.',
    ),
    onlyMay(
      'cli-uses-services',
      CLI,
      [CLI, APP, SERVICES, DB, DOMAIN],
      'Commands call services (and `serve` the composition root).',
    ),
    {
      name: 'surfaces-use-db-types-only',
      comment: 'A surface passes the database handle along; it may name its type, never call into src/db.',
      severity: 'error',
      from: { path: SURFACES },
      to: { path: DB, dependencyTypesNot: ['type-only'] },
    },
    onlyMay('request-is-plumbing', REQUEST, [REQUEST, DB, DOMAIN], 'Request plumbing knows no surface and no service.'),
    onlyMay('services-use-queries', SERVICES, [SERVICES, QUERIES, DB, DOMAIN], 'Services sit below every surface.'),
    onlyMay('queries-use-db', QUERIES, [QUERIES, DB, DOMAIN], 'Queries never call back into services.'),
    onlyMay('db-is-the-bottom', DB, [DB, DOMAIN], 'The database layer imports nothing of ours above it.'),
    onlyMay('domain-is-pure', DOMAIN, [DOMAIN], 'Domain rules do no I/O: they import only domain (and libraries).'),
    onlyMay('leaves-are-leaves', LEAVES, [], 'config and logging are used by everyone, so they use none of ours.'),
    {
      name: 'migrations-and-scripts-use-domain-and-db',
      comment: 'Migrations and the conversion scripts stand apart from the service: domain rules and db helpers only.',
      severity: 'error',
      from: { path: '^(migrations|scripts)/' },
      to: { path: SRC, pathNot: [DOMAIN, DB, ...LEAVES] },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing would hide a module from every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // `import type` and `typeof import()` are dependencies too: the rules above say which are allowed.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
