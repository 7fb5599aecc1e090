import { LRUCache } from 'lru-cache';

/** A read's answer: its JSON bytes, and the version of the record it shows (part of its ETag) if it has one. */
export interface CachedResponse {
  recordVersion?: number;
  body: Buffer;
}

interface Entry extends CachedResponse {
  dataVersion: string;
}

/**
 * Answers of API reads kept in memory, least recently used out first, up to `maxBytes` of JSON.
 * An answer depends only on its URL, the day (statuses and `date` defaults are relative to today)
 * and the data; so it is kept under URL and day, with the data version it was computed at, and
 * served again only while that version is current. A hot page is then served without a query but
 * the one for the version. Each process keeps its own.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      sizeCalculation: (entry, key) => entry.body.length + key.length,
    });
  }

  /** The answer kept for this key at this data version, if any. */
  get(key: string, dataVersion: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    return entry?.dataVersion === dataVersion ? entry : undefined;
  }

  /** Keeps an answer, and says whether it did: one larger than the whole cache is not kept. */
  set(key: string, dataVersion: string, response: CachedResponse): boolean {
    this.entries.set(key, { ...response, dataVersion });
    return this.entries.has(key);
  }
}

/** The cache of `maxBytes`, or none when it is 0. */
export function createResponseCache(maxBytes: number): ResponseCache | null {
  return maxBytes > 0 ? new ResponseCache(maxBytes) : null;
}
