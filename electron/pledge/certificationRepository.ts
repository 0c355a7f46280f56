import { addYears, format, parseISO } from 'date-fns';
import type { CertificationInput } from '../../shared/contract/pledge';
import { addDays } from '../../shared/korean/holidays';
import { milestoneLabel, type CertificationRound, type Milestone, type MilestoneKind, type NextCertification } from '../../shared/pledge/records';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';
import { writeTransaction } from '../db/transactions';

/** The day the next round is due: the selection date plus the validity in years. */
export const dueDate = (selectedOn: string, validYears: number) => format(addYears(parseISO(selectedOn), validYears), 'yyyy-MM-dd');

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** 국민행복민원실 rounds with their milestones; a round and its milestones are saved together. */
export function certificationRepository(db: Db) {
  const stmt = {
    rounds: db.prepare(`SELECT id, card_id AS cardId, name, valid_years AS validYears FROM pledge_certification_round WHERE card_id = ? ORDER BY id`),
    allRounds: db.prepare(`SELECT id, card_id AS cardId, name, valid_years AS validYears FROM pledge_certification_round`),
    round: db.prepare(`SELECT id, card_id AS cardId, name, valid_years AS validYears FROM pledge_certification_round WHERE id = ?`),
    milestones: db.prepare(`SELECT id, kind, label, date FROM pledge_certification_milestone WHERE round_id = ? ORDER BY date, id`),
    insertRound: db.prepare(`
      INSERT INTO pledge_certification_round (card_id, name, valid_years, created_at, created_by, updated_at, updated_by)
      VALUES (@cardId, @name, @validYears, @now, @actor, @now, @actor)`),
    updateRound: db.prepare(`UPDATE pledge_certification_round SET name = @name, valid_years = @validYears, updated_at = @now, updated_by = @actor WHERE id = @id AND card_id = @cardId`),
    clearMilestones: db.prepare(`DELETE FROM pledge_certification_milestone WHERE round_id = ?`),
    insertMilestone: db.prepare(`INSERT INTO pledge_certification_milestone (round_id, kind, label, date) VALUES (?, ?, ?, ?)`),
    deleteRound: db.prepare(`DELETE FROM pledge_certification_round WHERE id = ?`),
  };

  const withMilestones = (r: { id: number; cardId: number; name: string; validYears: number }): CertificationRound => {
    const milestones = stmt.milestones.all(r.id) as Milestone[];
    const selectedOn = milestones.find((m) => m.kind === 'selection')?.date ?? null;
    return { ...r, milestones, selectedOn, validUntil: selectedOn ? addDays(dueDate(selectedOn, r.validYears), -1) : null };
  };

  const repo = {
    list: (cardId: number): CertificationRound[] => (stmt.rounds.all(cardId) as never[]).map(withMilestones),

    save(input: CertificationInput & { validYears: number }, actor: number | null): CertificationRound {
      const params = { ...input, now: nowIso(), actor };
      return writeTransaction(db, () => {
        let id = input.id;
        if (id === undefined) id = Number(stmt.insertRound.run(params).lastInsertRowid);
        else if (stmt.updateRound.run({ ...params, id }).changes === 0) throw new UserFacingError('not_found', '수정할 인증 회차가 없습니다.');
        // The milestones are the round's own list: replaced as a whole, with the round, or not at all.
        stmt.clearMilestones.run(id);
        for (const m of input.milestones) {
          const kind = m.kind as MilestoneKind;
          const label = kind === 'custom' ? (m.label ?? '').trim() : milestoneLabel[kind];
          stmt.insertMilestone.run(id, kind, label, m.date);
        }
        return withMilestones(stmt.round.get(id) as never);
      })();
    },

    delete(id: number) {
      if (stmt.deleteRound.run(id).changes === 0) throw new UserFacingError('not_found', '지울 인증 회차가 없습니다.');
    },

    /** The round selected most recently, and how long until the next one is due; null before any selection. */
    next(today: string): NextCertification | null {
      const selected = (stmt.allRounds.all() as never[]).map(withMilestones).filter((r) => r.selectedOn !== null);
      const latest = selected.sort((a, b) => b.selectedOn!.localeCompare(a.selectedOn!))[0];
      if (!latest) return null;
      const dueOn = dueDate(latest.selectedOn!, latest.validYears);
      return { roundName: latest.name, selectedOn: latest.selectedOn!, validUntil: latest.validUntil!, dueOn, daysLeft: daysBetween(today, dueOn) };
    },
  };
  return repo;
}
