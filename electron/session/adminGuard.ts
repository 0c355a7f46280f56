import { UserFacingError } from '../../shared/result';
import type { Db } from '../db/schema';
import { accountRepository } from './accountRepository';

export const LAST_ADMIN = '로그인할 수 있는 관리자가 한 명은 있어야 합니다. 다른 직원을 먼저 관리자로 정하세요.';

/**
 * Called inside a change's transaction, after its writes: once the first run is over, the office keeps
 * at least one active 관리자 with a PIN (else nobody could reset a PIN or give a role again). A change
 * that would leave none (a role taken away, the last 관리자 marked 퇴직 by hand or by a staff file) is
 * refused whole.
 */
export async function requireAnAdmin(trx: Db) {
  const accounts = accountRepository(trx);
  if (!(await accounts.anyPin())) return;
  if ((await accounts.activeAdminsWithPin()).length === 0) throw new UserFacingError('conflict', LAST_ADMIN);
}
