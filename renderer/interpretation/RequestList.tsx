import { Alert, Button, Group, Pagination, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { period } from '../../shared/korean/reportFormat';
import { call } from '../api/client';
import { startDownload } from '../api/saveFile';
import { useChannel } from '../api/useChannel';
import { CountTable } from './CountTable';
import { RequestFilters, thisMonth, type ListFilter } from './RequestFilters';
import { RequestModal } from './RequestModal';
import { RequestTable } from './RequestTable';
import { useRequestActions } from './useRequestActions';

const PAGE = 50;

/** Requests of a period, filtered, with their 건·명 by language and way, and the same list as XLSX. */
export function RequestList() {
  const [filter, setFilter] = useState<ListFilter>({ ...thisMonth(), language: null, methodId: null, result: null, staffId: null, task: '' });
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const list = useChannel('interpretation.requests.list', filter);
  const actions = useRequestActions();
  const data = list.data;

  const change = (f: ListFilter) => {
    setFilter(f);
    setPage(1);
  };
  const exportXlsx = async () => {
    setExporting(true);
    const ticket = await call('interpretation.requests.export', filter);
    setExporting(false);
    if (!ticket.ok) return setExportError(ticket.error.message);
    setExportError(null);
    startDownload(ticket.value);
  };

  return (
    <Stack>
      <RequestFilters filter={filter} onChange={change} error={list.error} />
      {list.error && !['from', 'to'].includes(list.error.field ?? '') && <Alert color="red">{list.error.message}</Alert>}
      {exportError && <Alert color="red">{exportError}</Alert>}
      {data && (
        <>
          <Group justify="space-between">
            <Text aria-live="polite">
              {period(filter.from, filter.to)} 목록 {data.summary.listed.toLocaleString('ko-KR')}건 · 실적 {data.summary.served.cases.toLocaleString('ko-KR')}건{' '}
              {data.summary.served.people.toLocaleString('ko-KR')}명
            </Text>
            <Button variant="light" onClick={exportXlsx} loading={exporting}>
              XLSX 내보내기
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <CountTable label="언어별 실적" heading="언어" lines={data.summary.byLanguage} />
            <CountTable label="지원 방법별 실적" heading="지원 방법" lines={data.summary.byMethod} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            실적은 처리 완료·다른 기관 안내만 셉니다. 제외: 미처리 {data.summary.notCounted.unresolved}건, 예약 {data.summary.notCounted.booked}건, 취소{' '}
            {data.summary.notCounted.cancelled}건.
          </Text>
          {data.truncated && <Alert color="yellow">기록이 많아 최근 {data.rows.length.toLocaleString('ko-KR')}건만 보여 줍니다. 전체는 XLSX로 내보내세요.</Alert>}
          {data.rows.length === 0 ? (
            <Text c="dimmed">조건에 맞는 통역 기록이 없습니다.</Text>
          ) : (
            <RequestTable label="통역 요청 목록" rows={data.rows.slice((page - 1) * PAGE, page * PAGE)} onEdit={actions.edit} onClose={actions.close} onCancel={actions.cancel} />
          )}
          {data.rows.length > PAGE && <Pagination total={Math.ceil(data.rows.length / PAGE)} value={page} onChange={setPage} aria-label="목록 페이지" />}
        </>
      )}
      <RequestModal opening={actions.opening} onClose={() => actions.setOpening(null)} />
    </Stack>
  );
}
