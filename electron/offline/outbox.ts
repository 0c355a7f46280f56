import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export interface OutboxEntry {
  id: number;
  channel: string;
  input: unknown;
  staffId: number | null;
  queuedAt: string;
  state: 'waiting' | 'conflict';
  /** Why the server refused it when it was sent (Korean), for the person deciding. */
  message: string | null;
}

/**
 * The desk entries that cannot wait for the office server (a loan, a return, an interpretation
 * request), kept on this PC while the server does not answer, in the order they were made. A file of
 * its own beside the data folder's other files: durable (WAL, synchronous FULL) like the records.
 */
export function openOutbox(dataDir: string) {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'outbox.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE IF NOT EXISTS outbox (
    id        INTEGER PRIMARY KEY,
    channel   TEXT NOT NULL,
    input     TEXT NOT NULL,
    staff_id  INTEGER,
    queued_at TEXT NOT NULL,
    state     TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'conflict')),
    message   TEXT
  )`);
  const toEntry = (r: { id: number; channel: string; input: string; staff_id: number | null; queued_at: string; state: 'waiting' | 'conflict'; message: string | null }): OutboxEntry => ({
    id: r.id,
    channel: r.channel,
    input: JSON.parse(r.input),
    staffId: r.staff_id,
    queuedAt: r.queued_at,
    state: r.state,
    message: r.message,
  });
  const stmt = {
    add: db.prepare(`INSERT INTO outbox (channel, input, staff_id, queued_at) VALUES (?, ?, ?, ?)`),
    all: db.prepare(`SELECT * FROM outbox ORDER BY id`),
    waiting: db.prepare(`SELECT * FROM outbox WHERE state = 'waiting' ORDER BY id`),
    byId: db.prepare(`SELECT * FROM outbox WHERE id = ?`),
    remove: db.prepare(`DELETE FROM outbox WHERE id = ?`),
    conflict: db.prepare(`UPDATE outbox SET state = 'conflict', message = ? WHERE id = ?`),
    retry: db.prepare(`UPDATE outbox SET state = 'waiting', message = NULL WHERE id = ?`),
    counts: db.prepare(`SELECT coalesce(sum(state = 'waiting'), 0) AS waiting, coalesce(sum(state = 'conflict'), 0) AS conflicts FROM outbox`),
  };
  return {
    add: (channel: string, input: unknown, staffId: number | null, queuedAt: string) =>
      Number(stmt.add.run(channel, JSON.stringify(input), staffId, queuedAt).lastInsertRowid),
    all: () => (stmt.all.all() as never[]).map(toEntry),
    waiting: () => (stmt.waiting.all() as never[]).map(toEntry),
    get: (id: number) => {
      const row = stmt.byId.get(id);
      return row ? toEntry(row as never) : null;
    },
    sent: (id: number) => void stmt.remove.run(id),
    refused: (id: number, message: string) => void stmt.conflict.run(message, id),
    retry: (id: number) => void stmt.retry.run(id),
    discard: (id: number) => void stmt.remove.run(id),
    counts: () => stmt.counts.get() as { waiting: number; conflicts: number },
    close: () => db.close(),
  };
}

export type Outbox = ReturnType<typeof openOutbox>;
