import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ts from 'typescript';
import { describe, expect, it, onTestFinished } from 'vitest';
import { bundledDeskWriter, startDeskWriter, writerWheelchair, type DeskWrite } from '../helpers/childProcess';
import { tempCore } from '../helpers/tempCore';

const WRITES = 500;

/** The data folder two desks share: a department, a staff member, a wheelchair per desk. */
async function sharedOffice(tags: string[]) {
  const app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  await app.must('staff.save', { name: '홍길동', departmentId: dept.id });
  for (const tag of tags) await app.must('loans.saveWheelchair', { assetNumber: writerWheelchair(tag), kind: 'manual' });
  await app.closeKeepingFolder();
  return app.dataDir;
}

const committed = (lines: DeskWrite[], kind: string) => lines.filter((l) => 'kind' in l && l.kind === kind).length;

/** Every .ts file under electron/, with its text. */
const electronSources = (dir = 'electron'): { file: string; text: string }[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return electronSources(file);
    return e.name.endsWith('.ts') ? [{ file, text: fs.readFileSync(file, 'utf8') }] : [];
  });

/**
 * better-sqlite3's `db.transaction(fn)` calls whose transaction is not started IMMEDIATE (or, for a
 * read, DEFERRED) right there: called as it is, it begins DEFERRED, and a write in it can fail with
 * SQLITE_BUSY_SNAPSHOT. (Kysely's `db.transaction()` takes no function and is not this call.)
 */
function unlockedTransactions(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'transaction' && node.arguments.length > 0) {
      const parent = node.parent;
      const started = ts.isPropertyAccessExpression(parent) && ['immediate', 'deferred', 'exclusive'].includes(parent.name.text);
      if (!started) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('two desks writing to one database at once', () => {
  it('every write transaction is started IMMEDIATE where it is made, so it takes its lock at BEGIN', () => {
    expect(electronSources().flatMap(({ file, text }) => unlockedTransactions(file, text))).toEqual([]);
  });

  it('both get every write saved: no "database is locked", nothing lost', { timeout: 120_000 }, async () => {
    const dataDir = await sharedOffice(['A', 'B']);
    const writer = await bundledDeskWriter();
    onTestFinished(() => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      writer.remove();
    });
    const started = Date.now();
    const desks = ['A', 'B'].map((tag) => ({ tag, ...startDeskWriter(writer.file, dataDir, tag, WRITES) }));
    const exits = await Promise.all(desks.map((d) => d.exited));
    console.log(`two desks, ${WRITES} writes each: ${Date.now() - started} ms`);

    const errors = desks.flatMap((d) => d.reported.filter((l) => 'error' in l));
    const locked = errors.filter((l) => JSON.stringify(l).includes('database is locked'));
    console.log(`refused writes: ${errors.length}, of which 'database is locked': ${locked.length}`);
    expect(exits.map((e) => e.code), desks.map((d) => d.stderr()).join('\n')).toEqual([0, 0]);
    expect(errors).toEqual([]);

    const db = new Database(path.join(dataDir, 'minwon.sqlite'), { readonly: true });
    for (const { tag, reported } of desks) {
      expect(reported).toHaveLength(WRITES);
      const departments = db.prepare(`SELECT count(*) AS n FROM department WHERE name LIKE ?`).get(`${tag}-부서-%`) as { n: number };
      const requests = db.prepare(`SELECT count(*) AS n FROM interpretation_request WHERE note LIKE ?`).get(`${tag}-%`) as { n: number };
      const loans = db.prepare(`SELECT count(*) AS n, count(returned_at) AS returned FROM loan WHERE note LIKE ?`).get(`${tag}-%`) as { n: number; returned: number };
      expect({ departments: departments.n, requests: requests.n, loans: loans.n, returned: loans.returned }).toEqual({
        departments: committed(reported, 'department'),
        requests: committed(reported, 'interpretation'),
        loans: committed(reported, 'lend'),
        returned: committed(reported, 'return'),
      });
    }
    db.close();
  });
});
