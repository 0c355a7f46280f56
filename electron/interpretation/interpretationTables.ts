import type { Generated } from 'kysely';
import type { LanguageCode, LanguageLevel, Outcome, RequestStatus } from '../../shared/interpretationLanguages';
import type { AuthoredColumns } from '../staff/staffTables';

/** 004: the ways a request is served; a way once used is deactivated, never deleted. */
export interface InterpretationMethodTable extends AuthoredColumns {
  id: Generated<number>;
  name: string;
  sort_order: Generated<number>;
  active: Generated<number>;
}

/** 004: one visitor's (or group's) request; `booked` stays 1 once it was booked. */
export interface InterpretationRequestTable extends AuthoredColumns {
  id: Generated<number>;
  requested_on: string;
  requested_time: string | null;
  language: LanguageCode;
  language_note: Generated<string>;
  nationality: Generated<string>;
  method_id: number;
  task: string;
  minutes: number | null;
  people: Generated<number>;
  status: RequestStatus;
  outcome: Outcome | null;
  booked: Generated<number>;
  staff_id: number | null;
  interpreter_id: number | null;
  note: Generated<string>;
}

/** 004: a staff member on call to interpret (외국어 특약관). */
export interface InterpreterTable extends AuthoredColumns {
  staff_id: number;
  availability: Generated<string>;
  active: Generated<number>;
}

export interface InterpreterLanguageTable {
  staff_id: number;
  language: LanguageCode;
  level: LanguageLevel;
}

export interface InterpretationTables {
  interpretation_method: InterpretationMethodTable;
  interpretation_request: InterpretationRequestTable;
  interpreter: InterpreterTable;
  interpreter_language: InterpreterLanguageTable;
}
