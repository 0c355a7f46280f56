import { deskToday } from '../../shared/korean/deskClock';

/** Months are 'yyyy-MM' strings: they sort and compare as text, across year ends too (shared/dateRange.ts steps them). */
export const monthOfDate = (isoDate: string) => isoDate.slice(0, 7);

export const currentMonth = () => monthOfDate(deskToday());

export const minIso = (a: string, b: string) => (a < b ? a : b);
