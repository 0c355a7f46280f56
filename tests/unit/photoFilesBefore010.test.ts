import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { memoryLogger } from '../../electron/log';
import { migrationSeeds } from '../fixtures/migrationSeeds/index';
import { memoryStore, tempDir } from '../helpers/tempCore';

const RELEASED = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/releasedMigrations');
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('photos an earlier version kept as files', () => {
  it('move into the database when the app first opens the file, and the files stay where they were', async () => {
    const dataDir = tempDir('minwon-photos-');
    made.push(dataDir);
    const db = new Database(path.join(dataDir, 'minwon.sqlite'));
    for (const file of fs.readdirSync(RELEASED).sort()) db.exec(fs.readFileSync(path.join(RELEASED, file), 'utf8'));
    db.pragma('user_version = 9');
    for (let v = 1; v <= 9; v++) db.exec(migrationSeeds[v].sql);
    db.close();
    // The seeds name one healing photo and one card photo; only the healing one is still on disk.
    const healing = path.join(dataDir, 'photos', 'healing');
    fs.mkdirSync(healing, { recursive: true });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    fs.writeFileSync(path.join(healing, '0f8fad5b-d9cb-469f-a165-70867728950e.jpg'), jpeg);

    const { logger, entries } = memoryLogger();
    const core = await createCore({ dataDir, store: memoryStore(), log: logger });
    const stored = core.records.sqlite!.prepare('SELECT content FROM healing_photo').all() as { content: Buffer | null }[];
    const card = core.records.sqlite!.prepare('SELECT content FROM pledge_photo').all() as { content: Buffer | null }[];
    await core.close();
    expect(stored).toEqual([{ content: jpeg }]);
    expect(card).toEqual([{ content: null }]);
    expect(fs.existsSync(path.join(healing, '0f8fad5b-d9cb-469f-a165-70867728950e.jpg'))).toBe(true);
    expect(entries).toContainEqual({ level: 'info', event: 'photo_files_adopted', context: { table: 'healing_photo', adopted: 1, missing: 0 } });
    expect(entries).toContainEqual({ level: 'info', event: 'photo_files_adopted', context: { table: 'pledge_photo', adopted: 0, missing: 1 } });
  });
});
