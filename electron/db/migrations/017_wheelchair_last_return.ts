import type { Migration } from '../migration';

export const migration: Migration = {
  version: 17,
  name: 'wheelchair_last_return',
  up: () => `
-- A lend checks that it does not start before the wheelchair's last return (loans/lending.ts). Through
-- loan_wheelchair (wheelchair_id, started_at) that read every loan the wheelchair ever had: 15 ms a lend
-- at thirty years. With the return time in the index the latest is its last entry.
CREATE INDEX loan_wheelchair_returned ON loan (wheelchair_id, returned_at);
`,
};
