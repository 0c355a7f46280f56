import { Alert, Badge, Stack, Tabs, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import type { LoanRow } from '../../shared/contract/loans';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
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
  const board = useChannel('loans.board', {});
  const overdue = board.data?.overdueCount ?? 0;

  // A form printed again later needs the borrower's full name and phone: shown on purpose, and logged.
  const printHandover = async (loan: LoanRow) => {
    let full = { name: null as string | null, phone: null as string | null };
    if (loan.borrowerName || loan.borrowerPhone) {
      const result = await call('loans.revealPersonalData', { loanId: loan.id, purpose: '사용 동의서 출력' });
      if (!result.ok) return notifications.show({ color: 'red', message: result.error.message });
      full = result.value;
    }
    setPrinting({ loan, fullName: full.name, fullPhone: full.phone });
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
          <LoanBoard board={board.data} onPrint={(l) => void printHandover(l)} />
        </Tabs.Panel>
        <Tabs.Panel value="ledger">
          <LoanLedger onPrintHandover={(l) => void printHandover(l)} />
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
      {printing && <HandoverSheet data={printing} onDone={endPrint} />}
    </Stack>
  );
}
