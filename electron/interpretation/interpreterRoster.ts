import type { Interpreter } from '../../shared/contract/interpretation';
import { languageLabel, languageOrder, LEVELS, type LanguageCode, type LanguageLevel } from '../../shared/interpretationLanguages';
import { UserFacingError } from '../../shared/result';
import { createdStamp, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';

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
  const list = async (includeInactive: boolean): Promise<Interpreter[]> => {
    const byStaff = new Map<number, LanguageRow[]>();
    for (const l of await db.selectFrom('interpreter_language').select(['staff_id', 'language', 'level']).execute()) {
      byStaff.set(l.staff_id, [...(byStaff.get(l.staff_id) ?? []), l]);
    }
    const rows: InterpreterRow[] = await db
      .selectFrom('interpreter as i')
      .innerJoin('staff as s', 's.id', 'i.staff_id')
      .innerJoin('department as d', 'd.id', 's.department_id')
      .select(['i.staff_id', 's.name', 'd.name as department_name', 's.active as staff_active', 'i.availability', 'i.active'])
      .$if(!includeInactive, (q) => q.where('i.active', '=', 1).where('s.active', '=', 1))
      .orderBy('s.name')
      .execute();
    return rows.map((r) => ({
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

  return {
    list,

    /** Who to call for a language: active staff who speak it, the most fluent first. */
    suggest: async (language: LanguageCode): Promise<Interpreter[]> => {
      const level = (i: Interpreter) => LEVELS.indexOf(i.languages.find((l) => l.language === language)!.level);
      return (await list(false))
        .filter((i) => i.languages.some((l) => l.language === language))
        .sort((a, b) => level(a) - level(b) || a.name.localeCompare(b.name, 'ko'));
    },

    // Replacing the languages and the availability together: a half-saved roster entry would suggest the wrong person.
    save: (input: InterpreterFields, author: Author): Promise<Interpreter> =>
      writeTransaction(db, async (trx) => {
        if (!(await trx.selectFrom('staff').select('id').where('id', '=', input.staffId).executeTakeFirst())) {
          throw new UserFacingError('not_found', '선택한 직원이 없습니다.', 'staffId');
        }
        const fields = { availability: input.availability, active: input.active ? 1 : 0 };
        const changed = updatedStamp(author);
        await trx
          .insertInto('interpreter')
          .values({ staff_id: input.staffId, ...fields, ...createdStamp(author, changed.updated_at) })
          .onConflict((oc) => oc.column('staff_id').doUpdateSet({ ...fields, ...changed }))
          .execute();
        await trx.deleteFrom('interpreter_language').where('staff_id', '=', input.staffId).execute();
        if (input.languages.length > 0) {
          await trx
            .insertInto('interpreter_language')
            .values(input.languages.map((l) => ({ staff_id: input.staffId, language: l.language, level: l.level })))
            .execute();
        }
        return (await interpreterRoster(trx).list(true)).find((i) => i.staffId === input.staffId)!;
      }),
  };
}

export type InterpreterRoster = ReturnType<typeof interpreterRoster>;
