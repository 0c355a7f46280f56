import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { importAreaLabels, type ImportArea, type ImportPreview, type ImportReport, type importSaveInput, type PreviewRow } from '../../shared/contract/imports';
import { importFields } from '../../shared/imports/importFields';
import { UserFacingError } from '../../shared/result';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import { readWorkbook, type Sheet, type SheetCell } from '../staff/staffSheet';
import type { AreaImport, ImportContext, ReadRow } from './areaImport';
import { isBlank } from './cellValues';
import { columnLetter, findHeaderRow, matchColumns } from './headerMatch';
import { areaImports } from './areas';
import { importRepository } from './importRepository';
import { lastFileRead, type LastFileRead } from './lastFileRead';

type SaveInput = z.output<typeof importSaveInput>;

/** A file as the wizard sends it, read once: its sheets, and the one chosen with its header and columns. */
interface ReadFile {
  sheets: Sheet[];
  sheet: Sheet | null;
  headerRow: number | null;
  headers: string[];
  mapping: Record<string, number | null>;
  missing: string[];
}

/** The sheet asked for, or the one whose header row matches the area best; its header row and the columns' fields. */
async function readFile(input: Pick<SaveInput, 'area' | 'fileName' | 'contentBase64' | 'sheet' | 'mapping'>, files: LastFileRead): Promise<ReadFile> {
  let sheets: Sheet[];
  try {
    sheets = await files.sheets(input.fileName, input.contentBase64, () => readWorkbook(input.fileName, Buffer.from(input.contentBase64, 'base64')));
  } catch {
    throw new UserFacingError('invalid_input', '파일을 읽을 수 없습니다. 엑셀에서 XLSX 또는 CSV로 다시 저장해 보세요.', 'contentBase64');
  }
  const fields = importFields(input.area);
  const candidates = sheets.map((s) => ({ sheet: s, header: findHeaderRow(s, fields) }));
  const chosen = input.sheet
    ? candidates.find((c) => c.sheet.name === input.sheet)
    : [...candidates].sort((a, b) => (b.header?.score ?? 0) - (a.header?.score ?? 0))[0];
  if (input.sheet && !chosen) throw new UserFacingError('invalid_input', `'${input.sheet}' 시트가 파일에 없습니다.`, 'sheet');
  const header = chosen?.header ?? null;
  const headers = header?.headers ?? [];
  const matched = matchColumns(headers, fields);
  // A column chosen by hand wins over the match; one the person cleared stays unread.
  const mapping = { ...matched, ...Object.fromEntries(Object.entries(input.mapping ?? {}).filter(([key]) => fields.some((f) => f.key === key))) };
  const missing = fields.filter((f) => f.required && (mapping[f.key] ?? null) === null).map((f) => f.label);
  return { sheets, sheet: chosen?.sheet ?? null, headerRow: header?.row ?? null, headers, mapping, missing };
}

/** The same content read again is the same fingerprint; equal rows of one file are told apart by their order. */
function fingerprintsOf(area: ImportArea, rows: ReadRow<unknown>[]): Map<ReadRow<unknown>, string> {
  const seen = new Map<string, number>();
  const out = new Map<ReadRow<unknown>, string>();
  for (const r of rows) {
    if (r.problem !== null) continue;
    const n = seen.get(r.identity) ?? 0;
    seen.set(r.identity, n + 1);
    out.set(r, createHash('sha256').update(`${area}\u0001${r.identity}\u0001${n}`).digest('hex'));
  }
  return out;
}

/**
 * Reads every row below the header through the area's import, marks those an earlier import already
 * brought in, and runs the area's checks on the rest. Reads `db` only.
 */
async function readRows(db: Db, area: AreaImport<unknown, unknown>, file: ReadFile, ctx: ImportContext) {
  const loaded = await area.load(db, ctx);
  const fields = importFields(area.area);
  const body = file.sheet ? file.sheet.rows.filter((r) => r.row > (file.headerRow ?? 0) && r.cells.some((c) => !isBlank(c))) : [];
  const rows: ReadRow<unknown>[] = file.missing.length
    ? []
    : body.map((r) => {
        const cells: Record<string, SheetCell> = {};
        for (const f of fields) {
          const at = file.mapping[f.key];
          cells[f.key] = at === null || at === undefined ? null : (r.cells[at] ?? null);
        }
        return { row: r.row, ...area.read(cells, r.row, loaded, ctx) };
      });
  const fingerprints = fingerprintsOf(area.area, rows);
  const already = await importRepository(db).knownFingerprints(area.area, [...fingerprints.values()]);
  const isAlready = (r: ReadRow<unknown>) => already.has(fingerprints.get(r) ?? '');
  await area.check?.(rows.filter((r) => r.problem === null && !isAlready(r)), loaded, db, ctx);
  return { rows, loaded, fingerprints, isAlready };
}

