import { Alert, Anchor, Badge, Button, Checkbox, Group, List, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  ACCESS_ACTIONS,
  ACCESS_FLAGS,
  ACCESS_MONTH_LIMIT,
  ACCESS_RECORD_YEARS,
  accessActionLabels,
  accessFlagLabels,
  accessFlagReasons,
  accessMonthLabel,
  type AccessAction,
  type AccessRecordKind,
} from '../../shared/contract/privacy';
import { useChannel } from '../api/useChannel';
import { AccessRecordTable } from './AccessRecordTable';
import { deskMonth } from '../../shared/korean/deskClock';
import { addMonths } from '../../shared/dateRange';
import { lastMonth } from './accessMonths';
import { ReviewPanel } from './ReviewPanel';

const ACTIONS = ACCESS_ACTIONS.map((a) => ({ value: a, label: accessActionLabels[a] }));
const KINDS = [
  { value: 'loan', label: '대여 (번호)' },
  { value: 'borrower', label: '대여자 (번호)' },
  { value: 'ledger', label: '대여 대장 전체' },
];

/**
 * 접속기록 점검 (관리자): a month's accesses to visitors' personal data, filtered by person, kind and
 * record, the unusual ones marked with why, and the record that the month was checked.
 */
export function AccessReviewPage() {
  const [month, setMonth] = useState(lastMonth);
  const [staffId, setStaffId] = useState<string | null>(null);
  const [action, setAction] = useState<AccessAction | null>(null);
  const [recordKind, setRecordKind] = useState<AccessRecordKind | null>(null);
  const [recordId, setRecordId] = useState<number | ''>('');
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const { data, error } = useChannel('privacy.accessRecords', {
    month,
    staffId: staffId === null ? null : Number(staffId),
    action,
    recordKind,
    recordId: recordId === '' ? null : recordId,
    flaggedOnly,
  });

  return (
    <Stack>
      <Title order={2}>접속기록 점검</Title>
      <Text size="sm" c="dimmed">
        대여자의 개인정보를 누가, 언제, 어느 PC에서, 누구의 기록을, 무엇을 했는지(전체 보기, 성명·전화번호 검색, 출력, 내려받기) 남긴 기록입니다. {ACCESS_RECORD_YEARS}년 보관 후
        파기하며, 관리자가 매월 점검하고 점검을 기록합니다(개인정보의 안전성 확보조치 기준 제8조).
      </Text>
      {data && data.unreviewedMonths.length > 0 && (
        <Alert color="yellow" title="점검을 기록하지 않은 달이 있습니다">
          <Group gap="xs">
            {data.unreviewedMonths.map((m) => (
              <Anchor key={m} component="button" type="button" onClick={() => setMonth(m)}>
                {accessMonthLabel(m)}
              </Anchor>
            ))}
          </Group>
        </Alert>
      )}
      <Group gap="xs" role="group" aria-label="점검 월 선택">
        <Button variant="default" size="xs" onClick={() => setMonth(addMonths(month, -1))} aria-label="이전 달">
          ◀ 이전 달
        </Button>
        <Text fw={700} size="lg" miw={110} ta="center" aria-live="polite" data-testid="access-month">
          {accessMonthLabel(month)}
        </Text>
        <Button variant="default" size="xs" onClick={() => setMonth(addMonths(month, 1))} aria-label="다음 달" disabled={month >= deskMonth()}>
          다음 달 ▶
        </Button>
      </Group>
      <Group align="flex-end">
        <Select
          label="직원"
          placeholder="전체"
          clearable
          w={160}
          data={(data?.people ?? []).flatMap((p) => (p.id === null ? [] : [{ value: String(p.id), label: p.name }]))}
          value={staffId}
          onChange={setStaffId}
        />
        <Select label="유형" placeholder="전체" clearable w={180} data={ACTIONS} value={action} onChange={(v) => setAction(v as AccessAction | null)} />
        <Select label="기록 종류" placeholder="전체" clearable w={150} data={KINDS} value={recordKind} onChange={(v) => setRecordKind(v as AccessRecordKind | null)} />
        <NumberInput label="기록 번호" w={110} min={1} allowDecimal={false} allowNegative={false} value={recordId} onChange={(v) => setRecordId(typeof v === 'number' ? v : '')} />
        <Checkbox label="이상 징후만" checked={flaggedOnly} onChange={(e) => setFlaggedOnly(e.currentTarget.checked)} mb={8} />
      </Group>
      {error && <Alert color="red">{error.message}</Alert>}
      {data && (
        <>
          <Paper withBorder p="sm">
            <Text size="sm" fw={600}>
              {accessMonthLabel(data.month)} 기록 {data.monthTotal.toLocaleString('ko-KR')}건 · 이상 징후 {data.flaggedTotal.toLocaleString('ko-KR')}건
            </Text>
            <List size="sm" spacing={2} mt={4}>
              {ACCESS_FLAGS.map((f) => (
                <List.Item key={f}>
                  <Badge color="orange" variant="light" size="sm" mr={6}>
                    {accessFlagLabels[f]} {data.flagCounts[f]}건
                  </Badge>
                  {accessFlagReasons[f]}
                </List.Item>
              ))}
            </List>
          </Paper>
          {data.rows.length === 0 ? (
            <Text c="dimmed">{data.monthTotal === 0 ? '이 달의 접속기록이 없습니다.' : '조건에 맞는 기록이 없습니다.'}</Text>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {data.total.toLocaleString('ko-KR')}건{data.total > ACCESS_MONTH_LIMIT ? ` 중 최근 ${ACCESS_MONTH_LIMIT.toLocaleString('ko-KR')}건` : ''}
              </Text>
              <AccessRecordTable rows={data.rows} />
            </>
          )}
          <ReviewPanel data={data} />
        </>
      )}
    </Stack>
  );
}
