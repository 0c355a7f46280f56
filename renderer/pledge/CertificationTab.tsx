import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { fullDate } from '../../shared/korean/reportFormat';
import { factDate, factMonthDay } from '../../shared/pledge/factDates';
import type { CertificationRound } from '../../shared/pledge/records';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { RowActions } from '../app/RowActions';
import { FormModal } from '../forms/FormModal';
import { CertificationForm } from './CertificationForm';

/** 국민행복민원실 rounds: each with its steps, its selection and how long it is valid. */
export function CertificationTab({ cardId }: { cardId: number }) {
  const rounds = useChannel('pledge.certifications', { cardId });
  const [editing, setEditing] = useState<CertificationRound | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = async (round: CertificationRound) => {
    if (!window.confirm(`'${round.name}' 회차와 그 단계를 모두 지울까요?`)) return;
    const result = await call('pledge.deleteCertification', { id: round.id });
    setError(result.ok ? null : result.error.message);
  };

  return (
    <Stack>
      <Group>
        <Button onClick={() => setEditing('new')}>인증 회차 추가</Button>
      </Group>
      {(error || rounds.error) && <Alert color="red">{error ?? rounds.error?.message}</Alert>}
      <Table aria-label="인증 회차" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>인증명</Table.Th>
            <Table.Th>추진 단계</Table.Th>
            <Table.Th>선정일</Table.Th>
            <Table.Th>유효기간</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rounds.data ?? []).map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>{r.milestones.map((m) => `${m.label}(${factMonthDay(m)})`).join(', ')}</Table.Td>
              <Table.Td>{r.selectedOn ? factDate({ date: r.selectedOn, datePrecision: r.selectedOnPrecision }) : '선정 전'}</Table.Td>
              <Table.Td>{r.validUntil ? `${fullDate(r.validUntil)}까지 (${r.validYears}년)` : '-'}</Table.Td>
              <Table.Td>
                <RowActions name={r.name} onEdit={() => setEditing(r)} onDelete={() => void remove(r)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rounds.data?.length === 0 && <Text c="dimmed">기록된 인증 회차가 없습니다. 재인증 신청부터 현판식까지 단계별 날짜를 입력하세요.</Text>}
      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? '인증 회차 추가' : '인증 회차 수정'} size="lg">
        {editing !== null && <CertificationForm cardId={cardId} editing={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </FormModal>
    </Stack>
  );
}
