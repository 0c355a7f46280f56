import type { CardInput } from '../../shared/contract/pledge';
import { termYears } from '../../shared/pledge/budgetTable';
import { mergeLayout } from '../../shared/pledge/layout';
import type { LayoutEntry, NoteLine, PledgeCard } from '../../shared/pledge/records';
import { UserFacingError } from '../../shared/result';
import { isUniqueViolation, nowIso } from '../db/audit';
import type { Db } from '../db/connection';
import { writeTransaction } from '../db/transactions';

interface CardRow {
  id: number;
  area_code: string;
  area_number: string;
  title: string;
  status: string;
  business_type: string;
  funding: string;
  department_id: number;
  department_name: string;
  team: string;
  extension: string;
  project_from: string;
  project_to: string;
  contents: string;
  budget_note: string;
  effects: string;
  plans: string;
  term_from: string;
  term_to: string;
  updated_by_name: string | null;
  updated_at: string;
}

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
  contents: r.contents,
  budgetNote: r.budget_note,
  effects: r.effects,
  plans: r.plans,
  termFrom: r.term_from,
  termTo: r.term_to,
  updatedByName: r.updated_by_name,
  updatedAt: r.updated_at,
});

const CARD_SELECT = `
  SELECT c.*, d.name AS department_name, u.name AS updated_by_name
  FROM pledge_card c JOIN department d ON d.id = c.department_id LEFT JOIN staff u ON u.id = c.updated_by`;

const FIELDS = `area_code = @areaCode, area_number = @areaNumber, title = @title, status = @status, business_type = @businessType,
  funding = @funding, department_id = @departmentId, team = @team, extension = @extension, project_from = @projectFrom,
  project_to = @projectTo, contents = @contents, budget_note = @budgetNote, effects = @effects, plans = @plans,
  term_from = @termFrom, term_to = @termTo, updated_at = @now, updated_by = @actor`;

