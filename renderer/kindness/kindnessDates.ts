import { format } from 'date-fns';
import { deskMonth, deskToday } from '../../shared/korean/deskClock';

/** A received date to start the form with: today within this month, the month's first day otherwise. */
export const defaultReceivedOn = (month: string) => (month === deskMonth() ? deskToday() : `${month}-01`);

/** `2025-03-28T05:10:00Z` → `2025.03.28. 14:10` in local time. */
export const localDateTime = (iso: string) => format(new Date(iso), 'yyyy.MM.dd. HH:mm');
