import type { z } from 'zod';
import type { InterpretationRequest, QuickDefaults, requestInput } from '../../shared/contract/interpretation';
import { addDays } from '../../shared/korean/holidays';
import { deskToday } from '../../shared/korean/deskClock';
import { UserFacingError } from '../../shared/result';
import type { Author } from '../db/audit';
import { isConstraint } from '../db/constraintErrors';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import { staffRepository } from '../staff/staffRepository';
import { methodRepository } from './methodRepository';
import { requestRepository, type RequestFields } from './requestRepository';

type ParsedRequest = z.output<typeof requestInput>;

/** How far back "the usual language" looks. */
const USUAL_WINDOW_DAYS = 90;

/** A way retired by another desk after this one checked it: the database's own rule says so. */
const retiredMethod = (name: string) =>
  new UserFacingError('conflict', `'${name}'은(는) 사용하지 않는 지원 방법입니다. 다른 방법을 고르세요.`, 'methodId');

/**
 * Saving, cancelling and deleting requests, each one transaction: the checks read what they check in
 * the same transaction that writes, so on PostgreSQL a rerun after another desk's change sees it.
 */
export function requestService(db: Db, today = deskToday) {
  const find = async (repo: ReturnType<typeof requestRepository>, id: number) => {
    const found = await repo.byId(id);
    if (!found) throw new UserFacingError('not_found', '해당 통역 기록이 없습니다. 다른 사용자가 삭제했을 수 있습니다.');
    return found;
  };

  const fieldsFor = async (trx: Db, input: ParsedRequest, author: Author, existing: InterpretationRequest | null): Promise<RequestFields> => {
    const staff = staffRepository(trx);
    // The person at the PC was read (and found active) as the call came in (core.ts), so only someone else is looked up.
    const requireStaff = async (staffId: number | null, field: string) => {
      if (staffId !== null && staffId !== author.staffId && !(await staff.staffById(staffId))) throw new UserFacingError('not_found', '선택한 직원이 없습니다.', field);
    };
    // Left out, the person at the PC handled it; sent as null, nobody is named (allowed for a booking only).
    const staffId = input.staffId === undefined ? author.staffId : input.staffId;
    if (input.status === '완료' && staffId === null) {
      throw new UserFacingError('invalid_input', '처리 직원을 선택하세요. 오른쪽 위에서 사용자를 고르면 자동으로 채워집니다.', 'staffId');
    }
    if (input.status === '완료' && input.date > today()) {
      throw new UserFacingError('invalid_input', '아직 오지 않은 날짜입니다. 미리 잡힌 통역은 예약으로 기록하세요.', 'date');
    }
    await requireStaff(staffId, 'staffId');
    await requireStaff(input.interpreterId, 'interpreterId');
    const method = await methodRepository(trx).way(input.methodId);
    if (!method) throw new UserFacingError('not_found', '선택한 지원 방법이 없습니다.', 'methodId');
    // A retired way stays on the records that used it, but nothing new may be filed under it.
    if (method.active !== 1 && existing?.methodId !== method.id) throw retiredMethod(method.name);
    return {
      date: input.date,
      time: input.time,
      language: input.language,
      languageNote: input.language === 'other' ? input.languageNote : '',
      nationality: input.nationality,
      methodId: input.methodId,
      task: input.task,
      minutes: input.minutes,
      people: input.people,
      status: input.status,
      outcome: input.status === '완료' ? input.outcome : null,
      // Once booked, always shown on the calendar with how the booking ended.
      booked: input.status === '예약' || (existing?.booked ?? false),
      staffId,
      interpreterId: input.interpreterId,
      note: input.note,
    };
  };

  return {
    async save(input: ParsedRequest, author: Author): Promise<InterpretationRequest> {
      try {
        return await writeTransaction(db, async (trx) => {
          const repo = requestRepository(trx);
          const existing = input.id === undefined ? null : await find(repo, input.id);
          const fields = await fieldsFor(trx, input, author, existing);
          const id = existing ? (await repo.update(existing.id, fields, author), existing.id) : await repo.insert(fields, author);
          return (await repo.byId(id))!;
        });
      } catch (error) {
        if (isConstraint(error, 'rule', 'interpretation_method_inactive')) {
          throw retiredMethod((await methodRepository(db).way(input.methodId))?.name ?? '선택한 방법');
        }
        throw error;
      }
    },

    cancel: (id: number, author: Author): Promise<InterpretationRequest> =>
      writeTransaction(db, async (trx) => {
        const repo = requestRepository(trx);
        const request = await find(repo, id);
        if (request.status !== '예약') throw new UserFacingError('conflict', `예약된 통역만 취소할 수 있습니다. 이 기록은 '${request.status}' 상태입니다.`);
        await repo.cancel(id, author);
        return (await repo.byId(id))!;
      }),

    remove: (id: number) =>
      writeTransaction(db, async (trx) => {
        const repo = requestRepository(trx);
        await find(repo, id);
        await repo.remove(id);
        return { id };
      }),

    async defaults(): Promise<QuickDefaults> {
      const until = today();
      const since = addDays(until, -USUAL_WINDOW_DAYS);
      const repo = requestRepository(db);
      const methodId = (await repo.usualMethod(since, until)) ?? (await methodRepository(db).list(false))[0]?.id ?? null;
      return { language: (await repo.usualLanguage(since, until)) ?? 'en', methodId };
    },

    today,
  };
}

export type RequestService = ReturnType<typeof requestService>;
