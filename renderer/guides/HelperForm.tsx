import { deskToday } from '../../shared/korean/deskClock';
import { Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { helperKindLabel, HELPER_KINDS, type GuideHelper, type HelperKind } from '../../shared/contract/guides';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { FormFooter } from '../app/FormFooter';
import { SubmitForm } from '../app/SubmitForm';

interface Props {
  editing: GuideHelper | null;
  onSaved: (helper: GuideHelper) => void;
  onCancel: () => void;
}

const FIELDS = ['name', 'contact', 'kind', 'activeFrom', 'activeTo', 'quotaHoursPerDay', 'quotaDaysPerMonth', 'note'];
const numberOrNull = (v: number | string) => (v === '' ? null : Number(v));

export function HelperForm({ editing, onSaved, onCancel }: Props) {
  const [name, setName] = useState(editing?.name ?? '');
  const [contact, setContact] = useState(editing?.contact ?? '');
  const [kind, setKind] = useState<HelperKind>(editing?.kind ?? 'seniorJob');
  const [activeFrom, setActiveFrom] = useState(editing?.activeFrom ?? deskToday());
  const [activeTo, setActiveTo] = useState(editing?.activeTo ?? '');
  const [hoursPerDay, setHoursPerDay] = useState<number | string>(editing ? (editing.quotaHoursPerDay ?? '') : 3);
  const [daysPerMonth, setDaysPerMonth] = useState<number | string>(editing ? (editing.quotaDaysPerMonth ?? '') : 10);
  const [note, setNote] = useState(editing?.note ?? '');
  const [error, setError] = useState<AppError | null>(null);

  const save = async () => {
    const result = await call('guides.saveHelper', {
      id: editing?.id,
      name,
      contact,
      kind,
      activeFrom,
      activeTo: activeTo || null,
      quotaHoursPerDay: numberOrNull(hoursPerDay),
      quotaDaysPerMonth: numberOrNull(daysPerMonth),
      note,
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    onSaved(result.value);
  };

  return (
    <SubmitForm onSubmit={save}>
      <Stack>
        <TextInput label="이름" required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorFor(error, 'name')} />
        <TextInput label="연락처" placeholder="010-1234-5678" value={contact} onChange={(e) => setContact(e.currentTarget.value)} error={errorFor(error, 'contact')} />
        <Select
          label="구분"
          required
          allowDeselect={false}
          data={HELPER_KINDS.map((k) => ({ value: k, label: helperKindLabel[k] }))}
          value={kind}
          onChange={(v) => v && setKind(v as HelperKind)}
          error={errorFor(error, 'kind')}
        />
        <Group grow align="flex-start">
          <TextInput label="활동 시작일" type="date" required value={activeFrom} onChange={(e) => setActiveFrom(e.currentTarget.value)} error={errorFor(error, 'activeFrom')} />
          <TextInput label="활동 종료일" type="date" description="비우면 계속 활동" value={activeTo} onChange={(e) => setActiveTo(e.currentTarget.value)} error={errorFor(error, 'activeTo')} />
        </Group>
        <Group grow align="flex-start">
          <NumberInput label="하루 기준 시간" description="예: 노인일자리 3시간" min={0.5} max={12} step={0.5} decimalScale={1} value={hoursPerDay} onChange={setHoursPerDay} error={errorFor(error, 'quotaHoursPerDay')} />
          <NumberInput label="월 기준 일수" description="비우면 기준 없음" min={1} max={31} allowDecimal={false} value={daysPerMonth} onChange={setDaysPerMonth} error={errorFor(error, 'quotaDaysPerMonth')} />
        </Group>
        <TextInput label="메모" value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errorFor(error, 'note')} />
        <FormFooter error={formError(error, FIELDS)} onCancel={onCancel} />
      </Stack>
    </SubmitForm>
  );
}
