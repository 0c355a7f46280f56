import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDdl } from '../../electron/db/ddl';
import type { Engine } from '../../electron/db/engine';
import { migrations } from '../../electron/db/migrations/index';
import { migrationSeeds } from '../fixtures/migrationSeeds/index';
import { seedSql } from '../fixtures/migrationSeeds/types';
import { openSchemaDatabase, postgresDatabase, refusalOf, sqliteDatabase, type SchemaDatabase } from '../helpers/schemaDatabases';
import { sharedSchemaShape } from '../helpers/sharedSchemaShape';
import { sqliteSchemaShape } from '../helpers/sqliteSchemaShape';

// One schema, two engines: a PC's own SQLite file and an office's PostgreSQL server. The PostgreSQL
// half fails (never skips) without MINWON_TEST_PG_URL: CI always names a server.
const ENGINES: Engine[] = ['sqlite', 'postgres'];
const RELEASED = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/releasedMigrations');
const at = '2024-03-04T01:00:00Z';

describe('SQLite: the ported migrations build what the released ones built', () => {
  it('every released .sql has its port with the same number and name', () => {
    const released = fs.readdirSync(RELEASED).sort();
    expect(released).toEqual(migrations.filter((m) => m.version <= 9).map((m) => `${String(m.version).padStart(3, '0')}_${m.name}.sql`));
  });

  it('a new database has the tables, columns, indexes, keys, views and rules of an office database upgraded to today', () => {
    const office = new Database(':memory:');
    for (const file of fs.readdirSync(RELEASED).sort()) office.exec(fs.readFileSync(path.join(RELEASED, file), 'utf8'));
    for (const m of migrations.filter((m) => m.version > 9)) office.exec(m.up(sqliteDdl));
    const fresh = new Database(':memory:');
    for (const m of migrations) fresh.exec(m.up(sqliteDdl));
    expect(sqliteSchemaShape(fresh)).toEqual(sqliteSchemaShape(office));
    office.close();
    fresh.close();
  });
});

describe.each(ENGINES)('%s: building the schema', (engine) => {
  it('runs every migration in order on an empty database, and the data of each version goes in and stays', async () => {
    const db = await openSchemaDatabase(engine);
    try {
      const expected: Record<string, number> = {};
      for (const m of migrations) {
        await db.apply(m);
        await db.exec(seedSql(migrationSeeds[m.version], engine));
        Object.assign(expected, migrationSeeds[m.version].counts);
      }
      const counts: Record<string, number> = {};
      for (const table of Object.keys(expected)) counts[table] = await db.count(table);
      expect(counts).toEqual(expected);
      const photos = await db.all<{ content: Buffer | null }>('SELECT content FROM healing_photo ORDER BY id');
      expect(photos.map((p) => p.content && Buffer.from(p.content).toString('hex'))).toEqual([null, '89504e47']);
    } finally {
      await db.drop();
    }
  });

  it('a step that fails leaves nothing of itself behind', async () => {
    const db = await openSchemaDatabase(engine);
    try {
      const broken = { version: 1, name: 'broken', up: () => 'CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);' };
      await expect(db.apply(broken)).rejects.toThrow(/nowhere/);
      await expect(db.count('half')).rejects.toThrow(/half/);
    } finally {
      await db.drop();
    }
  });
});

describe('PostgreSQL: the same schema as SQLite', () => {
  it('has the same tables and columns, named indexes, foreign keys, checks, views and rules', async () => {
    const sqlite = sqliteDatabase();
    try {
      const postgres = await postgresDatabase();
      try {
        for (const db of [sqlite, postgres]) for (const m of migrations) await db.apply(m);
        expect(await sharedSchemaShape(postgres)).toEqual(await sharedSchemaShape(sqlite));
      } finally {
        await postgres.drop();
      }
    } finally {
      await sqlite.drop();
    }
  });
});

