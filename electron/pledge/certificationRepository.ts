import { addYears } from 'date-fns/addYears';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { CertificationInput } from '../../shared/contract/pledge';
import { addDays } from '../../shared/korean/holidays';
import { storedFactDate } from '../../shared/pledge/factDates';
import { milestoneLabel, type CertificationRound, type DatePrecision, type Milestone, type MilestoneKind, type NextCertification } from '../../shared/pledge/records';
import { UserFacingError } from '../../shared/result';
import { createdStamp, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';

/** The day the next round is due: the selection date plus the validity in years. */
export const dueDate = (selectedOn: string, validYears: number) => format(addYears(parseISO(selectedOn), validYears), 'yyyy-MM-dd');

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

type Round = { id: number; cardId: number; name: string; validYears: number };

/** 국민행복민원실 rounds with their milestones; a round and its milestones are saved together. */
export function certificationRepository(db: Db) {
  const rounds = () => db.selectFrom('pledge_certification_round').select(['id', 'card_id as cardId', 'name', 'valid_years as validYears']);

  /** Every round's milestones in one query, in date order. */
  const withMilestones = async (list: Round[]): Promise<CertificationRound[]> => {
    if (list.length === 0) return [];
    const steps = await db
      .selectFrom('pledge_certification_milestone')
      .select(['id', 'round_id', 'kind', 'label', 'date', 'date_precision'])
      .where('round_id', 'in', list.map((r) => r.id))
      .orderBy('date')
      .orderBy('id')
      .execute();
    return list.map((r) => {
      const milestones: Milestone[] = steps
        .filter((m) => m.round_id === r.id)
        .map(({ round_id: _round, date_precision, ...m }) => ({ ...m, kind: m.kind as MilestoneKind, datePrecision: date_precision as DatePrecision }));
      const selection = milestones.find((m) => m.kind === 'selection');
      const selectedOn = selection?.date ?? null;
      return {
        ...r,
        milestones,
        selectedOn,
        selectedOnPrecision: selection?.datePrecision ?? 'day',
        validUntil: selectedOn ? addDays(dueDate(selectedOn, r.validYears), -1) : null,
      };
    });
  };

  return {
    list: async (cardId: number): Promise<CertificationRound[]> => withMilestones(await rounds().where('card_id', '=', cardId).orderBy('id').execute()),

    save: (input: CertificationInput & { validYears: number }, author: Author): Promise<CertificationRound> =>
      writeTransaction(db, async (trx) => {
        const fields = { name: input.name, valid_years: input.validYears };
        let id = input.id;
        if (id === undefined) {
          id = (await trx.insertInto('pledge_certification_round').values({ card_id: input.cardId, ...fields, ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id;
        } else {
          const changed = await trx
            .updateTable('pledge_certification_round')
            .set({ ...fields, ...updatedStamp(author) })
            .where('id', '=', id)
            .where('card_id', '=', input.cardId)
            .executeTakeFirst();
          if (Number(changed.numUpdatedRows) === 0) throw new UserFacingError('not_found', '수정할 인증 회차가 없습니다.');
        }
        // The milestones are the round's own list: replaced as a whole, with the round, or not at all.
        await trx.deleteFrom('pledge_certification_milestone').where('round_id', '=', id).execute();
        const roundId = id;
        const steps = input.milestones.map((m) => {
          const kind = m.kind as MilestoneKind;
          const precision = m.datePrecision ?? 'day';
          const label = kind === 'custom' ? (m.label ?? '').trim() : milestoneLabel[kind];
          return { round_id: roundId, kind, label, date: storedFactDate(m.date, precision), date_precision: precision };
        });
        if (steps.length) await trx.insertInto('pledge_certification_milestone').values(steps).execute();
        return certificationRepository(trx).round(id);
      }),

    round: async (id: number): Promise<CertificationRound> => (await withMilestones([await rounds().where('id', '=', id).executeTakeFirstOrThrow()]))[0],

    async delete(id: number) {
      const gone = await db.deleteFrom('pledge_certification_round').where('id', '=', id).executeTakeFirst();
      if (Number(gone.numDeletedRows) === 0) throw new UserFacingError('not_found', '지울 인증 회차가 없습니다.');
    },

    /** The round selected most recently, and how long until the next one is due; null before any selection. */
    async next(today: string): Promise<NextCertification | null> {
      const selected = (await withMilestones(await rounds().orderBy('id').execute())).filter((r) => r.selectedOn !== null);
      const latest = selected.sort((a, b) => b.selectedOn!.localeCompare(a.selectedOn!))[0];
      if (!latest) return null;
      const dueOn = dueDate(latest.selectedOn!, latest.validYears);
      return { roundName: latest.name, selectedOn: latest.selectedOn!, selectedOnPrecision: latest.selectedOnPrecision, validUntil: latest.validUntil!, dueOn, daysLeft: daysBetween(today, dueOn) };
    },
  };
}
