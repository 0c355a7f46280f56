import { deskNow } from '../../shared/korean/deskClock';
import { tempCore } from '../helpers/tempCore';
import { generateLoans } from './data/loanData';
import { generateRequests } from './data/requestData';
import { timed } from './timing';
import { settled } from './settled';

const REPEATS = 21;

/**
 * The desk's own operations on ten years of records, as a person at the front desk makes them through
 * the channels: a lend, its return, an interpretation request, and the boards the desk looks at between
 * them. On PostgreSQL (`npm run bench -- desk --postgres`) each goes over loopback, which is what an
 * office server's desk pays; issue #10's bar is a median of 10 ms or less there.
 */
export async function run() {
  const app = await tempCore();
  const { staffId, wheelchairIds } = await generateLoans(app.db, '2016-01-01', '2025-12-31');
  await generateRequests(app.db, '2016-01-01', 10, 55_000, [staffId]);
  await settled(app.db);
  await app.signInAs(staffId);

  const today = deskNow().date;
  const lent: number[] = [];
  let next = 0;
  await timed(
    'desk: lend a wheelchair (loans.lend)',
    async () => {
      const loan = await app.must('loans.lend', {
        wheelchairId: wheelchairIds[next++],
        borrowerName: '김민원',
        borrowerPhone: '010-1234-5678',
        relation: 'self',
        consent: true,
        idChecked: true,
        purpose: 'outside',
        startDate: today,
        // Just after midnight, so the lend and its return are never in the future, whenever the bench runs.
        startTime: '00:00',
        lentBy: staffId,
        note: '',
      });
      lent.push(loan.id);
    },
    REPEATS,
  );
  await timed('desk: the loans board (loans.board)', () => app.must('loans.board', {}), REPEATS);
  let back = 0;
  await timed(
    'desk: take a wheelchair back (loans.return)',
    () => app.must('loans.return', { loanId: lent[back++], returnDate: today, returnTime: '00:01', condition: 'good', toRepair: false, receivedBy: staffId, note: '' }),
    REPEATS,
  );
  await timed(
    'desk: log an interpretation request',
    () =>
      app.must('interpretation.requests.save', {
        date: today,
        time: '00:05',
        language: 'vi',
        languageNote: '',
        nationality: '베트남',
        methodId: 1,
        task: '전입신고',
        minutes: 15,
        people: 1,
        status: '완료',
        outcome: '처리 완료',
        staffId,
        interpreterId: null,
        note: '',
      }),
    REPEATS,
  );
  await timed("desk: today's interpretation (interpretation.day)", () => app.must('interpretation.day', { date: today }), REPEATS);
  await app.close();
}
