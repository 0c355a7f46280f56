import { describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/db/engine';
import { pledgeApp, tinyPng } from '../fixtures/pledgeOffice/app';
import { enterAreaRecords } from '../fixtures/pledgeOffice/areaRecords';
import { enterCardRecords } from '../fixtures/pledgeOffice/seedCard';
import { testEngine } from '../helpers/testDatabase';

/** The fixture office made on one engine: the same records entered through the same channels. */
async function officeOn(engine: Engine) {
  const suiteEngine = process.env.MINWON_TEST_ENGINE;
  process.env.MINWON_TEST_ENGINE = engine;
  try {
    const app = await pledgeApp();
    expect(app.engine).toBe(engine);
    const { press } = await enterCardRecords(app);
    await app.must('pledge.addPhoto', { cardId: app.card.id, fileName: '현판식.png', contentBase64: tinyPng, caption: '국민행복민원실 현판식' });
    await app.must('pledge.citePress', { cardId: app.card.id, communicationId: press[1].id });
    await enterAreaRecords(app);
    return app;
  } finally {
    process.env.MINWON_TEST_ENGINE = suiteEngine;
  }
}

// It compares the two engines itself, so it runs once, in the SQLite half of the suite.
describe.runIf(testEngine() === 'sqlite')('one office on a PC of its own and on the office server', () => {
  it('gets the same 추진실적, figure for figure, and the same card records', async () => {
    const pc = await officeOn('sqlite');
    const server = await officeOn('postgres');
    try {
      for (const asOf of ['2025-07-10', '2025-03-15']) {
        const period = { from: '2024-01-01', to: '2025-06-30', asOf };
        const onPc = await pc.must('pledge.section', { cardId: pc.card.id, ...period });
        const onServer = await server.must('pledge.section', { cardId: server.card.id, ...period });
        expect(onServer).toEqual(onPc);
        expect(onPc.lines.length).toBeGreaterThan(10);
      }
      for (const channel of ['pledge.certifications', 'pledge.awards', 'pledge.communications', 'pledge.budget', 'pledge.references'] as const) {
        expect(await server.must(channel, { cardId: server.card.id }), channel).toEqual(await pc.must(channel, { cardId: pc.card.id }));
      }
      expect(await server.must('pledge.nextCertification', {})).toEqual(await pc.must('pledge.nextCertification', {}));
    } finally {
      await pc.close();
      await server.close();
    }
    // Two offices entered through every area's channels.
  }, 60_000);
});
