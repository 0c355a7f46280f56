import type { Selectable } from 'kysely';
import type { CardInput } from '../../shared/contract/pledge';
import { termYears } from '../../shared/pledge/budgetTable';
import { mergeLayout } from '../../shared/pledge/layout';
import type { LayoutEntry, NoteLine, PledgeCard } from '../../shared/pledge/records';
import { UserFacingError } from '../../shared/result';
import { createdStamp, isUniqueViolation, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import type { PledgeCardTable } from './pledgeTables';

type CardRow = Selectable<PledgeCardTable> & { department_name: string; updated_by_name: string | null };

const toCard = (r: CardRow): PledgeCard => ({
  id: r.id,
  areaCode: r.area_code,
  areaNumber: r.area_number,
  title: r.title,
  status: r.status,
  businessType: r.business_type,
  funding: r.funding,
  departmentId: r.department_id,
  departmentName: r.department_name,
  team: r.team,
  extension: r.extension,
  projectFrom: r.project_from,
  projectTo: r.project_to,
  projectPeriodText: r.project_period_text,
  contents: r.contents,
  budgetNote: r.budget_note,
  effects: r.effects,
  plans: r.plans,
  termFrom: r.term_from,
  termTo: r.term_to,
  updatedByName: r.updated_by_name,
  updatedAt: r.updated_at,
});

const cardColumns = (input: CardInput) => ({
  area_code: input.areaCode,
  area_number: input.areaNumber,
  title: input.title,
  status: input.status,
  business_type: input.businessType,
  funding: input.funding,
  department_id: input.departmentId,
  team: input.team ?? '',
  extension: input.extension ?? '',
  project_from: input.projectFrom,
  project_to: input.projectTo,
  project_period_text: input.projectPeriodText ?? '',
  contents: input.contents ?? '',
  budget_note: input.budgetNote ?? '',
  effects: input.effects ?? '',
  plans: input.plans ?? '',
  term_from: input.termFrom,
  term_to: input.termTo,
});

/** The pledge card itself, and the user's arrangement of its section (line order, hidden lines, notes). */
export function cardRepository(db: Db) {
  const cards = () =>
    db
      .selectFrom('pledge_card as c')
      .innerJoin('department as d', 'd.id', 'c.department_id')
      .leftJoin('staff as u', 'u.id', 'c.updated_by')
      .selectAll('c')
      .select(['d.name as department_name', 'u.name as updated_by_name']);
  const note = (id: number) =>
    db.selectFrom('pledge_note').select(['id', 'card_id as cardId', 'level', 'text', 'after_key as afterKey']).where('id', '=', id).executeTakeFirst();

  const repo = {
    list: async (): Promise<PledgeCard[]> => (await cards().orderBy('c.area_code').orderBy('c.area_number').execute()).map(toCard),

    async byId(id: number): Promise<PledgeCard> {
      const row = await cards().where('c.id', '=', id).executeTakeFirst();
      if (!row) throw new UserFacingError('not_found', '공약 카드가 없습니다.', 'cardId');
      return toCard(row);
    },

    async save(input: CardInput & { id?: number }, author: Author): Promise<PledgeCard> {
      try {
        return await writeTransaction(db, async (trx) => {
          if (!(await trx.selectFrom('department').select('id').where('id', '=', input.departmentId).executeTakeFirst())) {
            throw new UserFacingError('not_found', '선택한 부서가 없습니다.', 'departmentId');
          }
          let id = input.id;
          if (id === undefined) {
            id = (await trx.insertInto('pledge_card').values({ ...cardColumns(input), ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id;
          } else {
            // A budget already planned for a year outside the new term would drop out of the 사업비 현황 table unseen.
            const years = termYears(input.termFrom, input.termTo);
            const budgeted = await trx
              .selectFrom('pledge_budget')
              .select('year')
              .distinct()
              .where('card_id', '=', id)
              .where('year', 'is not', null)
              .where('amount', '>', 0)
              .orderBy('year')
              .execute();
            const outside = budgeted.map((r) => r.year!).filter((y) => !years.includes(y));
            if (outside.length) throw new UserFacingError('conflict', `${outside.join(', ')}년 사업비가 입력되어 있어 임기를 바꿀 수 없습니다. 먼저 그 연도의 사업비를 지우세요.`, 'termFrom');
            const changed = await trx.updateTable('pledge_card').set({ ...cardColumns(input), ...updatedStamp(author) }).where('id', '=', id).executeTakeFirst();
            if (Number(changed.numUpdatedRows) === 0) throw new UserFacingError('not_found', '수정할 공약 카드가 없습니다.');
          }
          return cardRepository(trx).byId(id);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new UserFacingError('conflict', `'${input.areaCode} ${input.areaNumber}' 공약 카드가 이미 있습니다.`, 'areaNumber');
        throw error;
      }
    },

    layout: async (cardId: number): Promise<LayoutEntry[]> =>
      (await db.selectFrom('pledge_line_layout').select(['line_key', 'hidden']).where('card_id', '=', cardId).orderBy('position').execute()).map((r) => ({
        key: r.line_key,
        hidden: r.hidden === 1,
      })),

    /**
     * Rewrites the whole arrangement in one transaction (half an order would scramble the section),
     * keeping the saved lines of other periods where they were.
     */
    async saveLayout(cardId: number, lines: LayoutEntry[]): Promise<number> {
      await repo.byId(cardId);
      const sent = new Set(lines.map((l) => l.key)).size;
      await writeTransaction(db, async (trx) => {
        const merged = mergeLayout(await cardRepository(trx).layout(cardId), lines);
        await trx.deleteFrom('pledge_line_layout').where('card_id', '=', cardId).execute();
        const rows = merged.map((l, i) => ({ card_id: cardId, line_key: l.key, position: i, hidden: l.hidden ? 1 : 0 }));
        // In slices, so a long arrangement stays under either engine's limit of parameters per statement.
        for (let at = 0; at < rows.length; at += 500) await trx.insertInto('pledge_line_layout').values(rows.slice(at, at + 500)).execute();
      });
      return sent;
    },

    notes: async (cardId: number): Promise<NoteLine[]> =>
      (await db.selectFrom('pledge_note').select(['id', 'level', 'text', 'after_key as afterKey']).where('card_id', '=', cardId).orderBy('id').execute()).map((n) => ({
        ...n,
        level: n.level as NoteLine['level'],
      })),

    async saveNote(input: { cardId: number; id?: number; level: NoteLine['level']; text: string; afterKey: string | null }, author: Author): Promise<NoteLine> {
      await repo.byId(input.cardId);
      let id = input.id;
      if (id === undefined) {
        id = (
          await db
            .insertInto('pledge_note')
            .values({ card_id: input.cardId, level: input.level, text: input.text, after_key: input.afterKey, ...createdStamp(author) })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      } else {
        const changed = await db
          .updateTable('pledge_note')
          .set({ level: input.level, text: input.text, ...updatedStamp(author) })
          .where('id', '=', id)
          .where('card_id', '=', input.cardId)
          .executeTakeFirst();
        if (Number(changed.numUpdatedRows) === 0) throw new UserFacingError('not_found', '수정할 메모가 없습니다.');
      }
      const { cardId: _card, ...saved } = (await note(id))!;
      return { ...saved, level: saved.level as NoteLine['level'] };
    },

    async deleteNote(id: number) {
      const found = await note(id);
      if (!found) throw new UserFacingError('not_found', '지울 메모가 없습니다.');
      await writeTransaction(db, async (trx) => {
        await trx.deleteFrom('pledge_note').where('id', '=', id).execute();
        await trx.deleteFrom('pledge_line_layout').where('card_id', '=', found.cardId).where('line_key', '=', `note:${id}`).execute();
      });
    },
  };
  return repo;
}

export type CardRepository = ReturnType<typeof cardRepository>;
