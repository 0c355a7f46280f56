import type { Migration } from '../migration';

export const migration: Migration = {
  version: 18,
  name: 'served_interpretation_index',
  up: () => `
-- The card's 통역 line and the 통역 집계 count only served requests (interpretation/countingRule.ts) of a
-- period, by language and way. Through interpretation_request_day each request of the period was read
-- from the table to test its status: a ten-year card read every request it counted. This index holds
-- only the served ones, with all the counts need, so the count reads the index alone (SQLite still reads
-- the condition's own columns, so they come last). The condition is the counting rule's, word for word:
-- SQLite uses a partial index only for a query that says the same.
CREATE INDEX interpretation_request_served ON interpretation_request (requested_on, language, method_id, people, status, outcome)
  WHERE status = '완료' AND outcome IN ('처리 완료', '다른 기관 안내');
`,
};
