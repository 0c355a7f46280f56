import { afterEach, describe, expect, it, vi } from 'vitest';
import { SIGN_IN_FIRST } from '../../shared/contract/access';
import type { Input } from '../../shared/contract';
import type { KindnessSource } from '../../shared/contract/kindness';
import { tempCore, type TempCore } from '../helpers/tempCore';

// Each office signs its team lead in with a PIN, on the office server a fresh database each:
// more than the default 5 s on a loaded machine.
vi.setConfig({ testTimeout: 20_000 });

let app: TempCore;
afterEach(() => app?.close());

/** A small office: the team lead at the PC, two people in 민원회계과, one in 세무과. */
async function office() {
  app = await tempCore();
  const civil = await app.must('departments.save', { name: '민원회계과' });
  const tax = await app.must('departments.save', { name: '세무과' });
  const lead = await app.must('staff.save', { name: '김팀장', departmentId: civil.id, position: '팀장' });
  const hong = await app.must('staff.save', { name: '홍길동', departmentId: civil.id, position: '주무관' });
  const sung = await app.must('staff.save', { name: '성춘향', departmentId: civil.id, position: '주무관' });
  const lee = await app.must('staff.save', { name: '이몽룡', departmentId: tax.id, position: '팀장' });
  await app.signInAs(lead.id, { role: 'teamLead' });
  const nominate = (staffId: number, month: string, source: KindnessSource = 'resident_card', evidence = '칭찬카드 접수') =>
    app.must('kindness.saveNomination', { month, staffId, source, evidence, receivedOn: `${month}-05` });
  /** The 관리자 moves a person in the staff list; the team lead is back at the PC after. */
  const movePerson = (person: Input<'staff.save'>) => app.asAdmin(() => app.must('staff.save', person));
  return { civil, tax, lead, hong, sung, lee, nominate, movePerson };
}

