import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import type { HandlerTable } from '../../electron/ipc/handlerTypes';
import { memoryLogger } from '../../electron/log';
import { access, roleRefusal, SCREEN_LOCKED, SIGN_IN_FIRST } from '../../shared/contract/access';
import { ROLES, roleIncludes, type Role } from '../../shared/roles';
import { channels } from '../helpers/contractCases';
import { snapshotDb, TEST_DESK, tempCore, type TempCore } from '../helpers/tempCore';
import { validInputs } from '../fixtures/validInputs/index';

// Every test signs several people in with PINs, on the office server a fresh database each.
vi.setConfig({ testTimeout: 30_000 });

let app: TempCore;
afterEach(() => app?.close());

const protectedChannels = channels.filter((c) => access[c] !== 'public');

/** Every table but the account log, which each sign-in adds to: a refusal must change nothing else. */
const records = async () => {
  const { account_event: _signIns, ...rest } = await snapshotDb(app);
  return rest;
};

/** An office with one person of each role, each with a PIN of their own. */
async function officeWithEveryRole() {
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const people = {} as Record<Role, number>;
  for (const role of ROLES) people[role] = (await app.must('staff.save', { name: `${role}직원`, departmentId: dept.id })).id;
  for (const role of ROLES) await app.signInAs(people[role], { role });
  return people;
}

