import { afterEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/ipc/handlerTypes';
import { cardFields, pledgeApp, tinyPng } from '../fixtures/pledgeOffice/app';
import { fakeSources } from '../fixtures/pledgeOffice/fakeSources';
import { officeAreas } from '../fixtures/pledgeOffice/office';
import { enterCardRecords } from '../fixtures/pledgeOffice/seedCard';
import { TEST_DESK } from '../helpers/tempCore';

type App = Awaited<ReturnType<typeof pledgeApp>>;

let app: App | undefined;
let closeSecond: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeSecond?.();
  closeSecond = undefined;
  await app?.close();
  app = undefined;
});

/** The pledge owner's colleague at another PC (DESK-2), on the same records, signed in as `staffId`. */
async function secondDesk(records: App, staffId: number) {
  await records.signInAs(staffId);
  await records.signInAs(records.lead.id);
  const desk2 = await records.otherDesk('DESK-2', staffId);
  closeSecond = desk2.close;
  return { must: desk2.must };
}

const ctx: HandlerContext = { actor: null, desk: TEST_DESK };
const period = (cardId: number) => ({ cardId, from: '2024-01-01', to: '2025-06-30', asOf: '2025-07-10' });

describe('a card kept by several desks', () => {
  it('every record keeps who made it at which desk, and who changed it last at which', async () => {
    app = await pledgeApp();
    const { press } = await enterCardRecords(app);
    await app.must('pledge.addPhoto', { cardId: app.card.id, fileName: '현판식.png', contentBase64: tinyPng, caption: '현판식' });
    await app.must('pledge.citePress', { cardId: app.card.id, communicationId: press[0].id });
    await app.must('pledge.saveNote', { cardId: app.card.id, level: '※', text: '통역 수요 증가', afterKey: null });
    const colleague = await app.must('staff.save', { name: '이주무', departmentId: app.dept.id, position: '주무관' });
    const desk2 = await secondDesk(app, colleague.id);
    const changed = await desk2.must('pledge.saveCard', { ...cardFields(app.dept.id), id: app.card.id, plans: '2027년 재인증 신청' });
    expect(changed).toMatchObject({ plans: '2027년 재인증 신청', updatedByName: '이주무' });

    const db = app.db;
    expect(await db.selectFrom('pledge_card').select(['created_by', 'created_desk', 'updated_by', 'updated_desk']).execute()).toEqual([
      { created_by: app.lead.id, created_desk: TEST_DESK, updated_by: colleague.id, updated_desk: 'DESK-2' },
    ]);
    const made = { created_by: app.lead.id, created_desk: TEST_DESK };
    for (const table of ['pledge_certification_round', 'pledge_award', 'pledge_communication', 'pledge_note'] as const) {
      const rows = await db.selectFrom(table).select(['created_by', 'created_desk', 'updated_by', 'updated_desk']).execute();
      expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows) expect(row, table).toEqual({ ...made, updated_by: app.lead.id, updated_desk: TEST_DESK });
    }
    for (const table of ['pledge_photo', 'pledge_reference'] as const) {
      expect(await db.selectFrom(table).select(['created_by', 'created_desk']).execute(), table).toEqual(
        table === 'pledge_photo' ? [made] : [made, made],
      );
    }
    const budget = await db.selectFrom('pledge_budget').select(['updated_by', 'updated_desk']).distinct().execute();
    expect(budget).toEqual([{ updated_by: app.lead.id, updated_desk: TEST_DESK }]);
  });

  it("the printed card carries the office's name as another desk last set it", async () => {
    app = await pledgeApp();
    const desk2 = await secondDesk(app, app.lead.id);
    await desk2.must('settings.save', { officeName: '△△구청 민원회계과' });
    const printable = await app.handlers({}, fakeSources(officeAreas).sources)['pledge.printable'](period(app.card.id), ctx);
    expect(printable.officeName).toBe('△△구청 민원회계과');
  });

  it('counts every area from one moment: each is asked through the one read transaction of the section', async () => {
    app = await pledgeApp();
    const fake = fakeSources(officeAreas);
    await app.handlers({}, fake.sources)['pledge.section'](period(app.card.id), ctx);
    // Six areas, each asked once for both years of the period.
    expect(fake.readers).toHaveLength(6);
    expect(new Set(fake.readers).size).toBe(1);
    expect(fake.readers[0].isTransaction).toBe(true);
  });
});
