import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type ChannelName } from '../../shared/contract';
import { addDays, addMonths, datesBetween, DAYS_IN_RANGE, FIRST_DATE, LAST_DATE, monthsBetween, yearsBetween } from '../../shared/dateRange';
import { nextWorkingDay } from '../../shared/korean/holidays';
import { answerProblem, calendarPaths, calendarValue, fuzzSeed, shown, withValueAt, type CalendarUnit, type Path } from '../helpers/channelFuzz';
import { channels, seedOffice } from '../helpers/contractCases';
import { coreInWorker, type CoreInWorker } from '../helpers/coreInWorker';
import { validInputs } from '../fixtures/validInputs/index';

describe('day, month and year arithmetic', () => {
  it('never leaves the four-digit years: the day after 9999-12-31 is refused, not "+010000-01-01"', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0000-01-01', -1)).toThrow(RangeError);
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
  });

  it('steps months across year ends, both ways, and refuses to leave the four-digit years', () => {
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-03', -14)).toBe('2024-01');
    expect(addMonths('2025-03', 0)).toBe('2025-03');
    expect(() => addMonths('9999-12', 1)).toThrow(RangeError);
    expect(() => addMonths('0000-01', -1)).toThrow(RangeError);
    expect(() => addMonths('2025-13', 1)).toThrow(RangeError);
  });

  it('lists days, months and years of a span, and refuses a span longer than the app knows', () => {
    expect(datesBetween('2024-02-27', '2024-03-01')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(datesBetween('2024-03-01', '2024-02-27')).toEqual([]);
    expect(datesBetween(FIRST_DATE, LAST_DATE)).toHaveLength(DAYS_IN_RANGE);
    expect(() => datesBetween('0000-01-01', '9999-12-31')).toThrow(RangeError);
    expect(() => datesBetween('2024-01-01', '2024-12-31', 31)).toThrow(RangeError);
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(() => monthsBetween('0000-01', '9999-12')).toThrow(RangeError);
    expect(yearsBetween(2022, 2026)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(() => yearsBetween(0, 9999)).toThrow(RangeError);
  });

  it('finds the next working day after 추석 and the weekend, and gives up rather than loop', () => {
    expect(nextWorkingDay('2025-10-03')).toBe('2025-10-10');
    expect(nextWorkingDay('2025-10-10')).toBe('2025-10-10');
    expect(() => nextWorkingDay('+010000-01-01')).toThrow(RangeError);
  });
});

/** Every channel that takes a date, a month or a year, and where. */
const calendarChannels = channels
  .map((name) => ({ name, fields: calendarPaths(contract[name].input) }))
  .filter((c) => c.fields.length > 0);

const withValues = (name: ChannelName, fields: { path: Path }[], values: unknown[]) =>
  fields.reduce<unknown>((input, { path }, i) => withValueAt(input, path, values[i]), validInputs[name]);

describe('no date, month or year freezes the app', () => {
  let core: CoreInWorker;
  const seed = fuzzSeed();
  beforeAll(async () => {
    core = await coreInWorker();
    await seedOffice((channel, input) => core.result(channel, input));
    // Each file-making channel once first: the packages a file needs load on first use (issue 15), and
    // loading a module is not the freeze this test times.
    for (const { name } of calendarChannels.filter((c) => /export|print|Pdf|Docx|Xlsx|Hwpx/i.test(c.name))) await core.result(name, validInputs[name]);
  }, 180_000);
  afterAll(() => core?.close());

  it('finds the date fields in the contract, those of nested lists included', () => {
    const names = calendarChannels.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['guides.monthSummary', 'guides.exportMonth', 'guides.previewPattern', 'healing.save', 'trainings.save', 'pledge.saveBudget', 'settings.save']));
    expect(calendarChannels.find((c) => c.name === 'trainings.save')!.fields).toEqual([{ path: ['sessions', '*', 'date'], unit: 'date' }]);
    expect(calendarChannels.find((c) => c.name === 'guides.previewPattern')!.fields.map((f) => f.path.join('.'))).toEqual(['from', 'until']);
  });

  it('answers the months and end dates that used to freeze it, in Korean', async () => {
    const cases: [ChannelName, unknown][] = [
      ['guides.monthSummary', { month: '9999-12' }],
      ['guides.exportMonth', { month: '9999-12' }],
      ['guides.previewPattern', { ...validInputs['guides.previewPattern'], from: '9999-12-01', until: '9999-12-31' }],
      ['healing.save', { ...validInputs['healing.save'], date: '9999-01-01' }],
      ['trainings.save', { ...validInputs['trainings.save'], sessions: [{ date: '9999-01-01' }] }],
    ];
    for (const [name, input] of cases) {
      const answer = await core.call(name, input);
      expect(answerProblem(answer), name).toBeNull();
      expect('result' in answer ? answer.result : answer, name).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/1900.*2100/) } });
    }
  });

  it('stores the first and the last day of the range wherever a date is saved, and refuses the days just outside', async () => {
    for (const { name, fields } of calendarChannels) {
      for (const [edge, inside] of [[FIRST_DATE, true], [LAST_DATE, true], ['1899-12-31', false], ['2101-01-01', false]] as const) {
        const value = (unit: CalendarUnit) => (unit === 'date' ? edge : unit === 'month' ? edge.slice(0, 7) : Number(edge.slice(0, 4)));
        const answer = await core.call(name, withValues(name, fields, fields.map((f) => value(f.unit))));
        expect(answerProblem(answer), `${name} ${edge}`).toBeNull();
        if (!inside) expect('result' in answer && answer.result!.ok, `${name} accepted ${edge}`).toBe(false);
      }
    }
  }, 120_000);

  it(`answers random and absurd dates at every such channel within 1 s (FUZZ_SEED=${seed})`, async () => {
    console.log(`date fuzz: FUZZ_SEED=${seed}, ${calendarChannels.length} channels`);
    const started = Date.now();
    let cases = 0;
    let accepted = 0;
    for (const [i, { name, fields }] of calendarChannels.entries()) {
      const values = fc.tuple(...fields.map((f) => calendarValue[f.unit]));
      await fc.assert(
        fc.asyncProperty(values, async (vs) => {
          cases++;
          const answer = await core.call(name, withValues(name, fields, vs));
          if ('result' in answer && answer.result?.ok) accepted++;
          const problem = answerProblem(answer);
          if (problem) throw new Error(`${name} ${shown(vs)}: ${problem}`);
        }),
        { seed: seed + i, numRuns: 40, endOnFailure: true },
      );
    }
    console.log(`date fuzz: ${cases} cases (${accepted} accepted) in ${Date.now() - started} ms`);
  }, 300_000);
});
