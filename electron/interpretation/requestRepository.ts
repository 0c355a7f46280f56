import type { CountLine, InterpretationRequest, ParsedRequestFilter as ParsedFilter } from '../../shared/contract/interpretation';
import { kindOf, languageLabel, languageOrder, type LanguageCode, type Outcome, type RequestStatus } from '../../shared/interpretationLanguages';
import { sql } from 'kysely';
import { createdStamp, updatedStamp, type Author } from '../db/audit';
import { queryPages } from '../db/snapshotRead';
import type { Db } from '../db/schema';
import { served, type RequestScope } from './countingRule';
import { taskContains } from './taskSearch';

interface RequestRow {
  id: number;
  requested_on: string;
  requested_time: string | null;
  language: LanguageCode;
  language_note: string;
  nationality: string;
  method_id: number;
  method_name: string;
  task: string;
  minutes: number | null;
  people: number;
  status: RequestStatus;
  outcome: Outcome | null;
  booked: number;
  staff_id: number | null;
  staff_name: string | null;
  interpreter_id: number | null;
  interpreter_name: string | null;
  note: string;
  updated_by_name: string | null;
  updated_at: string;
}

const toRequest = (r: RequestRow): InterpretationRequest => ({
  id: r.id,
  date: r.requested_on,
  time: r.requested_time,
  language: r.language,
  languageLabel: languageLabel(r.language),
  languageNote: r.language_note,
  kind: kindOf(r.language),
  nationality: r.nationality,
  methodId: r.method_id,
  methodLabel: r.method_name,
  task: r.task,
  minutes: r.minutes,
  people: r.people,
  status: r.status,
  outcome: r.outcome,
  booked: r.booked === 1,
  staffId: r.staff_id,
  staffName: r.staff_name,
  interpreterId: r.interpreter_id,
  interpreterName: r.interpreter_name,
  note: r.note,
  updatedByName: r.updated_by_name,
  updatedAt: r.updated_at,
});

export interface RequestFields {
  date: string;
  time: string | null;
  language: LanguageCode;
  languageNote: string;
  nationality: string;
  methodId: number;
  task: string;
  minutes: number | null;
  people: number;
  status: RequestStatus;
  outcome: Outcome | null;
  booked: boolean;
  staffId: number | null;
  interpreterId: number | null;
  note: string;
}

const columnsOf = (f: RequestFields) => ({
  requested_on: f.date,
  requested_time: f.time,
  language: f.language,
  language_note: f.languageNote,
  nationality: f.nationality,
  method_id: f.methodId,
  task: f.task,
  minutes: f.minutes,
  people: f.people,
  status: f.status,
  outcome: f.outcome,
  booked: f.booked ? 1 : 0,
  staff_id: f.staffId,
  interpreter_id: f.interpreterId,
  note: f.note,
});

/**
 * The list's filters as one condition: each filter left empty (null or '') lets every row through and
 * is left out of the query, so the planner can walk the index of the most selective one set (staff,
 * language or way, each with the date), and with none set, the date index alone.
 */
const matching = (db: Db, f: ParsedFilter) => (eb: RequestScope) => {
  // 예약 and 취소 are statuses; the other results are the outcomes of a request that took place.
  const status = f.result === '예약' || f.result === '취소' ? f.result : null;
  const outcome = f.result === '예약' || f.result === '취소' ? null : f.result;
  return eb.and([
    eb('r.requested_on', '>=', f.from),
    eb('r.requested_on', '<=', f.to),
    ...(f.staffId !== null ? [eb('r.staff_id', '=', f.staffId)] : []),
    ...(f.language !== null ? [eb('r.language', '=', f.language)] : []),
    ...(f.methodId !== null ? [eb('r.method_id', '=', f.methodId)] : []),
    ...(status !== null ? [eb('r.status', '=', status)] : []),
    ...(outcome !== null ? [eb('r.outcome', '=', outcome)] : []),
    ...(f.task !== '' ? [taskContains(db, f.task)] : []),
  ]);
};

