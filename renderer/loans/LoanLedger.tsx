import { Alert, Box, Button, Group, Pagination, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { loanStates, type LedgerFilter, type LoanRow } from '../../shared/contract/loans';
import { usePrint } from '../app/usePrint';
import { ReasonDialog } from '../privacy/ReasonDialog';
import { period } from '../../shared/korean/reportFormat';
import { call } from '../api/client';
import { startDownload } from '../api/saveFile';
import { useChannel } from '../api/useChannel';
import { ImportedSources } from '../imports/ImportedSources';
import { useAppState } from '../app/SessionContext';
import { deskNow } from '../../shared/korean/deskClock';
import { DateField } from '../forms/DateField';
import { LedgerTable, type Revealed } from './LedgerTable';

const PAGE = 100;
const STATES = [{ value: 'all', label: '전체' }, ...Object.entries(loanStates).map(([value, label]) => ({ value, label }))];

/** 대여 대장: every loan of a period, searchable (초성, phone digits, asset number), printable and exportable. */
export function LoanLedger({ onPrintHandover }: { onPrintHandover: (loan: LoanRow) => void }) {
  const { settings } = useAppState();
  const today = deskNow().date;
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [state, setState] = useState<LedgerFilter['state']>('all');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 200);
  const [page, setPage] = useState(1);
  const [revealed, setRevealed] = useState<Revealed>({});
  const [printRows, setPrintRows] = useState<LoanRow[] | null>(null);
  const [asking, setAsking] = useState<'print' | 'export' | null>(null);

  const filter = { from, to, state, search: debouncedSearch.slice(0, 50) };
  const ledger = useChannel('loans.ledger', { ...filter, offset: (page - 1) * PAGE, limit: PAGE });
  // A new lookup starts masked again: full data stays on screen only for the search it was opened in.
  useEffect(() => {
    setPage(1);
    setRevealed({});
  }, [from, to, state, debouncedSearch]);

  usePrint(printRows !== null, useCallback(() => setPrintRows(null), []));

  const reveal = async (loan: LoanRow) => {
    const result = await call('loans.revealPersonalData', { loanId: loan.id, purpose: '대여 대장에서 전체 보기' });
    if (!result.ok) return notifications.show({ color: 'red', message: result.error.message });
    setRevealed((r) => ({ ...r, [loan.id]: result.value }));
  };

  const hide = (loan: LoanRow) =>
    setRevealed((r) => {
      const rest = { ...r };
      delete rest[loan.id];
      return rest;
    });

  const total = ledger.data?.total ?? 0;
  const what = `대여 대장 ${period(from || today, to || today)} · ${total.toLocaleString('ko-KR')}건 (성명·연락처는 가려서 나갑니다)`;
  return (
    <Stack>
      <Group align="flex-end" className="no-print">
        <DateField label="시작일" value={from} onChange={setFrom} error={ledger.error?.field === 'from' ? ledger.error.message : undefined} />
        <DateField label="종료일" value={to} onChange={setTo} error={ledger.error?.field === 'to' ? ledger.error.message : undefined} />
        <Select label="상태" data={STATES} value={state} onChange={(v) => setState((v ?? 'all') as LedgerFilter['state'])} allowDeselect={false} w={130} />
        <TextInput label="대장 검색" placeholder="이름·초성(ㅎㄱㄷ)·전화번호·자산번호" value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={300} />
        <Button variant="default" onClick={() => setAsking('print')}>
          인쇄
        </Button>
        <Button variant="default" onClick={() => setAsking('export')}>
          엑셀 내려받기
        </Button>
      </Group>
      {ledger.error && !ledger.error.field && <Alert color="red">{ledger.error.message}</Alert>}
      <Box className="no-print">
        <Text size="sm" c="dimmed" mb="xs">
          {period(from || today, to || today)} · {total.toLocaleString('ko-KR')}건 · 개인정보는 가려서 보이며, 전체 보기·성명이나 전화번호 전체로 찾기·인쇄·내려받기는 접속기록에 남습니다.
        </Text>
        {ledger.data && ledger.data.rows.length === 0 ? (
          <Text c="dimmed">{search ? '검색 결과가 없습니다.' : '이 기간의 대여 기록이 없습니다.'}</Text>
        ) : (
          <LedgerTable rows={ledger.data?.rows ?? []} label="대여 대장" revealed={revealed} onReveal={(l) => void reveal(l)} onHide={hide} onPrint={onPrintHandover} />
        )}
        {ledger.data && ledger.data.rows.length > 0 && (
          <ImportedSources
            recordTable="loan"
            ids={ledger.data.rows.map((r) => r.id)}
            describe={(id) => {
              const loan = ledger.data?.rows.find((r) => r.id === id);
              return loan ? `${loan.startedAt.slice(0, 10)} ${loan.assetNumber}` : '';
            }}
          />
        )}
        {total > PAGE && <Pagination mt="sm" total={Math.ceil(total / PAGE)} value={page} onChange={setPage} aria-label="대장 쪽 이동" />}
      </Box>
      {asking === 'print' && (
        <ReasonDialog
          channel="loans.printLedger"
          title="대여 대장 인쇄"
          what={what}
          submitLabel="인쇄"
          toInput={(reason) => ({ ...filter, reason })}
          onClose={() => setAsking(null)}
          onDone={(page) => {
            setAsking(null);
            setPrintRows(page.rows);
          }}
        />
      )}
      {asking === 'export' && (
        <ReasonDialog
          channel="loans.exportLedger"
          title="대여 대장 엑셀 내려받기"
          what={what}
          submitLabel="내려받기"
          toInput={(reason) => ({ ...filter, reason })}
          onClose={() => setAsking(null)}
          onDone={(ticket) => {
            setAsking(null);
            startDownload(ticket);
          }}
        />
      )}
      {printRows && (
        <div className="print-only">
          <Title order={3}>{[settings?.officeName, '휠체어 무료 대여 대장'].filter(Boolean).join(' ')}</Title>
          <Text mb="sm">
            {/* The text searched may be a name or a phone: the printed page says only that it was searched. */}
            {period(from, to)} · {printRows.length}건{filter.search ? ' · 검색 결과' : ''}
          </Text>
          <LedgerTable rows={printRows} label="인쇄용 대여 대장" />
        </div>
      )}
    </Stack>
  );
}
