import type { IncomingHttpHeaders } from 'node:http';
import type { AppError } from '../../shared/result';

export interface Refusal {
  status: number;
  error: AppError;
}

/**
 * Any web page open in the same browser can send requests to 127.0.0.1, so the Host check alone does not
 * stop another site from saving records or shortening how long personal data is kept. Only the app's own
 * page may call: when the browser names the caller (Origin, Sec-Fetch-Site) it must be this server itself,
 * and the body must be declared JSON, which a cross-site page can only send after a CORS preflight this
 * server never grants. A request with neither header comes from a program on this PC, not from a page.
 */
export function refuseForeignCaller(headers: IncomingHttpHeaders, ownOrigin: string): Refusal | null {
  const foreign = refuseForeignPage(headers, ownOrigin);
  if (foreign) return foreign;
  if (!isJson(headers['content-type'])) {
    return { status: 415, error: { code: 'invalid_input', message: '요청은 JSON 형식(application/json)이어야 합니다.' } };
  }
  return null;
}

/** The page check alone, for what the app's page fetches by plain GET (a download it started): the browser must name this server. */
export function refuseForeignPage(headers: IncomingHttpHeaders, ownOrigin: string): Refusal | null {
  const origin = headers.origin;
  // A sandboxed frame or a local file sends the literal "null": it is not this server's page.
  if (origin !== undefined && origin !== ownOrigin) return forbidden;
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return forbidden;
  return null;
}

const forbidden: Refusal = {
  status: 403,
  error: { code: 'forbidden', message: '이 프로그램의 화면에서 보낸 요청만 처리합니다. 다른 웹 페이지의 요청은 받지 않습니다.' },
};

const isJson = (contentType: string | undefined) => contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