describe('who may call which channel, checked in the core (shared/contract/access.ts)', () => {
  it('declares every channel of the contract, and protects all but the sign-in screen’s own', () => {
    expect(Object.keys(access).sort()).toEqual([...channels].sort());
    expect(channels.filter((c) => access[c] === 'public').sort()).toEqual([
      'connection.status',
      'session.current',
      'session.firstRun',
      'session.lock',
      'session.people',
      'session.signIn',
      'session.signOut',
      'session.unlock',
      'settings.get',
    ]);
  });

  it('refuses every protected channel to every role below it, in Korean, changing nothing, whatever the input', async () => {
    const people = await officeWithEveryRole();
    let tried = 0;
    for (const role of ROLES) {
      await app.signInAs(people[role]);
      const before = await records();
      for (const channel of protectedChannels) {
        const needed = access[channel];
        if (needed === 'public' || roleIncludes(role, needed)) continue;
        tried++;
        // A valid input: only the role stands in the way.
        expect(await app.call(channel, validInputs[channel]), `${role} → ${channel}`).toEqual({ ok: false, error: { code: 'forbidden', message: roleRefusal(needed, role) } });
      }
      expect(await records(), role).toEqual(before);
    }
    // 담당자 is refused every 팀장 and 관리자 channel, 팀장 every 관리자 channel, 관리자 none.
    const count = (level: Role) => protectedChannels.filter((c) => access[c] === level).length;
    expect(tried).toBe(2 * count('admin') + count('teamLead'));
    expect(count('admin')).toBeGreaterThan(10);
    expect(count('teamLead')).toBeGreaterThan(10);
  }, 120_000);

  it('refuses every protected channel with nobody signed in, and while the screen is locked', async () => {
    const people = await officeWithEveryRole();
    await app.signInAs(people.admin);
    await app.must('session.lock', {});
    const before = await records();
    for (const channel of protectedChannels) {
      expect(await app.call(channel, validInputs[channel]), channel).toEqual({ ok: false, error: { code: 'forbidden', message: SCREEN_LOCKED } });
    }
    await app.must('session.signOut', {});
    for (const channel of protectedChannels) {
      expect(await app.call(channel, validInputs[channel]), channel).toEqual({ ok: false, error: { code: 'forbidden', message: SIGN_IN_FIRST } });
    }
    expect(await records()).toEqual(before);
  }, 120_000);

  it('lets every role reach each channel its role includes (dispatch, on a table that only answers)', async () => {
    const answering = Object.fromEntries(channels.map((c) => [c, () => 'reached'])) as unknown as HandlerTable;
    const { logger } = memoryLogger();
    for (const role of ROLES) {
      const ctx = { actor: { id: 1, name: '홍길동', role }, desk: TEST_DESK };
      for (const channel of channels) {
        const needed = access[channel];
        const result = await dispatch(answering, channel, validInputs[channel], ctx, logger);
        if (needed === 'public' || roleIncludes(role, needed)) expect(result, `${role} → ${channel}`).toEqual({ ok: true, value: 'reached' });
        else expect(result, `${role} → ${channel}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
  });

  it('says in Korean which role a channel needs and who is signed in', () => {
    expect(roleRefusal('teamLead', 'desk')).toBe('팀장 또는 관리자만 할 수 있는 일입니다. 지금 로그인한 사람은 담당자입니다.');
    expect(roleRefusal('admin', 'teamLead')).toBe('관리자만 할 수 있는 일입니다. 지금 로그인한 사람은 팀장입니다.');
    expect(roleRefusal('desk', null)).toBe(SIGN_IN_FIRST);
    expect(roleRefusal('admin', 'admin')).toBeNull();
  });
});

describe('the monthly 친절 으뜸이, as a new user tried it', () => {
  /** 민원회계과 with a clerk (담당자), two team leads and the 관리자; March 2025 has a nomination of the clerk. */
  async function kindnessOffice() {
    app = await tempCore();
    const dept = await app.must('departments.save', { name: '민원회계과' });
    const person = async (name: string) => (await app.must('staff.save', { name, departmentId: dept.id })).id;
    const clerk = await person('홍길동');
    const lead = await person('김팀장');
    const lead2 = await person('박팀장');
    await app.signInAs(clerk);
    await app.signInAs(lead, { role: 'teamLead' });
    await app.signInAs(lead2, { role: 'teamLead' });
    return { clerk, lead, lead2 };
  }

  it('a 담당자 nominates herself, but cannot pick herself, rate or confirm the month', async () => {
    const { clerk, lead } = await kindnessOffice();
    await app.signInAs(clerk);
    await app.must('kindness.saveNomination', { month: '2025-03', staffId: clerk, source: 'peer', evidence: '동료 추천', receivedOn: '2025-03-03' });
    const before = await records();
    const teamLeadOnly = { ok: false, error: { code: 'forbidden', message: roleRefusal('teamLead', 'desk') } };
    expect(await app.call('kindness.pick', { month: '2025-03', staffId: clerk, reason: '친절' })).toEqual(teamLeadOnly);
    expect(await app.call('kindness.rate', { month: '2025-03', staffId: clerk, ratings: [{ criterionId: 1, rating: 5 }] })).toEqual(teamLeadOnly);
    expect(await app.call('kindness.confirmMonth', { month: '2025-03' })).toEqual(teamLeadOnly);
    expect(await app.call('kindness.unlockMonth', { month: '2025-03', reason: '정정' })).toEqual(teamLeadOnly);
    expect(await records()).toEqual(before);

    // The 팀장 picks and confirms; the month's record names the 팀장.
    await app.signInAs(lead);
    await app.must('kindness.pick', { month: '2025-03', staffId: clerk, reason: '동료 추천' });
    expect(await app.must('kindness.confirmMonth', { month: '2025-03' })).toMatchObject({ confirmed: true });
    expect(await app.db.selectFrom('kindness_month').select(['confirmed', 'confirmed_by']).where('month', '=', '2025-03').execute()).toEqual([{ confirmed: 1, confirmed_by: lead }]);
  });

  it('nobody confirms a month in which they are picked: a second 팀장 or the 관리자 does', async () => {
    const { lead, lead2 } = await kindnessOffice();
    await app.signInAs(lead);
    await app.must('kindness.saveNomination', { month: '2025-03', staffId: lead, source: 'resident_card', evidence: '칭찬카드', receivedOn: '2025-03-03' });
    await app.must('kindness.pick', { month: '2025-03', staffId: lead, reason: '칭찬카드' });
    const before = await records();
    expect(await app.call('kindness.confirmMonth', { month: '2025-03' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: '김팀장 님은 2025년 3월 선정자라 이 달을 확정할 수 없습니다. 다른 팀장이나 관리자가 확정하세요.' },
    });
    expect(await records()).toEqual(before);
    await app.signInAs(lead2);
    expect(await app.must('kindness.confirmMonth', { month: '2025-03' })).toMatchObject({ confirmed: true });

    // The same for the 관리자: picked in April, another 팀장 confirms.
    await app.signInAsAdmin();
    const admin = (await app.must('session.current', {})).staffId!;
    await app.must('kindness.saveNomination', { month: '2025-04', staffId: admin, source: 'peer', evidence: '동료 추천', receivedOn: '2025-04-03' });
    await app.must('kindness.pick', { month: '2025-04', staffId: admin, reason: '동료 추천' });
    expect(await app.call('kindness.confirmMonth', { month: '2025-04' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await app.signInAs(lead);
    expect(await app.must('kindness.confirmMonth', { month: '2025-04' })).toMatchObject({ confirmed: true });
  });

  it('a 담당자 enters nominations as herself and changes or removes only her own', async () => {
    const { clerk, lead } = await kindnessOffice();
    await app.signInAs(lead);
    const byLead = await app.must('kindness.saveNomination', { month: '2025-03', staffId: clerk, source: 'peer', evidence: '팀장 추천', receivedOn: '2025-03-03' });
    await app.signInAs(clerk);
    const own = await app.must('kindness.saveNomination', { month: '2025-03', staffId: lead, source: 'peer', evidence: '동료 추천', receivedOn: '2025-03-04' });
    expect(own.enteredById).toBe(clerk);
    const before = await records();
    expect(await app.call('kindness.saveNomination', { month: '2025-03', staffId: lead, source: 'peer', evidence: '대신 접수', receivedOn: '2025-03-04', enteredById: lead })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', field: 'enteredById' },
    });
    expect(await app.call('kindness.deleteNomination', { id: byLead.id })).toMatchObject({ ok: false, error: { code: 'forbidden', message: '담당자는 본인이 입력한 추천만 지울 수 있습니다. 팀장에게 요청하세요.' } });
    expect(await records()).toEqual(before);
    await app.must('kindness.deleteNomination', { id: own.id });
  });
});

describe('every record’s author is the person signed in', () => {
  it('stamps what a person saves with them and this PC, whoever was signed in before', async () => {
    const { clerk, lead } = await (async () => {
      app = await tempCore();
      const dept = await app.must('departments.save', { name: '민원회계과' });
      const a = await app.must('staff.save', { name: '홍길동', departmentId: dept.id });
      const b = await app.must('staff.save', { name: '김팀장', departmentId: dept.id });
      await app.signInAs(a.id);
      await app.signInAs(b.id, { role: 'teamLead' });
      return { clerk: a.id, lead: b.id };
    })();
    await app.signInAs(clerk);
    const chair = await app.must('loans.saveWheelchair', { assetNumber: 'W-01', kind: 'manual' });
    await app.signInAs(lead);
    await app.must('loans.saveWheelchair', { id: chair.id, assetNumber: 'W-01', kind: 'electric' });
    expect(await app.db.selectFrom('wheelchair').select(['created_by', 'created_desk', 'updated_by', 'updated_desk']).execute()).toEqual([
      { created_by: clerk, created_desk: TEST_DESK, updated_by: lead, updated_desk: TEST_DESK },
    ]);
  });
});
