import type { Migration } from '../migration';

export const migration: Migration = {
  version: 10,
  name: 'photos_in_database',
  up: (d) => `
-- Photos move into the database: every desk sharing an office database reaches them, and one
-- backup file (or one file moved to a new PC) carries them with the records they belong to.
-- Rows from before this version get their bytes from the old photo folders when the app starts
-- (db/photoFilesBefore010.ts); until then content is NULL.
ALTER TABLE healing_photo ADD COLUMN content ${d.blob} CHECK (content IS NULL OR length(content) BETWEEN 1 AND 5242880);
ALTER TABLE pledge_photo ADD COLUMN content ${d.blob} CHECK (content IS NULL OR length(content) BETWEEN 1 AND 10500000);
`,
};
