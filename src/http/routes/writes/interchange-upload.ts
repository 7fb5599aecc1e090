import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Request, Response } from 'express';
import type { ImportFormat, ImportInput } from '../../../services/import/import-designations';
import { RequestBodyError } from '../../request-body-error';

const FORMATS: Record<string, ImportFormat> = {
  'text/csv': 'csv',
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
};
export const IMPORT_MEDIA_TYPES = Object.keys(FORMATS);

export interface ReceivedFile {
  input: ImportInput;
  /** Removes the temporary file; call it once the import is done. */
  discard(): Promise<void>;
}

/**
 * Streams an import's body into a temporary file, so that both passes of the importer (check every
 * row, then write) can read it without holding it in memory. The format comes from Content-Type.
 * Past `maxBytes` the rest of the body is read and dropped, the connection is closed after the
 * answer, and the answer is a 413.
 */
export async function receiveInterchangeFile(req: Request, res: Response, maxBytes: number): Promise<ReceivedFile> {
  const mediaType = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const format = FORMATS[mediaType];
  if (!format) {
    throw new RequestBodyError(
      415,
      'unsupported_media_type',
      `send the file as ${IMPORT_MEDIA_TYPES.join(' or ')}, not ${mediaType || 'without a Content-Type'}`,
    );
  }
  const tooLarge = () => {
    res.set('Connection', 'close');
    return new RequestBodyError(
      413,
      'payload_too_large',
      `the file is larger than ${maxBytes} bytes; import it with the ngo-tracker import command`,
    );
  };
  if (Number(req.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'ngo-import-'));
  const discard = () => fs.promises.rm(dir, { recursive: true, force: true });
  const file = path.join(dir, `upload.${format}`);
  try {
    await copyAtMost(req, fs.createWriteStream(file), maxBytes, tooLarge);
  } catch (error) {
    await discard();
    throw error;
  }
  return { input: { format, open: () => fs.createReadStream(file) }, discard };
}

function copyAtMost(req: Request, out: fs.WriteStream, maxBytes: number, tooLarge: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    let received = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      req.unpipe(out);
      out.destroy();
      reject(error);
    };
    // Still listening after a failure drains the body, so the 413 can be sent.
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) fail(tooLarge());
    });
    req.on('error', fail);
    out.on('error', fail);
    out.on('finish', () => {
      if (!failed) resolve();
    });
    req.pipe(out);
  });
}
