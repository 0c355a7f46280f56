import type { KeptEntry } from '../../shared/contract/connection';
import { UserFacingError } from '../../shared/result';
import type { Engine } from '../db/engine';
import type { Handlers } from '../ipc/handlerTypes';
import type { Logger } from '../log';
import type { DeskQueue } from './deskQueue';
import type { Outbox, OutboxEntry } from './outbox';

const KIND: Record<string, string> = { 'loans.lend': '휠체어 대여', 'loans.return': '휠체어 반납', 'interpretation.requests.save': '통역 요청' };

/** What the kept entry was, without the visitor's name or phone (the outbox list is not a place for them). */
function summary(entry: OutboxEntry): string {
  const input = entry.input as Record<string, unknown>;
  if (entry.channel === 'loans.lend') return `휠체어 ${String(input.wheelchairId)}번, ${String(input.startDate)} ${String(input.startTime)}`;
  if (entry.channel === 'loans.return') return `대여 기록 ${String(input.loanId)}번, ${String(input.returnDate)} ${String(input.returnTime)}`;
  return `${String(input.date)} ${String(input.language ?? '')} ${String(input.task ?? '')}`.trim();
}

const view = (entries: OutboxEntry[]): KeptEntry[] =>
  entries.map((e) => ({ id: e.id, kind: KIND[e.channel] ?? e.channel, summary: summary(e), queuedAt: e.queuedAt, state: e.state, message: e.message }));

export function connectionHandlers(engine: () => Engine, queue: DeskQueue, outbox: Outbox, log: Logger): Handlers<'connection.status' | 'outbox.list' | 'outbox.retry' | 'outbox.discard'> {
  const existing = (id: number) => {
    const entry = outbox.get(id);
    if (!entry) throw new UserFacingError('not_found', '그 보관된 입력이 없습니다. 목록을 새로 고쳐 보세요.', 'id');
    return entry;
  };
  return {
    'connection.status': () => ({ engine: engine(), ...queue.status() }),
    'outbox.list': () => view(outbox.all()),
    'outbox.retry': async ({ id }) => {
      existing(id);
      outbox.retry(id);
      await queue.drain();
      return view(outbox.all());
    },
    'outbox.discard': ({ id }) => {
      const entry = existing(id);
      outbox.discard(id);
      log.info('desk_entry_discarded', { outboxId: id, channel: entry.channel, state: entry.state });
      return view(outbox.all());
    },
  };
}
