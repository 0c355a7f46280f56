import { deskNow } from '../../shared/korean/deskClock';
import { addMonths, format, parseISO } from 'date-fns';

/** Months are 'yyyy-MM' strings: they sort and compare as text, across year ends too. */
export const shiftMonth = (month: string, by: number) => format(addMonths(parseISO(`${month}-01`), by), 'yyyy-MM');

export const monthOfDate = (isoDate: string) => isoDate.slice(0, 7);

/** Today on this PC's calendar, which is the office's. */
export const todayIso = () => deskNow().date;

export const currentMonth = () => monthOfDate(todayIso());

export const maxIso = (a: string, b: string) => (a > b ? a : b);
export const minIso = (a: string, b: string) => (a < b ? a : b);
