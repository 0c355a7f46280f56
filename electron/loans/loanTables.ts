import type { Generated } from 'kysely';
import type { LoanPurpose, WheelchairKind, WheelchairStatus } from '../../shared/contract/loans';
import type { AuthoredColumns } from '../staff/staffTables';

/** 003: the inventory. `status` 'on_loan' comes and goes only with an open loan. */
export interface WheelchairTable extends AuthoredColumns {
  id: Generated<number>;
  asset_number: string;
  kind: WheelchairKind;
  note: Generated<string>;
  status: Generated<WheelchairStatus>;
}

/** 003: every status a wheelchair has had. Written only with a change of the wheelchair, so no author columns of its own. */
export interface WheelchairStatusChangeTable {
  id: Generated<number>;
  wheelchair_id: number;
  changed_at: string;
  from_status: WheelchairStatus | null;
  to_status: WheelchairStatus;
  reason: Generated<string>;
  loan_id: number | null;
  staff_id: number | null;
}

/** 003: one loan. Times are the desk's 'yyyy-MM-dd HH:mm', dates 'yyyy-MM-dd'. */
export interface LoanTable extends AuthoredColumns {
  id: Generated<number>;
  wheelchair_id: number;
  borrower_name: string | null;
  borrower_phone: string | null;
  name_choseong: string | null;
  borrower_relation: Generated<'self' | 'guardian'>;
  borrower_no: number;
  consent_at: string | null;
  id_checked: Generated<number>;
  purpose: LoanPurpose;
  started_at: string;
  due_date: string;
  original_due_date: string | null;
  extended_at: string | null;
  extended_by: number | null;
  lent_by: number;
  note: Generated<string>;
  returned_at: string | null;
  return_condition: 'good' | 'damaged' | null;
  return_note: Generated<string>;
  received_by: number | null;
  personal_data_destroyed_at: string | null;
}

/** 003: a reminder call about an overdue loan; written once, never changed (011 gave it created_desk only). */
export interface LoanContactTable {
  id: Generated<number>;
  loan_id: number;
  contacted_at: string;
  result: string;
  staff_id: number | null;
  created_at: string;
  created_by: number | null;
  created_desk: string | null;
}

export interface LoanTables {
  wheelchair: WheelchairTable;
  wheelchair_status_change: WheelchairStatusChangeTable;
  loan: LoanTable;
  loan_contact: LoanContactTable;
}
