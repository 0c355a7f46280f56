import { deskToday } from '../../shared/korean/deskClock';
import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { fullDate } from '../../shared/korean/reportFormat';
import { COMMUNICATION_CATEGORIES, communicationCategoryLabel, type CommunicationCategory } from '../../shared/pledge/records';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { useChannel } from '../api/useChannel';
import { RowActions } from '../app/RowActions';
import { RecordFormButtons, RecordFormPanel } from './RecordForm';
import { useRecordForm } from './useRecordForm';

const blank = () => ({ date: deskToday(), category: 'press' as CommunicationCategory, title: '', outlet: '', details: '' });
const FIELDS = ['date', 'category', 'title', 'outlet', 'details'];

/** 구민소통실적: every briefing, survey, advice, press item and other activity, dated. */
export function CommunicationTab({ cardId }: { cardId: number }) {
  const list = useChannel('pledge.communications', { cardId });
  const { editingId, fields, setFields, set, error, setError, edit, cancel, submit } = useRecordForm(blank);

  const save = () =>
    submit(
      () => call('pledge.saveCommunication', { cardId, id: editingId ?? undefined, ...fields }),
      // The next entry is usually of the same kind on a nearby day: keep both.
      { ...blank(), date: fields.date, category: fields.category },
    );
  const act = async (run: () => ReturnType<typeof call>) => {
    const result = await run();
    if (!result.ok) setError(result.error);
  };

  return (
    <Stack>
      <RecordFormPanel onSubmit={save} error={formError(error, FIELDS)}>
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
          <RecordFormButtons editing={editingId !== null} onCancel={cancel} />
        </Group>
      </RecordFormPanel>
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
                <RowActions
                  name={c.title}
                  onEdit={() => edit(c.id, { date: c.date, category: c.category, title: c.title, outlet: c.outlet ?? '', details: c.details })}
                  onDelete={() => window.confirm(`'${c.title}' 기록을 지울까요?`) && void act(() => call('pledge.deleteCommunication', { id: c.id }))}
                >
                  {c.category === 'press' && !c.referenced && (
                    <Button size="xs" variant="light" aria-label={`${c.title} 참고자료에 싣기`} onClick={() => void act(() => call('pledge.citePress', { cardId, communicationId: c.id }))}>
                      참고자료에 싣기
                    </Button>
                  )}
                </RowActions>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.length === 0 && <Text c="dimmed">기록된 구민소통 활동이 없습니다.</Text>}
    </Stack>
  );
}
