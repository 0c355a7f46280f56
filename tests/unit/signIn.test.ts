import { afterEach, describe, expect, it } from 'vitest';
import { SCREEN_LOCKED, SIGN_IN_FIRST } from '../../shared/contract/access';
import { PIN_RULE } from '../../shared/contract/session';
import { createCore } from '../../electron/core';
import { memoryLogger } from '../../electron/log';
import { hashPin } from '../../electron/session/pinHash';
import { MUST_CHANGE_PIN } from '../../electron/session/sessionHandlers';
import { memoryStore, snapshotDb, TEST_ADMIN_PIN, TEST_DESK, TEST_PIN, tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;
const others: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const core of others.splice(0)) await core.close();
  await app?.close();
});

/** The desk's wall clock, moved by hand: 30 seconds pass without the test waiting them. */
function handClock(start = '2025-03-03T09:00:00Z') {
  let now = Date.parse(start);
  return { clock: () => now, pass: (seconds: number) => (now += seconds * 1000) };
}

const refusal = (message: string, code = 'forbidden') => ({ ok: false, error: expect.objectContaining({ code, message }) });

/** An office with its 관리자 (the first run) and a clerk who has a PIN of her own. */
async function office(clock?: () => number, officePinCost = false) {
  app = await tempCore({ clock, officePinCost });
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const clerk = await app.must('staff.save', { name: '홍길동', departmentId: dept.id, position: '주무관' });
  await app.signInAs(clerk.id);
  return { dept, clerk };
}

describe('the first run', () => {
  it('has nobody signed in and refuses desk work until the first person sets a PIN, who becomes the 관리자', async () => {
    app = await tempCore({ firstRun: false, officePinCost: true });
    expect(await app.must('session.current', {})).toMatchObject({ staffId: null, locked: false, firstRun: { upgraded: false }, lockAfterMinutes: 10 });
    expect(await app.must('session.people', {})).toEqual([]);
    for (const channel of ['staff.list', 'loans.board', 'departments.save'] as const) {
      expect(await app.call(channel, channel === 'departments.save' ? { name: '세무과' } : {})).toEqual(refusal(SIGN_IN_FIRST));
    }

    const state = await app.must('session.firstRun', { departmentName: '민원회계과', name: '김관리', pin: '480315', pinAgain: '480315' });
    expect(state).toMatchObject({ name: '김관리', departmentName: '민원회계과', role: 'admin', locked: false, firstRun: null });
    expect(await app.must('staff.list', {})).toMatchObject([{ name: '김관리', role: 'admin', hasPin: true }]);
    expect(await app.must('session.people', {})).toEqual([{ id: state.staffId, name: '김관리', departmentName: '민원회계과' }]);

    // The PIN is kept as a salted scrypt hash with its parameters, never as typed.
    const stored = await app.db.selectFrom('staff').select('pin_hash').executeTakeFirstOrThrow();
    expect(stored.pin_hash).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored.pin_hash).not.toContain('480315');
    expect(await app.db.selectFrom('account_event').select(['kind', 'staff_id', 'desk']).execute()).toEqual([
      { kind: 'first_admin', staff_id: state.staffId, desk: TEST_DESK },
      { kind: 'signed_in', staff_id: state.staffId, desk: TEST_DESK },
    ]);

    // Only once: the next person signs in, or gets a PIN from the 관리자.
    const before = await snapshotDb(app);
    expect(await app.call('session.firstRun', { departmentName: '세무과', name: '이몽룡', pin: '1111', pinAgain: '1111' })).toEqual(
      refusal('관리자가 이미 정해졌습니다. 이름을 고르고 PIN으로 로그인하세요.', 'conflict'),
    );
    expect(await snapshotDb(app)).toEqual(before);
  });

  it('asks for the PIN twice, in digits, and marks the field that is wrong', async () => {
    app = await tempCore({ firstRun: false });
    expect(await app.call('session.firstRun', { departmentName: '민원회계과', name: '김관리', pin: '4803', pinAgain: '4830' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '두 번 입력한 PIN이 서로 다릅니다.', field: 'pinAgain' },
    });
    for (const pin of ['123', '123456789', '12ab', '１２３４']) {
      expect(await app.call('session.firstRun', { departmentName: '민원회계과', name: '김관리', pin, pinAgain: pin })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: PIN_RULE, field: 'pin' },
      });
    }
    expect(await app.must('session.current', {})).toMatchObject({ staffId: null, firstRun: { upgraded: false } });
  });

  it('on records from before sign-in, keeps everyone as 담당자 and makes the listed person who sets the first PIN the 관리자', async () => {
    app = await tempCore({ firstRun: false });
    // As an earlier version left them: people listed, nobody with a PIN or a role of their own.
    const at = '2024-01-02T00:00:00Z';
    const dept = await app.db.insertInto('department').values({ name: '민원회계과', created_at: at, updated_at: at, created_by: null, updated_by: null, created_desk: null, updated_desk: null }).returning('id').executeTakeFirstOrThrow();
    for (const name of ['홍길동', '성춘향']) {
      await app.db.insertInto('staff').values({ name, department_id: dept.id, created_at: at, updated_at: at, created_by: null, updated_by: null, created_desk: null, updated_desk: null }).execute();
    }
    expect(await app.must('session.current', {})).toMatchObject({ firstRun: { upgraded: true } });

    const state = await app.must('session.firstRun', { departmentName: '민원회계과', name: '성춘향', pin: '7531', pinAgain: '7531' });
    const staff = await app.must('staff.list', {});
    expect(staff.map((s) => [s.name, s.role, s.hasPin])).toEqual([
      ['성춘향', 'admin', true],
      ['홍길동', 'desk', false],
    ]);
    expect(state.staffId).toBe(staff[0].id);
    expect(await app.db.selectFrom('department').select('name').execute()).toEqual([{ name: '민원회계과' }]);
  });
});