describe('the monthly board', () => {
  it('adds up several nominations for one person and the weighted ratings, and sorts by score', async () => {
    const { hong, sung, lee, nominate } = await office();
    await nominate(hong.id, '2025-03', 'resident_homepage', '홈페이지 칭찬: 여권 안내');
    await nominate(hong.id, '2025-03', 'survey', '3월 만족도 조사 최고점');
    await nominate(sung.id, '2025-03', 'resident_card');
    await nominate(lee.id, '2025-03', 'other', '기타 추천');
    const config = await app.must('kindness.config', {});
    const [difficulty, kindness] = config.criteria;
    await app.must('kindness.saveCriterion', { ...kindness, weight: 2 });
    // 성춘향: card 3 + difficulty 1×5 + kindness 2×4 = 16; 홍길동: homepage 3 + survey 2 = 5; 이몽룡: other 1.
    const rated = await app.must('kindness.rate', {
      month: '2025-03',
      staffId: sung.id,
      ratings: [
        { criterionId: difficulty.id, rating: 5 },
        { criterionId: kindness.id, rating: 4 },
      ],
    });
    expect(rated).toMatchObject({ nominationScore: 3, ratingScore: 13, score: 16 });

    const board = await app.must('kindness.board', { month: '2025-03' });
    expect(board.entries.map((e) => [e.name, e.score])).toEqual([
      ['성춘향', 16],
      ['홍길동', 5],
      ['이몽룡', 1],
    ]);
    const hongEntry = board.entries[1];
    expect(hongEntry.nominations.map((n) => [n.sourceLabel, n.evidence, n.receivedOn, n.enteredByName])).toEqual([
      ['주민 칭찬(홈페이지)', '홈페이지 칭찬: 여권 안내', '2025-03-05', '김팀장'],
      ['만족도 조사', '3월 만족도 조사 최고점', '2025-03-05', '김팀장'],
    ]);
    expect(board.criteria.map((c) => c.name)).toEqual(['사례 난이도', '친절도', '대민 만족도', '해결 정도']);
  });

  it('follows the edited weights: a source worth more, a criterion switched off', async () => {
    const { hong, nominate } = await office();
    await nominate(hong.id, '2025-04', 'peer');
    const [difficulty] = (await app.must('kindness.config', {})).criteria;
    await app.must('kindness.rate', { month: '2025-04', staffId: hong.id, ratings: [{ criterionId: difficulty.id, rating: 3 }] });
    expect((await app.must('kindness.board', { month: '2025-04' })).entries[0].score).toBe(2 + 3);
    await app.must('kindness.saveSourceWeights', { weights: [{ source: 'peer', weight: 5 }] });
    await app.must('kindness.saveCriterion', { ...difficulty, active: false });
    const entry = (await app.must('kindness.board', { month: '2025-04' })).entries[0];
    expect(entry).toMatchObject({ nominationScore: 5, ratingScore: 0, score: 5 });
    const refused = await app.call('kindness.rate', { month: '2025-04', staffId: hong.id, ratings: [{ criterionId: difficulty.id, rating: 4 }] });
    expect(refused).toMatchObject({ ok: false, error: { message: '사용하지 않는 심사 항목입니다.', field: 'ratings.0.criterionId' } });
  });

  it('shows an empty board for a month with no nominations, and that month can still be closed as "선정 없음"', async () => {
    await office();
    const board = await app.must('kindness.board', { month: '2025-02' });
    expect(board.entries).toEqual([]);
    expect(board.state.confirmed).toBe(false);
    await app.must('kindness.confirmMonth', { month: '2025-02' });
    const history = await app.must('kindness.history', { year: 2025 });
    expect(history.months.find((m) => m.month === '2025-02')).toEqual({ month: '2025-02', status: 'none', picks: [], nominations: 0 });
  });

  it('flags someone picked within the last 6 months across a year end, and refuses the pick in Korean unless marked as an exception', async () => {
    const { hong, nominate } = await office();
    await nominate(hong.id, '2024-11');
    await app.must('kindness.pick', { month: '2024-11', staffId: hong.id, reason: '칭찬카드 3건' });
    await app.must('kindness.confirmMonth', { month: '2024-11' });
    await nominate(hong.id, '2025-03');
    const board = await app.must('kindness.board', { month: '2025-03' });
    expect(board.entries[0].flags).toEqual([{ kind: 'recent', text: '최근 6개월 내 선정(2024년 11월)' }]);
    const refused = await app.call('kindness.pick', { month: '2025-03', staffId: hong.id, reason: '또 칭찬' });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          "홍길동 님은 선정 기준에 맞지 않습니다: 최근 6개월 내 선정(2024년 11월). 그래도 선정하려면 '규칙 예외로 선정'에 표시하고 선정 사유에 예외로 선정하는 이유를 적으세요.",
        field: 'exception',
      },
    });
    expect((await app.must('kindness.board', { month: '2025-03' })).entries[0].pick).toBeNull();
    // 2025-06 is seven months after 2024-11: free again.
    await nominate(hong.id, '2025-06');
    expect((await app.must('kindness.board', { month: '2025-06' })).entries[0].flags).toEqual([]);
    // With the rule shortened to 3 months, March is free too.
    await app.must('kindness.saveRules', { recentMonths: 3, maxPerDepartment: 1 });
    expect((await app.must('kindness.board', { month: '2025-03' })).entries[0].flags).toEqual([]);
  });

  it('picks a flagged person when the team lead confirms an exception, and keeps the overridden flags on the pick', async () => {
    const { hong, sung, nominate } = await office();
    await nominate(hong.id, '2024-12');
    await app.must('kindness.pick', { month: '2024-12', staffId: hong.id, reason: '칭찬카드 3건' });
    await app.must('kindness.confirmMonth', { month: '2024-12' });
    await nominate(hong.id, '2025-02', 'resident_homepage', '홈페이지 칭찬 2건');
    await nominate(sung.id, '2025-02');

    const picked = await app.must('kindness.pick', {
      month: '2025-02',
      staffId: hong.id,
      reason: '연속 선정이지만 2월 칭찬이 가장 많아 예외로 선정',
      exception: true,
    });
    expect(picked.pick).toMatchObject({ reason: '연속 선정이지만 2월 칭찬이 가장 많아 예외로 선정', exception: '최근 6개월 내 선정(2024년 12월)' });
    // The same department now has its one pick: 성춘향 is flagged for that, and needs an exception too.
    const sungEntry = (await app.must('kindness.board', { month: '2025-02' })).entries.find((e) => e.name === '성춘향')!;
    expect(sungEntry.flags.map((f) => f.text)).toEqual(['같은 부서에서 이미 1명 선정(부서당 월 1명까지)']);
    expect(await app.call('kindness.pick', { month: '2025-02', staffId: sung.id, reason: '칭찬카드' })).toMatchObject({ ok: false, error: { field: 'exception' } });
    await app.must('kindness.pick', { month: '2025-02', staffId: sung.id, reason: '어르신 민원 동행, 부서 한도 넘겨 예외', exception: true });
    await app.must('kindness.confirmMonth', { month: '2025-02' });

    const history = await app.must('kindness.history', { year: 2025 });
    expect(history.months.find((m) => m.month === '2025-02')!.picks.map((p) => [p.name, p.exception])).toEqual([
      ['성춘향', '같은 부서에서 이미 1명 선정(부서당 월 1명까지)'],
      ['홍길동', '최근 6개월 내 선정(2024년 12월)'],
    ]);
    expect(history.byPerson.find((p) => p.name === '홍길동')).toMatchObject({ picks: 1, months: ['2025-02'] });
    const announcement = await app.must('kindness.announcement', { month: '2025-02' });
    expect(announcement.rows.map((r) => [r.name, r.exception])).toEqual([
      ['성춘향', '같은 부서에서 이미 1명 선정(부서당 월 1명까지)'],
      ['홍길동', '최근 6개월 내 선정(2024년 12월)'],
    ]);
  });

  it('records an ordinary pick when the exception box is ticked for someone the rules do not flag', async () => {
    const { lee, nominate } = await office();
    await nominate(lee.id, '2025-04');
    const picked = await app.must('kindness.pick', { month: '2025-04', staffId: lee.id, reason: '세무 상담 친절', exception: true });
    expect(picked.pick).toMatchObject({ reason: '세무 상담 친절', exception: null });
  });

  it('allows at most K picks per department per month, counted by the department at the time of the pick', async () => {
    const { civil, tax, hong, sung, lee, nominate, movePerson } = await office();
    for (const person of [hong, sung, lee]) await nominate(person.id, '2025-05');
    await app.must('kindness.pick', { month: '2025-05', staffId: hong.id, reason: '민원 응대 모범' });
    let board = await app.must('kindness.board', { month: '2025-05' });
    const flagsOf = (name: string) => board.entries.find((e) => e.name === name)!.flags.map((f) => f.text);
    expect(flagsOf('성춘향')).toEqual(['같은 부서에서 이미 1명 선정(부서당 월 1명까지)']);
    expect(flagsOf('이몽룡')).toEqual([]);

    // 홍길동 moves to 세무과 after being picked: the pick stays with 민원회계과.
    await movePerson({ id: hong.id, name: '홍길동', departmentId: tax.id, position: '팀장', active: true });
    board = await app.must('kindness.board', { month: '2025-05' });
    expect(board.entries.find((e) => e.name === '홍길동')).toMatchObject({ departmentName: '민원회계과', position: '주무관' });
    expect(flagsOf('성춘향')).toEqual(['같은 부서에서 이미 1명 선정(부서당 월 1명까지)']);
    expect(flagsOf('이몽룡')).toEqual([]);
    await app.must('kindness.pick', { month: '2025-05', staffId: lee.id, reason: '세무 상담 친절' });

    // Raising K to 2 lets 성춘향 in; a third in 민원회계과 would not be.
    await app.must('kindness.saveRules', { recentMonths: 6, maxPerDepartment: 2 });
    await app.must('kindness.pick', { month: '2025-05', staffId: sung.id, reason: '어르신 민원 동행 안내' });
    const picks = (await app.must('kindness.announcement', { month: '2025-05' })).rows;
    expect(picks.map((r) => [r.departmentName, r.name])).toEqual([
      ['민원회계과', '성춘향'],
      ['민원회계과', '홍길동'],
      ['세무과', '이몽룡'],
    ]);
    expect(civil.id).not.toBe(tax.id);
  });

  it('keeps the department and position at the time in the history after the person moves', async () => {
    const { tax, hong, nominate, movePerson } = await office();
    await nominate(hong.id, '2025-01');
    await app.must('kindness.pick', { month: '2025-01', staffId: hong.id, reason: '여권 민원 친절' });
    await app.must('kindness.confirmMonth', { month: '2025-01' });
    await movePerson({ id: hong.id, name: '홍길동', departmentId: tax.id, position: '팀장', active: true });
    const history = await app.must('kindness.history', { year: 2025 });
    expect(history.months[0].picks).toEqual([
      { id: expect.any(Number), month: '2025-01', staffId: hong.id, name: '홍길동', departmentName: '민원회계과', position: '주무관', reason: '여권 민원 친절', exception: null, imported: false },
    ]);
    expect(history.byDepartment).toEqual([{ departmentName: '민원회계과', picks: 1 }]);
    // A new nomination shows where the person works today.
    const later = await nominate(hong.id, '2025-09');
    expect(later.departmentName).toBe('세무과');
  });

  it('refuses a pick of someone not nominated that month, and a pick with nobody signed in at the PC', async () => {
    const { hong, sung, nominate } = await office();
    await nominate(hong.id, '2025-03');
    expect(await app.call('kindness.pick', { month: '2025-03', staffId: sung.id, reason: '추천 없음' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: '이 달 추천 명단에 없는 직원입니다. 먼저 추천을 접수하세요.' },
    });
    await app.must('session.signOut', {});
    expect(await app.call('kindness.pick', { month: '2025-03', staffId: hong.id, reason: '친절' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: SIGN_IN_FIRST },
    });
  });
});
