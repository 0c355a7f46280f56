import type { Interpreter } from '../../shared/contract/interpretation';
import { languageLabel, languageOrder, LEVELS, type LanguageCode, type LanguageLevel } from '../../shared/interpretationLanguages';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';
import { writeTransaction } from '../db/transactions';

interface InterpreterRow {
  staff_id: number;
  name: string;
  department_name: string;
  staff_active: number;
  availability: string;
  active: number;
}

interface LanguageRow {
  staff_id: number;
  language: LanguageCode;
  level: LanguageLevel;
}

export interface InterpreterFields {
  staffId: number;
  languages: { language: LanguageCode; level: LanguageLevel }[];
  availability: string;
  active: boolean;
}

/** Owns the roster of 외국어 특약관 (interpreter, interpreter_language). */
export function interpreterRoster(db: Db) {
  const stmt = {
    all: db.prepare(`
      SELECT i.staff_id, s.name, d.name AS department_name, s.active AS staff_active, i.availability, i.active
      FROM interpreter i JOIN staff s ON s.id = i.staff_id JOIN department d ON d.id = s.department_id
      WHERE (i.active = 1 AND s.active = 1) OR @includeInactive ORDER BY s.name`),
    languages: db.prepare(`SELECT staff_id, language, level FROM interpreter_language`),
    upsert: db.prepare(`
      INSERT INTO interpreter (staff_id, availability, active, created_at, created_by, updated_at, updated_by)
      VALUES (@staffId, @availability, @active, @now, @actor, @now, @actor)
      ON CONFLICT (staff_id) DO UPDATE SET availability = excluded.availability, active = excluded.active,
        updated_at = excluded.updated_at, updated_by = excluded.updated_by`),
    clearLanguages: db.prepare(`DELETE FROM interpreter_language WHERE staff_id = ?`),
    addLanguage: db.prepare(`INSERT INTO interpreter_language (staff_id, language, level) VALUES (?, ?, ?)`),
    staffExists: db.prepare(`SELECT 1 FROM staff WHERE id = ?`),
  };

  const list = (includeInactive: boolean): Interpreter[] => {
    const byStaff = new Map<number, LanguageRow[]>();
    for (const l of stmt.languages.all() as LanguageRow[]) byStaff.set(l.staff_id, [...(byStaff.get(l.staff_id) ?? []), l]);
    return (stmt.all.all({ includeInactive: includeInactive ? 1 : 0 }) as InterpreterRow[]).map((r) => ({
      staffId: r.staff_id,
      name: r.name,
      departmentName: r.department_name,
      staffActive: r.staff_active === 1,
      availability: r.availability,
      active: r.active === 1,
      languages: (byStaff.get(r.staff_id) ?? [])
        .map((l) => ({ language: l.language, label: languageLabel(l.language), level: l.level }))
        .sort((a, b) => languageOrder(a.language) - languageOrder(b.language)),
    }));
  };

  // Replacing the languages and the availability together: a half-saved roster entry would suggest the wrong person.
  const save = writeTransaction(db, (input: InterpreterFields, actor: number | null) => {
    if (!stmt.staffExists.get(input.staffId)) throw new UserFacingError('not_found', '선택한 직원이 없습니다.', 'staffId');
    stmt.upsert.run({ staffId: input.staffId, availability: input.availability, active: input.active ? 1 : 0, now: nowIso(), actor });
    stmt.clearLanguages.run(input.staffId);
    for (const l of input.languages) stmt.addLanguage.run(input.staffId, l.language, l.level);
  });

  return {
    list,

    /** Who to call for a language: active staff who speak it, the most fluent first. */
    suggest: (language: LanguageCode): Interpreter[] => {
      const level = (i: Interpreter) => LEVELS.indexOf(i.languages.find((l) => l.language === language)!.level);
      return list(false)
        .filter((i) => i.languages.some((l) => l.language === language))
        .sort((a, b) => level(a) - level(b) || a.name.localeCompare(b.name, 'ko'));
    },

    save(input: InterpreterFields, actor: number | null): Interpreter {
      save(input, actor);
      return list(true).find((i) => i.staffId === input.staffId)!;
    },
  };
}

export type InterpreterRoster = ReturnType<typeof interpreterRoster>;
