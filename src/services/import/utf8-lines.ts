import { Transform, TransformCallback } from 'node:stream';

/** Raised when the input is not UTF-8; `line` is where the first bad byte sits. */
export class NotUtf8Error extends Error {
  constructor(readonly line: number) {
    super(`line ${line}: the file is not valid UTF-8`);
  }
}

/**
 * Decodes a byte stream as strict UTF-8 (a bad byte is an error, never a silent U+FFFD), counting
 * lines so the error can say where the problem is.
 */
export function strictUtf8Decoder(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let line = 1;
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        line += countNewlines(text);
        callback(null, text);
      } catch {
        callback(new NotUtf8Error(line + countNewlinesBeforeInvalidByte(chunk)));
      }
    },
    flush(callback: TransformCallback) {
      try {
        const rest = decoder.decode();
        callback(null, rest === '' ? undefined : rest);
      } catch {
        callback(new NotUtf8Error(line));
      }
    },
  });
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/** Newlines in the chunk before the first byte sequence that is not UTF-8. */
function countNewlinesBeforeInvalidByte(chunk: Buffer): number {
  const probe = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = chunk.length;
  // Binary search for the longest prefix that decodes (allowing a cut multi-byte tail).
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      probe.decode(chunk.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return chunk.subarray(0, low).filter((byte) => byte === 0x0a).length;
}
