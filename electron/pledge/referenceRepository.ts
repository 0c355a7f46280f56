import { randomBytes } from 'node:crypto';
import { fullDate } from '../../shared/korean/reportFormat';
import type { PledgeReference } from '../../shared/pledge/records';
import { UserFacingError } from '../../shared/result';
import { createdOnlyStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';

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

const toReference = (r: Row): PledgeReference => {
  if (r.photo_id !== null) {
    const photo = r.content ? { mimeType: r.mime_type!, contentBase64: Buffer.from(r.content).toString('base64') } : null;
    return { id: r.id, kind: 'photo', position: r.position, text: r.caption!, photo, communicationId: null };
  }
  return { id: r.id, kind: 'press', position: r.position, text: pressCitation(r.press_title!, r.press_date!, r.outlet!), photo: null, communicationId: r.communication_id };
};

/**
 * 참고자료: photos with captions and cited press items, in the card's order. A photo's bytes live in
 * the database (since version 010), so every desk and every backup has them.
 */
export function referenceRepository(db: Db) {
  const references = () =>
    db
      .selectFrom('pledge_reference as r')
      .leftJoin('pledge_photo as p', 'p.id', 'r.photo_id')
      .leftJoin('pledge_communication as c', 'c.id', 'r.communication_id')
      .select(['r.id', 'r.position', 'r.photo_id', 'p.mime_type', 'p.content', 'p.caption', 'r.communication_id', 'c.title as press_title', 'c.date as press_date', 'c.outlet']);
  const reference = (id: number) => db.selectFrom('pledge_reference').select(['id', 'card_id as cardId', 'photo_id as photoId']).where('id', '=', id).executeTakeFirst();
  const nextPosition = async (trx: Db, cardId: number) =>
    (await trx.selectFrom('pledge_reference').select((eb) => eb.fn.coalesce(eb(eb.fn.max('position'), '+', 1), eb.lit(0)).as('n')).where('card_id', '=', cardId).executeTakeFirstOrThrow()).n;
  const insert = async (trx: Db, cardId: number, ref: { photo_id: number | null; communication_id: number | null }, author: Author) =>
    (
      await trx
        .insertInto('pledge_reference')
        .values({ card_id: cardId, position: await nextPosition(trx, cardId), ...ref, ...createdOnlyStamp(author) })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const repo = {
    list: async (cardId: number): Promise<PledgeReference[]> =>
      (await references().where('r.card_id', '=', cardId).orderBy('r.position').orderBy('r.id').execute()).map(toReference),

    async addPhoto(cardId: number, contentBase64: string, caption: string, author: Author): Promise<PledgeReference> {
      const bytes = Buffer.from(contentBase64, 'base64');
      const type = imageType(bytes);
      if (!type) throw new UserFacingError('invalid_input', 'JPG 또는 PNG 사진 파일이 아닙니다.', 'contentBase64');
      if (bytes.length > MAX_PHOTO_BYTES) throw new UserFacingError('invalid_input', '사진이 너무 큽니다(10MB 이하).', 'contentBase64');
      // The name is only the photo's label now; it is still made up, never the uploader's file name.
      const fileName = `${randomBytes(12).toString('hex')}.${type.ext}`;
      const id = await writeTransaction(db, async (trx) => {
        const photo = await trx
          .insertInto('pledge_photo')
          .values({ card_id: cardId, file_name: fileName, mime_type: type.mime, content: bytes, caption, ...createdOnlyStamp(author) })
          .returning('id')
          .executeTakeFirstOrThrow();
        return insert(trx, cardId, { photo_id: photo.id, communication_id: null }, author);
      });
      return (await repo.list(cardId)).find((r) => r.id === id)!;
    },

    async citePress(cardId: number, communicationId: number, author: Author): Promise<PledgeReference> {
      const item = await db.selectFrom('pledge_communication').select(['category', 'card_id as cardId']).where('id', '=', communicationId).executeTakeFirst();
      if (!item || item.cardId !== cardId) throw new UserFacingError('not_found', '선택한 보도 기록이 없습니다.', 'communicationId');
      if (item.category !== 'press') throw new UserFacingError('invalid_input', '언론·방송 보도만 참고자료로 실을 수 있습니다.', 'communicationId');
      if (await db.selectFrom('pledge_reference').select('id').where('communication_id', '=', communicationId).executeTakeFirst()) {
        throw new UserFacingError('conflict', '이미 참고자료에 실린 보도입니다.', 'communicationId');
      }
      const id = await writeTransaction(db, (trx) => insert(trx, cardId, { photo_id: null, communication_id: communicationId }, author));
      return (await repo.list(cardId)).find((r) => r.id === id)!;
    },

    async move(id: number, direction: 'up' | 'down'): Promise<PledgeReference[]> {
      const ref = await reference(id);
      if (!ref) throw new UserFacingError('not_found', '옮길 참고자료가 없습니다.');
      const ids = (await repo.list(ref.cardId)).map((r) => r.id);
      const at = ids.indexOf(id);
      const other = direction === 'up' ? at - 1 : at + 1;
      if (other >= 0 && other < ids.length) {
        [ids[at], ids[other]] = [ids[other], ids[at]];
        await writeTransaction(db, async (trx) => {
          for (const [i, rid] of ids.entries()) await trx.updateTable('pledge_reference').set({ position: i }).where('id', '=', rid).execute();
        });
      }
      return repo.list(ref.cardId);
    },

    async remove(id: number) {
      const ref = await reference(id);
      if (!ref) throw new UserFacingError('not_found', '뺄 참고자료가 없습니다.');
      await writeTransaction(db, async (trx) => {
        await trx.deleteFrom('pledge_reference').where('id', '=', id).execute();
        // A photo was added only as this reference: it goes with it.
        if (ref.photoId !== null) await trx.deleteFrom('pledge_photo').where('id', '=', ref.photoId).execute();
      });
    },
  };
  return repo;
}
