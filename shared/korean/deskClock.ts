/**
 * The desk's clock. The hall is in Korea, so "today" and "now" are Korean time whatever zone the
 * process runs in (the preview's server may run in UTC while the page shows Korean time); main and
 * renderer read the same clock, so a form's default and the server's "today" agree around midnight.
 */
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface DeskTime {
  /** yyyy-MM-dd */
  date: string;
  /** HH:mm */
  time: string;
}

export function deskNow(at = new Date()): DeskTime {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Today at the desk, yyyy-MM-dd: what every form defaults to and every "not in the future" check uses. */
export const deskToday = () => deskNow().date;

/** This month at the desk, yyyy-MM. */
export const deskMonth = () => deskNow().date.slice(0, 7);

/** 'yyyy-MM-dd HH:mm', the form desk times are stored in. */
export const stamp = (t: DeskTime) => `${t.date} ${t.time}`;

/** Whole days from one yyyy-MM-dd date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];

/** '2024-06-10' → '2024.06.10.(월)': due dates read with their weekday at the desk. */
export function dateWithWeekday(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return `${isoDate.slice(0, 4)}.${isoDate.slice(5, 7)}.${isoDate.slice(8, 10)}.(${WEEKDAYS[day]})`;
}
