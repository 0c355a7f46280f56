import { Alert, Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { fullDate } from '../../shared/korean/reportFormat';
import { COMMUNICATION_CATEGORIES, communicationCategoryLabel, type CommunicationActivity, type CommunicationCategory } from '../../shared/pledge/records';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { useChannel } from '../api/useChannel';
import { today } from './today';

const blank = () => ({ date: today(), category: 'press' as CommunicationCategory, title: '', outlet: '', details: '' });
const FIELDS = ['date', 'category', 'title', 'outlet', 'details'];

/** 구민소통실적: every briefing, survey, advice, press item and other activity, dated. */
export function CommunicationTab({ cardId }: { cardId: number }) {
  const list = useChannel('pledge.communications', { cardId });
  const [editing, setEditing] = useState<CommunicationActivity | null>(null);
  const [fields, setFields] = useState(blank);
  const [error, setError] = useState<AppError | null>(null);
  const set = (key: keyof typeof fields) => (e: { currentTarget: { value: string } }) => setFields({ ...fields, [key]: e.currentTarget.value });

  const save = async () => {
    const result = await call('pledge.saveCommunication', { cardId, id: editing?.id, ...fields });
    if (!result.ok) return setError(result.error);
    setError(null);
    setEditing(null);
    // The next entry is usually of the same kind on a nearby day: keep both.
    setFields({ ...blank(), date: fields.date, category: fields.category });
  };
  const edit = (c: CommunicationActivity) => {
    setEditing(c);
    setFields({ date: c.date, category: c.category, title: c.title, outlet: c.outlet ?? '', details: c.details });
  };
  const act = async (run: () => ReturnType<typeof call>) => {
    const result = await run();
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
            <TextInput label="날짜" required placeholder="2024-11-28" value={fields.date} onChange={set('date')} error={errorFor(error, 'date')} w={140} />
            <Select
              label="구분"
              required
              data={COMMUNICATION_CATEGORIES.map((c) => ({ value: c, label: communicationCategoryLabel[c] }))}
              value={fields.category}
              onChange={(v) => v && setFields({ ...fields, category: v as CommunicationCategory })}
              allowDeselect={false}
              error={errorFor(error, 'category')}
              w={170}
            />
            <TextInput label="제목" required value={fields.title} onChange={set('title')} error={errorFor(error, 'title')} style={{ flex: 1 }} miw={220} />
            {fields.category === 'press' && <TextInput label="언론사" required placeholder="부산일보" value={fields.outlet} onChange={set('outlet')} error={errorFor(error, 'outlet')} w={150} />}
          </Group>
          <Group align="flex-end" mt="sm">
            <TextInput label="내용" value={fields.details} onChange={set('details')} error={errorFor(error, 'details')} style={{ flex: 1 }} />
            <Button type="submit">{editing ? '수정 저장' : '추가'}</Button>
            {editing && (
              <Button variant="default" onClick={() => (setEditing(null), setFields(blank()))}>
                취소
              </Button>
            )}
          </Group>
          {formError(error, FIELDS) && <Alert color="red" mt="sm">{formError(error, FIELDS)}</Alert>}
        </form>
      </Paper>
      <Table aria-label="구민소통 활동" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>날짜</Table.Th>
            <Table.Th>구분</Table.Th>
            <Table.Th>제목</Table.Th>
            <Table.Th>언론사·내용</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{fullDate(c.date)}</Table.Td>
              <Table.Td>{communicationCategoryLabel[c.category]}</Table.Td>
              <Table.Td>
                {c.title} {c.referenced && <Badge size="xs">참고자료</Badge>}
              </Table.Td>
              <Table.Td>{c.outlet ?? c.details}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {c.category === 'press' && !c.referenced && (
                    <Button size="xs" variant="light" aria-label={`${c.title} 참고자료에 싣기`} onClick={() => void act(() => call('pledge.citePress', { cardId, communicationId: c.id }))}>
                      참고자료에 싣기
                    </Button>
                  )}
                  <Button size="xs" variant="subtle" aria-label={`${c.title} 수정`} onClick={() => edit(c)}>
                    수정
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={`${c.title} 삭제`}
                    onClick={() => window.confirm(`'${c.title}' 기록을 지울까요?`) && void act(() => call('pledge.deleteCommunication', { id: c.id }))}
                  >
                    삭제
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.length === 0 && <Text c="dimmed">기록된 구민소통 활동이 없습니다.</Text>}
    </Stack>
  );
}
