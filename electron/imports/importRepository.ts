import { sourceText, type ImportArea, type ImportBatch, type RecordSource } from '../../shared/contract/imports';
import { createdOnlyStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import type { RecordRef } from './areaImport';

/** Rows per statement: one shape for a whole import, well under both engines' parameter limits. */
const CHUNK = 500;

const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** Owns import_batch and imported_record: which file and row each imported record came from. */
export function importRepository(db: Db) {
  return {
    /** The fingerprints of `area` already imported, of those given. */
    async knownFingerprints(area: ImportArea, fingerprints: string[]): Promise<Set<string>> {
      const known = new Set<string>();
      for (const part of chunks(fingerprints)) {
        const rows = await db.selectFrom('imported_record').select('fingerprint').where('area', '=', area).where('fingerprint', 'in', part).execute();
        rows.forEach((r) => known.add(r.fingerprint));
      }
      return known;
    },

    addBatch: async (batch: { area: ImportArea; fileName: string; sheet: string; cardId: number | null }, author: Author): Promise<number> =>
      (
        await db
          .insertInto('import_batch')
          .values({ area: batch.area, file_name: batch.fileName, sheet: batch.sheet, card_id: batch.cardId, rows_added: 0, rows_skipped: 0, ...createdOnlyStamp(author) })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,

    finishBatch: (id: number, added: number, skipped: number) => db.updateTable('import_batch').set({ rows_added: added, rows_skipped: skipped }).where('id', '=', id).execute(),

    async addRecords(batchId: number, area: ImportArea, rows: { row: number; fingerprint: string; ref: RecordRef }[]) {
      for (const part of chunks(rows)) {
        await db
          .insertInto('imported_record')
          .values(
            part.map((r) => ({
              batch_id: batchId,
              area,
              fingerprint: r.fingerprint,
              row_no: r.row,
              record_table: r.ref.recordTable,
              record_id: r.ref.recordId,
              record_key: r.ref.recordKey ?? '',
            })),
          )
          .execute();
      }
    },

    batches: async (): Promise<ImportBatch[]> =>
      (
        await db
          .selectFrom('import_batch as b')
          .leftJoin('staff as s', 's.id', 'b.created_by')
          .select(['b.id', 'b.area', 'b.file_name', 'b.sheet', 'b.rows_added', 'b.rows_skipped', 'b.created_at', 'b.created_desk', 's.name as staff_name'])
          .orderBy('b.created_at', 'desc')
          .orderBy('b.id', 'desc')
          .limit(500)
          .execute()
      ).map((b) => ({
        id: b.id,
        area: b.area,
        fileName: b.file_name,
        sheet: b.sheet,
        rowsAdded: b.rows_added,
        rowsSkipped: b.rows_skipped,
        createdAt: b.created_at,
        createdByName: b.staff_name,
        desk: b.created_desk,
      })),

    /** Where each of the records came from (the rows that became them); records typed at the desk are not listed. */
    async sourcesOf(recordTable: string, ids: number[]): Promise<RecordSource[]> {
      const out: RecordSource[] = [];
      for (const part of chunks(ids)) {
        if (!part.length) continue;
        const rows = await db
          .selectFrom('imported_record as r')
          .innerJoin('import_batch as b', 'b.id', 'r.batch_id')
          .select(['r.record_table', 'r.record_id', 'r.record_key', 'r.row_no', 'b.file_name', 'b.sheet'])
          .where('r.record_table', '=', recordTable)
          .where('r.record_id', 'in', part)
          .orderBy('r.record_id')
          .orderBy('r.row_no')
          .execute();
        out.push(
          ...rows.map((r) => ({
            recordTable: r.record_table,
            recordId: r.record_id,
            recordKey: r.record_key,
            fileName: r.file_name,
            sheet: r.sheet,
            row: r.row_no,
            text: sourceText(r.file_name, r.sheet, r.row_no),
          })),
        );
      }
      return out;
    },
  };
}
