import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordSource } from '../../shared/contract/imports';
import type { InterpretationRequest } from '../../shared/contract/interpretation';
import type { SectionLine } from '../../shared/pledge/section';
import { sourcesText } from '../../shared/imports/recordSources';
import { RequestTable } from '../../renderer/interpretation/RequestTable';
import { LineRecords } from '../../renderer/pledge/LineRecords';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

const request = (id: number, task: string): InterpretationRequest => ({
  id,
  date: '2024-03-22',
  time: null,
  language: 'vi',
  languageLabel: '베트남어',
  languageNote: '',
  kind: 'foreign',
  nationality: '',
  methodId: 2,
  methodLabel: '1345 외국인종합안내센터 3자 통화',
  task,
  minutes: null,
  people: 1,
  status: '완료',
  outcome: '처리 완료',
  booked: false,
  staffId: 1,
  staffName: '김담당',
  interpreterId: null,
  interpreterName: null,
  note: '',
  updatedByName: '김담당',
  updatedAt: '2025-01-15T01:00:00.000Z',
});

const source = (recordId: number, row: number, fileName = '통역 지원 일지.xlsx', sheet = '통역일지'): RecordSource => ({
  recordTable: 'interpretation_request',
  recordId,
  recordKey: '',
  fileName,
  sheet,
  row,
  text: `${fileName} · ${sheet} · ${row}행`,
});

describe('an imported record says where it came from', () => {
  beforeEach(() => call.mockReset());

  it('in the interpretation list: the request from the old log names its file, sheet and row; one typed at the desk nothing', async () => {
    call.mockResolvedValue({ ok: true, value: [source(7, 12)] });
    renderWithTheme(<RequestTable label="통역 요청 목록" rows={[request(7, '민원서류 발급'), request(8, '전입신고')]} onEdit={() => {}} />);
    const table = screen.getByRole('table', { name: '통역 요청 목록' });
    const [imported, typed] = within(table).getAllByRole('row').slice(1);
    expect(await within(imported).findByText('가져옴: 통역 지원 일지.xlsx · 통역일지 · 12행')).toBeTruthy();
    expect(typed.textContent).not.toContain('가져옴');
    expect(call).toHaveBeenCalledWith('imports.sourcesOf', { recordTable: 'interpretation_request', ids: [7, 8] });
  });

  it('in a card line’s records view: each imported record of the year with its sheet row', async () => {
    call.mockImplementation(async (channel: string) => {
      if (channel === 'loans.ledger') {
        const loan = { startedAt: '2024-03-04 09:00', assetNumber: 'W-01', borrowerName: null, returnedAt: '2024-03-05 09:00' };
        return { ok: true, value: { total: 2, rows: [{ ...loan, id: 1 }, { ...loan, id: 2, startedAt: '2024-06-01 10:00', assetNumber: 'W-02' }] } };
      }
      if (channel === 'imports.sourcesOf') return { ok: true, value: [{ ...source(1, 5, '휠체어 대여대장.xlsx', '2024년'), recordTable: 'loan' }] };
      return { ok: true, value: [] };
    });
    const line: SectionLine = { key: 'services:wheelchair', level: '-', text: '휠체어 대여 : 2024년 2건', source: { area: 'loans', from: '2024-01-01', to: '2024-12-31' }, figures: [], hidden: false };
    renderWithTheme(<LineRecords cardId={1} line={line} />);
    expect((await screen.findByLabelText('가져온 기록의 출처')).textContent).toBe('가져온 기록 1건: 2024-03-04 W-01 ← 휠체어 대여대장.xlsx · 2024년 · 5행');
    expect(call).toHaveBeenCalledWith('imports.sourcesOf', { recordTable: 'loan', ids: [1, 2] });
  });

  it('a record made of several rows reads them as stretches of the sheet, file by file', () => {
    expect(sourcesText([5, 6, 7, 8, 10].map((row) => source(3, row, '친절교육 출석부.xlsx', '출석부')))).toBe('친절교육 출석부.xlsx · 출석부 · 5~8, 10행');
    expect(sourcesText([source(3, 4, 'a.csv', ''), source(3, 9, '출석부.xlsx', '2024')])).toBe('a.csv · 4행 / 출석부.xlsx · 2024 · 9행');
  });
});
