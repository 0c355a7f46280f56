import { Alert, Autocomplete, Button, Group, Input, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { InterpretationRequest, RequestInput } from '../../shared/contract/interpretation';
import { CIVIL_TASK_SUGGESTIONS, INTERPRETATION_LANGUAGES, OUTCOMES, type LanguageCode } from '../../shared/interpretationLanguages';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { useChannel } from '../api/useChannel';
import { SubmitForm } from '../app/SubmitForm';
import { enterSaves } from './enterSaves';
import { interpreterOptions, InterpreterSuggestions } from './InterpreterSuggestions';
import { koreanFilter } from './koreanFilter';

export type RequestDraft = Required<Omit<RequestInput, 'id'>> & { id?: number };

const FIELDS = ['date', 'time', 'language', 'languageNote', 'methodId', 'task', 'people', 'minutes', 'status', 'outcome', 'staffId', 'interpreterId', 'nationality', 'note'];
const LANGUAGE_OPTIONS = INTERPRETATION_LANGUAGES.map((l) => ({ value: l.code, label: l.label }));
const selectAllOnFocus = (e: React.FocusEvent<HTMLInputElement>) => e.currentTarget.select();
const numberOrNull = (v: string | number) => (typeof v === 'number' ? v : null);

interface Props {
  initial: RequestDraft;
  onSaved: (saved: InterpretationRequest) => void;
  onCancel: () => void;
  /** Offered on a saved record, for one entered by mistake (a booking that fell through is cancelled instead). */
  onDeleted?: () => void;
}

/** One request: the quick form (F3), a booking, and an edit all use it. Enter saves from any field. */
export function RequestForm({ initial, onSaved, onCancel, onDeleted }: Props) {
  const [draft, setDraft] = useState<RequestDraft>(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const methods = useChannel('interpretation.methods.list', { includeInactive: true });
  const staff = useChannel('staff.list', { includeInactive: true });
  const interpreters = useChannel('interpretation.interpreters.list', { language: draft.language });
  const set = <K extends keyof RequestDraft>(key: K, value: RequestDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  // A retired way stays selectable only on the record that already uses it.
  const methodOptions = (methods.data ?? [])
    .filter((m) => m.active || m.id === initial.methodId)
    .map((m) => ({ value: String(m.id), label: m.active ? m.name : `${m.name} (사용 안 함)` }));
  // Someone who has left stays readable on the records they handled, but is not offered for new ones.
  const staffOptions = (staff.data ?? [])
    .filter((s) => s.active || s.id === initial.staffId || s.id === initial.interpreterId)
    .map((s) => ({ value: String(s.id), label: `${s.name} (${s.departmentName})` }));

  const save = async () => {
    setSaving(true);
    const result = await call('interpretation.requests.save', {
      ...draft,
      outcome: draft.status === '완료' ? draft.outcome : null,
      time: draft.time || null,
    });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    onSaved(result.value);
  };

  const remove = async () => {
    if (!initial.id) return;
    if (!confirmDelete) return setConfirmDelete(true);
    const result = await call('interpretation.requests.delete', { id: initial.id });
    if (!result.ok) return setError(result.error);
    onDeleted?.();
  };

  const statusOptions = initial.id ? ['완료', '예약', '취소'] : ['완료', '예약'];

  return (
    <SubmitForm onSubmit={() => !saving && save()} aria-label="통역 요청" onKeyDown={enterSaves}>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select
            openOnFocus={false}
            label="언어"
            required
            searchable
            selectFirstOptionOnChange
            data-autofocus
            data={LANGUAGE_OPTIONS}
            filter={koreanFilter}
            value={draft.language}
            onChange={(v) => v && set('language', v as LanguageCode)}
            onFocus={selectAllOnFocus}
            allowDeselect={false}
            error={errorFor(error, 'language')}
          />
          <Select
            openOnFocus={false}
            label="지원 방법"
            required
            searchable
            selectFirstOptionOnChange
            data={methodOptions}
            filter={koreanFilter}
            value={draft.methodId ? String(draft.methodId) : null}
            onChange={(v) => set('methodId', v ? Number(v) : 0)}
            onFocus={selectAllOnFocus}
            allowDeselect={false}
            error={errorFor(error, 'methodId')}
            nothingFoundMessage="설정 탭에서 지원 방법을 추가하세요"
          />
        </SimpleGrid>
        {draft.language === 'other' && (
          <TextInput label="기타 언어명" placeholder="예: 아랍어" value={draft.languageNote} onChange={(e) => set('languageNote', e.currentTarget.value)} error={errorFor(error, 'languageNote')} />
        )}
        <InterpreterSuggestions language={draft.language} interpreters={interpreters.data} />
        <SimpleGrid cols={2}>
          <Autocomplete
            openOnFocus={false}
            label="민원 업무"
            required
            placeholder="예: 전입신고 (목록에 없으면 직접 입력)"
            data={[...CIVIL_TASK_SUGGESTIONS]}
            filter={koreanFilter}
            selectFirstOptionOnChange
            value={draft.task}
            onChange={(v) => set('task', v)}
            error={errorFor(error, 'task')}
          />
          <NumberInput label="인원(명)" min={1} max={200} allowDecimal={false} value={draft.people} onChange={(v) => set('people', numberOrNull(v) ?? 1)} error={errorFor(error, 'people')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Input.Wrapper label="상태" error={errorFor(error, 'status')}>
            <SegmentedControl fullWidth aria-label="상태" data={statusOptions} value={draft.status} onChange={(v) => set('status', v as RequestDraft['status'])} />
          </Input.Wrapper>
          {draft.status === '완료' ? (
            <Input.Wrapper label="결과" error={errorFor(error, 'outcome')}>
              <SegmentedControl fullWidth aria-label="결과" data={[...OUTCOMES]} value={draft.outcome ?? ''} onChange={(v) => set('outcome', v as RequestDraft['outcome'])} />
            </Input.Wrapper>
          ) : (
            <Text size="sm" c="dimmed" mt="lg">
              {draft.status === '예약' ? '예약은 통역이 끝난 뒤 완료로 바꾸면 실적에 들어갑니다.' : '취소된 예약은 실적에 들어가지 않습니다.'}
            </Text>
          )}
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Select
            openOnFocus={false}
            label="처리 직원"
            searchable
            clearable
            data={staffOptions}
            filter={koreanFilter}
            value={draft.staffId ? String(draft.staffId) : null}
            onChange={(v) => set('staffId', v ? Number(v) : null)}
            onFocus={selectAllOnFocus}
            error={errorFor(error, 'staffId')}
          />
          <Select
            openOnFocus={false}
            label="통역한 특약관(선택)"
            searchable
            clearable
            data={interpreterOptions(draft.language, interpreters.data, staffOptions)}
            filter={koreanFilter}
            value={draft.interpreterId ? String(draft.interpreterId) : null}
            onChange={(v) => set('interpreterId', v ? Number(v) : null)}
            onFocus={selectAllOnFocus}
            error={errorFor(error, 'interpreterId')}
          />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <TextInput type="date" label="날짜" required value={draft.date} onChange={(e) => set('date', e.currentTarget.value)} error={errorFor(error, 'date')} />
          <TextInput type="time" label="시각" value={draft.time ?? ''} onChange={(e) => set('time', e.currentTarget.value || null)} error={errorFor(error, 'time')} />
          <NumberInput label="소요 시간(분)" min={0} max={600} allowDecimal={false} value={draft.minutes ?? ''} onChange={(v) => set('minutes', numberOrNull(v))} error={errorFor(error, 'minutes')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput label="국적(선택)" value={draft.nationality} onChange={(e) => set('nationality', e.currentTarget.value)} error={errorFor(error, 'nationality')} />
          <TextInput label="메모(선택)" value={draft.note} onChange={(e) => set('note', e.currentTarget.value)} error={errorFor(error, 'note')} />
        </SimpleGrid>
        {formError(error, FIELDS) && <Alert color="red">{formError(error, FIELDS)}</Alert>}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Enter 저장 · Esc 닫기 · 방문자 개인정보는 기록하지 않습니다
          </Text>
          <Group>
            {initial.id && onDeleted && (
              <Button variant={confirmDelete ? 'filled' : 'subtle'} color="red" onClick={remove}>
                {confirmDelete ? '한 번 더 누르면 삭제' : '잘못 입력한 기록 삭제'}
              </Button>
            )}
            <Button variant="default" onClick={onCancel}>
              닫기
            </Button>
            <Button type="submit" loading={saving}>
              저장
            </Button>
          </Group>
        </Group>
      </Stack>
    </SubmitForm>
  );
}
