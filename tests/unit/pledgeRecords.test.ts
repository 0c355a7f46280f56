import { deskNow } from '../../shared/korean/deskClock';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotDb } from '../helpers/tempCore';
import { cardFields, pledgeApp, tinyPng } from '../fixtures/pledgeOffice/app';

describe('the pledge card', () => {
  it('keeps its header, term and who changed it last', async () => {
    const app = await pledgeApp();
    expect(app.card).toMatchObject({ areaCode: '열린구정', areaNumber: '2-1', departmentName: '민원회계과', termFrom: '2022-07', termTo: '2026-06', updatedByName: '김팀장' });
    expect(await app.must('pledge.cards', {})).toHaveLength(1);
    await app.close();
  });

  it('refuses a second card with the same number, in Korean, beside the number', async () => {
    const app = await pledgeApp();
    const result = await app.call('pledge.saveCard', cardFields(app.dept.id));
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message: "'열린구정 2-1' 공약 카드가 이미 있습니다.", field: 'areaNumber' } });
    await app.close();
  });

  it('will not shorten the term past a year that already has budget', async () => {
    const app = await pledgeApp();
    await app.must('pledge.saveBudget', { cardId: app.card.id, amounts: [{ source: 'district', year: 2022, amount: 5 }] });
    const result = await app.call('pledge.saveCard', { ...cardFields(app.dept.id), id: app.card.id, termFrom: '2023-01' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('2022년 사업비가 입력되어 있어');
    await app.close();
  });
});

describe('국민행복민원실 rounds', () => {
  it('saves a round with its milestones in date order, with the usual names', async () => {
    const app = await pledgeApp();
    const round = await app.must('pledge.saveCertification', {
      cardId: app.card.id,
      name: '국민행복민원실 재인증',
      validYears: 3,
      milestones: [
        { kind: 'selection', label: '', date: '2024-09-10' },
        { kind: 'application', label: '', date: '2024-06-03' },
        { kind: 'custom', label: '자체 점검', date: '2024-05-02' },
      ],
    });
    expect(round.milestones.map((m) => `${m.label} ${m.date}`)).toEqual(['자체 점검 2024-05-02', '재인증 신청 2024-06-03', '우수기관 선정 2024-09-10']);
    expect(round).toMatchObject({ selectedOn: '2024-09-10', validUntil: '2027-09-09' });
    await app.close();
  });

  it('refuses two selections in one round, and a custom step without a name', async () => {
    const app = await pledgeApp();
    const before = await snapshotDb(app);
    const twice = await app.call('pledge.saveCertification', {
      cardId: app.card.id,
      name: '국민행복민원실 재인증',
      validYears: 3,
      milestones: [
        { kind: 'selection', date: '2024-09-10' },
        { kind: 'selection', date: '2024-09-11' },
      ],
    });
    expect(twice).toMatchObject({ ok: false, error: { message: '우수기관 선정은 한 회차에 한 번만 입력하세요.' } });
    const unnamed = await app.call('pledge.saveCertification', { cardId: app.card.id, name: '재인증', validYears: 3, milestones: [{ kind: 'custom', date: '2024-09-10' }] });
    expect(unnamed).toMatchObject({ ok: false, error: { message: '직접 입력한 단계의 이름을 입력하세요.', field: 'milestones.0.label' } });
    expect(await snapshotDb(app)).toEqual(before);
    await app.close();
  });

  it('counts down to the next round from the latest selection', async () => {
    const app = await pledgeApp();
    expect(await app.must('pledge.nextCertification', {})).toBeNull();
    await app.must('pledge.saveCertification', { cardId: app.card.id, name: '국민행복민원실 인증', validYears: 3, milestones: [{ kind: 'selection', date: '2021-09-01' }] });
    await app.must('pledge.saveCertification', { cardId: app.card.id, name: '국민행복민원실 재인증', validYears: 3, milestones: [{ kind: 'selection', date: '2024-09-10' }] });
    const next = await app.must('pledge.nextCertification', {});
    expect(next).toMatchObject({ roundName: '국민행복민원실 재인증', selectedOn: '2024-09-10', validUntil: '2027-09-09', dueOn: '2027-09-10' });
    // "Today" is the desk's, in Korean time, whatever zone the test runs in.
    const expected = Math.round((Date.parse('2027-09-10T00:00:00Z') - Date.parse(`${deskNow().date}T00:00:00Z`)) / 86_400_000);
    expect(next!.daysLeft).toBe(expected);
    await app.close();
  });
});

