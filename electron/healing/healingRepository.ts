import type { z } from 'zod';
import type { HealingPhoto, HealingProgram, HealingProgramEntry, healingProgramInput } from '../../shared/contract/healing';
import { UserFacingError } from '../../shared/result';
import { createdOnlyStamp, createdStamp, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';

type ProgramFields = z.output<typeof healingProgramInput>;

/** A program holds at most this many photos; 007's trigger healing_photo_limit holds the same line. */
export const PHOTOS_PER_PROGRAM = 30;

const PHOTO_COLUMNS = ['id', 'program_id', 'file_name', 'mime_type', 'size_bytes', 'caption'] as const;

const toPhoto = (r: { id: number; caption: string; mime_type: string; size_bytes: number }): HealingPhoto => ({
  id: r.id,
  caption: r.caption,
  mimeType: r.mime_type,
  sizeBytes: r.size_bytes,
});

/** Owns the healing_program, healing_participant and healing_photo tables. */
export function healingRepository(db: Db) {
  const programs = () =>
    db
      .selectFrom('healing_program as p')
      .leftJoin('staff as c', 'c.id', 'p.created_by')
      .leftJoin('staff as u', 'u.id', 'p.updated_by')
      .selectAll('p')
      .select(['c.name as created_by_name', 'u.name as updated_by_name']);

  const listBetween = async (from: string, to: string): Promise<HealingProgram[]> => {
    const [rows, people, photos] = await Promise.all([
      programs().where('p.date', '>=', from).where('p.date', '<=', to).orderBy('p.date', 'desc').orderBy('p.id', 'desc').execute(),
      db
        .selectFrom('healing_participant as hp')
        .innerJoin('healing_program as p', 'p.id', 'hp.program_id')
        .innerJoin('staff as s', 's.id', 'hp.staff_id')
        .innerJoin('department as d', 'd.id', 's.department_id')
        .select(['hp.program_id', 's.id as staff_id', 's.name', 'd.name as department_name'])
        .where('p.date', '>=', from)
        .where('p.date', '<=', to)
        .orderBy('d.name')
        .orderBy('s.name')
        .execute(),
      db
        .selectFrom('healing_photo as ph')
        .innerJoin('healing_program as p', 'p.id', 'ph.program_id')
        .select(PHOTO_COLUMNS.map((c) => `ph.${c}` as const))
        .where('p.date', '>=', from)
        .where('p.date', '<=', to)
        .orderBy('ph.id')
        .execute(),
    ]);
    return rows.map((r) => ({
      id: r.id,
      date: r.date,
      place: r.place,
      activity: r.activity,
      participants: r.participants,
      participantStaff: people.filter((p) => p.program_id === r.id).map((p) => ({ staffId: p.staff_id, name: p.name, departmentName: p.department_name })),
      costWon: Number(r.cost_won),
      note: r.note,
      photos: photos.filter((p) => p.program_id === r.id).map(toPhoto),
      createdByName: r.created_by_name,
      updatedByName: r.updated_by_name,
    }));
  };

  const requirePhoto = async (id: number) => {
    const row = await db.selectFrom('healing_photo').select(PHOTO_COLUMNS).where('id', '=', id).executeTakeFirst();
    if (!row) throw new UserFacingError('not_found', '해당 사진이 없습니다. 화면을 새로 고쳐 보세요.', 'photoId');
    return row;
  };

  return {
    listByYear: (year: number) => listBetween(`${year}-01-01`, `${year}-12-31`),

    async byId(id: number): Promise<HealingProgram> {
      const row = await db.selectFrom('healing_program').select('date').where('id', '=', id).executeTakeFirst();
      if (!row) throw new UserFacingError('not_found', '해당 힐링프로그램이 없습니다. 목록을 새로 고쳐 보세요.');
      return (await listBetween(row.date, row.date)).find((p) => p.id === id)!;
    },

    /**
     * A program and its named participants; the caller runs it in a transaction, so they change
     * together. Participants are cleared before the count is updated so a smaller count with a
     * shorter list passes the database's check.
     */
    async save(input: ProgramFields, author: Author): Promise<number> {
      const ids = [...new Set(input.participantStaffIds)];
      const known = new Set(ids.length === 0 ? [] : (await db.selectFrom('staff').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
      ids.forEach((id, i) => {
        if (!known.has(id)) throw new UserFacingError('not_found', '명단에 없는 직원입니다. 직원 목록을 새로 고쳐 보세요.', `participantStaffIds.${i}`);
      });
      const columns = { date: input.date, place: input.place, activity: input.activity, participants: input.participants, cost_won: input.costWon, note: input.note };
      let id = input.id;
      if (id === undefined) {
        id = (await db.insertInto('healing_program').values({ ...columns, ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id;
      } else {
        await db.deleteFrom('healing_participant').where('program_id', '=', id).execute();
        const changed = await db.updateTable('healing_program').set({ ...columns, ...updatedStamp(author) }).where('id', '=', id).executeTakeFirst();
        if (Number(changed.numUpdatedRows) === 0) throw new UserFacingError('not_found', '수정할 힐링프로그램이 없습니다.');
      }
      const programId = id;
      if (ids.length > 0) await db.insertInto('healing_participant').values(ids.map((staffId) => ({ program_id: programId, staff_id: staffId }))).execute();
      return id;
    },

    /** Deletes the program; its participants and photos go with it (ON DELETE CASCADE). */
    async remove(id: number) {
      const removed = await db.deleteFrom('healing_program').where('id', '=', id).executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) throw new UserFacingError('not_found', '삭제할 힐링프로그램이 없습니다.');
    },

    /** The program a photo is added to exists and has room for it. */
    async requireProgram(id: number) {
      if (!(await db.selectFrom('healing_program').select('id').where('id', '=', id).executeTakeFirst())) {
        throw new UserFacingError('not_found', '해당 힐링프로그램이 없습니다. 목록을 새로 고쳐 보세요.', 'programId');
      }
      const { n } = await db.selectFrom('healing_photo').select((eb) => eb.fn.countAll<number>().as('n')).where('program_id', '=', id).executeTakeFirstOrThrow();
      if (Number(n) >= PHOTOS_PER_PROGRAM) throw new UserFacingError('conflict', '사진은 한 프로그램에 30장까지 올릴 수 있습니다.', 'contentBase64');
    },

    async insertPhoto(
      photo: { programId: number; fileName: string; mimeType: string; sizeBytes: number; content: Buffer; caption: string },
      author: Author,
    ): Promise<HealingPhoto> {
      const { id } = await db
        .insertInto('healing_photo')
        .values({
          program_id: photo.programId,
          file_name: photo.fileName,
          mime_type: photo.mimeType,
          size_bytes: photo.sizeBytes,
          content: photo.content,
          caption: photo.caption,
          ...createdOnlyStamp(author),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return toPhoto(await requirePhoto(id));
    },

    /** The photo with its bytes; content is null for a photo from before version 010 whose file was already gone. */
    async photoWithContent(id: number) {
      const row = await db.selectFrom('healing_photo').select(['id', 'caption', 'mime_type', 'content']).where('id', '=', id).executeTakeFirst();
      if (!row) throw new UserFacingError('not_found', '해당 사진이 없습니다. 화면을 새로 고쳐 보세요.', 'photoId');
      return row;
    },

    async captionPhoto(id: number, caption: string): Promise<HealingPhoto> {
      await requirePhoto(id);
      await db.updateTable('healing_photo').set({ caption }).where('id', '=', id).execute();
      return toPhoto(await requirePhoto(id));
    },

    async removePhoto(id: number) {
      await requirePhoto(id);
      await db.deleteFrom('healing_photo').where('id', '=', id).execute();
    },

    entriesBetween: (from: string, to: string): Promise<HealingProgramEntry[]> =>
      db
        .selectFrom('healing_program')
        .select(['id', 'date', 'place', 'activity', 'participants'])
        .where('date', '>=', from)
        .where('date', '<=', to)
        .orderBy('date')
        .orderBy('id')
        .execute(),
  };
}

export type HealingRepository = ReturnType<typeof healingRepository>;
