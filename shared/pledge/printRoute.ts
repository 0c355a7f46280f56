/**
 * The card's printable page is the pledge page with a query in the hash: `#/pledge?print=1&card=1&…`.
 * Electron's hidden print window and the preview's Chromium open it; the page reads it back.
 */
export interface PrintRequest {
  cardId: number;
  from: string;
  to: string;
  asOf: string;
}

export const printRoute = (r: PrintRequest) =>
  `/pledge?${new URLSearchParams({ print: '1', card: String(r.cardId), from: r.from, to: r.to, asOf: r.asOf }).toString()}`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The print request in a hash route, or null when the route is not the print view (or is malformed). */
export function parsePrintRoute(hash: string): PrintRequest | null {
  const query = hash.split('?')[1];
  if (!query) return null;
  const p = new URLSearchParams(query);
  const cardId = Number(p.get('card'));
  const [from, to, asOf] = [p.get('from') ?? '', p.get('to') ?? '', p.get('asOf') ?? ''];
  if (p.get('print') !== '1' || !Number.isInteger(cardId) || cardId <= 0 || ![from, to, asOf].every((d) => DATE.test(d))) return null;
  return { cardId, from, to, asOf };
}
