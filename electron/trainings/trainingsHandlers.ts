import { trainingLineText, type AttendanceStatus, type TrainingDetail, type TrainingKind } from '../../shared/contract/trainings';
import { UserFacingError } from '../../shared/result';
import type { CoreDeps } from '../coreDeps';
import { authorOf, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import type { Handlers } from '../ipc/handlerTypes';
import { trainingAttendance } from './trainingAttendance';
import { trainingCoverage } from './trainingCoverage';
import { areaSources } from '../pledge/areaSources';
import { asTrainingRefusal } from './trainingRefusals';
import { trainingRepository } from './trainingRepository';
import { yearRange } from './yearRange';

type TrainingChannel =
  | 'trainings.list'
  | 'trainings.get'
  | 'trainings.save'
  | 'trainings.delete'
  | 'trainings.recordAttendance'
  | 'trainings.recordHeadCounts'
  | 'trainings.yearLine'
  | 'trainings.coverage'
  | 'trainings.setFrontline'
  | 'trainings.sessionsBetween';

/** A training as its screen shows it: the summary, every session with its attendance, the totals per department. */
async function detail(db: Db, id: number): Promise<TrainingDetail> {
  const trainings = trainingRepository(db);
  const summary = await trainings.summary(id);
  const [extra, sessions] = await Promise.all([trainings.extra(id), trainings.sessions(id)]);
  return {
    ...summary,
    ...(await trainingAttendance(db).sessionDetails(id, sessions)),
    note: extra.note,
    createdByName: extra.created_by_name,
    updatedByName: extra.updated_by_name,
  };
}

export function trainingsHandlers({ db }: CoreDeps): Handlers<TrainingChannel> {
  const trainings = trainingRepository(db);
  const coverage = trainingCoverage(db);

  /**
   * A training and its sessions, or a session's whole attendance list, change together or not at all;
   * the detail shown back is read in the same transaction, so it is what was saved.
   */
  const change = (fn: (trx: Db) => Promise<number>) =>
    writeTransaction(db, async (trx) => detail(trx, await fn(trx))).catch((error: unknown) => {
      throw asTrainingRefusal(error);
    });

  const recordAttendance = (sessionId: number, entries: { staffId: number; status: AttendanceStatus }[], author: Author) =>
    change(async (trx) => {
      const { trainingId, mode } = await trainingRepository(trx).sessionWithMode(sessionId);
      if (mode !== 'person') throw new UserFacingError('conflict', '이 교육은 부서별 인원수로 기록합니다.', 'sessionId');
      await trainingAttendance(trx).replaceAttendance(sessionId, entries);
      await trainingRepository(trx).touch(trainingId, author);
      return trainingId;
    });
  const recordHeadCounts = (sessionId: number, counts: { departmentId: number; headCount: number }[], author: Author) =>
    change(async (trx) => {
      const { trainingId, mode } = await trainingRepository(trx).sessionWithMode(sessionId);
      if (mode !== 'headCount') throw new UserFacingError('conflict', '이 교육은 개인별 출석으로 기록합니다.', 'sessionId');
      await trainingAttendance(trx).replaceHeadCounts(sessionId, counts);
      await trainingRepository(trx).touch(trainingId, author);
      return trainingId;
    });

  return {
    'trainings.list': ({ year }) => trainings.listByYear(year),
    'trainings.get': ({ id }) => detail(db, id),
    'trainings.save': (input, ctx) => change((trx) => trainingRepository(trx).save(input, authorOf(ctx))),
    'trainings.delete': async ({ id }) => {
      await writeTransaction(db, (trx) => trainingRepository(trx).remove(id));
      return { id };
    },
    'trainings.recordAttendance': ({ sessionId, entries }, ctx) => recordAttendance(sessionId, entries, authorOf(ctx)),
    'trainings.recordHeadCounts': ({ sessionId, counts }, ctx) => recordHeadCounts(sessionId, counts, authorOf(ctx)),
    'trainings.yearLine': async ({ year, kind, asOf }) => {
      const { range, label } = yearRange(year, asOf);
      // The figures the card counts, earlier totals (이전 집계) included, so the screen writes the card's line.
      const figures = ((await areaSources.trainingFiguresByYear(db, range)).get(year) ?? []).find((f) => f.kind === kind) ?? emptyFigures(kind);
      return { text: trainingLineText(label, figures), figures };
    },
    'trainings.coverage': ({ year, kind }) => coverage.coverage(year, kind),
    'trainings.setFrontline': ({ departmentIds }) => writeTransaction(db, (trx) => trainingCoverage(trx).setFrontline(departmentIds)),
    'trainings.sessionsBetween': ({ from, to }) => trainings.sessionsBetween(from, to),
  };
}

const emptyFigures = (kind: TrainingKind) => ({ kind, trainings: 0, departments: 0, people: 0, firstDate: null, lastDate: null });
