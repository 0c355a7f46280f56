import { loanSearchIndexDdl } from '../../loans/searchIndex';
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 14,
  name: 'ledger_search_index',
  up: (d) => `
-- A loan whose name and phone an earlier version destroyed kept its notes and call results, which may
-- name the person too: they go now, as the purge destroys them from this version on (loanPersonalData.ts),
-- so a destroyed loan holds no personal data at all and the purge's index below needs no other test.
UPDATE loan SET note = '', return_note = '' WHERE personal_data_destroyed_at IS NOT NULL AND (note <> '' OR return_note <> '');
UPDATE loan_contact SET result = '파기됨'
  WHERE result <> '파기됨' AND loan_id IN (SELECT id FROM loan WHERE personal_data_destroyed_at IS NOT NULL);
UPDATE wheelchair_status_change SET reason = '반납 시 파손·고장'
  WHERE reason LIKE '반납 시 파손·고장: %' AND loan_id IN (SELECT id FROM loan WHERE personal_data_destroyed_at IS NOT NULL);

-- The ledger's search box answered from an index (loans/searchIndex.ts says how, per engine).
${loanSearchIndexDdl(d.engine)}

-- The retention purge reads only the loans it has not destroyed yet, by the time they came back: a
-- destroyed loan is not in this index, so a later start reads only the loans whose time has come. The
-- WHERE is the purge's own (loanPersonalData.ts), so both engines use it.
CREATE INDEX loan_personal_data_due ON loan (returned_at) WHERE personal_data_destroyed_at IS NULL;
`,
};
