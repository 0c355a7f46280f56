import { z } from 'zod';
import { command, query } from './channel';
import { boolean, id, optionalText, text } from './fields';
import { ROLES, type Role } from '../roles';
import { pin } from './session';

export interface Department {
  id: number;
  name: string;
  active: boolean;
  staffCount: number;
}

export interface StaffMember {
  id: number;
  name: string;
  departmentId: number;
  departmentName: string;
  position: string;
  active: boolean;
  role: Role;
  /** Has a PIN to sign in with (set by a 관리자, or their own). */
  hasPin: boolean;
  createdByName: string | null;
  updatedByName: string | null;
  updatedAt: string;
}

export interface StaffImportReport {
  added: number;
  updated: number;
  departmentsAdded: number;
  /** Rows left out, each with its spreadsheet row number and the reason in Korean. */
  skipped: { row: number; reason: string }[];
}

export const staffInput = z.strictObject({
  id: id('직원').optional(),
  name: text('이름', 50),
  departmentId: id('부서'),
  position: optionalText('직위', 50),
  active: boolean('재직 여부').default(true),
});
export type StaffInput = z.input<typeof staffInput>;

export const departmentInput = z.strictObject({
  id: id('부서').optional(),
  name: text('부서명', 100),
  active: boolean('사용 여부').default(true),
});
export type DepartmentInput = z.input<typeof departmentInput>;

/** 10 MB of file is far above any office staff list and far below what would hurt the app. */
const MAX_IMPORT_BASE64 = 14_000_000;

export const staffImportInput = z.strictObject({
  fileName: text('파일 이름', 255).refine((n) => /\.(csv|xlsx)$/i.test(n), {
    message: 'CSV 또는 XLSX 파일만 가져올 수 있습니다.',
  }),
  contentBase64: z
    .string({ error: '파일 내용이 없습니다.' })
    .min(1, '파일 내용이 없습니다.')
    .max(MAX_IMPORT_BASE64, '파일이 너무 큽니다(10MB 이하).'),
});

/** What the account log keeps: who did what to whose sign-in, when, at which desk. */
export type AccountEventKind = 'first_admin' | 'signed_in' | 'sign_in_failed' | 'signed_out' | 'pin_reset' | 'pin_changed' | 'role_changed';

export interface AccountEvent {
  id: number;
  at: string;
  kind: AccountEventKind;
  /** Whose account. */
  staffName: string | null;
  /** Who did it (the 관리자 who reset a PIN); null when it was the person themself. */
  byName: string | null;
  desk: string;
  detail: string;
}

export const staffContract = {
  'departments.list': query<Department[]>()(z.strictObject({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false })),
  'departments.save': command<Department>()(departmentInput),
  'staff.list': query<StaffMember[]>()(z.strictObject({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false })),
  'staff.save': command<StaffMember>()(staffInput),
  'staff.import': command<StaffImportReport>()(staffImportInput),
  /** The 관리자 gives a person a role. */
  'staff.setRole': command<StaffMember>()(
    z.strictObject({ staffId: id('직원'), role: z.enum(ROLES, { error: '역할을 선택하세요.' }) }),
  ),
  /**
   * The 관리자 sets a person's PIN (a new person, or a forgotten PIN): a temporary one, which the person
   * replaces with their own at the next sign-in. Logged with who, whose, when and at which desk.
   */
  'staff.setPin': command<StaffMember>()(z.strictObject({ staffId: id('직원'), pin: pin('임시 PIN') })),
  /** The account log, newest first: sign-ins, PIN resets, role changes. */
  'staff.accountEvents': query<AccountEvent[]>()(z.strictObject({ staffId: id('직원').optional() }).default({})),
};
