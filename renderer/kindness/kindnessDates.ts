import { deskNow, deskToday } from '../../shared/korean/deskClock';
import { addMonths, format, parseISO } from 'date-fns';

export const thisMonth = () => deskNow().date.slice(0, 7);
export const shiftMonth = (month: string, by: number) => format(addMonths(parseISO(`${month}-01`), by), 'yyyy-MM');

/** A received date to start the form with: today within this month, the month's first day otherwise. */
export const defaultReceivedOn = (month: string) => (month === thisMonth() ? deskToday() : `${month}-01`);

/** `2025-03-28T05:10:00Z` → `2025.03.28. 14:10` in local time. */
export const localDateTime = (iso: string) => format(new Date(iso), 'yyyy.MM.dd. HH:mm');
