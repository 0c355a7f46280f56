import type { Generated } from 'kysely';
import type { HelperKind, ShiftSlot, ShiftStatus } from '../../shared/contract/guides';
import type { AuthoredColumns } from '../staff/staffTables';

/** 005: a helper who stands at the hall's guide desk; 011 added the desks. */
export interface GuideHelperTable extends AuthoredColumns {
  id: Generated<number>;
  name: string;
  contact: Generated<string>;
  kind: HelperKind;
  active_from: string;
  active_to: string | null;
  quota_hours_per_day: number | null;
  quota_days_per_month: number | null;
  note: Generated<string>;
}

/** 005: one shift at one post; the overlap rule is a trigger (guide_shift_overlap). */
export interface GuideShiftTable extends AuthoredColumns {
  id: Generated<number>;
  date: string;
  slot: ShiftSlot;
  start_time: string;
  end_time: string;
  post: string;
  helper_id: number;
  status: Generated<ShiftStatus>;
  replacement_helper_id: number | null;
  note: Generated<string>;
}

export interface GuideTables {
  guide_helper: GuideHelperTable;
  guide_shift: GuideShiftTable;
}
