import { addMonths, format, parseISO } from 'date-fns';

/** `2024-12`, 1 → `2025-01`: the month switchers' 이전 달/다음 달. */
export const shiftMonth = (month: string, by: number) => format(addMonths(parseISO(`${month}-01`), by), 'yyyy-MM');
