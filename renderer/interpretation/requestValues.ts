import { type InterpretationRequest, type QuickDefaults, type RequestInput } from '../../shared/contract/interpretation';
import { deskNow } from '../../shared/korean/deskClock';
import type { LanguageCode, Outcome, RequestStatus } from '../../shared/interpretationLanguages';
import { call } from '../api/client';

/** The request form's fields as the boxes hold them: ids as the lists' text, an empty number box as ''. */
export interface RequestValues {
  id?: number;
  date: string;
  time: string;
  language: LanguageCode;
  languageNote: string;
  nationality: string;
  methodId: string | null;
  task: string;
  minutes: number | '';
  people: number | '';
  status: RequestStatus;
  outcome: Outcome | null;
  staffId: string | null;
  interpreterId: string | null;
  note: string;
}

/** What opens the request form: its values, and whether the language and way are the office's usual ones. */
export interface RequestOpening {
  values: RequestValues;
  /** Filled from the last 90 days, not typed: the form says so beside them. */
  usual: boolean;
}

const idText = (id: number | null | undefined) => (id ? String(id) : null);

/** The values as the channel takes them. */
export const requestInputOf = (v: RequestValues): RequestInput => ({
  ...v,
  time: v.time || null,
  methodId: Number(v.methodId) || 0,
  // An emptied 인원 box is refused with the contract's "숫자로 입력하세요", never taken as 1.
  people: v.people === '' ? Number.NaN : v.people,
  minutes: v.minutes === '' ? null : v.minutes,
  outcome: v.status === '완료' ? v.outcome : null,
  staffId: v.staffId ? Number(v.staffId) : null,
  interpreterId: v.interpreterId ? Number(v.interpreterId) : null,
});

const fresh = (defaults: QuickDefaults, staffId: number | null): RequestValues => ({
  date: deskNow().date,
  time: deskNow().time,
  language: defaults.language,
  languageNote: '',
  nationality: '',
  methodId: idText(defaults.methodId),
  task: '',
  minutes: '',
  people: 1,
  status: '완료',
  outcome: '처리 완료',
  staffId: idText(staffId),
  interpreterId: null,
  note: '',
});

/** A visitor at the counter now: today, this minute, the usual language and way, served by the person at the PC. */
export const walkIn = (defaults: QuickDefaults, staffId: number | null): RequestOpening => ({ values: fresh(defaults, staffId), usual: true });

/** A sign interpreter booked ahead: the day chosen, no time yet, nobody answering for it until it happens. */
export const booking = (date: string, defaults: QuickDefaults, staffId: number | null): RequestOpening => ({
  values: { ...fresh(defaults, staffId), date, time: '', status: '예약', outcome: null },
  usual: true,
});

/** An existing record, opened to correct it or (closeAsDone) to close a booking as served. */
export function existing(r: InterpretationRequest, closeAsDone = false): RequestOpening {
  const values: RequestValues = {
    id: r.id,
    date: r.date,
    time: r.time ?? '',
    language: r.language,
    languageNote: r.languageNote,
    nationality: r.nationality,
    methodId: idText(r.methodId),
    task: r.task,
    minutes: r.minutes ?? '',
    people: r.people,
    status: r.status,
    outcome: r.outcome,
    staffId: idText(r.staffId),
    interpreterId: idText(r.interpreterId),
    note: r.note,
  };
  return { values: closeAsDone ? { ...values, status: '완료', outcome: '처리 완료' } : values, usual: false };
}

/** The usual language and way (most used in the last 90 days), or English and the first way in a new office. */
export async function fetchDefaults(): Promise<QuickDefaults> {
  const result = await call('interpretation.defaults', {});
  return result.ok ? result.value : { language: 'en', methodId: null };
}
