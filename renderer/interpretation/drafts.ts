import { deskToday } from '../../shared/korean/deskClock';
import { requestToInput, type InterpretationRequest, type QuickDefaults } from '../../shared/contract/interpretation';
import { call } from '../api/client';
import type { RequestDraft } from './RequestForm';
import { nowTime } from './dates';

const blank = (defaults: QuickDefaults, staffId: number | null): RequestDraft => ({
  date: deskToday(),
  time: nowTime(),
  language: defaults.language,
  languageNote: '',
  nationality: '',
  methodId: defaults.methodId ?? 0,
  task: '',
  minutes: null,
  people: 1,
  status: '완료',
  outcome: '처리 완료',
  staffId,
  interpreterId: null,
  note: '',
});

/** A visitor at the counter now: today, this minute, the usual language and way, served by the person at the PC. */
export const walkInDraft = (defaults: QuickDefaults, staffId: number | null) => blank(defaults, staffId);

/** A sign interpreter booked ahead: the day chosen, no time yet, nobody answering for it until it happens. */
export const bookingDraft = (date: string, defaults: QuickDefaults, staffId: number | null): RequestDraft => ({
  ...blank(defaults, staffId),
  date,
  time: null,
  status: '예약',
  outcome: null,
});

/** An existing record, opened to correct it or to close a booking. */
export const editDraft = (r: InterpretationRequest, closeAs完료 = false): RequestDraft => {
  const input = requestToInput(r) as RequestDraft;
  return closeAs完료 ? { ...input, status: '완료', outcome: '처리 완료' } : input;
};

/** The usual language and way (most used in the last 90 days), or English and the first way in a new office. */
export async function fetchDefaults(): Promise<QuickDefaults> {
  const result = await call('interpretation.defaults', {});
  return result.ok ? result.value : { language: 'en', methodId: null };
}
