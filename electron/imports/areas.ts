import type { ImportArea } from '../../shared/contract/imports';
import type { AreaImport } from './areaImport';
import { budgetImport } from './areas/budgetImport';
import { communicationImport } from './areas/communicationImport';
import { healingImport } from './areas/healingImport';
import { interpretationImport } from './areas/interpretationImport';
import { kindnessImport } from './areas/kindnessImport';
import { loanImport } from './areas/loanImport';
import { trainingImport } from './areas/trainingImport';

/** Each area's mapping of an old ledger onto its own records. */
export const areaImports = {
  loans: loanImport,
  interpretation: interpretationImport,
  trainings: trainingImport,
  healing: healingImport,
  kindness: kindnessImport,
  communication: communicationImport,
  budget: budgetImport,
} as unknown as Record<ImportArea, AreaImport<unknown, unknown>>;
