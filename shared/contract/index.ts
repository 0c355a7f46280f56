import { z } from 'zod';
import { mergeUnique } from '../mergeUnique';
import { backupContract } from './backup';
import { connectionContract } from './connection';
import { dataLocationContract } from './dataLocation';
import type { InputOf, OutputOf } from './channel';
import { guidesContract } from './guides';
import { healingContract } from './healing';
import { interpretationContract } from './interpretation';
import { kindnessContract } from './kindness';
import { loansContract } from './loans';
import { pledgeContract } from './pledge';
import { importsContract } from './imports';
import { privacyContract } from './privacy';
import { sessionContract } from './session';
import { settingsContract } from './settings';
import { staffContract } from './staff';
import { trainingsContract } from './trainings';

// Zod's own messages (wrong type, unknown key) in Korean, for the cases a field schema does not word itself.
z.config(z.locales.ko());
// The locale lists every unknown key back, and the keys are the sender's: a crafted input made the
// message as long and as foreign as it liked. The screens never send one, so one sentence does.
z.config({ customError: (issue) => (issue.code === 'unrecognized_keys' ? '요청에 알 수 없는 항목이 들어 있습니다.' : undefined) });

/** Every channel the renderer may call. Nothing outside this object is reachable over IPC or HTTP. */
export const contract = mergeUnique(
  staffContract,
  settingsContract,
  sessionContract,
  loansContract,
  interpretationContract,
  guidesContract,
  trainingsContract,
  healingContract,
  kindnessContract,
  pledgeContract,
  privacyContract,
  importsContract,
  backupContract,
  dataLocationContract,
  connectionContract,
);

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type Input<K extends ChannelName> = InputOf<Contract[K]>;
export type Output<K extends ChannelName> = OutputOf<Contract[K]>;

export const isChannelName = (name: string): name is ChannelName => Object.hasOwn(contract, name);
