import type { z } from 'zod';
import type { InterpretationRequest, QuickDefaults, requestInput } from '../../shared/contract/interpretation';
import { addDays } from '../../shared/korean/holidays';
import { deskToday } from '../../shared/korean/deskClock';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Actor } from '../ipc/handlerTypes';
import type { StaffRepository } from '../staff/staffRepository';
import type { MethodRepository } from './methodRepository';
import type { RequestFields, RequestRepository } from './requestRepository';

type ParsedRequest = z.output<typeof requestInput>;

/** How far back "the usual language" looks. */
const USUAL_WINDOW_DAYS = 90;

export function requestService(repo: RequestRepository, methods: MethodRepository, staff: StaffRepository, today = deskToday) {
  const requireStaff = (staffId: number | null, field: string) => {
    if (staffId !== null && !staff.staffById(staffId)) throw new UserFacingError('not_found', '선택한 직원이 없습니다.', field);
  };

  const fieldsFor = (input: ParsedRequest, actor: Actor | null, existing: InterpretationRequest | null): RequestFields => {
    // Left out, the person at the PC handled it; sent as null, nobody is named (allowed for a booking only).
    const staffId = input.staffId === undefined ? (actor?.id ?? null) : input.staffId;
    if (input.status === '완료' && staffId === null) {
      throw new UserFacingError('invalid_input', '처리 직원을 선택하세요. 오른쪽 위에서 사용자를 고르면 자동으로 채워집니다.', 'staffId');
    }
    if (input.status === '완료' && input.date > today()) {
      throw new UserFacingError('invalid_input', '아직 오지 않은 날짜입니다. 미리 잡힌 통역은 예약으로 기록하세요.', 'date');
    }
    requireStaff(staffId, 'staffId');
    requireStaff(input.interpreterId, 'interpreterId');
    const method = methods.byId(input.methodId);
    if (!method) throw new UserFacingError('not_found', '선택한 지원 방법이 없습니다.', 'methodId');
    // A retired way stays on the records that used it, but nothing new may be filed under it.
    if (!method.active && existing?.methodId !== method.id) {
      throw new UserFacingError('conflict', `'${method.name}'은(는) 사용하지 않는 지원 방법입니다. 다른 방법을 고르세요.`, 'methodId');
    }
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

  const find = (id: number) => {
    const found = repo.byId(id);
    if (!found) throw new UserFacingError('not_found', '해당 통역 기록이 없습니다. 다른 사용자가 삭제했을 수 있습니다.');
    return found;
  };

  return {
    save(input: ParsedRequest, actor: Actor | null): InterpretationRequest {
      const existing = input.id === undefined ? null : find(input.id);
      const fields = fieldsFor(input, actor, existing);
      const now = nowIso();
      const id = existing ? (repo.update(existing.id, fields, now, actor?.id ?? null), existing.id) : repo.insert(fields, now, actor?.id ?? null);
      return repo.byId(id)!;
    },

    cancel(id: number, actor: Actor | null): InterpretationRequest {
      const request = find(id);
      if (request.status !== '예약') throw new UserFacingError('conflict', `예약된 통역만 취소할 수 있습니다. 이 기록은 '${request.status}' 상태입니다.`);
      repo.cancel(id, nowIso(), actor?.id ?? null);
      return repo.byId(id)!;
    },

    remove(id: number) {
      find(id);
      repo.remove(id);
      return { id };
    },

    defaults(): QuickDefaults {
      const until = today();
      const since = addDays(until, -USUAL_WINDOW_DAYS);
      const methodId = repo.usualMethod(since, until) ?? methods.list(false)[0]?.id ?? null;
      return { language: repo.usualLanguage(since, until) ?? 'en', methodId };
    },

    today,
  };
}

export type RequestService = ReturnType<typeof requestService>;
