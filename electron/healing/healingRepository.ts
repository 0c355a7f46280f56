import type { z } from 'zod';
import type { HealingPhoto, HealingProgram, HealingProgramEntry, healingProgramInput } from '../../shared/contract/healing';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';
import { writeTransaction } from '../db/transactions';

type ProgramFields = z.output<typeof healingProgramInput>;

interface ProgramRow {
  id: number;
  date: string;
  place: string;
  activity: string;
  participants: number;
  cost_won: number;
  note: string;
  created_by_name: string | null;
  updated_by_name: string | null;
}
interface PhotoRow {
  id: number;
  program_id: number;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  caption: string;
}

const toPhoto = (r: PhotoRow): HealingPhoto => ({ id: r.id, caption: r.caption, mimeType: r.mime_type, sizeBytes: r.size_bytes });

const PROGRAM_SELECT = `
  SELECT p.*, c.name AS created_by_name, u.name AS updated_by_name
  FROM healing_program p LEFT JOIN staff c ON c.id = p.created_by LEFT JOIN staff u ON u.id = p.updated_by`;

/** Owns the healing_program, healing_participant and healing_photo tables. */
export function healingRepository(db: Db) {
  const stmt = {
    listBetween: db.prepare(`${PROGRAM_SELECT} WHERE p.date BETWEEN @from AND @to ORDER BY p.date DESC, p.id DESC`),
    byId: db.prepare(`${PROGRAM_SELECT} WHERE p.id = ?`),
    participantsBetween: db.prepare(`
      SELECT hp.program_id, s.id AS staff_id, s.name, d.name AS department_name
      FROM healing_participant hp JOIN healing_program p ON p.id = hp.program_id
      JOIN staff s ON s.id = hp.staff_id JOIN department d ON d.id = s.department_id
      WHERE p.date BETWEEN @from AND @to ORDER BY d.name, s.name`),
    photosBetween: db.prepare(`
      SELECT ph.id, ph.program_id, ph.file_name, ph.mime_type, ph.size_bytes, ph.caption FROM healing_photo ph JOIN healing_program p ON p.id = ph.program_id
      WHERE p.date BETWEEN @from AND @to ORDER BY ph.id`),
    insert: db.prepare(`
      INSERT INTO healing_program (date, place, activity, participants, cost_won, note, created_at, created_by, updated_at, updated_by)
      VALUES (@date, @place, @activity, @participants, @costWon, @note, @now, @actor, @now, @actor)`),
    update: db.prepare(`
      UPDATE healing_program SET date = @date, place = @place, activity = @activity, participants = @participants,
             cost_won = @costWon, note = @note, updated_at = @now, updated_by = @actor WHERE id = @id`),
    remove: db.prepare(`DELETE FROM healing_program WHERE id = ?`),
    clearParticipants: db.prepare(`DELETE FROM healing_participant WHERE program_id = ?`),
    addParticipant: db.prepare(`INSERT INTO healing_participant (program_id, staff_id) VALUES (?, ?)`),
    staffExists: db.prepare(`SELECT 1 FROM staff WHERE id = ?`),
    photo: db.prepare(`SELECT id, program_id, file_name, mime_type, size_bytes, caption FROM healing_photo WHERE id = ?`),
    photoContent: db.prepare(`SELECT content FROM healing_photo WHERE id = ?`),
    photoCount: db.prepare(`SELECT count(*) AS n FROM healing_photo WHERE program_id = ?`),
    insertPhoto: db.prepare(`
      INSERT INTO healing_photo (program_id, file_name, mime_type, size_bytes, content, caption, created_at, created_by)
      VALUES (@programId, @fileName, @mimeType, @sizeBytes, @content, @caption, @now, @actor)`),
    captionPhoto: db.prepare(`UPDATE healing_photo SET caption = @caption WHERE id = @id`),
    removePhoto: db.prepare(`DELETE FROM healing_photo WHERE id = ?`),
    entriesBetween: db.prepare(`
      SELECT id, date, place, activity, participants FROM healing_program WHERE date BETWEEN @from AND @to ORDER BY date, id`),
  };

  const listBetween = (from: string, to: string): HealingProgram[] => {
    const range = { from, to };
    const people = stmt.participantsBetween.all(range) as { program_id: number; staff_id: number; name: string; department_name: string }[];
    const photos = stmt.photosBetween.all(range) as PhotoRow[];
    return (stmt.listBetween.all(range) as ProgramRow[]).map((r) => ({
      id: r.id,
      date: r.date,
      place: r.place,
      activity: r.activity,
      participants: r.participants,
      participantStaff: people.filter((p) => p.program_id === r.id).map((p) => ({ staffId: p.staff_id, name: p.name, departmentName: p.department_name })),
      costWon: r.cost_won,
      note: r.note,
      photos: photos.filter((p) => p.program_id === r.id).map(toPhoto),
      createdByName: r.created_by_name,
      updatedByName: r.updated_by_name,
    }));
  };

  const requirePhoto = (id: number): PhotoRow => {
    const row = stmt.photo.get(id) as PhotoRow | undefined;
    if (!row) throw new UserFacingError('not_found', '해당 사진이 없습니다. 화면을 새로 고쳐 보세요.', 'photoId');
    return row;
  };

  return {
    listByYear: (year: number) => listBetween(`${year}-01-01`, `${year}-12-31`),

    byId(id: number): HealingProgram {
      const row = stmt.byId.get(id) as ProgramRow | undefined;
      if (!row) throw new UserFacingError('not_found', '해당 힐링프로그램이 없습니다. 목록을 새로 고쳐 보세요.');
      return listBetween(row.date, row.date).find((p) => p.id === id)!;
    },

    /**
     * A program and its named participants change together. Participants are cleared before the
     * count is updated so a smaller count with a shorter list passes the database's check.
     */
    save: writeTransaction(db, (input: ProgramFields, actorId: number | null): number => {
      const ids = [...new Set(input.participantStaffIds)];
      ids.forEach((id, i) => {
        if (!stmt.staffExists.get(id)) throw new UserFacingError('not_found', '명단에 없는 직원입니다. 직원 목록을 새로 고쳐 보세요.', `participantStaffIds.${i}`);
      });
      const params = { ...input, now: nowIso(), actor: actorId };
      let id = input.id;
      if (id === undefined) {
        id = Number(stmt.insert.run(params).lastInsertRowid);
      } else {
        stmt.clearParticipants.run(id);
        if (stmt.update.run({ ...params, id }).changes === 0) throw new UserFacingError('not_found', '수정할 힐링프로그램이 없습니다.');
      }
      for (const staffId of ids) stmt.addParticipant.run(id, staffId);
      return id;
    }),

    /** Deletes the program; its participants and photos go with it (ON DELETE CASCADE). */
    remove(id: number) {
      if (stmt.remove.run(id).changes === 0) throw new UserFacingError('not_found', '삭제할 힐링프로그램이 없습니다.');
    },

    requireProgram(id: number) {
      if (!stmt.byId.get(id)) throw new UserFacingError('not_found', '해당 힐링프로그램이 없습니다. 목록을 새로 고쳐 보세요.', 'programId');
      if ((stmt.photoCount.get(id) as { n: number }).n >= 30) {
        throw new UserFacingError('conflict', '사진은 한 프로그램에 30장까지 올릴 수 있습니다.', 'contentBase64');
      }
    },

    insertPhoto(
      photo: { programId: number; fileName: string; mimeType: string; sizeBytes: number; content: Buffer; caption: string },
      actorId: number | null,
    ): HealingPhoto {
      const id = Number(stmt.insertPhoto.run({ ...photo, now: nowIso(), actor: actorId }).lastInsertRowid);
      return toPhoto(requirePhoto(id));
    },

    photo: requirePhoto,
    /** The photo's bytes, or null for a photo from before version 010 whose file was already gone. */
    photoContent: (id: number) => (stmt.photoContent.get(id) as { content: Buffer | null } | undefined)?.content ?? null,

    captionPhoto(id: number, caption: string): HealingPhoto {
      requirePhoto(id);
      stmt.captionPhoto.run({ id, caption });
      return toPhoto(requirePhoto(id));
    },

    removePhoto(id: number) {
      requirePhoto(id);
      stmt.removePhoto.run(id);
    },

    entriesBetween: (from: string, to: string): HealingProgramEntry[] => stmt.entriesBetween.all({ from, to }) as HealingProgramEntry[],
  };
}
