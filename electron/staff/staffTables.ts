import type { Generated } from 'kysely';

/** Who created a row and who changed it last, and at which desk (migration 011 added the desks). */
export interface AuthoredColumns {
  created_at: string;
  created_by: number | null;
  created_desk: string | null;
  updated_at: string;
  updated_by: number | null;
  updated_desk: string | null;
}

export interface DepartmentTable extends AuthoredColumns {
  id: Generated<number>;
  name: string;
  active: Generated<number>;
}

export interface StaffTable extends AuthoredColumns {
  id: Generated<number>;
  name: string;
  department_id: number;
  position: Generated<string>;
  active: Generated<number>;
  /** 013: 'desk' (담당자), 'teamLead' (팀장), 'admin' (관리자). */
  role: Generated<'desk' | 'teamLead' | 'admin'>;
  /** 013: the PIN's scrypt hash with its parameters; null until a PIN is set. */
  pin_hash: string | null;
  /** 013: 1 when a 관리자 set the PIN and the person must choose their own at the next sign-in. */
  pin_must_change: Generated<number>;
}

/** 011: the office's settings every desk shares, one JSON value per key. */
export interface OfficeSettingTable {
  key: string;
  value: string;
  updated_at: string;
  updated_by: number | null;
  updated_desk: string | null;
}

export interface StaffTables {
  department: DepartmentTable;
  staff: StaffTable;
  office_setting: OfficeSettingTable;
}
