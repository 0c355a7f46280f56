import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { deskToday } from '../../shared/korean/deskClock';
import { fullDate } from '../../shared/korean/reportFormat';
import { COMMUNICATION_CATEGORIES, communicationCategoryLabel, type CommunicationCategory } from '../../shared/pledge/records';
import type { Result } from '../../shared/result';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { RowActions } from '../app/RowActions';
import { DateField } from '../forms/DateField';
import { useContractForm } from '../forms/useContractForm';
import { RecordFormButtons, RecordFormPanel } from './RecordForm';

const blank = () => ({ id: null as number | null, date: deskToday(), category: 'press' as CommunicationCategory, title: '', outlet: '', details: '' });
const CARRIED = '앞 기록과 같게 둠';

/** 구민소통실적: every briefing, survey, advice, press item and other activity, dated. */
export function CommunicationTab({ cardId }: { cardId: number }) {
  const list = useChannel('pledge.communications', { cardId });
  const form = useContractForm('pledge.saveCommunication', { initialValues: blank(), toInput: (v) => ({ ...v, cardId, id: v.id ?? undefined }) });
  // The next entry is usually of the same kind on a nearby day: both are kept, and the form says so.
  const [carried, setCarried] = useState<{ date: string; category: CommunicationCategory } | null>(null);
  const { values } = form;
  const act = async (run: () => Promise<Result<unknown>>) => {
    const result = await run();
    if (!result.ok) form.setFormError(result.error.message);
  };

  return (
    <Stack>
      <RecordFormPanel
        form={form}
        onSaved={(_, saved) => {
          setCarried({ date: saved.date, category: saved.category });
          form.startOver({ ...blank(), date: saved.date, category: saved.category });
        }}
      >
        <Group align="flex-start">
          <DateField label="날짜" required w={190} description={carried?.date === values.date ? CARRIED : undefined} {...form.getInputProps('date')} />
          <Select
            label="구분"
            required
            data={COMMUNICATION_CATEGORIES.map((c) => ({ value: c, label: communicationCategoryLabel[c] }))}
            allowDeselect={false}
            w={170}
            description={carried?.category === values.category ? CARRIED : undefined}
            {...form.getInputProps('category')}
          />
          <TextInput label="제목" required style={{ flex: 1 }} miw={220} {...form.getInputProps('title')} />
          {values.category === 'press' && <TextInput label="언론사" required placeholder="부산일보" w={150} {...form.getInputProps('outlet')} />}
        </Group>
        <Group align="flex-end" mt="sm">
          <TextInput label="내용" style={{ flex: 1 }} {...form.getInputProps('details')} />
          <RecordFormButtons editing={values.id !== null} onCancel={() => form.startOver(blank())} isUnsaved={form.isUnsaved} />
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
                  onEdit={() => form.startOver({ id: c.id, date: c.date, category: c.category, title: c.title, outlet: c.outlet ?? '', details: c.details })}
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
