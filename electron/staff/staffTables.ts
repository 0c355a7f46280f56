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
}

/** 002: each deliberate look at a visitor's full name or phone. */
export interface PersonalDataViewTable {
  id: Generated<number>;
  viewed_at: string;
  staff_id: number | null;
  record_kind: string;
  record_id: number;
  purpose: Generated<string>;
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
  personal_data_view: PersonalDataViewTable;
  office_setting: OfficeSettingTable;
}
