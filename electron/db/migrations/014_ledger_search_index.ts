import { loanSearchIndexDdl } from '../../loans/searchIndex';
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 14,
  name: 'ledger_search_index',
  up: (d) => `
-- The ledger's search box answered from an index (loans/searchIndex.ts says how, per engine).
${loanSearchIndexDdl(d.engine)}

-- The retention purge reads only the loans that still hold personal data, by the time they came back:
-- a destroyed loan (or one lent without a name) is not in this index, so a later start reads only the
-- loans whose time has come. The WHERE is the purge's own (loanPersonalData.ts), so both engines use it.
CREATE INDEX loan_personal_data_due ON loan (returned_at)
  WHERE personal_data_destroyed_at IS NULL AND (borrower_name IS NOT NULL OR borrower_phone IS NOT NULL);
`,
};