describe('signing in with a PIN', () => {
  it('switches the person at a shared PC only with the right PIN, and remembers only who was last, on the PC', async () => {
    const { clerk } = await office();
    const admin = (await app.must('staff.list', {})).find((s) => s.role === 'admin')!;
    expect(await app.call('session.signIn', { staffId: admin.id, pin: '0000' })).toMatchObject(refusal('PIN이 맞지 않습니다. 4번 더 틀리면 잠시 기다려야 합니다.'));
    expect(await app.must('session.current', {})).toMatchObject({ staffId: clerk.id, name: '홍길동', role: 'desk' });
    expect(await app.must('session.signIn', { staffId: admin.id, pin: TEST_ADMIN_PIN })).toMatchObject({ staffId: admin.id, role: 'admin', lastStaffId: admin.id });
    expect(app.store.data.get('lastStaffId')).toBe(admin.id);
    expect([...app.store.data.keys()].filter((k) => /staff|session|pin/i.test(k))).toEqual(['lastStaffId']);
  });

  it('makes a name wait 30 s after 5 wrong PINs, twice as long after each further 5, kept in the records for every desk', async () => {
    const time = handClock();
    const { clerk } = await office(time.clock);
    // Another desk on the same records, with the same clock.
    const desk2 = await createCore({ dataDir: app.dataDir, store: memoryStore(), log: memoryLogger().logger, records: app.location, desk: 'DESK-2', clock: time.clock });
    others.push(desk2);
    const wrong = (core = app.core) => core.call('session.signIn', { staffId: clerk.id, pin: '0000' });
    const right = (core = app.core) => core.call('session.signIn', { staffId: clerk.id, pin: TEST_PIN });

    for (let i = 1; i <= 4; i++) expect(await wrong(i % 2 ? app.core : desk2)).toEqual(refusal(`PIN이 맞지 않습니다. ${5 - i}번 더 틀리면 잠시 기다려야 합니다.`));
    expect(await wrong()).toEqual(refusal('PIN이 맞지 않습니다. 5번 틀려 30초 동안 기다려야 합니다.'));
    // While the name waits, not even the right PIN is looked at, at either desk, and nothing is counted.
    const waiting = await snapshotDb(app);
    expect(await right()).toEqual(refusal('PIN을 여러 번 틀렸습니다. 30초 뒤에 다시 하세요.'));
    time.pass(20);
    expect(await right(desk2)).toEqual(refusal('PIN을 여러 번 틀렸습니다. 10초 뒤에 다시 하세요.'));
    expect(await snapshotDb(app)).toEqual(waiting);

    time.pass(10);
    for (let i = 1; i <= 4; i++) await wrong();
    expect(await wrong(desk2)).toEqual(refusal('PIN이 맞지 않습니다. 5번 틀려 1분 동안 기다려야 합니다.'));
    time.pass(59);
    expect(await right()).toEqual(refusal('PIN을 여러 번 틀렸습니다. 1초 뒤에 다시 하세요.'));
    time.pass(1);
    for (let i = 1; i <= 5; i++) await wrong();
    expect(await right()).toEqual(refusal('PIN을 여러 번 틀렸습니다. 2분 뒤에 다시 하세요.'));
    expect(await app.db.selectFrom('sign_in_throttle').select(['failed_count', 'wait_until']).execute()).toEqual([
      { failed_count: 15, wait_until: new Date(time.clock() + 120_000).toISOString() },
    ]);

    // A right PIN after the wait starts the count again: the next 5 wrong ones wait 30 s.
    time.pass(120);
    expect(await right()).toMatchObject({ ok: true, value: { staffId: clerk.id } });
    expect(await app.db.selectFrom('sign_in_throttle').selectAll().execute()).toEqual([]);
    for (let i = 1; i <= 4; i++) await wrong();
    expect(await wrong()).toEqual(refusal('PIN이 맞지 않습니다. 5번 틀려 30초 동안 기다려야 합니다.'));
    const failures = await app.db.selectFrom('account_event').select('desk').where('kind', '=', 'sign_in_failed').where('staff_id', '=', clerk.id).execute();
    expect(failures.length).toBe(20);
    expect(new Set(failures.map((f) => f.desk))).toEqual(new Set([TEST_DESK, 'DESK-2']));
  }, 30_000); // two desks and some thirty sign-ins

  it('lets a 관리자 reset a forgotten PIN: logged with who, whose, when and where, any wait ended, a new PIN chosen at the next sign-in', async () => {
    const time = handClock();
    const { clerk } = await office(time.clock);
    for (let i = 1; i <= 5; i++) await app.call('session.signIn', { staffId: clerk.id, pin: '0000' });
    const admin = await app.signInAsAdmin();
    expect(await app.must('staff.setPin', { staffId: clerk.id, pin: '8642' })).toMatchObject({ name: '홍길동', hasPin: true });
    expect((await app.must('staff.accountEvents', { staffId: clerk.id }))[0]).toMatchObject({
      kind: 'pin_reset', staffName: '홍길동', byName: admin.name, desk: TEST_DESK, at: new Date(time.clock()).toISOString(), detail: 'PIN 초기화',
    });
    expect(await app.db.selectFrom('sign_in_throttle').selectAll().execute()).toEqual([]);

    // The PIN the 관리자 knows opens nothing by itself: the person chooses their own first.
    expect(await app.call('session.signIn', { staffId: clerk.id, pin: '8642' })).toEqual(refusal(MUST_CHANGE_PIN, 'invalid_input'));
    expect(await app.must('session.current', {})).toMatchObject({ staffId: admin.staffId });
    expect(await app.call('session.signIn', { staffId: clerk.id, pin: '8642', newPin: '8642', newPinAgain: '8642' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'newPin', message: '관리자가 정한 PIN과 다른 PIN을 정하세요.' },
    });
    expect(await app.must('session.signIn', { staffId: clerk.id, pin: '8642', newPin: '2413', newPinAgain: '2413' })).toMatchObject({ staffId: clerk.id });
    expect(await app.call('session.signIn', { staffId: clerk.id, pin: '8642' })).toMatchObject({ ok: false });
    expect(await app.must('session.signIn', { staffId: clerk.id, pin: '2413' })).toMatchObject({ staffId: clerk.id });

    // Nobody resets their own PIN through the 관리자's channel, and the clerk cannot reset anyone's.
    expect(await app.call('staff.setPin', { staffId: admin.staffId!, pin: '1111' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await app.signInAsAdmin();
    expect(await app.call('staff.setPin', { staffId: admin.staffId!, pin: '1111' })).toMatchObject({ ok: false, error: { field: 'staffId' } });
  });

  it('changes a person’s own PIN only with the current one', async () => {
    const { clerk } = await office();
    expect(await app.call('session.changePin', { pin: '0000', newPin: '5678', newPinAgain: '5678' })).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'pin' } });
    expect(await app.must('session.changePin', { pin: TEST_PIN, newPin: '5678', newPinAgain: '5678' })).toEqual({ changed: true });
    await app.must('session.signOut', {});
    expect(await app.must('session.signIn', { staffId: clerk.id, pin: '5678' })).toMatchObject({ staffId: clerk.id });
  });

  it('hashes a PIN again with today’s parameters when a weaker hash verifies', async () => {
    const { clerk } = await office(undefined, true);
    await app.db.updateTable('staff').set({ pin_hash: await hashPin(TEST_PIN, { N: 1024, r: 8, p: 1 }) }).where('id', '=', clerk.id).execute();
    await app.must('session.signIn', { staffId: clerk.id, pin: TEST_PIN });
    const { pin_hash } = await app.db.selectFrom('staff').select('pin_hash').where('id', '=', clerk.id).executeTakeFirstOrThrow();
    expect(pin_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
  });

  it('refuses a name without a PIN, or one who left, without counting anything', async () => {
    const { dept } = await office();
    await app.signInAsAdmin();
    const newcomer = await app.must('staff.save', { name: '이몽룡', departmentId: dept.id });
    const before = await snapshotDb(app);
    expect(await app.call('session.signIn', { staffId: newcomer.id, pin: '1234' })).toEqual(refusal('이몽룡 님은 아직 PIN이 없습니다. 관리자에게 PIN을 받으세요.', 'not_found'));
    expect(await snapshotDb(app)).toEqual(before);
  });

  it('signs a person out at once when they are marked 퇴직 at another desk', async () => {
    const { clerk, dept } = await office();
    const desk2 = await createCore({ dataDir: app.dataDir, store: memoryStore(), log: memoryLogger().logger, records: app.location, desk: 'DESK-2' });
    others.push(desk2);
    await desk2.call('session.signIn', { staffId: (await app.must('staff.list', {})).find((s) => s.role === 'admin')!.id, pin: TEST_ADMIN_PIN });
    expect(await desk2.call('staff.save', { id: clerk.id, name: '홍길동', departmentId: dept.id, active: false })).toMatchObject({ ok: true });
    expect(await app.call('loans.board', {})).toEqual(refusal(SIGN_IN_FIRST));
    expect(await app.must('session.current', {})).toMatchObject({ staffId: null });
    expect(await app.must('session.people', {})).not.toContainEqual(expect.objectContaining({ id: clerk.id }));
  });
});

describe('the lock', () => {
  it('refuses every desk channel while locked, changes nothing, and opens again only with the same person’s PIN', async () => {
    const { clerk } = await office();
    await app.must('loans.saveWheelchair', { assetNumber: 'W-01', kind: 'manual' });
    expect(await app.must('session.lock', {})).toMatchObject({ staffId: clerk.id, name: '홍길동', locked: true });
    const before = await snapshotDb(app);
    expect(await app.call('loans.saveWheelchair', { assetNumber: 'W-02', kind: 'manual' })).toEqual(refusal(SCREEN_LOCKED));
    expect(await app.call('loans.wheelchairs', {})).toEqual(refusal(SCREEN_LOCKED));
    expect(await app.call('session.stillHere', {})).toEqual(refusal(SCREEN_LOCKED));
    expect(await snapshotDb(app)).toEqual(before);
    // What the lock screen itself needs still answers.
    expect(await app.call('connection.status', {})).toMatchObject({ ok: true });
    expect(await app.call('session.people', {})).toMatchObject({ ok: true });

    expect(await app.call('session.unlock', { pin: '0000' })).toMatchObject(refusal('PIN이 맞지 않습니다. 4번 더 틀리면 잠시 기다려야 합니다.'));
    expect(await app.must('session.unlock', { pin: TEST_PIN })).toMatchObject({ staffId: clerk.id, locked: false });
    expect(await app.must('loans.wheelchairs', {})).toHaveLength(1);
  });

  it('locks by itself after the office’s idle time without calls, however the renderer behaves', async () => {
    const time = handClock();
    const { clerk } = await office(time.clock);
    time.pass(9 * 60 + 59);
    expect(await app.call('loans.board', {})).toMatchObject({ ok: true });
    time.pass(9 * 60 + 59);
    expect(await app.call('session.stillHere', {})).toEqual({ ok: true, value: { lockAfterMinutes: 10 } });
    time.pass(10 * 60);
    expect(await app.call('loans.board', {})).toEqual(refusal(SCREEN_LOCKED));
    expect(await app.must('session.current', {})).toMatchObject({ staffId: clerk.id, locked: true });

    // A laptop closed all night comes back locked; the idle time is the office's setting.
    await app.must('session.unlock', { pin: TEST_PIN });
    await app.signInAsAdmin();
    await app.must('settings.save', { lockAfterMinutes: 1 });
    await app.signInAs(clerk.id);
    time.pass(59);
    expect(await app.call('loans.board', {})).toMatchObject({ ok: true });
    time.pass(60);
    expect(await app.call('loans.board', {})).toEqual(refusal(SCREEN_LOCKED));
    expect(await app.call('settings.save', { lockAfterMinutes: 0 })).toEqual(refusal(SCREEN_LOCKED));
  });

  it('lets another person sign in from the lock screen, and a signed-out PC refuses desk work', async () => {
    const { clerk } = await office();
    await app.must('session.lock', {});
    const admin = await app.signInAsAdmin();
    expect(admin).toMatchObject({ role: 'admin', locked: false });
    expect(await app.db.selectFrom('account_event').select(['kind', 'detail']).where('staff_id', '=', clerk.id).orderBy('id', 'desc').limit(1).execute()).toEqual([
      { kind: 'signed_out', detail: '사용자 바꿈' },
    ]);
    expect(await app.must('session.signOut', {})).toMatchObject({ staffId: null, locked: false });
    expect(await app.call('staff.list', {})).toEqual(refusal(SIGN_IN_FIRST));
  });
});
