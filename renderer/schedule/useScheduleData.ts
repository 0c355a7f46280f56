import { useChannel } from '../api/useChannel';
import { scheduleEntries, type ScheduleEntry } from './scheduleEntries';

/** The four areas' dated records for a period, each from its own channel, merged for the calendar. */
export function useScheduleData(from: string, to: string) {
  const range = { from, to };
  const shifts = useChannel('guides.shifts', range);
  const trainings = useChannel('trainings.sessionsBetween', range);
  const healing = useChannel('healing.programsBetween', range);
  const bookings = useChannel('interpretation.bookings', range);
  const errors = [shifts.error, trainings.error, healing.error, bookings.error].filter((e) => e !== null);
  const entries: ScheduleEntry[] = scheduleEntries({
    shifts: shifts.data ?? [],
    trainings: trainings.data ?? [],
    healing: healing.data ?? [],
    bookings: bookings.data ?? [],
  });
  return { entries, shifts: shifts.data ?? [], errors };
}
