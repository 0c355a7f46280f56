import type http from 'node:http';

/** Same ceiling as the largest input the contract accepts (a 10 MB staff file, base64), plus room. */
export const MAX_BODY = 16 * 1024 * 1024;

export type Body = { kind: 'text'; text: string } | { kind: 'too_large' } | { kind: 'not_utf8' };

/**
 * Reads the whole body as strict UTF-8. A body over the limit is read to its end and thrown away rather
 * than cut off: closing a socket the client is still writing to resets it, and the client would then never
 * see the 413 that says why. The server's own request timeout bounds how long that can take.
 */
export function readBody(req: http.IncomingMessage, limit = MAX_BODY): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limit) return resolve({ kind: 'too_large' });
      try {
        // Fatal, so a broken byte is refused instead of being saved as U+FFFD in someone's record.
        resolve({ kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) });
      } catch {
        resolve({ kind: 'not_utf8' });
      }
    });
    req.on('error', reject);
  });
}
