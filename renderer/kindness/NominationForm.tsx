import { Select, SimpleGrid, Stack, TextInput, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { KINDNESS_SOURCES, kindnessMonthLabel, kindnessSourceLabels, type KindnessNomination, type KindnessSource } from '../../shared/contract/kindness';
import type { StaffMember } from '../../shared/contract/staff';
import { matchesKoreanQuery } from '../../shared/korean/search';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { DateField } from '../forms/DateField';
import { useContractForm } from '../forms/useContractForm';
import { defaultReceivedOn } from './kindnessDates';

interface Props {
  month: string;
  staff: StaffMember[];
  /** The person at the PC: entered-by starts as them. */
  currentStaffId: number | null;
  editing: KindnessNomination | null;
  onSaved: (saved: KindnessNomination) => void;
  onCancel?: () => void;
}

/** Finds people by 초성 too: "ㅎㄱㄷ" finds 홍길동. */
const koreanFilter: OptionsFilter = ({ options, search }) => (options as ComboboxItem[]).filter((o) => matchesKoreanQuery(o.label, search));
const sourceOptions = KINDNESS_SOURCES.map((s) => ({ value: s, label: kindnessSourceLabels[s] }));
const idText = (id: number | null | undefined) => (id ? String(id) : null);

/** One nomination: who, from where, what was said, when it came in, who typed it. Enter saves. */
export function NominationForm({ month, staff, currentStaffId, editing, onSaved, onCancel }: Props) {
  const form = useContractForm('kindness.saveNomination', {
    initialValues: {
      staffId: idText(editing?.staffId),
      source: (editing?.source ?? 'resident_homepage') as KindnessSource,
      evidence: editing?.evidence ?? '',
      receivedOn: editing?.receivedOn ?? defaultReceivedOn(month),
      enteredById: idText(editing ? editing.enteredById : currentStaffId),
    },
    toInput: (v) => ({
      ...v,
      id: editing?.id,
      month: editing?.month ?? month,
      // 0 is never a person: the contract answers beside the field.
      staffId: Number(v.staffId) || 0,
      enteredById: v.enteredById ? Number(v.enteredById) : undefined,
    }),
  });
  const { staffId, enteredById } = form.values;
  const people = staff.filter((s) => s.active || String(s.id) === staffId).map((s) => ({ value: String(s.id), label: `${s.name} (${s.departmentName}${s.position ? `·${s.position}` : ''})` }));
  const enterers = staff.filter((s) => s.active || String(s.id) === enteredById).map((s) => ({ value: String(s.id), label: `${s.name} (${s.departmentName})` }));

  return (
    <ContractForm
      form={form}
      aria-label={editing ? '추천 수정' : '추천 접수'}
      onSaved={(saved) => {
        // The next nomination starts from the defaults, not from this one's person and source.
        if (!editing) form.startOver();
        onSaved(saved);
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select
            label="추천 대상 직원"
            required
            searchable
            data-autofocus
            data={people}
            filter={koreanFilter}
            nothingFoundMessage="직원이 없습니다. 직원·부서 메뉴에서 먼저 등록하세요."
            placeholder="이름 또는 초성(ㅎㄱㄷ)"
            {...form.getInputProps('staffId')}
          />
          <Select label="추천 경로" required data={sourceOptions} allowDeselect={false} {...form.getInputProps('source')} />
        </SimpleGrid>
        <TextInput label="추천 내용(근거)" required placeholder="예: 홈페이지 칭찬 게시판 – 전입신고를 끝까지 친절히 안내" maxLength={500} {...form.getInputProps('evidence')} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <DateField label="접수일" required {...form.getInputProps('receivedOn')} />
          <Select label="입력자" required searchable data={enterers} filter={koreanFilter} placeholder="입력한 직원" {...form.getInputProps('enteredById')} />
        </SimpleGrid>
        <FormFooter onCancel={onCancel} submitLabel={editing ? '수정 저장' : `${kindnessMonthLabel(month)} 추천 등록`} />
      </Stack>
    </ContractForm>
  );
}
