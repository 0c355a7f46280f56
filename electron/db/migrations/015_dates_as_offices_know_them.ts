import type { Migration } from '../migration';

/**
 * Facts as offices know them. An award or a certification step whose day nobody wrote down is dated to
 * its month (`2022.11월`): date_precision 'month', the date kept as the month's first day so it still
 * sorts and falls in a period. 사업기간 may carry the card's own words (`2022년(2022년 이행완료 후
 * 계속추진)`) beside the dates the app counts with; '' prints the dates.
 */
export const migration: Migration = {
  version: 15,
  name: 'dates_as_offices_know_them',
  up: () => `
ALTER TABLE pledge_award ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day', 'month'));
ALTER TABLE pledge_certification_milestone ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day', 'month'));
ALTER TABLE pledge_card ADD COLUMN project_period_text TEXT NOT NULL DEFAULT '' CHECK (length(project_period_text) <= 200);
`,
};
