import { constraintKind } from './constraintErrors';

/** created_at/updated_at in UTC ISO form; the UI shows them in local time. */
export const nowIso = () => new Date().toISOString();

/** Who made a change and at which desk (the PC's name): every record keeps both, for when and where it was created and last changed. */
export interface Author {
  staffId: number | null;
  desk: string;
}

/** The created_* and updated_* columns of a new row. */
export const createdStamp = (author: Author, at = nowIso()) => ({
  created_at: at,
  created_by: author.staffId,
  created_desk: author.desk,
  updated_at: at,
  updated_by: author.staffId,
  updated_desk: author.desk,
});

/** The created_* columns of a row that is never changed after (a photo, a reminder call, a reference). */
export const createdOnlyStamp = (author: Author, at = nowIso()) => ({ created_at: at, created_by: author.staffId, created_desk: author.desk });

/** The updated_* columns of a change. */
export const updatedStamp = (author: Author, at = nowIso()) => ({ updated_at: at, updated_by: author.staffId, updated_desk: author.desk });

export const authorOf = (ctx: { actor: { id: number } | null; desk: string }): Author => ({ staffId: ctx.actor?.id ?? null, desk: ctx.desk });

/** A unique key refused the row, on either engine. */
export const isUniqueViolation = (error: unknown) => constraintKind(error) === 'unique';
