import { contract, type ChannelName } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { validInputs } from '../fixtures/validInputs/index';
import { TEST_ADMIN_PIN, tempCore } from './tempCore';

/**
 * What the contract test and the fuzz runs share: the office they start from, the ways they break a
 * valid input, and what a refusal must look like to the person at the desk.
 */

export const channels = Object.keys(contract) as ChannelName[];

const HANGUL = /[가-힣]/;
/**
 * Two English words in a row: a library's or a developer's sentence that leaked past the Korean
 * messages ("Invalid input", "expected string"). Capitals alone are the names of file types (JPG, PDF).
 */
const WORD = '[A-Za-z]*[a-z][A-Za-z]*';
const ENGLISH_WORDS = new RegExp(`${WORD}[\\s:,.]+${WORD}`);

/** What the desk typed, quoted back in a message ('W-01' 휠체어는 …): it may be in any language. */
const QUOTED = /'[^']*'|"[^"]*"/g;

/** A refusal the desk can read: Korean, short, and no English sentence in it. */
export function koreanRefusalProblem(message: string): string | null {
  if (!HANGUL.test(message)) return 'no Korean in the message';
  if (ENGLISH_WORDS.test(message.replace(QUOTED, ''))) return 'English words in the message';
  if (message.length >= 200) return 'message of 200 characters or more';
  return null;
}

type Call = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * The database every validInputs sample is written against: department 1 and staff member 1, who did
 * the first run and so is the 관리자, signed in (every channel is open to them).
 */
export async function seedSpine(call: Call) {
  const result = await call('session.firstRun', { departmentName: '민원회계과', name: '홍길동', pin: TEST_ADMIN_PIN, pinAgain: TEST_ADMIN_PIN });
  if (!result.ok) throw new Error(`session.firstRun failed: ${result.error.message}`);
}

/** A temp core holding the spine, for tests that call the core in their own thread. */
export async function seededCore() {
  const app = await tempCore({ firstRun: false });
  await seedSpine((channel, input) => app.core.call(channel, input));
  return app;
}

/**
 * Samples the seeding leaves out: they take away or lock what the other samples refer to (record 1,
 * the open loan, the unlocked month), or need a printer or a folder of this machine.
 */
const NOT_SEEDED = /delete|remove|cancel|unpick|unlock|confirm|restore|import|setFrontline|setWheelchairStatus|exportPdf|CopyFolder|exportForMove|dataLocation|outbox|session\.|staff\.set/;

/**
 * The spine (its 관리자 at the PC), and then every command's valid sample, in contract order, twice
 * (so that record 2 exists where a sample names two: a swap, a replacement); a save's sample without
 * its id, so that it makes the record the others refer to (pledge card 1). A mutated input then reaches
 * the domain rules behind the contract rather than stopping at "not found". A sample refused here
 * (a second loan of wheelchair 1, say) is simply not part of the office.
 */
export async function seedOffice(call: Call): Promise<{ saved: string[]; refused: string[] }> {
  await seedSpine(call);
  const seeded = { saved: [] as string[], refused: [] as string[] };
  for (const round of [1, 2]) {
    for (const name of channels) {
      const sample = validInputs[name] as Record<string, unknown> | undefined;
      if (contract[name].kind !== 'command' || NOT_SEEDED.test(name) || !sample) continue;
      const { id: _edited, ...created } = sample;
      const input = name.includes('.save') ? created : sample;
      seeded[(await call(name, input)).ok ? 'saved' : 'refused'].push(`${name} (${round})`);
    }
  }
  return seeded;
}

/** Every way the contract test breaks a valid input: each is expected to be refused. */
export function brokenVariants(valid: unknown, huge: string): { label: string; input: unknown }[] {
  const variants: { label: string; input: unknown }[] = [
    { label: 'a number instead of an object', input: 12345 },
    { label: 'a string instead of an object', input: 'DROP TABLE staff' },
    { label: 'an array instead of an object', input: [valid] },
    { label: 'an unknown extra field', input: { ...(valid as object), __proto_pollution: { admin: true } } },
  ];
  for (const [key, value] of Object.entries(valid as object)) {
    if (typeof value === 'string') variants.push({ label: `a huge ${key}`, input: { ...(valid as object), [key]: huge } });
    variants.push({ label: `${key} of the wrong type`, input: { ...(valid as object), [key]: typeof value === 'string' ? 7 : 'seven' } });
  }
  return variants;
}
