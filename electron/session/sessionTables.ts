import type { Generated } from 'kysely';
import type { AccountEventKind } from '../../shared/contract/staff';

/** 013: wrong PINs per name, shared by every desk; a right PIN removes the row. */
export interface SignInThrottleTable {
  staff_id: number;
  failed_count: number;
  wait_until: string | null;
  updated_at: string;
}

/** 013: the account log. */
export interface AccountEventTable {
  id: Generated<number>;
  at: string;
  kind: AccountEventKind;
  /** Whose account. */
  staff_id: number;
  /** Who did it, when not the person themself (the 관리자 who reset a PIN or changed a role). */
  by_id: number | null;
  desk: string | null;
  detail: Generated<string>;
}

export interface SessionTables {
  sign_in_throttle: SignInThrottleTable;
  account_event: AccountEventTable;
}
