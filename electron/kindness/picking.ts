import { kindnessMonthLabel, type KindnessBoardEntry, type KindnessMonthState } from '../../shared/contract/kindness';
import { UserFacingError } from '../../shared/result';
import { isUniqueViolation } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import type { HandlerContext } from '../ipc/handlerTypes';
import { currentMonth } from './kindnessMonths';
import { kindnessRepos, type KindnessRepos } from './kindnessRepos';
import { monthlyBoard } from './monthlyBoard';
import { requireActor, requireOpenMonth, translateKindnessDbError } from './monthLock';
import type { NamedAuthor } from './pickRepository';

const entryOf = async (repos: KindnessRepos, month: string, staffId: number) => (await monthlyBoard(repos, month)).entries.find((e) => e.staffId === staffId);

/** The person at the PC, who must be there to pick, confirm or unlock, and the desk they are at. */
const namedAuthor = (ctx: HandlerContext, doing: string): NamedAuthor => ({ staffId: requireActor(ctx.actor, doing).id, desk: ctx.desk });

/**
 * The team lead's decisions: pick, take back a pick, confirm the month, and unlock it with a reason.
 *
 * Each decision checks the month and the board inside the transaction that writes it. When two team
 * leads act on the same month at the same moment (a pick and the confirmation, two picks in one
 * department), SQLite lets one desk at a time write; PostgreSQL runs the transactions as if one came
 * first and runs the loser again (writeTransaction), which then sees the other's decision and is
 * refused by the same rule, in the same Korean words.
 */
export function kindnessPicking(db: Db) {
  return {
    /**
     * The rules advise, the team lead decides: someone the rules flag is picked only when the team
     * lead ticks "규칙 예외로 선정", and the flags overridden are kept with the pick. A tick on an
     * unflagged person changes nothing (the pick is an ordinary one).
     */
    async pick(month: string, staffId: number, reason: string, exception: boolean, ctx: HandlerContext): Promise<KindnessBoardEntry> {
      const author = namedAuthor(ctx, '선정');
      try {
        await writeTransaction(db, async (trx) => {
          const repos = kindnessRepos(trx);
          await requireOpenMonth(repos.picks, month);
          const entry = await entryOf(repos, month, staffId);
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
          const person = (await repos.staff.staffById(staffId))!;
          // Department and position as they are today, kept with the pick for good.
          await repos.picks.insert(
            {
              month,
              staffId,
              departmentId: person.departmentId,
              departmentName: person.departmentName,
              position: person.position,
              reason,
              ruleException: flags || null,
            },
            author,
          );
        });
      } catch (error) {
        // The same person picked at another desk a moment ago: the key (month, person) says so.
        if (isUniqueViolation(error)) throw new UserFacingError('conflict', `${kindnessMonthLabel(month)}에 이미 선정된 직원입니다.`);
        throw translateKindnessDbError(error, month);
      }
      return (await entryOf(kindnessRepos(db), month, staffId))!;
    },

    async unpick(month: string, staffId: number, ctx: HandlerContext) {
      requireActor(ctx.actor, '선정 취소');
      try {
        await writeTransaction(db, async (trx) => {
          const repos = kindnessRepos(trx);
          await requireOpenMonth(repos.picks, month);
          if ((await repos.picks.remove(month, staffId)) === 0) throw new UserFacingError('not_found', '취소할 선정이 없습니다.');
        });
      } catch (error) {
        throw translateKindnessDbError(error, month);
      }
      return { month, staffId };
    },

    /**
     * Confirming locks the month; a month confirmed without picks reads "선정 없음" in the history.
     * Nobody confirms a month in which they are themselves picked: a second 팀장 or the 관리자 does.
     */
    async confirm(month: string, ctx: HandlerContext): Promise<KindnessMonthState> {
      const author = namedAuthor(ctx, '확정');
      if (month > currentMonth()) throw new UserFacingError('invalid_input', `${kindnessMonthLabel(month)}은 아직 오지 않아 확정할 수 없습니다.`, 'month');
      await writeTransaction(db, async (trx) => {
        const { picks } = kindnessRepos(trx);
        if (await picks.isConfirmed(month)) throw new UserFacingError('conflict', `${kindnessMonthLabel(month)}은 이미 확정되었습니다.`);
        // Read in the transaction that confirms: a pick made at another desk a moment ago counts too.
        if ((await picks.byMonth(month)).some((p) => p.staff_id === author.staffId)) {
          throw new UserFacingError('forbidden', `${ctx.actor!.name} 님은 ${kindnessMonthLabel(month)} 선정자라 이 달을 확정할 수 없습니다. 다른 팀장이나 관리자가 확정하세요.`);
        }
        await picks.confirm(month, author);
      });
      return kindnessRepos(db).picks.monthState(month);
    },

    async unlock(month: string, reason: string, ctx: HandlerContext): Promise<KindnessMonthState> {
      const author = namedAuthor(ctx, '확정 해제');
      try {
        await writeTransaction(db, async (trx) => {
          const { picks } = kindnessRepos(trx);
          if (!(await picks.isConfirmed(month))) throw new UserFacingError('conflict', `${kindnessMonthLabel(month)}은 확정되지 않은 달입니다.`);
          await picks.unlock(month, reason, author);
        });
      } catch (error) {
        throw translateKindnessDbError(error, month);
      }
      return kindnessRepos(db).picks.monthState(month);
    },
  };
}
