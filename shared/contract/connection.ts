import { z } from 'zod';
import { command, query } from './channel';
import { id, noInput } from './fields';

export interface ConnectionStatus {
  engine: 'sqlite' | 'postgres';
  /** False while the office server does not answer. */
  online: boolean;
  /** Desk entries kept on this PC until the server answers again. */
  waiting: number;
  /** Kept entries the server refused when they were sent: each waits for a person's decision. */
  conflicts: number;
}

/** A desk entry kept on this PC while the office server did not answer. */
export interface KeptEntry {
  id: number;
  /** 휠체어 대여, 휠체어 반납, 통역 요청 */
  kind: string;
  /** What it was, in the desk's words (the wheelchair, the language), without the visitor's name. */
  summary: string;
  queuedAt: string;
  state: 'waiting' | 'conflict';
  /** The server's refusal, when it refused it. */
  message: string | null;
}

export const connectionContract = {
  /** The desk's link to the office server, for the header: answers at once, never waits on the server. */
  'connection.status': query<ConnectionStatus>()(noInput),
  'outbox.list': query<KeptEntry[]>()(noInput),
  /** Sends a refused entry again (after the person fixed what was in the way, e.g. returned the wheelchair). */
  'outbox.retry': command<KeptEntry[]>()(z.strictObject({ id: id('보관된 입력') })),
  /** The person decided the kept entry is not to be sent; the decision is logged. */
  'outbox.discard': command<KeptEntry[]>()(z.strictObject({ id: id('보관된 입력') })),
};