describe('구민소통실적 and press items', () => {
  it('a press item needs its outlet; other activities keep none', async () => {
    const app = await pledgeApp();
    const noOutlet = await app.call('pledge.saveCommunication', { cardId: app.card.id, date: '2024-11-28', category: 'press', title: '재인증 보도', outlet: '' });
    expect(noOutlet).toMatchObject({ ok: false, error: { message: '보도한 언론사를 입력하세요.', field: 'outlet' } });
    const survey = await app.must('pledge.saveCommunication', { cardId: app.card.id, date: '2024-05-14', category: 'survey', title: '만족도 조사', outlet: '부산일보' });
    expect(survey.outlet).toBeNull();
    await app.close();
  });

  it('a press item cited among the references cannot be turned into another category', async () => {
    const app = await pledgeApp();
    const press = await app.must('pledge.saveCommunication', { cardId: app.card.id, date: '2024-11-28', category: 'press', title: '구청 민원실 재인증', outlet: '부산일보' });
    const cited = await app.must('pledge.citePress', { cardId: app.card.id, communicationId: press.id });
    expect(cited.text).toBe('구청 민원실 재인증 : 2024.11.28. 부산일보');
    const changed = await app.call('pledge.saveCommunication', { cardId: app.card.id, id: press.id, date: '2024-11-28', category: 'other', title: '구청 민원실 재인증' });
    expect(changed).toMatchObject({ ok: false, error: { code: 'conflict', field: 'category' } });
    expect((await app.must('pledge.communications', { cardId: app.card.id }))[0]).toMatchObject({ category: 'press', referenced: true });
    await app.close();
  });

  it('only a press item can be cited, and only once', async () => {
    const app = await pledgeApp();
    const survey = await app.must('pledge.saveCommunication', { cardId: app.card.id, date: '2024-05-14', category: 'survey', title: '만족도 조사' });
    expect(await app.call('pledge.citePress', { cardId: app.card.id, communicationId: survey.id })).toMatchObject({ ok: false, error: { message: '언론·방송 보도만 참고자료로 실을 수 있습니다.' } });
    const press = await app.must('pledge.saveCommunication', { cardId: app.card.id, date: '2024-11-28', category: 'press', title: '보도', outlet: 'KBS' });
    await app.must('pledge.citePress', { cardId: app.card.id, communicationId: press.id });
    expect(await app.call('pledge.citePress', { cardId: app.card.id, communicationId: press.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await app.close();
  });
});

describe('사업비 현황', () => {
  it('sums the sources into 계, the term years into 임기내 소계, and everything into 합계', async () => {
    const app = await pledgeApp();
    const sheet = await app.must('pledge.saveBudget', {
      cardId: app.card.id,
      amounts: [
        { source: 'district', year: 2023, amount: 10 },
        { source: 'district', year: 2024, amount: 10 },
        { source: 'city', year: 2024, amount: 20 },
        { source: 'district', year: null, amount: 15 },
        { source: 'national', year: 2025, amount: 0 },
      ],
    });
    expect(sheet.years).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(sheet.table.headers).toEqual(['구분', '합계', '임기내 소계', '2022년', '2023년', '2024년', '2025년', '2026년', '임기후']);
    expect(sheet.table.rows.map((r) => [r.label, ...r.cells])).toEqual([
      ['계', '55', '40', '-', '10', '30', '-', '-', '15'],
      ['국비', '-', '-', '-', '-', '-', '-', '-', '-'],
      ['시비', '20', '20', '-', '-', '20', '-', '-', '-'],
      ['구비', '35', '20', '-', '10', '10', '-', '-', '15'],
      ['기타', '-', '-', '-', '-', '-', '-', '-', '-'],
    ]);
    await app.close();
  });

  it('refuses a year outside the term, pointing at the amount, and keeps the saved table', async () => {
    const app = await pledgeApp();
    await app.must('pledge.saveBudget', { cardId: app.card.id, amounts: [{ source: 'district', year: 2024, amount: 10 }] });
    const result = await app.call('pledge.saveBudget', { cardId: app.card.id, amounts: [{ source: 'district', year: 2028, amount: 10 }] });
    expect(result).toMatchObject({ ok: false, error: { field: 'amounts.0.year' } });
    expect((await app.must('pledge.budget', { cardId: app.card.id })).amounts).toEqual([{ source: 'district', year: 2024, amount: 10 }]);
    await app.close();
  });
});

describe('참고자료', () => {
  it('keeps a photo in the database, lists it with its caption, and removes it with its reference', async () => {
    const app = await pledgeApp();
    const photo = await app.must('pledge.addPhoto', { cardId: app.card.id, fileName: '현판식.png', contentBase64: tinyPng, caption: '현판식 (11.5.)' });
    expect(photo).toMatchObject({ kind: 'photo', text: '현판식 (11.5.)', photo: { mimeType: 'image/png', contentBase64: tinyPng } });
    const stored = () => app.db.selectFrom('pledge_photo').select('content').execute();
    expect(await stored()).toEqual([{ content: Buffer.from(tinyPng, 'base64') }]);
    expect(fs.existsSync(path.join(app.dataDir, 'pledge-photos'))).toBe(false);
    await app.must('pledge.removeReference', { id: photo.id });
    expect(await stored()).toEqual([]);
    expect(await app.must('pledge.references', { cardId: app.card.id })).toEqual([]);
    await app.close();
  });

  it('refuses a file that is not really a picture, whatever its name', async () => {
    const app = await pledgeApp();
    const result = await app.call('pledge.addPhoto', { cardId: app.card.id, fileName: '사진.jpg', contentBase64: Buffer.from('MZ not a picture').toString('base64'), caption: '사진' });
    expect(result).toMatchObject({ ok: false, error: { message: 'JPG 또는 PNG 사진 파일이 아닙니다.' } });
    await app.close();
  });

  it('moves references up and down in the order the card lists them', async () => {
    const app = await pledgeApp();
    const a = await app.must('pledge.addPhoto', { cardId: app.card.id, fileName: 'a.png', contentBase64: tinyPng, caption: '가' });
    const press = await app.must('pledge.saveCommunication', { cardId: app.card.id, date: '2024-11-28', category: 'press', title: '나', outlet: 'KBS' });
    await app.must('pledge.citePress', { cardId: app.card.id, communicationId: press.id });
    const moved = await app.must('pledge.moveReference', { id: a.id, direction: 'down' });
    expect(moved.map((r) => r.text)).toEqual(['나 : 2024.11.28. KBS', '가']);
    await app.close();
  });
});
