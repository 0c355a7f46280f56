import type { Generated } from 'kysely';
import type { AuthoredColumns } from '../staff/staffTables';

/** 007: a healing program; 011 added the desks. */
export interface HealingProgramTable extends AuthoredColumns {
  id: Generated<number>;
  date: string;
  place: string;
  activity: string;
  participants: number;
  /** BIGINT (up to ten billion won): a JS number on both engines. */
  cost_won: Generated<number>;
  note: Generated<string>;
}

export interface HealingParticipantTable {
  program_id: number;
  staff_id: number;
}

/** 007, with 010's bytes (NULL only for a photo from before 010 whose file was gone) and 011's desk. */
export interface HealingPhotoTable {
  id: Generated<number>;
  program_id: number;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  caption: Generated<string>;
  content: Buffer | null;
  created_at: string;
  created_by: number | null;
  created_desk: string | null;
}

export interface HealingTables {
  healing_program: HealingProgramTable;
  healing_participant: HealingParticipantTable;
  healing_photo: HealingPhotoTable;
}
