import { deskNow } from '../../shared/korean/deskClock';
import { fail, type Result } from '../../shared/result';
import type { Logger } from '../log';
import type { Outbox } from './outbox';

/** How often a desk that lost the office server asks it again. */
const PROBE_EVERY_MS = 3000;

export const OFFLINE_MESSAGE =
  '사무실 서버에 연결할 수 없습니다. 네트워크가 돌아오면 다시 하세요. 휠체어 대여·반납과 통역 요청은 이 PC에 보관했다가 자동으로 보냅니다.';
export const QUEUED_MESSAGE = '사무실 서버에 연결할 수 없어 이 PC에 보관했습니다. 서버가 다시 연결되면 입력한 순서대로 자동으로 보냅니다.';

/**
 * The entries that cannot wait, and how each is pinned to the moment it was made: sent later, a loan
 * or a return keeps the time it happened at the desk, not the time the server came back.
 */
const QUEUEABLE: Record<string, (input: Record<string, unknown>) => Record<string, unknown> | null> = {
  'loans.lend': (input) => {
    const now = deskNow();
    return { ...input, startDate: input.startDate ?? now.date, startTime: input.startTime ?? now.time };
  },
  'loans.return': (input) => {
    const now = deskNow();
    return { ...input, returnDate: input.returnDate ?? now.date, returnTime: input.returnTime ?? now.time };
  },
  // A new request only: a change to one already on the server waits for the server.
  'interpretation.requests.save': (input) => (input.id === undefined ? input : null),
};

/**
 * Channels answered by this PC alone (the connection's state, the kept entries, where the records are,
 * this PC's backups): they work while the server is gone, so a person can see what is kept, decide on
 * it, or go back to this PC's own file.
 */
const ANSWERED_ON_THIS_PC = new Set([
  'connection.status',
  'outbox.list',
  'outbox.discard',
  'dataLocation.get',
  'dataLocation.test',
  'dataLocation.use',
  'backup.list',
  'backup.setCopyFolder',
  'backup.choosePath',
  // Who is at the desk lives in this PC's memory: locking, unlocking (with the PIN checked at sign-in)
  // and signing out work while the server is gone, so a desk left alone still locks.
  'session.current',
  'session.lock',
  'session.unlock',
  'session.signOut',
  'session.stillHere',
]);

export interface DeskQueueDeps {
  outbox: Outbox;
  log: Logger;
  /** True when the office server answers. */
  probe: () => Promise<boolean>;
  /** Sends one kept entry as the person who made it. */
  send: (channel: string, input: unknown, staffId: number | null) => Promise<Result<unknown>>;
}

/**
 * A desk on the office server when the LAN drops: it knows at once (the first call that finds the
 * server gone), answers every call immediately instead of hanging, keeps the entries that cannot wait
 * in the PC's outbox, and sends them, in order, when the server answers again. An entry the server
 * then refuses (a wheelchair another desk lent meanwhile) stays in the outbox with the server's
 * reason, for a person to decide: nothing is dropped.
 */
export function deskQueue({ outbox, log, probe, send }: DeskQueueDeps) {
  let online = true;
  let timer: NodeJS.Timeout | null = null;
  let draining: Promise<void> | null = null;

  const keep = (channel: string, input: unknown, staffId: number | null): Result<never> | null => {
    const pinned = Object.hasOwn(QUEUEABLE, channel) && input && typeof input === 'object' ? QUEUEABLE[channel](input as Record<string, unknown>) : null;
    if (!pinned) return null;
    const id = outbox.add(channel, pinned, staffId, new Date().toISOString());
    log.info('desk_entry_kept', { channel, outboxId: id });
    return fail({ code: 'queued', message: QUEUED_MESSAGE });
  };

  const drain = async () => {
    for (const entry of outbox.waiting()) {
      const result = await send(entry.channel, entry.input, entry.staffId);
      if (result.ok) outbox.sent(entry.id);
      else if (result.error.code === 'offline') return lost();
      else {
        outbox.refused(entry.id, result.error.message);
        log.info('desk_entry_refused', { channel: entry.channel, outboxId: entry.id, code: result.error.code });
      }
    }
  };

  const startDrain = () => {
    draining ??= drain().finally(() => (draining = null));
    return draining;
  };

  const lost = () => {
    if (online) log.error('office_server_lost', {});
    online = false;
    timer ??= setInterval(() => {
      void probe().then((up) => {
        if (!up || online) return;
        online = true;
        clearInterval(timer!);
        timer = null;
        log.info('office_server_back', { waiting: outbox.counts().waiting });
        void startDrain();
      });
    }, PROBE_EVERY_MS);
    timer.unref?.();
  };

  return {
    /** One call from the screens: straight through while the server answers, kept or refused at once while it does not. */
    async call(channel: string, input: unknown, staffId: number | null, dispatchNow: () => Promise<Result<unknown>>): Promise<Result<unknown>> {
      if (ANSWERED_ON_THIS_PC.has(channel)) return dispatchNow();
      if (!online) return keep(channel, input, staffId) ?? fail({ code: 'offline', message: OFFLINE_MESSAGE });
      const result = await dispatchNow();
      if (!result.ok && result.error.code === 'offline') {
        lost();
        return keep(channel, input, staffId) ?? result;
      }
      return result;
    },
    status: () => ({ online, ...outbox.counts() }),
    /** Sends what waits now (after a person retried a refused entry, or in tests). */
    drain: () => (online ? startDrain() : Promise.resolve()),
    stop: () => {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

export type DeskQueue = ReturnType<typeof deskQueue>;
