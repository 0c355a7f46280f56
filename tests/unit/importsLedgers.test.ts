import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview, ImportSaveInput } from '../../shared/contract/imports';
import { budgetLedger, communicationLedger } from '../fixtures/oldLedgers/cardLedgers';
import { healingLedger, interpretationLedger } from '../fixtures/oldLedgers/deskLedgers';
import { ledgerOffice, type LedgerOffice } from '../fixtures/oldLedgers/office';
import { kindnessLedger, trainingAttendanceLedger, trainingHeadCountLedger } from '../fixtures/oldLedgers/staffLedgers';

/*
 * Each area's old ledger of a made-up office (tests/fixtures/oldLedgers: the office's own header words,
 * merged title rows, blank rows, dates as text and as Excel serials, and a few bad rows) brought in
 * through the wizard's channels: the rows it could not save are named in Korean, the rest become the
 * area's own records, and the same file read again adds nothing.
 */

let office: LedgerOffice;
afterEach(async () => {
  await office?.app.close();
  vi.useRealTimers();
});

/** Reads the file, saves it with its bad rows skipped, and saves it once more. */
async function bringIn(input: ImportSaveInput) {
  const { app } = office;
  const preview = await app.must('imports.read', input);
  const report = await app.must('imports.save', { ...input, skipProblems: true });
  const again = await app.must('imports.save', { ...input, skipProblems: true });
  const reread = await app.must('imports.read', input);
  return { preview, report, again, reread };
}

const problems = (p: ImportPreview) => p.rows.filter((r) => r.state === 'problem').map((r) => [r.row, r.problem]);

/** What every ledger shows: the header found below the merged title, and nothing added the second time. */
function expectOneImport({ preview, report, again, reread }: Awaited<ReturnType<typeof bringIn>>, added: number) {
  expect(preview.headerRow).toBe(4);
  expect(preview.missing).toEqual([]);
  expect(report.added).toBe(added);
  expect(report.skipped.map((s) => [s.row, s.reason])).toEqual(problems(preview));
  expect(again).toMatchObject({ batchId: null, added: 0, already: added });
  expect(reread.counts).toEqual({ ready: 0, problems: preview.counts.problems, already: added });
}

