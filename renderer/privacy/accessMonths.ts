import { deskMonth } from '../../shared/korean/deskClock';
import { addMonths } from '../../shared/dateRange';

/** The month the monthly check is usually about: the one just ended. */
export const lastMonth = () => addMonths(deskMonth(), -1);
/** '2024-06-03 10:05' → '2024.06.03. 10:05' */
export const deskStampLabel = (at: string) => `${at.slice(0, 4)}.${at.slice(5, 7)}.${at.slice(8, 10)}. ${at.slice(11, 16)}`;
