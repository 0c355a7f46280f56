import crypto from 'node:crypto';

/**
 * A PIN kept as a salted scrypt hash, "scrypt$N$r$p$salt$hash" (salt and hash in base64url). The
 * parameters travel with each hash, so they can grow: a hash made with smaller ones still verifies,
 * and is made again with the current ones at the person's next right PIN (needsRehash).
 *
 * A 4–8 digit PIN has few enough values that no hash cost makes a stolen file safe on its own; what
 * guards it is the sign-in throttle and the database's own access. The cost keeps a copy of the file
 * from giving the PINs away in seconds, without making a sign-in wait.
 */
export const OFFICE_COST: PinHashCost = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

export interface PinHashCost {
  N: number;
  r: number;
  p: number;
}
type Params = PinHashCost;

const derive = (pin: string, salt: Buffer, { N, r, p }: Params) =>
  new Promise<Buffer>((resolve, reject) =>
    // scrypt needs 128·N·r bytes; the default ceiling (32 MB) would refuse parameters grown later.
    crypto.scrypt(pin, salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );

export async function hashPin(pin: string, params: Params = OFFICE_COST): Promise<string> {
  const salt = crypto.randomBytes(SALT_LENGTH);
  const key = await derive(pin, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function parse(stored: string): { params: Params; salt: Buffer; key: Buffer } | null {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const sane = (x: number, max: number) => Number.isInteger(x) && x >= 1 && x <= max;
  // N a power of two; bounds that keep a damaged row from asking for gigabytes.
  if (scheme !== 'scrypt' || !sane(params.N, 2 ** 20) || (params.N & (params.N - 1)) !== 0 || !sane(params.r, 32) || !sane(params.p, 16) || !salt || !key) return null;
  return { params, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

/** True when `pin` is the one hashed in `stored`; a damaged or unknown hash is never a match. */
export async function verifyPin(pin: string, stored: string | null): Promise<boolean> {
  const parsed = stored ? parse(stored) : null;
  if (!parsed || parsed.key.length !== KEY_LENGTH) return false;
  const key = await derive(pin, parsed.salt, parsed.params);
  return crypto.timingSafeEqual(key, parsed.key);
}

/** Made with weaker parameters than `cost`: hash the PIN again while it is at hand. */
export function needsRehash(stored: string, cost: Params = OFFICE_COST): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  const { N, r, p } = parsed.params;
  return N < cost.N || r < cost.r || p < cost.p;
}

/** Hashing at one cost: the office's, or a test core's cheaper one (CoreOptions.pinHashCost). */
export function pinHasher(cost: PinHashCost = OFFICE_COST) {
  return {
    hash: (pin: string) => hashPin(pin, cost),
    verify: verifyPin,
    needsRehash: (stored: string) => needsRehash(stored, cost),
  };
}

export type PinHasher = ReturnType<typeof pinHasher>;
