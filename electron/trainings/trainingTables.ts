import type { Generated } from 'kysely';
import type { AttendanceMode, AttendanceStatus, TrainingKind } from '../../shared/contract/trainings';
import type { AuthoredColumns } from '../staff/staffTables';

/** 006: a training (친절교육, 특이민원 대응훈련, 기타); 011 added the desks. */
export interface TrainingTable extends AuthoredColumns {
  id: Generated<number>;
  title: string;
  kind: TrainingKind;
  instructor: Generated<string>;
  attendance_mode: AttendanceMode;
  note: Generated<string>;
}

export interface TrainingSessionTable {
  id: Generated<number>;
  training_id: number;
  date: string;
  start_time: string | null;
  end_time: string | null;
  place: Generated<string>;
}

/** department_id is the person's department on the day it was recorded. */
export interface TrainingAttendanceTable {
  session_id: number;
  staff_id: number;
  department_id: number;
  status: AttendanceStatus;
}

export interface TrainingHeadcountTable {
  session_id: number;
  department_id: number;
  head_count: number;
}

export interface TrainingFrontlineDepartmentTable {
  department_id: number;
}

/** 006's view: the one definition of "attended"; a head-count row has no staff_id and stands for head_count people. */
export interface TrainingAttendedView {
  training_id: number;
  kind: TrainingKind;
  date: string;
  staff_id: number | null;
  department_id: number;
  head_count: number;
}

export interface TrainingTables {
  training: TrainingTable;
  training_session: TrainingSessionTable;
  training_attendance: TrainingAttendanceTable;
  training_headcount: TrainingHeadcountTable;
  training_frontline_department: TrainingFrontlineDepartmentTable;
  training_attended: TrainingAttendedView;
}