/** Owns the interpretation_request table; every query on it lives here. */
export function requestRepository(db: Db) {
  const fromRequests = () => db.selectFrom('interpretation_request as r');
  /** The list's order, on the screen and in the file: newest first; a request without a time sorts as the earliest of its day on both engines. */
  const newestFirst = (q: ReturnType<typeof fromRequests>) =>
    q
      .orderBy('r.requested_on', 'desc')
      .orderBy('r.requested_time', (ob) => ob.desc().nullsLast())
      .orderBy('r.id', 'desc');
  const withColumns = (q: ReturnType<typeof fromRequests>) =>
    q
      .innerJoin('interpretation_method as m', 'm.id', 'r.method_id')
      .leftJoin('staff as s', 's.id', 'r.staff_id')
      .leftJoin('staff as i', 'i.id', 'r.interpreter_id')
      .leftJoin('staff as u', 'u.id', 'r.updated_by')
      .select([
        'r.id', 'r.requested_on', 'r.requested_time', 'r.language', 'r.language_note', 'r.nationality', 'r.method_id',
        'm.name as method_name', 'r.task', 'r.minutes', 'r.people', 'r.status', 'r.outcome', 'r.booked',
        'r.staff_id', 's.name as staff_name', 'r.interpreter_id', 'i.name as interpreter_name', 'r.note',
        'u.name as updated_by_name', 'r.updated_at',
      ]);
  const requests = () => withColumns(fromRequests());

  /** 건 and 명 of the requests matching the filter, grouped as the caller says. */
  const counted = (f: ParsedFilter) =>
    db
      .selectFrom('interpretation_request as r')
      .select((eb) => [eb.fn.countAll<number>().as('cases'), eb.fn.sum<number>('r.people').as('people')])
      .where(matching(db, f));

  const servedIn = (f: ParsedFilter) => counted(f).where(served);

  /** Requests without a time come after the timed ones of their day. */
  const untimedLast = sql<boolean>`r.requested_time IS NULL`;

  return {
    byId: async (id: number): Promise<InterpretationRequest | null> => {
      const row = await requests().where('r.id', '=', id).executeTakeFirst();
      return row ? toRequest(row) : null;
    },

    insert: async (fields: RequestFields, author: Author): Promise<number> =>
      (await db.insertInto('interpretation_request').values({ ...columnsOf(fields), ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id,

    update: async (id: number, fields: RequestFields, author: Author): Promise<boolean> =>
      Number((await db.updateTable('interpretation_request').set({ ...columnsOf(fields), ...updatedStamp(author) }).where('id', '=', id).executeTakeFirst()).numUpdatedRows) > 0,

    cancel: async (id: number, author: Author) =>
      Number((await db.updateTable('interpretation_request').set({ status: '취소', outcome: null, ...updatedStamp(author) }).where('id', '=', id).executeTakeFirst()).numUpdatedRows) > 0,

    remove: async (id: number) => Number((await db.deleteFrom('interpretation_request').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0,

    /** Newest first, at most `limit`. */
    list: async (filter: ParsedFilter, limit: number) =>
      (await withColumns(newestFirst(fromRequests().where(matching(db, filter)))).limit(limit).execute()).map(toRequest),

    /** Every request of the filter in the list's order, a page at a time from one query, for the file. Inside snapshotRead only (queryPages). */
    allPages: (filter: ParsedFilter): AsyncIterable<InterpretationRequest[]> => queryPages(db, withColumns(newestFirst(fromRequests().where(matching(db, filter)))), toRequest),

    stateCounts: async (filter: ParsedFilter) =>
      (await counted(filter).select(['r.status', 'r.outcome']).groupBy(['r.status', 'r.outcome']).execute()).map((r) => ({
        status: r.status,
        outcome: r.outcome,
        cases: Number(r.cases),
        people: Number(r.people),
      })),

    servedByLanguage: async (filter: ParsedFilter): Promise<CountLine[]> =>
      (await servedIn(filter).select('r.language as key').groupBy('r.language').execute())
        .map((r) => ({ key: r.key, label: languageLabel(r.key), cases: Number(r.cases), people: Number(r.people) }))
        .sort((a, b) => b.cases - a.cases || languageOrder(a.key) - languageOrder(b.key)),

    servedByMethod: async (filter: ParsedFilter): Promise<CountLine[]> =>
      (
        await servedIn(filter)
          .innerJoin('interpretation_method as m', 'm.id', 'r.method_id')
          // Grouped by the way's own key, so its name and order come with it on PostgreSQL too.
          .select(['m.id as key', 'm.name as label'])
          .groupBy(['m.id', 'm.name', 'm.sort_order'])
          .orderBy('cases', 'desc')
          .orderBy('m.sort_order')
          .orderBy('m.id')
          .execute()
      ).map((r) => ({ key: String(r.key), label: r.label, cases: Number(r.cases), people: Number(r.people) })),

    day: async (date: string) =>
      (await requests().where('r.requested_on', '=', date).orderBy(untimedLast).orderBy('r.requested_time').orderBy('r.id').execute()).map(toRequest),

    bookings: async (from: string, to: string) =>
      (
        await requests()
          .where('r.booked', '=', 1)
          .where('r.requested_on', '>=', from)
          .where('r.requested_on', '<=', to)
          .orderBy('r.requested_on')
          .orderBy(untimedLast)
          .orderBy('r.requested_time')
          .orderBy('r.id')
          .execute()
      ).map(toRequest),

    /**
     * Requests dated in the window up to today: a booking still ahead says nothing about today's visitors.
     * On a tie, the language used last wins, then the one first in the list.
     */
    usualLanguage: async (since: string, today: string): Promise<LanguageCode | null> =>
      (
        await db
          .selectFrom('interpretation_request')
          .select('language')
          .where('requested_on', '>=', since)
          .where('requested_on', '<=', today)
          .where('status', '<>', '취소')
          .groupBy('language')
          .orderBy((eb) => eb.fn.countAll(), 'desc')
          .orderBy((eb) => eb.fn.max('requested_on'), 'desc')
          .orderBy('language')
          .limit(1)
          .executeTakeFirst()
      )?.language ?? null,

    usualMethod: async (since: string, today: string): Promise<number | null> =>
      (
        await db
          .selectFrom('interpretation_request as r')
          .innerJoin('interpretation_method as m', 'm.id', 'r.method_id')
          .select('r.method_id')
          .where('r.requested_on', '>=', since)
          .where('r.requested_on', '<=', today)
          .where('r.status', '<>', '취소')
          .where('m.active', '=', 1)
          .groupBy('r.method_id')
          .orderBy((eb) => eb.fn.countAll(), 'desc')
          .orderBy((eb) => eb.fn.max('r.requested_on'), 'desc')
          .orderBy('r.method_id')
          .limit(1)
          .executeTakeFirst()
      )?.method_id ?? null,
  };
}

export type RequestRepository = ReturnType<typeof requestRepository>;
