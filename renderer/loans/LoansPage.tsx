import { Alert, Badge, Stack, Tabs, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { loanTime, type LoanRow } from '../../shared/contract/loans';
import { useChannel } from '../api/useChannel';
import { ReasonDialog } from '../privacy/ReasonDialog';
import { HandoverSheet, type HandoverData } from './HandoverSheet';
import { LoanBoard } from './LoanBoard';
import { LoanLedger } from './LoanLedger';
import { LoanStats } from './LoanStats';
import { OverdueList } from './OverdueList';
import { WheelchairAdmin } from './WheelchairAdmin';

/** 휠체어 대여: today's board, the ledger, who to call, the wheelchairs and the counts. */
export function LoansPage() {
  const [tab, setTab] = useState<string | null>('board');
  const [printing, setPrinting] = useState<HandoverData | null>(null);
  const [asking, setAsking] = useState<LoanRow | null>(null);
  const board = useChannel('loans.board', {});
  const overdue = board.data?.overdueCount ?? 0;

  // A form printed again later carries the borrower's full name and phone: it asks why, and the print is kept in the 접속기록.
  const printHandover = (loan: LoanRow) => {
    if (loan.borrowerName || loan.borrowerPhone) setAsking(loan);
    else setPrinting({ loan, fullName: null, fullPhone: null });
  };
  const endPrint = useCallback(() => setPrinting(null), []);

  return (
    <Stack>
      <Title order={2} className="no-print">
        휠체어 대여
      </Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List className="no-print" mb="md">
          <Tabs.Tab value="board">오늘 현황</Tabs.Tab>
          <Tabs.Tab value="ledger">대여 대장</Tabs.Tab>
          <Tabs.Tab value="overdue" rightSection={overdue > 0 ? <Badge color="red" size="sm">{overdue}</Badge> : undefined}>
            연락 필요(연체)
          </Tabs.Tab>
          <Tabs.Tab value="wheelchairs">휠체어 관리</Tabs.Tab>
          <Tabs.Tab value="stats">통계</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board">
          {board.error && <Alert color="red">{board.error.message}</Alert>}
          <LoanBoard board={board.data} onPrint={printHandover} />
        </Tabs.Panel>
        <Tabs.Panel value="ledger">
          <LoanLedger onPrintHandover={printHandover} />
        </Tabs.Panel>
        <Tabs.Panel value="overdue">
          <OverdueList />
        </Tabs.Panel>
        <Tabs.Panel value="wheelchairs">
          <WheelchairAdmin />
        </Tabs.Panel>
        <Tabs.Panel value="stats">
          <LoanStats />
        </Tabs.Panel>
      </Tabs>
      {asking && (
        <ReasonDialog
          channel="loans.printHandover"
          title="사용 동의서 다시 인쇄"
          what={`${asking.assetNumber} · ${loanTime(asking.startedAt)} 대여 · 대여자 ${asking.borrowerName ?? '-'}의 성명과 연락처가 모두 인쇄됩니다.`}
          submitLabel="인쇄"
          toInput={(reason) => ({ loanId: asking.id, reason })}
          onClose={() => setAsking(null)}
          onDone={(full) => {
            setPrinting({ loan: asking, fullName: full.name, fullPhone: full.phone });
            setAsking(null);
          }}
        />
      )}
      {printing && <HandoverSheet data={printing} onDone={endPrint} />}
    </Stack>
  );
}
