import { Router } from 'express';
import { v5 as uuidv5 } from 'uuid';
import { feedParameters } from '../../../domain/feed-parameters';
import { parseParameters } from '../../../domain/parameter-parsing';
import { newestDesignations } from '../../../services/designation-feed';
import { readSource } from '../../../request/conditional-reads';

// Required at the first feed request: the XML writer (xmlbuilder2 and its DOM) is heap
// that a server nobody reads the feed of never needs.
const atomFeed = () => require('./atom-feed') as typeof import('./atom-feed');

export const FEED_PATH = '/feed.atom';
const FEED_MEDIA_TYPE = 'application/atom+xml; charset=utf-8';
// Feed ids are name-based UUIDs of the filters, so the same filters always make the same feed.
const FEED_ID_NAMESPACE = 'a4f3c1de-58c2-4e0f-9a5e-2f7d3b9c6e11';

/** GET /feed.atom: the newest designations, with the common filters, as Atom for feed readers. */
export function feedRouter(): Router {
  const router = Router();
  router.get(FEED_PATH, async (req, res) => {
    const raw = { ...(req.query as Record<string, unknown>) };
    const parameters = parseParameters(feedParameters, raw);
    const entries = await newestDesignations(readSource(res).db, parameters);
    const origin = `${req.protocol}://${req.get('host')}`;
    const filters = Object.entries(raw)
      .filter(([name]) => name !== 'limit')
      .sort(([a], [b]) => a.localeCompare(b));
    const described = filters.map(([name, value]) => `${name}=${String(value)}`).join(', ');
    res.type(FEED_MEDIA_TYPE).send(
      atomFeed().atomDocument({
        id: `urn:uuid:${uuidv5(JSON.stringify(filters), FEED_ID_NAMESPACE)}`,
        title: `NGO Sanction Tracker: newest designations${described ? ` (${described})` : ''}`,
        selfUrl: `${origin}${req.originalUrl}`,
        origin,
        entries,
      }),
    );
  });
  return router;
}
