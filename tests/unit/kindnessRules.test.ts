import { describe, expect, it } from 'vitest';
import { byScore, departmentFlag, nominationScore, ratingScore, recentPickFlag } from '../../electron/kindness/boardRules';
import { tempCore } from '../helpers/tempCore';

const criteria = [
  { id: 1, name: '사례 난이도', weight: 1, sortOrder: 1, active: true },
  { id: 2, name: '친절도', weight: 3, sortOrder: 2, active: true },
  { id: 3, name: '옛 항목', weight: 5, sortOrder: 3, active: false },
];

describe('the score', () => {
  it('is the sum of the source points of every nomination plus weight × rating of each active criterion', () => {
    const weights = new Map([
      ['resident_card', 3],
      ['survey', 2],
    ] as const);
    expect(nominationScore([{ source: 'resident_card' }, { source: 'resident_card' }, { source: 'survey' }], new Map(weights))).toBe(8);
    expect(nominationScore([], new Map(weights))).toBe(0);
    expect(
      ratingScore(
        [
          { criterionId: 1, rating: 4 },
          { criterionId: 2, rating: 5 },
          { criterionId: 3, rating: 5 },
        ],
        criteria,
      ),
    ).toBe(4 + 15);
  });

  it('sorts the highest score first, then more nominations, then by name', () => {
    const e = (name: string, score: number, n: number) => ({ name, score, nominations: Array(n).fill(0) });
    expect([e('홍길동', 5, 1), e('성춘향', 9, 1), e('이몽룡', 5, 2), e('가나다', 5, 1)].sort(byScore).map((x) => x.name)).toEqual([
      '성춘향',
      '이몽룡',
      '가나다',
      '홍길동',
    ]);
  });
});

describe('the rule "not picked within the last N months"', () => {
  it('counts back across a year end: picked 2024-11, board 2025-03, N = 6 → flagged', () => {
    expect(recentPickFlag('2025-03', 6, [{ month: '2024-11' }])).toEqual({ kind: 'recent', text: '최근 6개월 내 선정(2024년 11월)' });
  });

  it('includes the month N months back and nothing older, names the latest pick, and ignores later months', () => {
    expect(recentPickFlag('2025-03', 6, [{ month: '2024-09' }])?.text).toBe('최근 6개월 내 선정(2024년 9월)');
    expect(recentPickFlag('2025-03', 6, [{ month: '2024-08' }])).toBeNull();
    expect(recentPickFlag('2025-01', 1, [{ month: '2024-12' }])?.text).toBe('최근 1개월 내 선정(2024년 12월)');
    expect(recentPickFlag('2025-03', 12, [{ month: '2024-04' }, { month: '2025-01' }, { month: '2024-10' }])?.text).toBe('최근 12개월 내 선정(2025년 1월)');
    expect(recentPickFlag('2025-03', 6, [{ month: '2025-03' }, { month: '2025-05' }])).toBeNull();
    expect(recentPickFlag('2025-03', 0, [{ month: '2025-02' }])).toBeNull();
  });
});

describe('the rule "at most K picks per department per month"', () => {
  it('flags once the department has K picks, and never when K is 0 (no limit)', () => {
    expect(departmentFlag(0, 1)).toBeNull();
    expect(departmentFlag(1, 1)).toEqual({ kind: 'department', text: '같은 부서에서 이미 1명 선정(부서당 월 1명까지)' });
    expect(departmentFlag(1, 2)).toBeNull();
    expect(departmentFlag(2, 2)?.text).toBe('같은 부서에서 이미 2명 선정(부서당 월 2명까지)');
    expect(departmentFlag(5, 0)).toBeNull();
  });

  it('is held by the database too, along with the N-month rule, whatever code writes the pick', async () => {
    const app = await tempCore();
    const civil = await app.must('departments.save', { name: '민원회계과' });
    const hong = await app.must('staff.save', { name: '홍길동', departmentId: civil.id });
    const sung = await app.must('staff.save', { name: '성춘향', departmentId: civil.id });
    await app.signInAs(hong.id);
    for (const [month, person] of [['2024-11', hong], ['2025-03', hong], ['2025-03', sung]] as const) {
      await app.must('kindness.saveNomination', { month, staffId: person.id, source: 'peer', evidence: '동료 추천', receivedOn: `${month}-03` });
    }
    const insert = (month: string, staffId: number, ruleException?: string) =>
      app.db
        .insertInto('kindness_pick')
        .values({ month, staff_id: staffId, department_id: civil.id, department_name: '민원회계과', reason: '직접 입력', rule_exception: ruleException, created_at: 'x', updated_at: 'x' })
        .execute();
    await insert('2024-11', hong.id);
    await expect(insert('2025-03', hong.id)).rejects.toThrow(/recent months/);
    await insert('2025-03', sung.id);
    await app.db.deleteFrom('kindness_pick').where('month', '=', '2024-11').execute();
    await expect(insert('2025-03', hong.id)).rejects.toThrow(/department limit/);
    await expect(insert('2025-04', hong.id)).rejects.toThrow(/without a nomination/);

    // A pick marked as a rule exception may go past the two rules, but still needs a nomination and an open month.
    await insert('2025-03', hong.id, '같은 부서에서 이미 1명 선정(부서당 월 1명까지)');
    await insert('2024-11', hong.id, '예외');
    await expect(insert('2025-04', hong.id, '예외')).rejects.toThrow(/without a nomination/);
    // SQLite says "CHECK constraint failed", PostgreSQL "violates check constraint".
    await expect(insert('2025-03', sung.id, '  ')).rejects.toThrow(/check constraint/i);
    await app.db.insertInto('kindness_month').values({ month: '2025-03', confirmed: 1, confirmed_at: 'x', updated_at: 'x' }).execute();
    await expect(app.db.deleteFrom('kindness_pick').where('month', '=', '2025-03').where('staff_id', '=', sung.id).execute()).rejects.toThrow(/month is confirmed/);
    await expect(app.db.updateTable('kindness_pick').set({ rule_exception: null }).where('month', '=', '2025-03').execute()).rejects.toThrow(/month is confirmed/);
    expect(
      await app.db.selectFrom('kindness_pick').select((eb) => eb.fn.countAll<number>().as('n')).where('month', '=', '2025-03').executeTakeFirst(),
    ).toEqual({ n: 2 });
    await app.close();
  });
});
