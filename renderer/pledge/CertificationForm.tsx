import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { MILESTONE_KINDS, milestoneLabel, type CertificationRound, type MilestoneKind } from '../../shared/pledge/records';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { FormFooter } from '../app/FormFooter';
import { SubmitForm } from '../app/SubmitForm';

interface Step {
  kind: MilestoneKind;
  label: string;
  date: string;
}

const kindOptions = MILESTONE_KINDS.map((k) => ({ value: k, label: k === 'custom' ? '직접 입력' : milestoneLabel[k] }));
const usualSteps: Step[] = (['application', 'inspection', 'selection', 'plaque'] as const).map((kind) => ({ kind, label: '', date: '' }));

/** One 국민행복민원실 round: its steps with their dates. A step left without a date is not saved. */
export function CertificationForm({ cardId, editing, onDone }: { cardId: number; editing: CertificationRound | null; onDone: () => void }) {
  const [name, setName] = useState(editing?.name ?? '국민행복민원실 재인증');
  const [validYears, setValidYears] = useState<number | string>(editing?.validYears ?? 3);
  const [steps, setSteps] = useState<Step[]>(editing ? editing.milestones.map((m) => ({ kind: m.kind, label: m.kind === 'custom' ? m.label : '', date: m.date })) : usualSteps);
  const [error, setError] = useState<AppError | null>(null);
  const change = (i: number, patch: Partial<Step>) => setSteps(steps.map((s, j) => (i === j ? { ...s, ...patch } : s)));

  const save = async () => {
    const filled = steps.filter((s) => s.date.trim() !== '');
    const result = await call('pledge.saveCertification', {
      cardId,
      id: editing?.id,
      name,
      validYears: typeof validYears === 'number' ? validYears : Number(validYears),
      milestones: filled.map((s) => ({ kind: s.kind, label: s.label, date: s.date.trim() })),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    onDone();
  };
  // A step's error names its place among the filled steps; show it on that row.
  const filledIndex = (i: number) => steps.slice(0, i).filter((s) => s.date.trim() !== '').length;
  const stepError = (i: number, field: string) => (steps[i].date.trim() ? errorFor(error, `milestones.${filledIndex(i)}.${field}`) : undefined);

  return (
    <SubmitForm onSubmit={save}>
      <Stack>
        <Group grow align="flex-start">
          <TextInput label="인증명" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorFor(error, 'name')} data-autofocus />
          <NumberInput label="유효기간(년)" min={1} max={10} value={validYears} onChange={setValidYears} error={errorFor(error, 'validYears')} maw={140} />
        </Group>
        <Text size="sm" c="dimmed">
          날짜를 비워 둔 단계는 저장하지 않습니다. 날짜는 2024-06-03 형식으로 입력하세요.
        </Text>
        {steps.map((s, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <Select aria-label={`${i + 1}번째 단계`} data={kindOptions} value={s.kind} onChange={(v) => v && change(i, { kind: v as MilestoneKind })} allowDeselect={false} w={170} />
            {s.kind === 'custom' && <TextInput aria-label={`${i + 1}번째 단계 이름`} placeholder="단계 이름" value={s.label} onChange={(e) => change(i, { label: e.currentTarget.value })} error={stepError(i, 'label')} w={160} />}
            <TextInput
              aria-label={`${s.kind === 'custom' ? s.label || '직접 입력' : milestoneLabel[s.kind]} 날짜`}
              placeholder="2024-06-03"
              value={s.date}
              onChange={(e) => change(i, { date: e.currentTarget.value })}
              error={stepError(i, 'date')}
              w={150}
            />
            <ActionIcon variant="subtle" color="red" mt={6} aria-label={`${i + 1}번째 단계 빼기`} onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => setSteps([...steps, { kind: 'custom', label: '', date: '' }])}>
            단계 추가
          </Button>
        </Group>
        {/* A step's error already shows on its row. */}
        <FormFooter error={error?.field?.startsWith('milestones.') ? null : formError(error, ['name', 'validYears'])} onCancel={onDone} />
      </Stack>
    </SubmitForm>
  );
}
