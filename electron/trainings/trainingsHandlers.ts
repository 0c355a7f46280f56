import { trainingLineText, type AttendanceStatus, type TrainingDetail, type TrainingKind } from '../../shared/contract/trainings';
import { UserFacingError } from '../../shared/result';
import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { trainingAttendance } from './trainingAttendance';
import { trainingCoverage } from './trainingCoverage';
import { trainingFigures } from './trainingFigures';
import { trainingRepository } from './trainingRepository';
import { yearRange } from './yearRange';
import { writeTransaction } from '../db/transactions';

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

export function trainingsHandlers({ db, staff }: CoreDeps): Handlers<TrainingChannel> {
  const trainings = trainingRepository(db);
  const attendance = trainingAttendance(db, staff);
  const coverage = trainingCoverage(db);

  const detail = (id: number): TrainingDetail => {
    const summary = trainings.summary(id);
    const extra = trainings.extra(id);
    return {
      ...summary,
      ...attendance.sessionDetails(id, trainings.sessions(id)),
      note: extra.note,
      createdByName: extra.created_by_name,
      updatedByName: extra.updated_by_name,
    };
  };

  // A training and its sessions, or a session's whole attendance list, change together or not at all.
  const save = writeTransaction(db, (input: Parameters<typeof trainings.save>[0], actorId: number | null) => trainings.save(input, actorId));
  const recordAttendance = writeTransaction(db, (sessionId: number, entries: { staffId: number; status: AttendanceStatus }[], actorId: number | null) => {
    const { trainingId, mode } = trainings.sessionWithMode(sessionId);
    if (mode !== 'person') throw new UserFacingError('conflict', '이 교육은 부서별 인원수로 기록합니다.', 'sessionId');
    attendance.replaceAttendance(sessionId, entries);
    trainings.touch(trainingId, actorId);
    return trainingId;
  });
  const recordHeadCounts = writeTransaction(db, (sessionId: number, counts: { departmentId: number; headCount: number }[], actorId: number | null) => {
    const { trainingId, mode } = trainings.sessionWithMode(sessionId);
    if (mode !== 'headCount') throw new UserFacingError('conflict', '이 교육은 개인별 출석으로 기록합니다.', 'sessionId');
    attendance.replaceHeadCounts(sessionId, counts);
    trainings.touch(trainingId, actorId);
    return trainingId;
  });

  return {
    'trainings.list': ({ year }) => trainings.listByYear(year),
    'trainings.get': ({ id }) => detail(id),
    'trainings.save': (input, { actor }) => detail(save(input, actor?.id ?? null)),
    'trainings.delete': ({ id }) => {
      trainings.remove(id);
      return { id };
    },
    'trainings.recordAttendance': ({ sessionId, entries }, { actor }) => detail(recordAttendance(sessionId, entries, actor?.id ?? null)),
    'trainings.recordHeadCounts': ({ sessionId, counts }, { actor }) => detail(recordHeadCounts(sessionId, counts, actor?.id ?? null)),
    'trainings.yearLine': ({ year, kind, asOf }) => {
      const { range, label } = yearRange(year, asOf);
      const figures = trainingFigures(db, range).find((f) => f.kind === kind) ?? emptyFigures(kind);
      return { text: trainingLineText(label, figures), figures };
    },
    'trainings.coverage': ({ year, kind }) => coverage.coverage(year, kind),
    'trainings.setFrontline': ({ departmentIds }) => coverage.setFrontline(departmentIds),
    'trainings.sessionsBetween': ({ from, to }) => trainings.sessionsBetween(from, to),
  };
}

const emptyFigures = (kind: TrainingKind) => ({ kind, trainings: 0, departments: 0, people: 0, firstDate: null, lastDate: null });
