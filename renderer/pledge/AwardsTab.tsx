import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { fullDate } from '../../shared/korean/reportFormat';
import type { Award } from '../../shared/pledge/records';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { useChannel } from '../api/useChannel';
import { today } from './today';

const blank = () => ({ title: '', awardedBy: '', outcome: '선정', date: today() });
const FIELDS = ['title', 'awardedBy', 'outcome', 'date'];

/** 수상·대외평가: `○ 행정안전부 '민원서비스 혁신 우수사례' 선정 : 2024.12월` on the card. */
export function AwardsTab({ cardId }: { cardId: number }) {
  const awards = useChannel('pledge.awards', { cardId });
  const [editing, setEditing] = useState<Award | null>(null);
  const [fields, setFields] = useState(blank);
  const [error, setError] = useState<AppError | null>(null);
  const set = (key: keyof typeof fields) => (e: { currentTarget: { value: string } }) => setFields({ ...fields, [key]: e.currentTarget.value });

  const save = async () => {
    const result = await call('pledge.saveAward', { cardId, id: editing?.id, ...fields });
    if (!result.ok) return setError(result.error);
    setError(null);
    setEditing(null);
    setFields(blank());
  };
  const edit = (a: Award) => {
    setEditing(a);
    setFields({ title: a.title, awardedBy: a.awardedBy, outcome: a.outcome, date: a.date });
  };
  const remove = async (a: Award) => {
    if (!window.confirm(`'${a.title}' 기록을 지울까요?`)) return;
    const result = await call('pledge.deleteAward', { id: a.id });
    if (!result.ok) setError(result.error);
  };

  return (
    <Stack>
      <Paper withBorder p="md">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Group align="flex-start">
            <TextInput label="수여 기관" placeholder="행정안전부" value={fields.awardedBy} onChange={set('awardedBy')} error={errorFor(error, 'awardedBy')} w={180} />
            <TextInput label="수상·선정 내용" required placeholder="민원서비스 혁신 우수사례" value={fields.title} onChange={set('title')} error={errorFor(error, 'title')} style={{ flex: 1 }} />
            <TextInput label="결과" required placeholder="선정, 최우수 …" value={fields.outcome} onChange={set('outcome')} error={errorFor(error, 'outcome')} w={120} />
            <TextInput label="날짜" required placeholder="2024-12-12" value={fields.date} onChange={set('date')} error={errorFor(error, 'date')} w={140} />
            <Button type="submit" mt={25}>
              {editing ? '수정 저장' : '추가'}
            </Button>
            {editing && (
              <Button variant="default" mt={25} onClick={() => (setEditing(null), setFields(blank()))}>
                취소
              </Button>
            )}
          </Group>
          {formError(error, FIELDS) && <Alert color="red" mt="sm">{formError(error, FIELDS)}</Alert>}
        </form>
      </Paper>
      <Table aria-label="수상·대외평가" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>날짜</Table.Th>
            <Table.Th>카드에 적히는 줄</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(awards.data ?? []).map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{fullDate(a.date)}</Table.Td>
              <Table.Td>{`${a.awardedBy ? `${a.awardedBy} ` : ''}'${a.title}' ${a.outcome}`}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="xs" variant="subtle" aria-label={`${a.title} 수정`} onClick={() => edit(a)}>
                    수정
                  </Button>
                  <Button size="xs" variant="subtle" color="red" aria-label={`${a.title} 삭제`} onClick={() => void remove(a)}>
                    삭제
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {awards.data?.length === 0 && <Text c="dimmed">기록된 수상·대외평가가 없습니다.</Text>}
    </Stack>
  );
}
