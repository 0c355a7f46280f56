import { kindnessMonthLabel, type KindnessBoardEntry, type KindnessMonthState } from '../../shared/contract/kindness';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';
import type { Actor } from '../ipc/handlerTypes';
import { currentMonth } from './kindnessMonths';
import { monthlyBoard, type KindnessRepos } from './monthlyBoard';
import { requireActor, requireOpenMonth, translateKindnessDbError } from './monthLock';
import { writeTransaction } from '../db/transactions';

/** The team lead's decisions: pick, take back a pick, confirm the month, and unlock it with a reason. */
export function kindnessPicking(db: Db, repos: KindnessRepos) {
  const entryOf = (month: string, staffId: number) => monthlyBoard(repos, month).entries.find((e) => e.staffId === staffId);

  return {
    /**
     * The rules advise, the team lead decides: someone the rules flag is picked only when the team
     * lead ticks "규칙 예외로 선정", and the flags overridden are kept with the pick. A tick on an
     * unflagged person changes nothing (the pick is an ordinary one).
     */
    pick(month: string, staffId: number, reason: string, exception: boolean, actor: Actor | null): KindnessBoardEntry {
      const by = requireActor(actor, '선정');
      try {
        // The rules are checked on the board as it stands inside the transaction that writes the pick.
        writeTransaction(db, () => {
          requireOpenMonth(repos.picks, month);
          const entry = entryOf(month, staffId);
          if (!entry) throw new UserFacingError('not_found', '이 달 추천 명단에 없는 직원입니다. 먼저 추천을 접수하세요.', 'staffId');
          if (entry.pick) throw new UserFacingError('conflict', `${entry.name} 님은 이미 선정되었습니다.`);
          const flags = entry.flags.map((f) => f.text).join(', ');
          if (flags && !exception) {
            throw new UserFacingError(
              'conflict',
              `${entry.name} 님은 선정 기준에 맞지 않습니다: ${flags}. 그래도 선정하려면 '규칙 예외로 선정'에 표시하고 선정 사유에 예외로 선정하는 이유를 적으세요.`,
              'exception',
            );
          }
          const person = repos.staff.staffById(staffId)!;
          // Department and position as they are today, kept with the pick for good.
          repos.picks.insert(
            {
              month,
              staffId,
              departmentId: person.departmentId,
              departmentName: person.departmentName,
              position: person.position,
              reason,
              ruleException: flags || null,
            },
            nowIso(),
            by.id,
          );
        })();
      } catch (error) {
        throw translateKindnessDbError(error, month);
      }
      return entryOf(month, staffId)!;
    },

    unpick(month: string, staffId: number, actor: Actor | null) {
      requireActor(actor, '선정 취소');
      try {
        writeTransaction(db, () => {
          requireOpenMonth(repos.picks, month);
          if (repos.picks.remove(month, staffId) === 0) throw new UserFacingError('not_found', '취소할 선정이 없습니다.');
        })();
      } catch (error) {
        throw translateKindnessDbError(error, month);
      }
      return { month, staffId };
    },

    /** Confirming locks the month; a month confirmed without picks reads "선정 없음" in the history. */
    confirm(month: string, actor: Actor | null): KindnessMonthState {
      const by = requireActor(actor, '확정');
      if (month > currentMonth()) throw new UserFacingError('invalid_input', `${kindnessMonthLabel(month)}은 아직 오지 않아 확정할 수 없습니다.`, 'month');
      writeTransaction(db, () => {
        if (repos.picks.isConfirmed(month)) throw new UserFacingError('conflict', `${kindnessMonthLabel(month)}은 이미 확정되었습니다.`);
        repos.picks.confirm(month, nowIso(), by.id);
      })();
      return repos.picks.monthState(month);
    },

    unlock(month: string, reason: string, actor: Actor | null): KindnessMonthState {
      const by = requireActor(actor, '확정 해제');
      writeTransaction(db, () => {
        if (!repos.picks.isConfirmed(month)) throw new UserFacingError('conflict', `${kindnessMonthLabel(month)}은 확정되지 않은 달입니다.`);
        repos.picks.unlock(month, reason, nowIso(), by.id);
      })();
      return repos.picks.monthState(month);
    },
  };
}
