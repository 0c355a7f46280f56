import { deskNow } from '../../shared/korean/deskClock';

/** The desk's date, yyyy-MM-dd, as forms default to it. */
export const today = () => deskNow().date;
