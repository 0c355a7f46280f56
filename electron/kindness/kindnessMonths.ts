import { deskToday } from '../../shared/korean/deskClock';
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

/** Months are 'yyyy-MM' strings: they sort and compare as text, across year ends too. */
export const shiftMonth = (month: string, by: number) => format(addMonths(parseISO(`${month}-01`), by), 'yyyy-MM');

export const monthOfDate = (isoDate: string) => isoDate.slice(0, 7);

export const currentMonth = () => monthOfDate(deskToday());

export const minIso = (a: string, b: string) => (a < b ? a : b);
