import { Select, SimpleGrid, Stack, TextInput, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useState } from 'react';
import { KINDNESS_SOURCES, kindnessMonthLabel, kindnessSourceLabels, type KindnessNomination, type KindnessSource } from '../../shared/contract/kindness';
import type { StaffMember } from '../../shared/contract/staff';
import { matchesKoreanQuery } from '../../shared/korean/search';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { FormFooter } from '../app/FormFooter';
import { SubmitForm } from '../app/SubmitForm';
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

const FIELDS = ['staffId', 'source', 'evidence', 'receivedOn', 'enteredById'];
/** Finds people by 초성 too: "ㅎㄱㄷ" finds 홍길동. */
const koreanFilter: OptionsFilter = ({ options, search }) => (options as ComboboxItem[]).filter((o) => matchesKoreanQuery(o.label, search));
const sourceOptions = KINDNESS_SOURCES.map((s) => ({ value: s, label: kindnessSourceLabels[s] }));

/** One nomination: who, from where, what was said, when it came in, who typed it. Enter saves. */
export function NominationForm({ month, staff, currentStaffId, editing, onSaved, onCancel }: Props) {
  const [staffId, setStaffId] = useState<string | null>(editing ? String(editing.staffId) : null);
  const [source, setSource] = useState<string | null>(editing?.source ?? 'resident_homepage');
  const [evidence, setEvidence] = useState(editing?.evidence ?? '');
  const [receivedOn, setReceivedOn] = useState(editing?.receivedOn ?? defaultReceivedOn(month));
  const [enteredById, setEnteredById] = useState<string | null>(editing ? String(editing.enteredById) : currentStaffId ? String(currentStaffId) : null);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  const people = staff.filter((s) => s.active || String(s.id) === staffId).map((s) => ({ value: String(s.id), label: `${s.name} (${s.departmentName}${s.position ? `·${s.position}` : ''})` }));
  const enterers = staff.filter((s) => s.active || String(s.id) === enteredById).map((s) => ({ value: String(s.id), label: `${s.name} (${s.departmentName})` }));

  const save = async () => {
    setSaving(true);
    const result = await call('kindness.saveNomination', {
      id: editing?.id,
      month: editing?.month ?? month,
      // 0 is never a person: the main answers beside the field.
      staffId: staffId ? Number(staffId) : 0,
      source: (source ?? '') as KindnessSource,
      evidence,
      receivedOn,
      enteredById: enteredById ? Number(enteredById) : undefined,
    });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    if (!editing) {
      setStaffId(null);
      setEvidence('');
    }
    onSaved(result.value);
  };

  return (
    <SubmitForm onSubmit={save} aria-label={editing ? '추천 수정' : '추천 접수'}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select
            label="추천 대상 직원"
            required
            searchable
            data-autofocus
            data={people}
            filter={koreanFilter}
            value={staffId}
            onChange={setStaffId}
            error={errorFor(error, 'staffId')}
            nothingFoundMessage="직원이 없습니다. 직원·부서 메뉴에서 먼저 등록하세요."
            placeholder="이름 또는 초성(ㅎㄱㄷ)"
          />
          <Select label="추천 경로" required data={sourceOptions} value={source} onChange={setSource} allowDeselect={false} error={errorFor(error, 'source')} />
        </SimpleGrid>
        <TextInput
          label="추천 내용(근거)"
          required
          placeholder="예: 홈페이지 칭찬 게시판 – 전입신고를 끝까지 친절히 안내"
          value={evidence}
          onChange={(e) => setEvidence(e.currentTarget.value)}
          error={errorFor(error, 'evidence')}
          maxLength={500}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput type="date" label="접수일" required value={receivedOn} onChange={(e) => setReceivedOn(e.currentTarget.value)} error={errorFor(error, 'receivedOn')} />
          <Select label="입력자" required searchable data={enterers} filter={koreanFilter} value={enteredById} onChange={setEnteredById} error={errorFor(error, 'enteredById')} placeholder="입력한 직원" />
        </SimpleGrid>
        <FormFooter error={formError(error, FIELDS)} onCancel={onCancel} saving={saving} submitLabel={editing ? '수정 저장' : `${kindnessMonthLabel(month)} 추천 등록`} />
      </Stack>
    </SubmitForm>
  );
}
