import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clerkCore } from '../helpers/clerkCore';
import { plansOf } from '../helpers/queryPlans';
import type { TempCore } from '../helpers/tempCore';
import { testEngine } from '../helpers/testDatabase';
import { requestRepository } from '../../electron/interpretation/requestRepository';
import { requestFilter, requestToInput } from '../../shared/contract/interpretation';

let app: TempCore;
let methodId: number;
const year = { from: '2024-01-01', to: '2024-12-31' };
beforeAll(async () => {
  app = await clerkCore();
  methodId = (await app.must('interpretation.methods.list', {}))[0].id;
});
afterAll(() => app?.close());

const save = (date: string, task: string) => app.must('interpretation.requests.save', { date, language: 'vi', methodId, task, outcome: '처리 완료' });
const tasksFound = async (task: string) => (await app.must('interpretation.requests.list', { ...year, task })).rows.map((r) => r.task).sort();

/** Every two-character piece of every task, as the pieces kept beside the requests should hold them. */
async function piecesExpected() {
  const { rows } = await sql<{ id: number; task: string }>`SELECT id, task FROM interpretation_request`.execute(app.db);
  const pieces = rows.flatMap((r) => {
    const chars = [...r.task];
    return [...new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]))].map((piece) => `${piece}|${r.id}`);
  });
  return pieces.sort();
}
const piecesKept = async () =>
  (await sql<{ piece: string; request_id: number }>`SELECT piece, request_id FROM interpretation_task_piece`.execute(app.db)).rows.map((r) => `${r.piece}|${r.request_id}`).sort();

describe('the 민원 업무 search of the 통역 list', () => {
  it('finds a word anywhere in the task, two syllables, more, or one, exactly as typed', async () => {
    await save('2024-03-04', '인감증명 발급');
    await save('2024-03-05', '전입신고');
    await save('2024-03-06', '여권 재발급(인감 지참)');
    await save('2023-12-29', '인감증명 발급'); // outside the period
    expect(await tasksFound('인감')).toEqual(['여권 재발급(인감 지참)', '인감증명 발급']);
    expect(await tasksFound('재발급')).toEqual(['여권 재발급(인감 지참)']);
    expect(await tasksFound('발급')).toEqual(['여권 재발급(인감 지참)', '인감증명 발급']);
    expect(await tasksFound('증명 발')).toEqual(['인감증명 발급']);
    expect(await tasksFound('입')).toEqual(['전입신고']);
    expect(await tasksFound('신고서')).toEqual([]);
    expect(await tasksFound('인감증명서')).toEqual([]);
  });

  it('keeps the pieces of every task in step as requests are saved, corrected and deleted', async () => {
    const wrong = await save('2024-05-02', '가족관계증명');
    await app.must('interpretation.requests.save', { ...requestToInput(wrong), task: '주민등록 등본' });
    expect(await tasksFound('가족')).toEqual([]);
    expect(await tasksFound('등본')).toEqual(['주민등록 등본']);
    const gone = await save('2024-05-03', '가가가가');
    await app.must('interpretation.requests.delete', { id: gone.id });
    expect(await tasksFound('가가')).toEqual([]);
    expect(await piecesKept()).toEqual(await piecesExpected());
  });

  it.runIf(testEngine() === 'sqlite')('starts from the requests holding the first piece, not from every request of the period (EXPLAIN QUERY PLAN)', async () => {
    const filter = requestFilter.parse({ from: '1996-01-01', to: '2025-12-31', task: '인감' });
    const plans = await plansOf(app.db, (db) => requestRepository(db).list(filter, 500));
    const listed = plans.find((p) => p.includes('interpretation_task_piece'));
    expect(listed, plans.join('\n')).toMatch(/SEARCH interpretation_task_piece USING COVERING INDEX/);
    expect(listed).toMatch(/SEARCH r USING INTEGER PRIMARY KEY/);
  });
});
