import type { Generated } from 'kysely';
import type { AuthoredColumns } from '../staff/staffTables';

/** 009: the pledge card (공약 카드) itself; 011 added the desks. */
export interface PledgeCardTable extends AuthoredColumns {
  id: Generated<number>;
  area_code: string;
  area_number: string;
  title: string;
  status: string;
  business_type: string;
  funding: string;
  department_id: number;
  team: Generated<string>;
  extension: Generated<string>;
  project_from: string;
  project_to: string;
  contents: Generated<string>;
  budget_note: Generated<string>;
  effects: Generated<string>;
  plans: Generated<string>;
  /** The mayor's term, yyyy-MM. */
  term_from: string;
  term_to: string;
  /** 015: 사업기간 in the card's own words; '' prints the dates. */
  project_period_text: Generated<string>;
}

export interface PledgeCertificationRoundTable extends AuthoredColumns {
  id: Generated<number>;
  card_id: number;
  name: string;
  valid_years: Generated<number>;
}

/** A round's steps: no authorship of their own, they are saved with their round. */
export interface PledgeCertificationMilestoneTable {
  id: Generated<number>;
  round_id: number;
  kind: string;
  label: string;
  date: string;
  /** 015: 'month' when only the month is known (date is then its first day). */
  date_precision: Generated<string>;
}

export interface PledgeAwardTable extends AuthoredColumns {
  id: Generated<number>;
  card_id: number;
  title: string;
  awarded_by: Generated<string>;
  outcome: Generated<string>;
  date: string;
  /** 015: 'month' when only the month is known (date is then its first day). */
  date_precision: Generated<string>;
}

export interface PledgeCommunicationTable extends AuthoredColumns {
  id: Generated<number>;
  card_id: number;
  date: string;
  category: string;
  title: string;
  details: Generated<string>;
  /** Only a press item has one. */
  outlet: string | null;
}

/** 사업비 현황 cells in 백만원; year null is 임기후. Only ever rewritten, so only updated_*. */
export interface PledgeBudgetTable {
  id: Generated<number>;
  card_id: number;
  source: string;
  year: number | null;
  amount: number;
  updated_at: string;
  updated_by: number | null;
  updated_desk: string | null;
}

/** 010 put the bytes in the database; rows from before it are null until adopted (db/photoFilesBefore010.ts). */
export interface PledgePhotoTable {
  id: Generated<number>;
  card_id: number;
  file_name: string;
  mime_type: string;
  content: Buffer | null;
  caption: string;
  created_at: string;
  created_by: number | null;
  created_desk: string | null;
}

export interface PledgeReferenceTable {
  id: Generated<number>;
  card_id: number;
  position: number;
  photo_id: number | null;
  communication_id: number | null;
  created_at: string;
  created_by: number | null;
  created_desk: string | null;
}

export interface PledgeLineLayoutTable {
  card_id: number;
  line_key: string;
  position: number;
  hidden: Generated<number>;
}

export interface PledgeNoteTable extends AuthoredColumns {
  id: Generated<number>;
  card_id: number;
  level: string;
  text: string;
  after_key: string | null;
}

export interface PledgeTables {
  pledge_card: PledgeCardTable;
  pledge_certification_round: PledgeCertificationRoundTable;
  pledge_certification_milestone: PledgeCertificationMilestoneTable;
  pledge_award: PledgeAwardTable;
  pledge_communication: PledgeCommunicationTable;
  pledge_budget: PledgeBudgetTable;
  pledge_photo: PledgePhotoTable;
  pledge_reference: PledgeReferenceTable;
  pledge_line_layout: PledgeLineLayoutTable;
  pledge_note: PledgeNoteTable;
}