/** The pledge card itself, and the user's arrangement of its section (line order, hidden lines, notes). */
export function cardRepository(db: Db) {
  const stmt = {
    list: db.prepare(`${CARD_SELECT} ORDER BY c.area_code, c.area_number`),
    byId: db.prepare(`${CARD_SELECT} WHERE c.id = ?`),
    department: db.prepare(`SELECT 1 FROM department WHERE id = ?`),
    insert: db.prepare(`
      INSERT INTO pledge_card (area_code, area_number, title, status, business_type, funding, department_id, team, extension,
        project_from, project_to, contents, budget_note, effects, plans, term_from, term_to, created_at, created_by, updated_at, updated_by)
      VALUES (@areaCode, @areaNumber, @title, @status, @businessType, @funding, @departmentId, @team, @extension, @projectFrom,
        @projectTo, @contents, @budgetNote, @effects, @plans, @termFrom, @termTo, @now, @actor, @now, @actor)`),
    update: db.prepare(`UPDATE pledge_card SET ${FIELDS} WHERE id = @id`),
    budgetYears: db.prepare(`SELECT DISTINCT year FROM pledge_budget WHERE card_id = ? AND year IS NOT NULL AND amount > 0 ORDER BY year`),
    layout: db.prepare(`SELECT line_key AS key, hidden FROM pledge_line_layout WHERE card_id = ? ORDER BY position`),
    clearLayout: db.prepare(`DELETE FROM pledge_line_layout WHERE card_id = ?`),
    insertLayout: db.prepare(`INSERT INTO pledge_line_layout (card_id, line_key, position, hidden) VALUES (?, ?, ?, ?)`),
    notes: db.prepare(`SELECT id, level, text, after_key AS afterKey FROM pledge_note WHERE card_id = ? ORDER BY id`),
    noteById: db.prepare(`SELECT id, card_id AS cardId, level, text, after_key AS afterKey FROM pledge_note WHERE id = ?`),
    insertNote: db.prepare(`
      INSERT INTO pledge_note (card_id, level, text, after_key, created_at, created_by, updated_at, updated_by)
      VALUES (@cardId, @level, @text, @afterKey, @now, @actor, @now, @actor)`),
    updateNote: db.prepare(`UPDATE pledge_note SET level = @level, text = @text, updated_at = @now, updated_by = @actor WHERE id = @id AND card_id = @cardId`),
    deleteNote: db.prepare(`DELETE FROM pledge_note WHERE id = ?`),
    forgetLine: db.prepare(`DELETE FROM pledge_line_layout WHERE card_id = ? AND line_key = ?`),
  };

  const repo = {
    list: (): PledgeCard[] => (stmt.list.all() as CardRow[]).map(toCard),

    byId(id: number): PledgeCard {
      const row = stmt.byId.get(id) as CardRow | undefined;
      if (!row) throw new UserFacingError('not_found', '공약 카드가 없습니다.', 'cardId');
      return toCard(row);
    },

    save(input: CardInput & { id?: number }, actor: number | null): PledgeCard {
      if (!stmt.department.get(input.departmentId)) throw new UserFacingError('not_found', '선택한 부서가 없습니다.', 'departmentId');
      const params = { team: '', extension: '', contents: '', budgetNote: '', effects: '', plans: '', ...input, now: nowIso(), actor };
      const write = writeTransaction(db, () => {
        let id = input.id;
        if (id === undefined) id = Number(stmt.insert.run(params).lastInsertRowid);
        else {
          // A budget already planned for a year outside the new term would drop out of the 사업비 현황 table unseen.
          const years = termYears(input.termFrom, input.termTo);
          const outside = (stmt.budgetYears.all(id) as { year: number }[]).map((r) => r.year).filter((y) => !years.includes(y));
          if (outside.length) throw new UserFacingError('conflict', `${outside.join(', ')}년 사업비가 입력되어 있어 임기를 바꿀 수 없습니다. 먼저 그 연도의 사업비를 지우세요.`, 'termFrom');
          if (stmt.update.run({ ...params, id }).changes === 0) throw new UserFacingError('not_found', '수정할 공약 카드가 없습니다.');
        }
        return repo.byId(id);
      });
      try {
        return write();
      } catch (error) {
        if (isUniqueViolation(error)) throw new UserFacingError('conflict', `'${input.areaCode} ${input.areaNumber}' 공약 카드가 이미 있습니다.`, 'areaNumber');
        throw error;
      }
    },

    layout: (cardId: number): LayoutEntry[] => (stmt.layout.all(cardId) as { key: string; hidden: number }[]).map((r) => ({ key: r.key, hidden: r.hidden === 1 })),

    /**
     * Rewrites the whole arrangement in one transaction (half an order would scramble the section),
     * keeping the saved lines of other periods where they were.
     */
    saveLayout(cardId: number, lines: LayoutEntry[]) {
      repo.byId(cardId);
      const sent = new Set(lines.map((l) => l.key)).size;
      writeTransaction(db, () => {
        const merged = mergeLayout(repo.layout(cardId), lines);
        stmt.clearLayout.run(cardId);
        merged.forEach((l, i) => stmt.insertLayout.run(cardId, l.key, i, l.hidden ? 1 : 0));
      })();
      return sent;
    },

    notes: (cardId: number): NoteLine[] => stmt.notes.all(cardId) as NoteLine[],

    saveNote(input: { cardId: number; id?: number; level: NoteLine['level']; text: string; afterKey: string | null }, actor: number | null): NoteLine {
      repo.byId(input.cardId);
      const params = { ...input, now: nowIso(), actor };
      let id = input.id;
      if (id === undefined) id = Number(stmt.insertNote.run(params).lastInsertRowid);
      else if (stmt.updateNote.run({ ...params, id }).changes === 0) throw new UserFacingError('not_found', '수정할 메모가 없습니다.');
      const { cardId: _card, ...note } = stmt.noteById.get(id) as NoteLine & { cardId: number };
      return note;
    },

    deleteNote(id: number) {
      const note = stmt.noteById.get(id) as { cardId: number } | undefined;
      if (!note) throw new UserFacingError('not_found', '지울 메모가 없습니다.');
      writeTransaction(db, () => {
        stmt.deleteNote.run(id);
        stmt.forgetLine.run(note.cardId, `note:${id}`);
      })();
    },
  };
  return repo;
}

export type CardRepository = ReturnType<typeof cardRepository>;
