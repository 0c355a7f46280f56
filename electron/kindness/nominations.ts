import { deskToday } from '../../shared/korean/deskClock';
import type { KindnessBoardEntry, KindnessNomination } from '../../shared/contract/kindness';
import type { ParsedInputOf } from '../../shared/contract/channel';
import type { Contract } from '../../shared/contract';
import { UserFacingError } from '../../shared/result';
import { authorOf } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import type { HandlerContext } from '../ipc/handlerTypes';
import { kindnessRepos, type KindnessRepos } from './kindnessRepos';
import { monthlyBoard } from './monthlyBoard';
import { requireOpenMonth, translateKindnessDbError } from './monthLock';

type NominationInput = ParsedInputOf<Contract['kindness.saveNomination']>;
type RateInput = ParsedInputOf<Contract['kindness.rate']>;

const isPicked = async (repos: KindnessRepos, month: string, staffId: number) => (await repos.picks.byMonth(month)).some((p) => p.staff_id === staffId);

/** A picked person's last nomination stays: a pick always rests on at least one nomination. */
async function keepPickedPersonsLast(repos: KindnessRepos, old: KindnessNomination) {
  if ((await isPicked(repos, old.month, old.staffId)) && (await repos.nominations.countFor(old.month, old.staffId)) === 1) {
    throw new UserFacingError('conflict', `${old.staffName} 님은 이 달 선정자이고 이것이 마지막 추천입니다. 먼저 월간 심사표에서 선정을 취소하세요.`);
  }
}

/**
 * A 담당자 takes in nominations as themself and changes or removes only the ones they entered; a 팀장 or
 * the 관리자 handles any. (Roles below 팀장 never reach the board's ratings and picks: the access map.)
 */
function requireOwnNomination(ctx: HandlerContext, enteredById: number, doing: '고칠' | '지울') {
  if (ctx.actor?.role !== 'desk' || ctx.actor.id === enteredById) return;
  throw new UserFacingError('forbidden', `담당자는 본인이 입력한 추천만 ${doing} 수 있습니다. 팀장에게 요청하세요.`);
}

async function validPeople(repos: KindnessRepos, input: NominationInput, ctx: HandlerContext, isNewNominee: boolean) {
  const enteredById = input.enteredById ?? ctx.actor?.id;
  if (enteredById === undefined) throw new UserFacingError('invalid_input', '입력자를 선택하세요.', 'enteredById');
  if (ctx.actor?.role === 'desk' && enteredById !== ctx.actor.id) {
    throw new UserFacingError('forbidden', '담당자는 본인을 입력자로 해서만 추천을 접수할 수 있습니다.', 'enteredById');
  }
  if (!(await repos.staff.staffById(enteredById))) throw new UserFacingError('not_found', '선택한 입력자가 직원 명단에 없습니다.', 'enteredById');
  const nominee = await repos.staff.staffById(input.staffId);
  if (!nominee) throw new UserFacingError('not_found', '선택한 직원이 명단에 없습니다.', 'staffId');
  if (isNewNominee && !nominee.active) throw new UserFacingError('invalid_input', `${nominee.name} 님은 재직 중이 아니어서 추천할 수 없습니다.`, 'staffId');
  return enteredById;
}

/**
 * Entering, correcting and removing nominations, and the team lead's ratings of a nominee. Each
 * change reads what it checks and writes in one transaction: another desk cannot confirm the month,
 * take back the pick or remove the person's other nomination in between.
 */
export function kindnessNominations(db: Db) {
  return {
    async saveNomination(input: NominationInput, ctx: HandlerContext): Promise<KindnessNomination> {
      if (input.receivedOn > deskToday()) throw new UserFacingError('invalid_input', '접수일이 오늘보다 늦습니다.', 'receivedOn');
      const author = authorOf(ctx);
      try {
        const id = await writeTransaction(db, async (trx) => {
          const repos = kindnessRepos(trx);
          const old = input.id === undefined ? null : await repos.nominations.byId(input.id);
          if (input.id !== undefined && !old) throw new UserFacingError('not_found', '수정할 추천이 없습니다.');
          if (old) requireOwnNomination(ctx, old.enteredById, '고칠');
          const enteredById = await validPeople(repos, input, ctx, !old || old.staffId !== input.staffId);
          const fields = { month: input.month, staffId: input.staffId, source: input.source, evidence: input.evidence, receivedOn: input.receivedOn, enteredById };
          await requireOpenMonth(repos.picks, input.month);
          if (!old) return repos.nominations.insert(fields, author);
          await requireOpenMonth(repos.picks, old.month);
          const moved = old.month !== input.month || old.staffId !== input.staffId;
          if (moved) await keepPickedPersonsLast(repos, old);
          await repos.nominations.update(old.id, fields, author);
          if (moved && (await repos.nominations.countFor(old.month, old.staffId)) === 0) await repos.nominations.clearRatingsOf(old.month, old.staffId);
          return old.id;
        });
        return (await kindnessRepos(db).nominations.byId(id))!;
      } catch (error) {
        throw translateKindnessDbError(error, input.month);
      }
    },

    async deleteNomination(id: number, ctx: HandlerContext): Promise<{ id: number }> {
      await writeTransaction(db, async (trx) => {
        const repos = kindnessRepos(trx);
        const old = await repos.nominations.byId(id);
        if (!old) throw new UserFacingError('not_found', '삭제할 추천이 없습니다.');
        requireOwnNomination(ctx, old.enteredById, '지울');
        try {
          await requireOpenMonth(repos.picks, old.month);
          await keepPickedPersonsLast(repos, old);
          await repos.nominations.remove(id);
          if ((await repos.nominations.countFor(old.month, old.staffId)) === 0) await repos.nominations.clearRatingsOf(old.month, old.staffId);
        } catch (error) {
          throw translateKindnessDbError(error, old.month);
        }
      });
      return { id };
    },

    async rate({ month, staffId, ratings }: RateInput, ctx: HandlerContext): Promise<KindnessBoardEntry> {
      const author = authorOf(ctx);
      try {
        await writeTransaction(db, async (trx) => {
          const repos = kindnessRepos(trx);
          await requireOpenMonth(repos.picks, month);
          if ((await repos.nominations.countFor(month, staffId)) === 0) {
            throw new UserFacingError('not_found', '이 달 추천 명단에 없는 직원입니다. 먼저 추천을 접수하세요.', 'staffId');
          }
          for (const [i, r] of ratings.entries()) {
            const criterion = await repos.config.criterionById(r.criterionId);
            if (!criterion?.active) throw new UserFacingError('invalid_input', '사용하지 않는 심사 항목입니다.', `ratings.${i}.criterionId`);
            await repos.nominations.setRating(month, staffId, r.criterionId, r.rating, author);
          }
        });
      } catch (error) {
        throw translateKindnessDbError(error, month);
      }
      return (await monthlyBoard(kindnessRepos(db), month)).entries.find((e) => e.staffId === staffId)!;
    },
  };
}
