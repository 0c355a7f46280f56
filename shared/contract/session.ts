import { z } from 'zod';
import { command, query } from './channel';
import { id, noInput, optionalText, text } from './fields';
import type { Role } from '../roles';

export const PIN_RULE = 'PIN은 숫자 4~8자리입니다.';

/** A personal PIN: digits only, so it can be typed on any keyboard layout (한/영 does not matter). */
export const pin = (label = 'PIN') =>
  z
    .string({ error: `${label}을 입력하세요.` })
    .min(1, { message: `${label}을 입력하세요.`, abort: true })
    .regex(/^[0-9]{4,8}$/, PIN_RULE);

/** The same new PIN typed twice: a slip of the finger would otherwise lock the person out. */
const typedTwice = <T extends z.ZodRawShape>(shape: T, first: string, second: string) =>
  z.strictObject(shape).refine((v) => (v as Record<string, unknown>)[first] === (v as Record<string, unknown>)[second], {
    message: '두 번 입력한 PIN이 서로 다릅니다.',
    path: [second],
  });

export interface SessionState {
  /** The person signed in at this PC (also while the screen is locked), or null. */
  staffId: number | null;
  name: string | null;
  departmentName: string | null;
  role: Role | null;
  /** The screen is locked: only the PIN of `staffId` (or another person's sign-in) opens it. */
  locked: boolean;
  /** Nobody has a PIN yet: the first person to set one becomes the 관리자. `upgraded`: staff were already listed. */
  firstRun: { upgraded: boolean } | null;
  /** Who last signed in at this PC, to pre-select the name. */
  lastStaffId: number | null;
  /** The office's idle time before the screen locks. */
  lockAfterMinutes: number;
}

/** A name on the sign-in screen: active staff who have a PIN. */
export interface SignInPerson {
  id: number;
  name: string;
  departmentName: string;
}

export const signInInput = z
  .strictObject({
    staffId: id('이름'),
    pin: pin(),
    /** Only when the PIN was set by a 관리자: the person's own PIN from now on, typed twice. */
    newPin: pin('새 PIN').optional(),
    newPinAgain: z.string({ error: '새 PIN을 한 번 더 입력하세요.' }).max(8, PIN_RULE).optional(),
  })
  .refine((v) => v.newPin === undefined || v.newPin === v.newPinAgain, { message: '두 번 입력한 PIN이 서로 다릅니다.', path: ['newPinAgain'] })
  .refine((v) => v.newPin === undefined || v.newPin !== v.pin, { message: '관리자가 정한 PIN과 다른 PIN을 정하세요.', path: ['newPin'] });

export const firstRunInput = typedTwice(
  {
    departmentName: text('부서', 100),
    name: text('이름', 50),
    position: optionalText('직위', 50),
    pin: pin(),
    pinAgain: z.string({ error: 'PIN을 한 번 더 입력하세요.' }).max(8, PIN_RULE),
  },
  'pin',
  'pinAgain',
);

export const changePinInput = typedTwice(
  { pin: pin('지금 PIN'), newPin: pin('새 PIN'), newPinAgain: z.string({ error: '새 PIN을 한 번 더 입력하세요.' }).max(8, PIN_RULE) },
  'newPin',
  'newPinAgain',
);

export const sessionContract = {
  /** Who is at this PC, whether the screen is locked, and whether the office still needs its first 관리자. */
  'session.current': query<SessionState>()(noInput),
  /** The names the sign-in screen lists. */
  'session.people': query<SignInPerson[]>()(noInput),
  /** Signing in, or switching user at a shared PC: the person's PIN. */
  'session.signIn': command<SessionState>()(signInInput),
  /** The first run: the first person (their department, name and PIN) becomes the 관리자. */
  'session.firstRun': command<SessionState>()(firstRunInput),
  /** Locks the screen: the renderer calls it when idle, or the person presses 잠금. */
  'session.lock': command<SessionState>()(noInput),
  'session.unlock': command<SessionState>()(z.strictObject({ pin: pin() })),
  'session.signOut': command<SessionState>()(noInput),
  /** The person is working (typing in a long form): the core's own idle lock waits. */
  'session.stillHere': query<{ lockAfterMinutes: number }>()(noInput),
  'session.changePin': command<{ changed: true }>()(changePinInput),
};
