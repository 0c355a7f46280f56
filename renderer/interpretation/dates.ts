import { deskNow } from '../../shared/korean/deskClock';

/** The desk's today and now (Korean time, as the main process counts them), in the forms' stored shapes. */
export const todayIso = () => deskNow().date;
export const nowTime = () => deskNow().time;
/** Today as a Date at local midnight, for month and year arithmetic with date-fns. */
export const todayDate = () => new Date(`${todayIso()}T00:00:00`);
