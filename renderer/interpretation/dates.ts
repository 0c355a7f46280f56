import { deskNow, deskToday } from '../../shared/korean/deskClock';

export const nowTime = () => deskNow().time;
/** Today as a Date at local midnight, for month and year arithmetic with date-fns. */
export const todayDate = () => new Date(`${deskToday()}T00:00:00`);
