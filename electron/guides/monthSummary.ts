import type { GuideHelper, GuideMonthSummary, GuideShift, HelperMonthTotal } from '../../shared/contract/guides';
import { datesBetween, isWorkingDay } from '../../shared/korean/holidays';
import type { HelperRepository } from './helperRepository';
import type { ShiftRepository } from './shiftRepository';

/** First and last day of a yyyy-MM month. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** A day is covered when someone is expected at the desk or stood there: a missed shift covers nothing. */
export function uncoveredDays(from: string, to: string, shifts: GuideShift[]): string[] {
  const covered = new Set(shifts.filter((s) => s.status !== 'absent').map((s) => s.date));
  return datesBetween(from, to).filter((d) => isWorkingDay(d) && !covered.has(d));
}

/**
 * Each helper's month: 계획 is every shift planned for them (whatever became of it); 완료 is what they
 * actually stood, their own done shifts and those they took over for someone else.
 */
export function helperTotals(roster: GuideHelper[], shifts: GuideShift[]): HelperMonthTotal[] {
  const byId = new Map(roster.map((h) => [h.id, h]));
  const totals = new Map<number, { planned: Map<string, number>; done: Map<string, number>; absences: number }>();
  const entry = (id: number) => {
    if (!totals.has(id)) totals.set(id, { planned: new Map(), done: new Map(), absences: 0 });
    return totals.get(id)!;
  };
  const add = (days: Map<string, number>, s: GuideShift) => days.set(s.date, (days.get(s.date) ?? 0) + s.minutes);
  roster.forEach((h) => entry(h.id));
  for (const s of shifts) {
    add(entry(s.helperId).planned, s);
    if (s.status === 'done') add(entry(s.helperId).done, s);
    if (s.status === 'replaced') add(entry(s.replacementHelperId!).done, s);
    if (s.status === 'absent') entry(s.helperId).absences++;
  }
  const sum = (days: Map<string, number>) => [...days.values()].reduce((a, b) => a + b, 0);
  return [...totals.entries()]
    .map(([helperId, t]) => {
      const h = byId.get(helperId)!;
      return {
        helperId,
        name: h.name,
        kind: h.kind,
        quotaHoursPerDay: h.quotaHoursPerDay,
        quotaDaysPerMonth: h.quotaDaysPerMonth,
        plannedDays: t.planned.size,
        plannedMinutes: sum(t.planned),
        doneDays: t.done.size,
        doneMinutes: sum(t.done),
        absences: t.absences,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'ko') || a.helperId - b.helperId);
}

export async function monthSummary(helpers: HelperRepository, shifts: ShiftRepository, month: string): Promise<GuideMonthSummary> {
  const { from, to } = monthRange(month);
  const [monthShifts, everyone] = await Promise.all([shifts.between(from, to), helpers.list(true, from)]);
  // Everyone on the roster during the month, and anyone (even since retired) who has a shift in it.
  const roster = everyone.filter(
    (h) => (h.activeFrom <= to && (h.activeTo === null || h.activeTo >= from)) || monthShifts.some((s) => s.helperId === h.id || s.replacementHelperId === h.id),
  );
  return {
    month,
    workingDays: datesBetween(from, to).filter(isWorkingDay).length,
    uncoveredDays: uncoveredDays(from, to, monthShifts),
    totals: helperTotals(roster, monthShifts),
  };
}
