import { deskToday } from '../../shared/korean/deskClock';
import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SectionInput } from '../../shared/contract/pledge';
import type { PledgeCard } from '../../shared/pledge/records';
import type { PrintRequest } from '../../shared/pledge/printRoute';
import { useChannel } from '../api/useChannel';
import { ContractForm } from '../forms/ContractForm';
import { DateField } from '../forms/DateField';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';
import { LineRecords } from './LineRecords';
import { NoteForm } from './NoteForm';
import { SectionLines } from './SectionLines';
import { SectionOutputs } from './SectionOutputs';

/** 추진실적: pick a period, see the section generated from the records, arrange it and take it out. */
export function SectionTab({ card, onPrint }: { card: PledgeCard; onPrint: (r: PrintRequest) => void }) {
  const form = useContractForm('pledge.section', {
    initialValues: { from: `${Number(deskToday().slice(0, 4)) - 1}-01-01`, to: deskToday(), asOf: deskToday() },
    toInput: (v) => ({ cardId: card.id, ...v }),
    asksBeforeDiscard: false,
  });
  const [period, setPeriod] = useState<SectionInput>(() => ({ cardId: card.id, ...form.values }));
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const section = useChannel('pledge.section', { ...period, cardId: card.id });
  const lines = section.data?.lines ?? [];
  const selected = lines.find((l) => l.key === selectedKey) ?? null;
  const shownPeriod = section.data ? { cardId: card.id, from: section.data.from, to: section.data.to, asOf: section.data.asOf } : null;

  return (
    <Stack>
      <ContractForm form={form} onValid={setPeriod} aria-label="추진실적 기간">
        <Group align="flex-start">
          <DateField label="시작일" w={200} {...form.getInputProps('from')} />
          <DateField label="종료일" w={200} {...form.getInputProps('to')} />
          <DateField label="기준일" description="이 날까지의 기록으로 셉니다" w={200} {...form.getInputProps('asOf')} />
          <Button type="submit" mt={25}>
            추진실적 만들기
          </Button>
        </Group>
        <FormError mt="xs" />
      </ContractForm>
      {section.error && <Alert color="red">{section.error.message}</Alert>}
      {section.data && shownPeriod && (
        <>
          <SectionOutputs section={section.data} period={shownPeriod} onPrint={onPrint} />
          <Grid>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Paper withBorder p="md">
                <Title order={3} size="h5" mb="xs">
                  {section.data.heading}
                </Title>
                <Text size="xs" c="dimmed" mb="sm">
                  줄을 누르면 그 줄을 만든 기록이 오른쪽에 나옵니다. 숫자는 기록에서만 나오며 고칠 수 없습니다. 순서·숨김·메모는 이 카드에 저장됩니다.
                </Text>
                <SectionLines cardId={card.id} lines={lines} selectedKey={selectedKey} onSelect={setSelectedKey} />
                <NoteForm cardId={card.id} under={selected} />
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack>
                <LineRecords cardId={card.id} line={selected} />
                <Paper withBorder p="md">
                  <Title order={3} size="h5" mb="xs">
                    복사될 텍스트
                  </Title>
                  <pre aria-label="추진실적 텍스트" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0, fontSize: 14 }}>
                    {section.data.text}
                  </pre>
                </Paper>
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
