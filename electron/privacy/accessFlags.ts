import { MANY_VIEWS_PER_DAY, OFFICE_HOURS, type AccessAction, type AccessFlag } from '../../shared/contract/privacy';
import { isWorkingDay } from '../../shared/korean/holidays';

export interface FlaggableRecord {
  id: number;
  /** The desk's clock: 'yyyy-MM-dd HH:mm'. */
  accessedAt: string;
  staffId: number | null;
  action: AccessAction;
  screen: string;
}

/**
 * The unusual patterns the monthly check looks for (shared/contract/privacy.ts says why each):
 * many full views by one person in a day, prints and downloads outside office hours or on a day off,
 * and a search of the ledger by a whole phone number. Read over the whole month, whatever the screen
 * filters, so a day's views are counted together.
 */
export function accessFlags(records: FlaggableRecord[]): Map<number, AccessFlag[]> {
  const flags = new Map<number, AccessFlag[]>();
  const mark = (id: number, flag: AccessFlag) => flags.set(id, [...(flags.get(id) ?? []), flag]);

  const viewsByPersonDay = new Map<string, number[]>();
  for (const r of records) {
    if (r.action !== 'view') continue;
    const key = `${r.staffId}|${r.accessedAt.slice(0, 10)}`;
    viewsByPersonDay.set(key, [...(viewsByPersonDay.get(key) ?? []), r.id]);
  }
  for (const ids of viewsByPersonDay.values()) if (ids.length > MANY_VIEWS_PER_DAY) for (const id of ids) mark(id, 'many_views');

  for (const r of records) {
    if ((r.action === 'print' || r.action === 'export') && outsideOfficeHours(r.accessedAt)) mark(r.id, 'after_hours');
    if (r.action === 'search_phone' && r.screen === 'ledger') mark(r.id, 'full_phone_search');
  }
  return flags;
}

/** Before 09:00, from 18:00, or on a weekend or public holiday (substitute holidays included). */
export function outsideOfficeHours(deskStamp: string): boolean {
  const time = deskStamp.slice(11, 16);
  return !isWorkingDay(deskStamp.slice(0, 10)) || time < OFFICE_HOURS.start || time >= OFFICE_HOURS.end;
}
