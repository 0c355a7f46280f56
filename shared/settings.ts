import { z } from 'zod';
import { termMonth } from './contract/fields';

/**
 * Every setting with its bounds. The same schema checks what the Settings page
 * sends and what is read back from disk, so a hand-edited or old settings file falls back to defaults.
 */
export const settingsSchema = z.strictObject({
  officeName: z.string().trim().max(50, '기관명은 50자 이내로 입력하세요.'),
  departmentName: z.string().trim().max(50, '부서명은 50자 이내로 입력하세요.'),
  teamName: z.string().trim().max(50, '팀명은 50자 이내로 입력하세요.'),
  extension: z
    .string()
    .trim()
    .max(20, '내선번호는 20자 이내로 입력하세요.')
    .regex(/^[0-9-]*$/, '내선번호는 숫자와 -만 입력하세요.'),
  defaultLoanDays: z
    .number({ error: '기본 대여 기간은 숫자로 입력하세요.' })
    .int('기본 대여 기간은 정수로 입력하세요.')
    .min(1, '기본 대여 기간은 1일 이상이어야 합니다.')
    .max(90, '기본 대여 기간은 90일 이하여야 합니다.'),
  retentionYears: z
    .number({ error: '개인정보 보유기간은 숫자로 입력하세요.' })
    .int('개인정보 보유기간은 정수로 입력하세요.')
    .min(1, '개인정보 보유기간은 1년 이상이어야 합니다.')
    .max(10, '개인정보 보유기간은 10년 이하여야 합니다.'),
  uiFontSize: z
    .number({ error: '글자 크기는 숫자로 입력하세요.' })
    .int()
    .min(14, '글자 크기는 14 이상이어야 합니다.')
    .max(24, '글자 크기는 24 이하여야 합니다.'),
  /**
   * Minutes without use before the screen locks (and the core refuses all but the PIN). One minute at
   * least, so a desk is never locked while a person reads; an hour at most, so a left PC does not stay open.
   */
  lockAfterMinutes: z
    .number({ error: '화면 잠금 시간은 숫자로 입력하세요.' })
    .int('화면 잠금 시간은 분 단위 정수로 입력하세요.')
    .min(1, '화면 잠금 시간은 1분 이상이어야 합니다.')
    .max(60, '화면 잠금 시간은 60분 이하여야 합니다.'),
  /**
   * Who answers for the wheelchair ledger's personal data (개인정보 보호책임자 or the 분야별 책임자 the
   * office names), as 직위·성명: the 개인정보 처리 안내 on the settings page prints it for the office's
   * 개인정보파일 registration.
   */
  privacyOfficer: z.string().trim().max(50, '개인정보 보호책임자는 50자 이내로 입력하세요.'),
  /** The mayor's term, yyyy-MM: a new pledge card starts with it (its 사업비 현황 years). */
  termFrom: termMonth('임기 시작'),
  termTo: termMonth('임기 종료'),
});

export type Settings = z.output<typeof settingsSchema>;

/** What a new install starts with. */
export const defaultSettings: Settings = {
  officeName: '',
  departmentName: '',
  teamName: '',
  extension: '',
  defaultLoanDays: 7,
  retentionYears: 3,
  uiFontSize: 16,
  lockAfterMinutes: 10,
  privacyOfficer: '',
  // The term of the mayors elected in the 8th local elections (2022.7.1.~2026.6.30.).
  termFrom: '2022-07',
  termTo: '2026-06',
};

/**
 * What the Settings page sends: only the fields it changed, each checked like the whole. A field sent
 * as undefined (IPC keeps such keys) is a field not sent, rather than one that blanks the stored value.
 */
export const settingsChanges = settingsSchema
  .partial()
  .transform((changes) => Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<Settings>);

/** Reads whatever is on disk, keeping each valid field and defaulting the rest. */
export function settingsFromStored(stored: unknown): Settings {
  const source = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(source[key]);
    result[key] = field.success ? field.data : defaultSettings[key];
  }
  return result as Settings;
}
