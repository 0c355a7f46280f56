import { deskToday } from '../../shared/korean/deskClock';
import type { KindnessBoardEntry, KindnessNomination } from '../../shared/contract/kindness';
import type { ParsedInputOf } from '../../shared/contract/channel';
import type { Contract } from '../../shared/contract';
import { UserFacingError } from '../../shared/result';
import type { Db } from '../db/connection';
import type { Actor } from '../ipc/handlerTypes';
import { monthlyBoard, type KindnessRepos } from './monthlyBoard';
import { requireOpenMonth, translateKindnessDbError } from './monthLock';
import { writeTransaction } from '../db/transactions';

type NominationInput = ParsedInputOf<Contract['kindness.saveNomination']>;
type RateInput = ParsedInputOf<Contract['kindness.rate']>;

/** Entering, correcting and removing nominations, and the team lead's ratings of a nominee. */
export function kindnessNominations(db: Db, repos: KindnessRepos) {
  const isPicked = (month: string, staffId: number) => repos.picks.byMonth(month).some((p) => p.staff_id === staffId);

  /** A picked person's last nomination stays: a pick always rests on at least one nomination. */
  const keepPickedPersonsLast = (old: KindnessNomination) => {
    if (isPicked(old.month, old.staffId) && repos.nominations.countFor(old.month, old.staffId) === 1) {
      throw new UserFacingError('conflict', `${old.staffName} 님은 이 달 선정자이고 이것이 마지막 추천입니다. 먼저 월간 심사표에서 선정을 취소하세요.`);
    }
  };

  const validPeople = (input: NominationInput, actor: Actor | null, isNewNominee: boolean) => {
    const enteredById = input.enteredById ?? actor?.id;
    if (enteredById === undefined) {
      throw new UserFacingError('invalid_input', '입력자를 선택하세요(오른쪽 위에서 현재 사용자를 고르면 자동으로 들어갑니다).', 'enteredById');
    }
    if (!repos.staff.staffById(enteredById)) throw new UserFacingError('not_found', '선택한 입력자가 직원 명단에 없습니다.', 'enteredById');
    const nominee = repos.staff.staffById(input.staffId);
    if (!nominee) throw new UserFacingError('not_found', '선택한 직원이 명단에 없습니다.', 'staffId');
    if (isNewNominee && !nominee.active) throw new UserFacingError('invalid_input', `${nominee.name} 님은 재직 중이 아니어서 추천할 수 없습니다.`, 'staffId');
    return enteredById;
  };

  return {
    saveNomination(input: NominationInput, actor: Actor | null): KindnessNomination {
      if (input.receivedOn > deskToday()) throw new UserFacingError('invalid_input', '접수일이 오늘보다 늦습니다.', 'receivedOn');
      const old = input.id === undefined ? null : repos.nominations.byId(input.id);
      if (input.id !== undefined && !old) throw new UserFacingError('not_found', '수정할 추천이 없습니다.');
      const enteredById = validPeople(input, actor, !old || old.staffId !== input.staffId);
      const fields = { month: input.month, staffId: input.staffId, source: input.source, evidence: input.evidence, receivedOn: input.receivedOn, enteredById };
      try {
        // The checks and the write in one transaction: the month cannot be confirmed in between.
        const id = writeTransaction(db, () => {
          requireOpenMonth(repos.picks, input.month);
          if (!old) return repos.nominations.insert(fields, actor?.id ?? null);
          requireOpenMonth(repos.picks, old.month);
          const moved = old.month !== input.month || old.staffId !== input.staffId;
          if (moved) keepPickedPersonsLast(old);
          repos.nominations.update(old.id, fields, actor?.id ?? null);
          if (moved && repos.nominations.countFor(old.month, old.staffId) === 0) repos.nominations.clearRatingsOf(old.month, old.staffId);
          return old.id;
        })();
        return repos.nominations.byId(id)!;
      } catch (error) {
        throw translateKindnessDbError(error, input.month);
      }
    },

    deleteNomination(id: number): { id: number } {
      const old = repos.nominations.byId(id);
      if (!old) throw new UserFacingError('not_found', '삭제할 추천이 없습니다.');
      try {
        writeTransaction(db, () => {
          requireOpenMonth(repos.picks, old.month);
          keepPickedPersonsLast(old);
          repos.nominations.remove(id);
          if (repos.nominations.countFor(old.month, old.staffId) === 0) repos.nominations.clearRatingsOf(old.month, old.staffId);
        })();
      } catch (error) {
        throw translateKindnessDbError(error, old.month);
      }
      return { id };
    },

    rate({ month, staffId, ratings }: RateInput, actor: Actor | null): KindnessBoardEntry {
      try {
        writeTransaction(db, () => {
          requireOpenMonth(repos.picks, month);
          if (repos.nominations.countFor(month, staffId) === 0) {
            throw new UserFacingError('not_found', '이 달 추천 명단에 없는 직원입니다. 먼저 추천을 접수하세요.', 'staffId');
          }
          ratings.forEach((r, i) => {
            const criterion = repos.config.criterionById(r.criterionId);
            if (!criterion?.active) throw new UserFacingError('invalid_input', '사용하지 않는 심사 항목입니다.', `ratings.${i}.criterionId`);
            repos.nominations.setRating(month, staffId, r.criterionId, r.rating, actor?.id ?? null);
          });
        })();
      } catch (error) {
        throw translateKindnessDbError(error, month);
      }
      return monthlyBoard(repos, month).entries.find((e) => e.staffId === staffId)!;
    },
  };
}
