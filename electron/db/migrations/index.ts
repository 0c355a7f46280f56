import type { Migration } from '../migration';
import { migration as staff } from './001_staff';
import { migration as personalDataView } from './002_personal_data_view';
import { migration as loans } from './003_loans';
import { migration as interpretation } from './004_interpretation';
import { migration as guides } from './005_guides';
import { migration as trainings } from './006_trainings';
import { migration as healing } from './007_healing';
import { migration as kindness } from './008_kindness';
import { migration as pledge } from './009_pledge';
import { migration as photosInDatabase } from './010_photos_in_database';
import { migration as desksAndOfficeSettings } from './011_desks_and_office_settings';
import { migration as accessRecords } from './012_access_records';
import { migration as signInAndRoles } from './013_sign_in_and_roles';
import { migration as ledgerSearchIndex } from './014_ledger_search_index';
import { migration as datesAsOfficesKnowThem } from './015_dates_as_offices_know_them';
import { migration as imports } from './016_imports';
import { migration as wheelchairLastReturn } from './017_wheelchair_last_return';
import { migration as servedInterpretationIndex } from './018_served_interpretation_index';
import { migration as taskSearchIndex } from './019_task_search_index';
import { migration as ledgerSearchInAnyLocale } from './020_ledger_search_in_any_locale';

/**
 * The schema's steps in the order they run, imported one by one (not read from the folder) so the
 * main-process bundle carries them. A new step is the next number's file, added at the end here.
 */
export const migrations: Migration[] = [staff, personalDataView, loans, interpretation, guides, trainings, healing, kindness, pledge, photosInDatabase, desksAndOfficeSettings, accessRecords, signInAndRoles, ledgerSearchIndex, datesAsOfficesKnowThem, imports, wheelchairLastReturn, servedInterpretationIndex, taskSearchIndex, ledgerSearchInAnyLocale];