describe.each(ENGINES)('%s: the rules the database keeps', (engine) => {
  let db: SchemaDatabase;
  beforeAll(async () => {
    db = await openSchemaDatabase(engine);
    for (const m of migrations) await db.apply(m);
    await db.exec(`
      INSERT INTO department (id, name, created_at, updated_at) VALUES (1, '민원회계과', '${at}', '${at}'), (2, '세무과', '${at}', '${at}');
      INSERT INTO staff (id, name, department_id, created_at, updated_at)
        VALUES (1, '홍길동', 1, '${at}', '${at}'), (2, '김민원', 1, '${at}', '${at}'), (3, '이세무', 2, '${at}', '${at}');`);
  });
  afterAll(() => db?.drop());

  const wheelchair = (id: number, status = 'available') =>
    db.insert('wheelchair', { id, asset_number: `W-${id}`, kind: 'manual', status, created_at: at, updated_at: at });
  const loan = (wheelchairId: number, row: Record<string, unknown> = {}) =>
    db.insert('loan', {
      wheelchair_id: wheelchairId,
      borrower_no: 1,
      purpose: 'in_hall',
      started_at: '2024-03-04 10:00',
      due_date: '2024-03-04',
      lent_by: 1,
      created_at: at,
      updated_at: at,
      ...row,
    });
  const returned = (returnedAt: string) => ({ returned_at: returnedAt, return_condition: 'good', received_by: 1 });

  it('a wheelchair on loan cannot be lent again before it comes back', async () => {
    await wheelchair(1, 'on_loan');
    await loan(1);
    expect((await refusalOf(loan(1))).kind).toBe('unique');
    // Only an open loan counts: the same wheelchair's past, returned loans are recorded beside it.
    await loan(1, returned('2024-03-04 10:30'));
  });

  it('a return cannot be recorded before its loan began', async () => {
    await wheelchair(2);
    expect(await refusalOf(loan(2, returned('2024-03-04 09:59')))).toEqual({ kind: 'check', detail: 'loan_return_after_start' });
    await loan(2, returned('2024-03-04 10:30'));
  });

  it('a wheelchair in repair is not lent, though a past loan of it may still be recorded', async () => {
    await wheelchair(3, 'repair');
    expect(await refusalOf(loan(3))).toEqual({ kind: 'rule', detail: 'wheelchair not lendable: in repair or retired' });
    await loan(3, returned('2024-03-04 11:00'));
  });

  const nomination = (month: string, staffId: number) =>
    db.insert('kindness_nomination', {
      month,
      staff_id: staffId,
      source: 'survey',
      evidence: '만족도 조사 칭찬',
      received_on: `${month}-10`,
      entered_by: 1,
      created_at: at,
      updated_at: at,
    });
  const pick = (month: string, staffId: number, departmentId: number) =>
    db.insert('kindness_pick', { month, staff_id: staffId, department_id: departmentId, department_name: '부서', reason: '칭찬', created_at: at, updated_at: at });

  it('a confirmed kindness month takes no new nomination; an open month does', async () => {
    await db.insert('kindness_month', { month: '2024-02', confirmed: 1, confirmed_at: at, confirmed_by: 1, updated_at: at });
    expect(await refusalOf(nomination('2024-02', 1))).toEqual({ kind: 'rule', detail: 'kindness: month is confirmed' });
    await nomination('2024-03', 1);
  });

  it('someone picked within the last six months is not picked again; in the seventh month they may be', async () => {
    for (const month of ['2023-11', '2024-05', '2024-06']) await nomination(month, 3);
    await pick('2023-11', 3, 2);
    // Six months back from 2024-05 is 2023-11: the count crosses the year on both engines alike.
    expect(await refusalOf(pick('2024-05', 3, 2))).toEqual({ kind: 'rule', detail: 'kindness: picked within the recent months' });
    await pick('2024-06', 3, 2);
  });

  it('a healing program cannot name more participants than its head count', async () => {
    await db.insert('healing_program', { id: 1, date: '2024-05-17', place: '태종대', activity: '숲길 걷기', participants: 1, created_at: at, updated_at: at });
    await db.insert('healing_participant', { program_id: 1, staff_id: 1 });
    expect(await refusalOf(db.insert('healing_participant', { program_id: 1, staff_id: 2 }))).toEqual({
      kind: 'rule',
      detail: '참여 인원은 명단에 적은 사람 수보다 적을 수 없습니다.',
    });
  });

  const card = (id: number, termTo = '2026-06') =>
    db.insert('pledge_card', {
      id,
      area_code: '열린구정',
      area_number: `2-${id}`,
      title: '민원서비스',
      status: '추진중',
      business_type: '임기내사업',
      funding: '자체사업',
      department_id: 1,
      project_from: '2022-07-01',
      project_to: '2026-06-30',
      term_from: '2022-07',
      term_to: termTo,
      created_at: at,
      updated_at: at,
    });

  it('a date or month column takes only a real day or month inside the app’s years', async () => {
    const request = (requestedOn: string) =>
      db.insert('interpretation_request', { requested_on: requestedOn, language: 'en', method_id: 1, task: '전입신고', status: '취소', created_at: at, updated_at: at });
    // An unnamed CHECK: SQLite reports its text, PostgreSQL its generated name; both name the column.
    for (const bad of ['2024-13-45', '9999-01-01', '1899-12-31', '2024-3-4'])
      expect(await refusalOf(request(bad)), bad).toEqual({ kind: 'check', detail: expect.stringMatching(/requested_on/) });
    await request('2024-03-04');

    for (const bad of ['abcd-06', '2026-13'])
      expect(await refusalOf(card(2, bad)), bad).toEqual({ kind: 'check', detail: expect.stringMatching(/term_to/) });
    await card(1);
    const award = (date: string) => db.insert('pledge_award', { card_id: 1, title: '우수사례', date, created_at: at, updated_at: at });
    for (const bad of ['2023-02-29', '2024-02-30', '2024-13-45', '9999-01-01', 'yesterday'])
      expect(await refusalOf(award(bad)), bad).toEqual({ kind: 'check', detail: expect.stringMatching(/date/) });
    await award('2024-02-29');
  });

  it('only a press item can be cited among the card’s references', async () => {
    await card(3);
    const item = (id: number, category: string, outlet: string | null) =>
      db.insert('pledge_communication', { id, card_id: 3, date: '2024-11-28', category, title: '기사', outlet, created_at: at, updated_at: at });
    await item(1, 'survey', null);
    await item(2, 'press', '부산일보');
    const cite = (communicationId: number, position: number) =>
      db.insert('pledge_reference', { card_id: 3, position, communication_id: communicationId, created_at: at });
    expect(await refusalOf(cite(1, 0))).toEqual({ kind: 'rule', detail: 'pledge_reference: only press items can be references' });
    await cite(2, 0);
  });

  it('a photo’s bytes are neither empty nor over the 5 MB limit', async () => {
    await db.insert('healing_program', { id: 2, date: '2024-10-30', place: '구청', activity: '공예', participants: 17, created_at: at, updated_at: at });
    const photo = (content: Buffer, n: number) =>
      db.insert('healing_photo', {
        program_id: 2,
        file_name: `0f8fad5b-d9cb-469f-a165-7086772895${n}0.png`,
        mime_type: 'image/png',
        // size_bytes within its own limit, so that the refusal is the content's.
        size_bytes: Math.min(Math.max(content.length, 1), 5_242_880),
        content,
        created_at: at,
      });
    expect(await refusalOf(photo(Buffer.alloc(0), 1))).toEqual({ kind: 'check', detail: expect.stringMatching(/content/) });
    expect(await refusalOf(photo(Buffer.alloc(5_242_881), 2))).toEqual({ kind: 'check', detail: expect.stringMatching(/content/) });
    await photo(Buffer.from('89504e47', 'hex'), 3);
    const [stored] = await db.all<{ content: Buffer }>(`SELECT content FROM healing_photo WHERE program_id = 2`);
    expect(Buffer.from(stored.content).toString('hex')).toBe('89504e47');
  });
});
