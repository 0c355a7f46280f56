import { Autocomplete, Group, MultiSelect, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { HealingProgram } from '../../../shared/contract/healing';
import type { StaffMember } from '../../../shared/contract/staff';
import type { AppError } from '../../../shared/result';
import { call } from '../../api/client';
import { errorFor, formError } from '../../api/fieldErrors';
import { FormFooter } from '../../app/FormFooter';
import { SubmitForm } from '../../app/SubmitForm';
import { koreanFilter } from '../koreanFilter';

/** Activities offices often run; any other can be typed. */
const ACTIVITIES = ['요가', '공예', '요트', '숲길 걷기', '명상', '원예', '영화 관람', '문화 탐방'];

interface Props {
  editing: HealingProgram | null;
  initialDate?: string;
  staff: StaffMember[];
  onSaved: (program: HealingProgram) => void;
  onCancel: () => void;
}

export function HealingForm({ editing, initialDate, staff, onSaved, onCancel }: Props) {
  const [date, setDate] = useState(editing?.date ?? initialDate ?? '');
  const [place, setPlace] = useState(editing?.place ?? '');
  const [activity, setActivity] = useState(editing?.activity ?? '');
  const [participants, setParticipants] = useState<number | ''>(editing?.participants ?? '');
  const [people, setPeople] = useState<string[]>(editing?.participantStaff.map((p) => String(p.staffId)) ?? []);
  const [costWon, setCostWon] = useState<number | ''>(editing?.costWon ?? 0);
  const [note, setNote] = useState(editing?.note ?? '');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  // Someone named on the program who has since left still shows, so saving does not silently drop them.
  const options = [
    ...staff.map((s) => ({ value: String(s.id), label: `${s.name} (${s.departmentName})` })),
    ...(editing?.participantStaff ?? []).filter((p) => !staff.some((s) => s.id === p.staffId)).map((p) => ({ value: String(p.staffId), label: `${p.name} (${p.departmentName})` })),
  ];

  const save = async () => {
    setBusy(true);
    const result = await call('healing.save', {
      id: editing?.id,
      date,
      place,
      activity,
      // 0 is below the minimum, so an empty box gets the schema's Korean message beside it.
      participants: participants === '' ? 0 : participants,
      participantStaffIds: people.map(Number),
      costWon: costWon === '' ? 0 : costWon,
      note,
    });
    setBusy(false);
    if (!result.ok) {
      setSaved(false);
      return setError(result.error);
    }
    setError(null);
    setSaved(true);
    onSaved(result.value);
  };

  const general = formError(error, ['date', 'place', 'activity', 'participants', 'participantStaffIds', 'costWon', 'note']);
  return (
    <SubmitForm onSubmit={save}>
      <Stack>
        <Group grow align="flex-start">
          <TextInput type="date" label="날짜" required data-autofocus value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errorFor(error, 'date')} />
          <TextInput label="장소" required placeholder="예: 태종대" value={place} onChange={(e) => setPlace(e.currentTarget.value)} error={errorFor(error, 'place')} />
          <Autocomplete label="활동" required placeholder="예: 요가" data={ACTIVITIES} value={activity} onChange={setActivity} error={errorFor(error, 'activity')} />
        </Group>
        <Group grow align="flex-start">
          <NumberInput
            label="참여 인원"
            required
            min={1}
            allowDecimal={false}
            allowNegative={false}
            suffix="명"
            value={participants}
            onChange={(v) => setParticipants(typeof v === 'number' ? v : '')}
            error={errorFor(error, 'participants')}
            description={people.length ? `명단 ${people.length}명 이상` : undefined}
          />
          <NumberInput
            label="비용(원)"
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            suffix="원"
            value={costWon}
            onChange={(v) => setCostWon(typeof v === 'number' ? v : '')}
            error={errorFor(error, 'costWon')}
          />
        </Group>
        <MultiSelect
          label="참여 직원 (선택)"
          description="명단을 적으면 참여 인원은 명단 인원 이상이어야 합니다."
          placeholder="이름·초성 검색"
          searchable
          filter={koreanFilter}
          data={options}
          value={people}
          onChange={(v) => {
            setPeople(v);
            if (participants === '' || participants < v.length) setParticipants(v.length || '');
          }}
          error={errorFor(error, 'participantStaffIds')}
          nothingFoundMessage="직원이 없습니다"
        />
        <Textarea label="메모" rows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errorFor(error, 'note')} />
        <FormFooter
          error={general}
          onCancel={onCancel}
          cancelLabel={editing ? '닫기' : '취소'}
          saving={busy}
          status={
            saved && (
              <Text size="sm" c="green.8">
                저장했습니다.
              </Text>
            )
          }
        />
      </Stack>
    </SubmitForm>
  );
}
