import { Autocomplete, Group, MultiSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { HealingProgram } from '../../../shared/contract/healing';
import type { StaffMember } from '../../../shared/contract/staff';
import { FormFooter } from '../../app/FormFooter';
import { ContractForm } from '../../forms/ContractForm';
import { CountInput } from '../../forms/CountInput';
import { DateField } from '../../forms/DateField';
import { useContractForm } from '../../forms/useContractForm';
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

/** An emptied number box is refused with the contract's "숫자로 입력하세요", never taken as 0. */
const numberOrNaN = (v: number | '') => (v === '' ? Number.NaN : v);

export function HealingForm({ editing, initialDate, staff, onSaved, onCancel }: Props) {
  const form = useContractForm('healing.save', {
    initialValues: {
      date: editing?.date ?? initialDate ?? '',
      place: editing?.place ?? '',
      activity: editing?.activity ?? '',
      participants: (editing?.participants ?? '') as number | '',
      participantStaffIds: editing?.participantStaff.map((p) => String(p.staffId)) ?? [],
      costWon: (editing?.costWon ?? 0) as number | '',
      note: editing?.note ?? '',
    },
    toInput: (v) => ({
      ...v,
      id: editing?.id,
      participants: numberOrNaN(v.participants),
      participantStaffIds: v.participantStaffIds.map(Number),
      costWon: numberOrNaN(v.costWon),
    }),
  });
  const [saved, setSaved] = useState(false);
  const { participants, participantStaffIds } = form.values;

  // Someone named on the program who has since left still shows, so saving does not silently drop them.
  const options = [
    ...staff.map((s) => ({ value: String(s.id), label: `${s.name} (${s.departmentName})` })),
    ...(editing?.participantStaff ?? []).filter((p) => !staff.some((s) => s.id === p.staffId)).map((p) => ({ value: String(p.staffId), label: `${p.name} (${p.departmentName})` })),
  ];

  return (
    <ContractForm
      form={form}
      aria-label={editing ? '힐링프로그램 수정' : '힐링프로그램 등록'}
      onSaved={(program) => {
        setSaved(true);
        onSaved(program);
      }}
    >
      <Stack>
        <Group grow align="flex-start">
          <DateField label="날짜" required data-autofocus {...form.getInputProps('date')} />
          <TextInput label="장소" required placeholder="예: 태종대" {...form.getInputProps('place')} />
          <Autocomplete label="활동" required placeholder="예: 요가" data={ACTIVITIES} {...form.getInputProps('activity')} />
        </Group>
        <Group grow align="flex-start">
          <CountInput
            label="참여 인원"
            required
            suffix="명"
            description={participantStaffIds.length ? `명단 ${participantStaffIds.length}명 이상` : undefined}
            {...form.countProps('participants')}
          />
          <CountInput label="비용(원)" thousandSeparator="," suffix="원" {...form.countProps('costWon')} />
        </Group>
        <MultiSelect
          label="참여 직원 (선택)"
          description="명단을 적으면 참여 인원은 명단 인원 이상이어야 합니다."
          placeholder="이름·초성 검색"
          searchable
          filter={koreanFilter}
          data={options}
          nothingFoundMessage="직원이 없습니다"
          {...form.getInputProps('participantStaffIds')}
          onChange={(ids) =>
            // The count follows the list up as people are named, and is never lowered by it.
            form.setValues({ participantStaffIds: ids, participants: participants === '' || participants < ids.length ? ids.length || '' : participants })
          }
        />
        <Textarea label="메모" rows={2} {...form.getInputProps('note')} />
        <FormFooter
          onCancel={onCancel}
          cancelLabel={editing ? '닫기' : '취소'}
          status={
            saved &&
            !form.isUnsaved() && (
              <Text size="sm" c="green.8">
                저장했습니다.
              </Text>
            )
          }
        />
      </Stack>
    </ContractForm>
  );
}