const previewRow = (area: ImportArea, r: ReadRow<unknown>, already: boolean): PreviewRow => ({
  row: r.row,
  values: importFields(area).map((f) => r.values[f.key] ?? ''),
  state: r.problem !== null ? 'problem' : already ? 'already' : 'ready',
  problem: r.problem,
  notes: already ? ['이미 가져온 줄입니다. 다시 넣지 않습니다.'] : r.notes,
});

export function importService(db: Db, ctxOf: (cardId: number | null) => ImportContext, files: LastFileRead = lastFileRead()) {
  return {
    /** Every row as it would be saved, with its problem; nothing is written. */
    async read(input: SaveInput): Promise<ImportPreview> {
      const file = await readFile(input, files);
      const area = areaImports[input.area];
      const { rows, isAlready } = await readRows(db, area, file, ctxOf(input.cardId));
      const preview = rows.map((r) => previewRow(input.area, r, isAlready(r)));
      return {
        area: input.area,
        fileName: input.fileName,
        sheets: file.sheets.map((s) => s.name),
        sheet: file.sheet?.name ?? '',
        headerRow: file.headerRow,
        columns: file.headers.map((header, index) => ({ index, letter: columnLetter(index), header })),
        mapping: file.mapping,
        missing: file.missing,
        rows: preview,
        counts: {
          ready: preview.filter((r) => r.state === 'ready').length,
          problems: preview.filter((r) => r.state === 'problem').length,
          already: preview.filter((r) => r.state === 'already').length,
        },
      };
    },

    /**
     * Reads the file again and saves its ready rows in one transaction, each with its fingerprint and
     * source. Rows with a problem refuse the whole file unless the person chose to skip them; rows an
     * earlier import brought in are left as they are.
     */
    async save(input: SaveInput): Promise<ImportReport> {
      const file = await readFile(input, files);
      const area = areaImports[input.area];
      if (!file.sheet || file.headerRow === null) {
        throw new UserFacingError('invalid_input', `${importAreaLabels[input.area]} 기록의 열 제목이 있는 줄을 찾지 못했습니다. 서식 파일의 열 제목을 참고하세요.`, 'contentBase64');
      }
      if (file.missing.length) throw new UserFacingError('invalid_input', `연결되지 않은 필수 열이 있습니다: ${file.missing.join(', ')}.`, 'mapping');
      const ctx = ctxOf(input.cardId);
      // On the office server this may run again after another desk's change: everything is read again inside.
      const saved = await writeTransaction(db, async (trx) => {
        const { rows, loaded, fingerprints, isAlready } = await readRows(trx, area, file, ctx);
        const problems = rows.filter((r) => r.problem !== null);
        if (problems.length && !input.skipProblems) {
          throw new UserFacingError(
            'invalid_input',
            `문제가 있는 줄이 ${problems.length}개 있습니다(${problems.slice(0, 3).map((r) => `${r.row}행`).join(', ')}${problems.length > 3 ? ' …' : ''}). 파일을 고쳐 다시 읽거나, 문제 있는 줄을 건너뛰고 저장하세요.`,
            'skipProblems',
          );
        }
        const ready = rows.filter((r) => r.problem === null && !isAlready(r));
        const report: ImportReport = {
          batchId: null,
          added: 0,
          already: rows.filter(isAlready).length,
          skipped: problems.map((r) => ({ row: r.row, reason: r.problem! })),
          notes: [],
        };
        if (!ready.length) return report;
        const imports = importRepository(trx);
        const batchId = await imports.addBatch({ area: input.area, fileName: input.fileName, sheet: file.sheet!.name, cardId: input.cardId }, ctx.author);
        const refs = await area.save(trx, ready, loaded, ctx, report.notes);
        await imports.addRecords(
          batchId,
          input.area,
          ready.map((r, i) => ({ row: r.row, fingerprint: fingerprints.get(r)!, ref: refs[i] })),
        );
        await imports.finishBatch(batchId, ready.length, problems.length);
        return { ...report, batchId, added: ready.length };
      });
      files.forget();
      return saved;
    },
  };
}
