import { describe, expect, it } from 'vitest';
import { pledgeApp } from '../fixtures/pledgeOffice/app';
import { enterAreaRecords } from '../fixtures/pledgeOffice/areaRecords';
import { enterCardRecords } from '../fixtures/pledgeOffice/seedCard';

/** Written by hand from the records entered in areaRecords.ts and seedCard.ts. */
const EXPECTED = `추진실적 (2024.01.01.~2025.06.30.)
○ 국민행복민원실 재인증 : 2024. 9월
  ▷ 재인증 신청(5.20.), 현장 실사(7.9.), 우수기관 선정(9.3.), 현판식 개최(10.15.)
○ 부산광역시 '친절 민원실 평가' 최우수 : 2025. 3월
○ 친절민원시책 추진
  ▷ 외국어 및 수어 통역지원, 휠체어 무료 대여, 민원 안내 도우미 운영-상시운영
    - 외국어 통역 : 2024년 3건(영어 2, 베트남어 1) / 2025년 6월 현재 1건
    - 수어 통역 : 2024년 1건
    - 휠체어 대여 : 2024년 3건 / 2025년 6월 현재 1건
    - 안내 도우미 : 2024년 2일 운영, 연인원 2명
  ▷ 힐링프로그램
    - 2024년 : 1회, 20명 참여(5.17. 태종대, 20명)
  ▷ 친절 으뜸이 선정 : 매월
    - 2024년 7월 현재 : 2명 / 2025년 2월 현재 : 1명
  ▷ 직원친절교육 실시 : 연1회
    - 2024년 2개부서 30명(3.29.~4.2.)

[구민소통실적]
| 설명회, 보고회 | 만족도, 설문조사 | 민간전문가 자문 | 언론·방송 보도 | 기타 |
| -회 | 1회 | -회 | 3회 | 1회 |

[사업비 현황] (단위: 백만원)
| 구분 | 합계 | 임기내 소계 | 2022년 | 2023년 | 2024년 | 2025년 | 2026년 | 임기후 |
| 계 | 70 | 60 | 5 | 10 | 30 | 10 | 5 | 10 |
| 국비 | - | - | - | - | - | - | - | - |
| 시비 | 20 | 20 | - | - | 20 | - | - | - |
| 구비 | 50 | 40 | 5 | 10 | 10 | 10 | 5 | 10 |
| 기타 | - | - | - | - | - | - | - | - |`.split('\n');

const period = (cardId: number) => ({ cardId, from: '2024-01-01', to: '2025-06-30', asOf: '2025-07-10' });

describe('the section from records entered through every area', () => {
  it('reads, line by line, as written by hand', async () => {
    const app = await pledgeApp();
    await enterCardRecords(app);
    await enterAreaRecords(app);
    const section = await app.must('pledge.section', period(app.card.id));
    expect(section.text.split('\n')).toEqual(EXPECTED);
    await app.close();
  });

  it("agrees with each area's own figures and lists", async () => {
    const app = await pledgeApp();
    await enterCardRecords(app);
    await enterAreaRecords(app);
    const section = await app.must('pledge.section', period(app.card.id));
    const text = (key: string) => section.lines.find((l) => l.key === key)!.text;

    const kindness = await app.must('kindness.yearLine', { from: '2024-01-01', to: '2025-06-30', asOf: '2025-07-10' });
    expect(text('kindness:years')).toBe(kindness.line);
    const healing = await app.must('healing.yearLine', { year: 2024, asOf: '2025-07-10' });
    expect(`- ${text('healing:2024')}`).toBe(`- ${healing.text}`);
    const training = await app.must('trainings.yearLine', { year: 2024, kind: 'kindness', asOf: '2025-07-10' });
    expect(text('training:kindness:2024')).toBe(training.text);

    const loans = await app.must('loans.figures', { from: '2024-01-01', to: '2025-06-30' });
    expect(loans.yearly.map((y) => y.loans)).toEqual([3, 1]);
    const ledger = await app.must('loans.ledger', { from: '2024-01-01', to: '2024-12-31' });
    expect(ledger.total).toBe(3);
    const requests = await app.must('interpretation.requests.list', { from: '2024-01-01', to: '2024-12-31' });
    expect(requests.summary.served.cases).toBe(4);
    const shifts = await app.must('guides.shifts', { from: '2024-09-01', to: '2024-09-30' });
    expect(shifts.filter((s) => s.status === 'done')).toHaveLength(2);
    await app.close();
  });
});