describe('an office’s old ledgers, area by area', () => {
  it('통역 지원 일지: requests with their language, way of service and outcome', async () => {
    office = await ledgerOffice();
    const run = await bringIn({ area: 'interpretation', fileName: '통역 지원 일지.xlsx', contentBase64: await interpretationLedger() });
    expect(problems(run.preview)).toEqual([
      [15, "알 수 없는 언어입니다: '클링온어'. 목록에 없는 언어는 '기타(언어명)'으로 적어 주세요."],
      [16, "달력에 없는 날짜입니다: '2024-02-30'."],
      [17, "알 수 없는 지원방법입니다: '비둘기'. 통역 지원 → 설정의 지원 방법 이름으로 적어 주세요."],
    ]);
    expectOneImport(run, 9);
    const list = await office.app.must('interpretation.requests.list', { from: '2023-01-01', to: '2024-12-31' });
    expect(list.rows.map((r) => [r.date, r.time, r.languageLabel, r.languageNote, r.methodLabel, r.people, r.outcome, r.task, r.staffName]).sort()).toEqual([
      ['2023-02-14', '10:30', '베트남어', '', '1345 외국인종합안내센터 3자 통화', 1, '처리 완료', '전입신고', '김담당'],
      ['2023-04-03', '14:00', '중국어', '', '민원통역관(직원)', 2, '처리 완료', '여권 발급', '김담당'],
      ['2023-06-20', null, '베트남어', '', '통역기기·앱', 1, '다른 기관 안내', '외국인 등록', '김담당'],
      ['2023-09-05', '15:00', '한국수어', '', '107 손말이음센터/110 영상 수어 중계', 1, '처리 완료', '기초연금 신청', '김담당'],
      ['2023-11-17', null, '우즈베크어', '', '1345 외국인종합안내센터 3자 통화', 1, '미처리', '건강보험', '김담당'],
      ['2024-01-09', '09:40', '베트남어', '', '1345 외국인종합안내센터 3자 통화', 1, '처리 완료', '체류지 변경', '김담당'],
      ['2024-03-22', null, '기타', '아랍어', '통역기기·앱', 1, '처리 완료', '민원서류 발급', '김담당'],
      ['2024-07-15', null, '영어', '', '민원통역관(직원)', 3, '처리 완료', '사업자등록', '김담당'],
      ['2024-10-02', null, '한국수어', '', '수어통역센터 수어통역사 파견', 1, '처리 완료', '장애인 등록', '김담당'],
    ]);
    const sources = await office.app.must('imports.sourcesOf', { recordTable: 'interpretation_request', ids: list.rows.map((r) => r.id) });
    expect(sources.map((s) => s.row).sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 10, 11, 12, 13, 14]);
    expect(sources.find((s) => s.row === 12)?.text).toBe('통역 지원 일지.xlsx · 통역일지 · 12행');
  });

  it('교육 출석부, per person: one training a 교육명, a session a day, the people added to the staff list', async () => {
    office = await ledgerOffice();
    const run = await bringIn({ area: 'trainings', fileName: '친절교육 출석부.xlsx', contentBase64: await trainingAttendanceLedger() });
    expect(problems(run.preview)).toEqual([
      [12, "'김민원'이(가) 같은 날 교육에 두 번 적혀 있습니다."],
      [13, "출석을 알아볼 수 없습니다: '조퇴'. 출석, 지각, 공가, 결석 중 하나로 적어 주세요."],
      [14, "날짜를 알아볼 수 없습니다: '2023-03-2O'. 2023-03-06처럼 적어 주세요."],
      [15, '교육일이 비어 있습니다.'],
    ]);
    expectOneImport(run, 6);
    expect(run.report.notes).toEqual(['직원 명단에 5명을 추가했습니다.']);
    // Read again, the second 김민원 has no twin left to save beside, and is still not saved.
    expect(run.reread.rows.find((r) => r.row === 12)?.problem).toBe("'김민원'이(가) 같은 날 교육에 두 번 적혀 있습니다. 먼저 적힌 줄은 이미 가져왔습니다.");
    const sessions = async (year: number) => {
      const [t] = await office.app.must('trainings.list', { year });
      const detail = await office.app.must('trainings.get', { id: t.id });
      return {
        training: [detail.title, detail.kind, detail.attendanceMode, detail.departments, detail.people],
        sessions: detail.sessions.map((s) => [s.date, s.place, s.attendance.map((a) => `${a.staffName}(${a.departmentName}) ${a.status}`).sort()]),
      };
    };
    expect(await sessions(2023)).toEqual({
      training: ['2023 상반기 친절교육', 'kindness', 'person', 3, 3],
      sessions: [
        ['2023-03-20', '구청 대회의실', ['김민원(민원여권과) present', '이세무(세무과) present']],
        ['2023-03-21', '구청 대회의실', ['박복지(복지정책과) late', '최건축(건축과) absent']],
      ],
    });
    expect(await sessions(2024)).toEqual({
      training: ['2024 친절교육', 'kindness', 'person', 2, 2],
      sessions: [['2024-04-10', '구청 강당', ['김민원(민원여권과) present', '정세무(세무과) present']]],
    });
    expect((await office.app.must('trainings.yearLine', { year: 2023, kind: 'kindness' })).text).toBe('2023년 3개부서 3명(3.20.~3.21.)');
  });

  it('부서별 인원: a head count per department, the training’s kind read from its title', async () => {
    office = await ledgerOffice();
    const run = await bringIn({ area: 'trainings', fileName: '특이민원 대응훈련 부서별 인원.xlsx', contentBase64: await trainingHeadCountLedger() });
    expect(problems(run.preview)).toEqual([
      [11, "'민원여권과'이(가) 같은 날 교육에 두 번 적혀 있습니다."],
      [12, '부서별 인원에는 부서가 있어야 합니다.'],
      [13, "인원을 숫자로 알아볼 수 없습니다: '여러 명'."],
    ]);
    expectOneImport(run, 5);
    expect(run.reread.rows.find((r) => r.row === 11)?.problem).toBe("'민원여권과'이(가) 같은 날 교육에 두 번 적혀 있습니다. 먼저 적힌 줄은 이미 가져왔습니다.");
    const counts = async (year: number) => {
      const [t] = await office.app.must('trainings.list', { year });
      const detail = await office.app.must('trainings.get', { id: t.id });
      return [detail.title, detail.kind, detail.attendanceMode, ...detail.sessions.map((s) => [s.date, s.headCounts.map((h) => `${h.departmentName} ${h.headCount}명`).sort()])];
    };
    expect(await counts(2023)).toEqual(['2023 특이민원 대응 모의훈련', 'complaintDrill', 'headCount', ['2023-06-12', ['민원여권과 12명', '세무과 8명', '행복주민센터 5명']]]);
    expect(await counts(2024)).toEqual(['2024 특이민원 대응훈련', 'complaintDrill', 'headCount', ['2024-06-18', ['민원여권과 10명', '복지정책과 6명']]]);
    expect((await office.app.must('trainings.yearLine', { year: 2023, kind: 'complaintDrill' })).text).toBe('2023년 3개부서 25명(6.12.)');
  });

  it('힐링프로그램 운영현황: programs with their place, people and cost', async () => {
    office = await ledgerOffice();
    const run = await bringIn({ area: 'healing', fileName: '힐링프로그램 운영현황.xlsx', contentBase64: await healingLedger() });
    expect(problems(run.preview)).toEqual([
      [10, "달력에 없는 날짜입니다: '2024-09-31'."],
      [11, '참여인원이 비어 있습니다.'],
      [12, '장소를 입력하세요.'],
      [13, '아직 오지 않은 날짜입니다. 지난 프로그램만 가져올 수 있습니다.'],
    ]);
    expectOneImport(run, 4);
    const programs = [...(await office.app.must('healing.list', { year: 2023 })), ...(await office.app.must('healing.list', { year: 2024 }))];
    expect(programs.map((p) => [p.date, p.place, p.activity, p.participants, p.costWon, p.note]).sort()).toEqual([
      ['2023-05-17', '태종대', '숲길 걷기', 20, 350000, ''],
      ['2023-10-30', '구청 옥상정원', '원예 치유', 17, 200000, ''],
      ['2024-04-11', '흰여울문화마을', '바다 산책', 22, 0, '우천 시 실내'],
      ['2024-11-08', '구청 대회의실', '명상', 15, 0, ''],
    ]);
    expect((await office.app.must('healing.yearLine', { year: 2023 })).text).toBe('2023년 : 2회, 37명 참여(5.17. 태종대, 20명/10.30. 구청 옥상정원, 17명)');
  });

  it('친절 으뜸이 선정 명단: past picks, their months confirmed, the people added to the staff list', async () => {
    office = await ledgerOffice();
    const run = await bringIn({ area: 'kindness', fileName: '친절 으뜸이 선정 명단.xlsx', contentBase64: await kindnessLedger() });
    expect(problems(run.preview)).toEqual([
      [32, "달을 알아볼 수 없습니다: '2023-13'."],
      [33, '선정사유가 비어 있습니다.'],
      [34, "'정세무'이(가) 2024년 6월에 두 번 적혀 있습니다."],
      [35, '아직 오지 않은 달입니다. 지난 선정만 가져올 수 있습니다.'],
    ]);
    expectOneImport(run, 26);
    expect(run.report.notes).toEqual(['24개월을 확정했습니다(가져온 선정).', '직원 명단에 12명을 추가했습니다.']);
    const history = await office.app.must('kindness.history', { year: 2024 });
    expect(history.months.map((m) => [m.month, m.status, m.picks.map((p) => `${p.name}(${p.departmentName}${p.imported ? ', 가져옴' : ''})`)])).toEqual([
      ['2024-01', 'picked', ['이세무(세무과, 가져옴)']],
      ['2024-02', 'picked', ['오민원(민원여권과, 가져옴)']],
      ['2024-03', 'picked', ['최건축(건축과, 가져옴)', '박복지(복지정책과, 가져옴)']],
      ['2024-04', 'picked', ['강주민(행복주민센터, 가져옴)']],
      ['2024-05', 'picked', ['김민원(민원여권과, 가져옴)']],
      ['2024-06', 'picked', ['정세무(세무과, 가져옴)']],
      ['2024-07', 'picked', ['윤복지(복지정책과, 가져옴)']],
      ['2024-08', 'picked', ['장건축(건축과, 가져옴)']],
      ['2024-09', 'picked', ['한민원(민원여권과, 가져옴)', '임주민(행복주민센터, 가져옴)']],
      ['2024-10', 'picked', ['신세무(세무과, 가져옴)']],
      ['2024-11', 'picked', ['오민원(민원여권과, 가져옴)']],
      ['2024-12', 'picked', ['박복지(복지정책과, 가져옴)']],
    ]);
    expect(history.years.filter((y) => y.year < 2025)).toEqual([
      { year: 2024, picks: 14 },
      { year: 2023, picks: 12 },
    ]);
    expect(await office.app.must('kindness.nominations', { month: '2024-03' })).toEqual([]);
  });

  it('구민소통 실적: activities onto the card, in their five columns', async () => {
    office = await ledgerOffice();
    const cardId = office.card.id;
    const run = await bringIn({ area: 'communication', fileName: '구민소통 실적.xlsx', contentBase64: await communicationLedger(), cardId });
    expect(problems(run.preview)).toEqual([
      [11, '보도한 언론사를 입력하세요.'],
      [12, "구분을 알아볼 수 없습니다: '캠페인'. 설명회·보고회, 만족도·설문조사, 민간전문가 자문, 언론·방송 보도, 기타 중 하나로 적어 주세요."],
      [13, "날짜를 알아볼 수 없습니다: '24년 8월'. 2023-03-06처럼 적어 주세요."],
    ]);
    expectOneImport(run, 5);
    const activities = await office.app.must('pledge.communications', { cardId });
    expect(activities.map((a) => [a.date, a.category, a.title, a.details, a.outlet]).sort()).toEqual([
      ['2023-03-15', 'briefing', '민원실 개편 주민 설명회', '주민 40명 참석', null],
      ['2023-09-01', 'survey', '민원실 이용 만족도 조사', '', null],
      ['2024-02-07', 'press', '휠체어 무료 대여 호응', '', '국제신문'],
      ['2024-05-20', 'advisory', '민원실 동선 개선 자문', '', null],
      ['2024-10-11', 'other', '민원 아이디어 공모', '', null],
    ]);
    const section = await office.app.must('pledge.section', { cardId, from: '2022-07-01', to: '2026-06-30', asOf: '2025-01-15' });
    expect(section.communication.cells).toEqual(['1회', '1회', '1회', '1회', '1회']);
  });

  it('사업비 현황: amounts into the card’s table, a year outside the term refused', async () => {
    office = await ledgerOffice();
    const cardId = office.card.id;
    const run = await bringIn({ area: 'budget', fileName: '사업비 현황.xlsx', contentBase64: await budgetLedger(), cardId });
    expect(problems(run.preview)).toEqual([
      [11, '2030년은 임기(2022~2026년) 밖입니다. 임기 뒤의 금액은 임기후로 적어 주세요.'],
      [12, '구비 2023년 금액이 파일에 두 번 있습니다.'],
      [13, "재원을 알아볼 수 없습니다: '민자'. 국비, 시비, 구비, 기타 중 하나로 적어 주세요."],
      [14, "금액을 숫자로 알아볼 수 없습니다: '삼십'."],
    ]);
    expectOneImport(run, 5);
    const budget = await office.app.must('pledge.budget', { cardId });
    expect(budget.amounts.filter((a) => a.amount > 0).map((a) => [a.source, a.year, a.amount])).toEqual(
      expect.arrayContaining([
        ['district', 2022, 5],
        ['district', 2023, 10],
        ['district', 2024, 10],
        ['city', 2024, 20],
        ['district', null, 10],
      ]),
    );
    expect(budget.amounts.filter((a) => a.amount > 0)).toHaveLength(5);
  });
});
