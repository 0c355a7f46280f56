import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { MILESTONE_KINDS, milestoneLabel, type CertificationRound, type DatePrecision, type MilestoneKind } from '../../shared/pledge/records';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { CountInput } from '../forms/CountInput';
import { useContractForm } from '../forms/useContractForm';
import { FactDateField } from './FactDateField';

interface Step {
  kind: MilestoneKind;
  label: string;
  date: string;
  datePrecision: DatePrecision;
}

const kindOptions = MILESTONE_KINDS.map((k) => ({ value: k, label: k === 'custom' ? '직접 입력' : milestoneLabel[k] }));
const usualSteps: Step[] = (['application', 'inspection', 'selection', 'plaque'] as const).map((kind) => ({ kind, label: '', date: '', datePrecision: 'day' as const }));
const isFilled = (s: Step) => s.date.trim() !== '';

/** One 국민행복민원실 round: its steps with their dates. A step left without a date is not saved. */
export function CertificationForm({ cardId, editing, onDone }: { cardId: number; editing: CertificationRound | null; onDone: () => void }) {
  const form = useContractForm('pledge.saveCertification', {
    initialValues: {
      name: editing?.name ?? '국민행복민원실 재인증',
      validYears: (editing?.validYears ?? 3) as number | '',
      steps: editing ? editing.milestones.map((m): Step => ({ kind: m.kind, label: m.kind === 'custom' ? m.label : '', date: m.date, datePrecision: m.datePrecision })) : usualSteps,
    },
    toInput: (v) => ({
      cardId,
      id: editing?.id,
      name: v.name,
      validYears: v.validYears === '' ? Number.NaN : v.validYears,
      milestones: v.steps.filter(isFilled).map((s) => ({ kind: s.kind, label: s.label, date: s.date.trim(), datePrecision: s.datePrecision })),
    }),
    // A step's message names its place among the steps with a date; it is shown on that step's row.
    fieldOf: (field, v) => {
      const at = /^milestones\.(\d+)\.(.+)$/.exec(field);
      if (!at) return field.replace(/^milestones$/, 'steps');
      const row = v.steps.map((s, i) => (isFilled(s) ? i : -1)).filter((i) => i >= 0)[Number(at[1])];
      return row === undefined ? 'steps' : `steps.${row}.${at[2]}`;
    },
  });
  const { steps } = form.values;

  return (
    <ContractForm form={form} onSaved={onDone}>
      <Stack>
        <Group grow align="flex-start">
          <TextInput label="인증명" required data-autofocus {...form.getInputProps('name')} />
          <CountInput label="유효기간(년)" maw={140} {...form.countProps('validYears')} />
        </Group>
        <Text size="sm" c="dimmed">
          날짜를 비워 둔 단계는 저장하지 않습니다.
        </Text>
        {steps.map((s, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <Select aria-label={`${i + 1}번째 단계`} data={kindOptions} allowDeselect={false} w={170} {...form.getInputProps(`steps.${i}.kind`)} />
            {s.kind === 'custom' && <TextInput aria-label={`${i + 1}번째 단계 이름`} placeholder="단계 이름" w={160} {...form.getInputProps(`steps.${i}.label`)} />}
            <FactDateField
              aria-label={`${s.kind === 'custom' ? s.label || '직접 입력' : milestoneLabel[s.kind]} 날짜`}
              w={190}
              clearable
              {...form.getInputProps(`steps.${i}.date`)}
              precision={s.datePrecision}
              onPrecisionChange={(p) => form.setFieldValue(`steps.${i}.datePrecision`, p)}
            />
            <ActionIcon variant="subtle" color="red" mt={6} aria-label={`${i + 1}번째 단계 빼기`} onClick={() => form.removeListItem('steps', i)}>
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => form.insertListItem('steps', { kind: 'custom', label: '', date: '', datePrecision: 'day' })}>
            단계 추가
          </Button>
        </Group>
        <FormFooter onCancel={onDone} />
      </Stack>
    </ContractForm>
  );
}
