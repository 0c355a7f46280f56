import { z } from 'zod';
import type { HealingProgramFigure } from '../figures';
import { command, query } from './channel';
import { id, isoDate, optionalText, text } from './fields';
import { reportYear } from './trainings';

export interface HealingPhoto {
  id: number;
  caption: string;
  mimeType: string;
  sizeBytes: number;
}

export interface HealingProgram {
  id: number;
  date: string;
  place: string;
  activity: string;
  participants: number;
  participantStaff: { staffId: number; name: string; departmentName: string }[];
  costWon: number;
  note: string;
  photos: HealingPhoto[];
  createdByName: string | null;
  updatedByName: string | null;
}

export interface HealingYearLine {
  /** `2024년 : 2회, 37명 참여(5.17. 태종대, 20명/10.30. 구청, 17명)` */
  text: string;
  programs: HealingProgramFigure[];
}

/** For the combined 일정 view. */
export interface HealingProgramEntry {
  id: number;
  date: string;
  place: string;
  activity: string;
  participants: number;
}

/** The card's yearly healing line, one function for the screen and the card (shared/pledge/reportLines.ts). */
export { healingLineText } from '../pledge/reportLines';

/** A photo of a few megapixels is well under this; anything larger is a scan or a video mistaken for a photo. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const MAX_PHOTO_BASE64 = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;

export const healingProgramInput = z
  .strictObject({
    id: id('힐링프로그램').optional(),
    date: isoDate('날짜'),
    place: text('장소', 100),
    activity: text('활동', 100),
    participants: z
      .number({ error: '참여 인원을 숫자로 입력하세요.' })
      .int('참여 인원은 정수로 입력하세요.')
      .min(1, '참여 인원은 1명 이상이어야 합니다.')
      .max(10000, '참여 인원은 10000명 이하로 입력하세요.'),
    participantStaffIds: z.array(id('참여 직원'), { error: '참여 직원을 선택하세요.' }).max(1000, '참여 직원은 1000명까지 고를 수 있습니다.').default([]),
    costWon: z
      .number({ error: '비용을 숫자로 입력하세요.' })
      .int('비용은 원 단위 정수로 입력하세요.')
      .min(0, '비용은 0원 이상이어야 합니다.')
      .max(10_000_000_000, '비용이 너무 큽니다.')
      .default(0),
    note: optionalText('메모', 1000),
  })
  .refine((p) => p.participants >= new Set(p.participantStaffIds).size, {
    message: '참여 인원은 명단에 고른 직원 수보다 적을 수 없습니다.',
    path: ['participants'],
  });
export type HealingProgramInput = z.input<typeof healingProgramInput>;

export const healingPhotoInput = z.strictObject({
  programId: id('힐링프로그램'),
  caption: optionalText('사진 설명', 200),
  contentBase64: z
    .string({ error: '사진 파일이 없습니다.' })
    .min(1, '사진 파일이 없습니다.')
    .max(MAX_PHOTO_BASE64, '사진은 5MB 이하만 올릴 수 있습니다.'),
});

export const healingContract = {
  'healing.list': query<HealingProgram[]>()(z.strictObject({ year: reportYear })),
  'healing.get': query<HealingProgram>()(z.strictObject({ id: id('힐링프로그램') })),
  'healing.save': command<HealingProgram>()(healingProgramInput),
  'healing.delete': command<{ id: number }>()(z.strictObject({ id: id('힐링프로그램') })),
  /** The photo arrives as base64 and is stored under a generated name; only JPG, PNG and WEBP are kept. */
  'healing.addPhoto': command<HealingPhoto>()(healingPhotoInput),
  'healing.captionPhoto': command<HealingPhoto>()(z.strictObject({ photoId: id('사진'), caption: optionalText('사진 설명', 200) })),
  'healing.removePhoto': command<{ id: number }>()(z.strictObject({ photoId: id('사진') })),
  /** A data: URL, which the renderer's CSP allows for images (no file:// or remote URL needed). */
  'healing.photo': query<{ id: number; caption: string; dataUrl: string | null }>()(z.strictObject({ photoId: id('사진') })),
  'healing.yearLine': query<HealingYearLine>()(z.strictObject({ year: reportYear, asOf: isoDate('기준일').optional() })),
  'healing.programsBetween': query<HealingProgramEntry[]>()(z.strictObject({ from: isoDate('시작일'), to: isoDate('종료일') })),
};
