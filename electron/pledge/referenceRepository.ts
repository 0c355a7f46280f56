import { randomBytes } from 'node:crypto';
import { fullDate } from '../../shared/korean/reportFormat';
import type { PledgeReference } from '../../shared/pledge/records';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';
import { writeTransaction } from '../db/transactions';

interface Row {
  id: number;
  position: number;
  photo_id: number | null;
  mime_type: string | null;
  content: Buffer | null;
  caption: string | null;
  communication_id: number | null;
  press_title: string | null;
  press_date: string | null;
  outlet: string | null;
}

/** What the bytes are, not what the name says: a renamed file is refused. */
function imageType(bytes: Buffer): { mime: 'image/jpeg' | 'image/png'; ext: string } | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mime: 'image/jpeg', ext: 'jpg' };
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { mime: 'image/png', ext: 'png' };
  return null;
}

/** `구청 민원실, 재인증 : 2024.11.28. 부산일보`, as the card cites an article. */
export const pressCitation = (title: string, date: string, outlet: string) => `${title} : ${fullDate(date)} ${outlet}`;

/** The card's photos are printed on A4: 10 MB is well above a phone picture. */
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/**
 * 참고자료: photos with captions and cited press items, in the card's order. A photo's bytes live in
 * the database (since version 010), so every desk and every backup has them.
 */
export function referenceRepository(db: Db) {
  const stmt = {
    list: db.prepare(`
      SELECT r.id, r.position, r.photo_id, p.mime_type, p.content, p.caption, r.communication_id,
             c.title AS press_title, c.date AS press_date, c.outlet
      FROM pledge_reference r
      LEFT JOIN pledge_photo p ON p.id = r.photo_id
      LEFT JOIN pledge_communication c ON c.id = r.communication_id
      WHERE r.card_id = ? ORDER BY r.position, r.id`),
    byId: db.prepare(`SELECT id, card_id AS cardId, photo_id AS photoId FROM pledge_reference WHERE id = ?`),
    nextPosition: db.prepare(`SELECT coalesce(max(position) + 1, 0) AS n FROM pledge_reference WHERE card_id = ?`),
    insertPhoto: db.prepare(`INSERT INTO pledge_photo (card_id, file_name, mime_type, content, caption, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    insert: db.prepare(`INSERT INTO pledge_reference (card_id, position, photo_id, communication_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)`),
    press: db.prepare(`SELECT category, card_id AS cardId FROM pledge_communication WHERE id = ?`),
    cited: db.prepare(`SELECT 1 FROM pledge_reference WHERE communication_id = ?`),
    setPosition: db.prepare(`UPDATE pledge_reference SET position = ? WHERE id = ?`),
    delete: db.prepare(`DELETE FROM pledge_reference WHERE id = ?`),
    deletePhoto: db.prepare(`DELETE FROM pledge_photo WHERE id = ?`),
  };

  const toReference = (r: Row): PledgeReference => {
    if (r.photo_id !== null) {
      const photo = r.content ? { mimeType: r.mime_type!, contentBase64: r.content.toString('base64') } : null;
      return { id: r.id, kind: 'photo', position: r.position, text: r.caption!, photo, communicationId: null };
    }
    return { id: r.id, kind: 'press', position: r.position, text: pressCitation(r.press_title!, r.press_date!, r.outlet!), photo: null, communicationId: r.communication_id };
  };

  const repo = {
    list: (cardId: number): PledgeReference[] => (stmt.list.all(cardId) as Row[]).map(toReference),

    addPhoto(cardId: number, contentBase64: string, caption: string, actor: number | null): PledgeReference {
      const bytes = Buffer.from(contentBase64, 'base64');
      const type = imageType(bytes);
      if (!type) throw new UserFacingError('invalid_input', 'JPG 또는 PNG 사진 파일이 아닙니다.', 'contentBase64');
      if (bytes.length > MAX_PHOTO_BYTES) throw new UserFacingError('invalid_input', '사진이 너무 큽니다(10MB 이하).', 'contentBase64');
      // The name is only the photo's label now; it is still made up, never the uploader's file name.
      const fileName = `${randomBytes(12).toString('hex')}.${type.ext}`;
      const id = writeTransaction(db, () => {
        const now = nowIso();
        const photoId = Number(stmt.insertPhoto.run(cardId, fileName, type.mime, bytes, caption, now, actor).lastInsertRowid);
        const { n } = stmt.nextPosition.get(cardId) as { n: number };
        return Number(stmt.insert.run(cardId, n, photoId, null, now, actor).lastInsertRowid);
      })();
      return repo.list(cardId).find((r) => r.id === id)!;
    },

    citePress(cardId: number, communicationId: number, actor: number | null): PledgeReference {
      const item = stmt.press.get(communicationId) as { category: string; cardId: number } | undefined;
      if (!item || item.cardId !== cardId) throw new UserFacingError('not_found', '선택한 보도 기록이 없습니다.', 'communicationId');
      if (item.category !== 'press') throw new UserFacingError('invalid_input', '언론·방송 보도만 참고자료로 실을 수 있습니다.', 'communicationId');
      if (stmt.cited.get(communicationId)) throw new UserFacingError('conflict', '이미 참고자료에 실린 보도입니다.', 'communicationId');
      const id = writeTransaction(db, () => {
        const { n } = stmt.nextPosition.get(cardId) as { n: number };
        return Number(stmt.insert.run(cardId, n, null, communicationId, nowIso(), actor).lastInsertRowid);
      })();
      return repo.list(cardId).find((r) => r.id === id)!;
    },

    move(id: number, direction: 'up' | 'down'): PledgeReference[] {
      const ref = stmt.byId.get(id) as { cardId: number } | undefined;
      if (!ref) throw new UserFacingError('not_found', '옮길 참고자료가 없습니다.');
      const ids = repo.list(ref.cardId).map((r) => r.id);
      const at = ids.indexOf(id);
      const other = direction === 'up' ? at - 1 : at + 1;
      if (other >= 0 && other < ids.length) {
        [ids[at], ids[other]] = [ids[other], ids[at]];
        writeTransaction(db, () => ids.forEach((rid, i) => stmt.setPosition.run(i, rid)))();
      }
      return repo.list(ref.cardId);
    },

    remove(id: number) {
      const ref = stmt.byId.get(id) as { cardId: number; photoId: number | null } | undefined;
      if (!ref) throw new UserFacingError('not_found', '뺄 참고자료가 없습니다.');
      writeTransaction(db, () => {
        stmt.delete.run(id);
        // A photo was added only as this reference: it goes with it.
        if (ref.photoId !== null) stmt.deletePhoto.run(ref.photoId);
      })();
    },
  };
  return repo;
}
