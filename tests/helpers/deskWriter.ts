/**
 * A second desk PC writing to the same data folder, as fast as it can: a department, an interpretation
 * request, a lend and the return of that loan, over and over. Run as its own process by the concurrency
 * and kill -9 tests, bundled by bundledDeskWriter() (tests/helpers/childProcess.ts): `<dataDir> <tag> <writes|forever>`.
 *
 * Each committed write is reported on stdout as one JSON line, written synchronously (stdout is a pipe),
 * so a line the parent has read is a row the database must still hold after any crash.
 * Each refused write is reported as `{"error": ...}` with the logged cause of an unexpected one.
 */
import { createCore } from '../../electron/core';
import { memoryLogger } from '../../electron/log';
import { writerWheelchair, type DeskWrite } from './deskWrites';
import { memoryStore, signInAdminOn, TEST_PIN_COST } from './tempCore';

const [dataDir, tag, writesArg] = process.argv.slice(2);
const total = writesArg === 'forever' ? Infinity : Number(writesArg);
const { logger, entries } = memoryLogger();
const core = await createCore({ dataDir, store: memoryStore(), log: logger, pinHashCost: TEST_PIN_COST });
const report = (line: DeskWrite) => process.stdout.write(JSON.stringify(line) + '\n');

await signInAdminOn(core.call);
const wheelchairs = await core.call('loans.wheelchairs', {});
if (!wheelchairs.ok) throw new Error(wheelchairs.error.message);
const wheelchairId = (wheelchairs.value as { id: number; assetNumber: string }[]).find((w) => w.assetNumber === writerWheelchair(tag))!.id;

let openLoan: number | null = null;
for (let i = 0; i < total; i++) {
  const step = i % 4;
  // After a refused lend or return the desk tries again, so one refusal does not cascade into more.
  const kind: 'department' | 'interpretation' | 'lend' | 'return' = step === 0 ? 'department' : step === 1 ? 'interpretation' : openLoan === null ? 'lend' : 'return';
  const result =
    kind === 'department'
      ? await core.call('departments.save', { name: `${tag}-부서-${i}` })
      : kind === 'interpretation'
        ? await core.call('interpretation.requests.save', {
            date: '2025-03-04',
            language: 'vi',
            methodId: 1,
            task: '전입신고',
            status: '완료',
            outcome: '처리 완료',
            note: `${tag}-${i}`,
          })
        : kind === 'lend'
          ? await core.call('loans.lend', { wheelchairId, purpose: 'in_hall', note: `${tag}-${i}` })
          : await core.call('loans.return', { loanId: openLoan! });
  if (result.ok) {
    const id: number = kind === 'return' ? openLoan! : (result.value as { id: number }).id;
    openLoan = kind === 'lend' ? id : kind === 'return' ? null : openLoan;
    report({ kind, id });
  } else {
    report({ error: { ...result.error, cause: result.error.code === 'unexpected' ? entries.at(-1)?.context.error : undefined } });
  }
}
core.close();
