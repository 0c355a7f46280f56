import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDaily } from '../../electron/db/backup';
import { tempCore } from '../helpers/tempCore';

let app: ReturnType<typeof tempCore>;
afterEach(() => app?.close());

describe('daily backups', () => {
  it('copy the records once a day into a file that opens on its own, photos included', async () => {
    app = tempCore();
    const dept = await app.must('departments.save', { name: '민원회계과' });
    await app.must('staff.save', { name: '홍길동', departmentId: dept.id });
    fs.mkdirSync(path.join(app.dataDir, 'photos', 'healing'), { recursive: true });
    fs.writeFileSync(path.join(app.dataDir, 'photos', 'healing', 'a.jpg'), 'jpeg');

    const file = await backupDaily(app.db, app.dataDir, '2026-11-25');
    expect(file).toBe(path.join(app.dataDir, 'backups', 'minwon-2026-11-25.sqlite'));
    expect(await backupDaily(app.db, app.dataDir, '2026-11-25')).toBeNull();

    const restored = new Database(file!, { readonly: true });
    expect(restored.prepare('SELECT name FROM staff').all()).toEqual([{ name: '홍길동' }]);
    restored.close();
    expect(fs.readFileSync(path.join(app.dataDir, 'backups', 'photos', 'healing', 'a.jpg'), 'utf8')).toBe('jpeg');
  });

  it('keep the newest fourteen', async () => {
    app = tempCore();
    for (let day = 1; day <= 16; day++) await backupDaily(app.db, app.dataDir, `2026-11-${String(day).padStart(2, '0')}`);
    const kept = fs.readdirSync(path.join(app.dataDir, 'backups')).filter((f) => f.endsWith('.sqlite')).sort();
    expect(kept).toHaveLength(14);
    expect(kept[0]).toBe('minwon-2026-11-03.sqlite');
  });
});
