import type { Generated } from 'kysely';
import type { AccessAction } from '../../shared/contract/privacy';

/** 012: one access of a staff member to a visitor's personal data (접속기록). Written once, never changed. */
export interface AccessRecordTable {
  id: Generated<number>;
  /** UTC ISO, as every stamp the app writes. */
  accessed_at: string;
  /** Null only in rows carried over from before sign-in: the app now refuses an access with nobody signed in. */
  staff_id: number | null;
  desk: string | null;
  action: AccessAction;
  /** Where in the app: 'ledger', 'overdue_list', 'lend_form', 'handover', … ('earlier_log': carried over from 002). */
  screen: string;
  /** 'loan' (record_id: the loan), 'borrower' (the borrower's number), 'ledger' (a list; record_id null). */
  record_kind: string;
  record_id: number | null;
  row_count: number | null;
  reason: Generated<string>;
}

/** 012: a month of access records checked by an administrator. */
export interface AccessReviewTable {
  month: string;
  reviewed_at: string;
  reviewed_by: number;
  reviewed_desk: string | null;
  record_count: number;
  flagged_count: number;
  note: Generated<string>;
}

export interface PrivacyTables {
  access_record: AccessRecordTable;
  access_review: AccessReviewTable;
}
