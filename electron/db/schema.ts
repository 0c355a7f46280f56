import type { Kysely } from 'kysely';
import type { StaffTables } from '../staff/staffTables';
import type { PledgeTables } from '../pledge/pledgeTables';
import type { KindnessTables } from '../kindness/kindnessTables';
import type { GuideTables } from '../guides/guideTables';
import type { TrainingTables } from '../trainings/trainingTables';
import type { HealingTables } from '../healing/healingTables';
import type { LoanTables } from '../loans/loanTables';
import type { InterpretationTables } from '../interpretation/interpretationTables';
import type { PrivacyTables } from '../privacy/privacyTables';
import type { SessionTables } from '../session/sessionTables';
import type { ImportTables } from '../imports/importTables';

/**
 * Every table of the app, as Kysely sees it: each area declares its own tables beside its SQL
 * (e.g. loans/loanTables.ts) and is joined here. The migrations (migrations/) make the same tables.
 */
export interface Database extends StaffTables, KindnessTables, PledgeTables, GuideTables, TrainingTables, HealingTables, LoanTables, InterpretationTables, PrivacyTables, SessionTables, ImportTables {}

/** A connection or a transaction on the app's records; repositories take either. */
export type Db = Kysely<Database>;
