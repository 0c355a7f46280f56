import { Autocomplete, Button, Input, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { InterpretationRequest } from '../../shared/contract/interpretation';
import { CIVIL_TASK_SUGGESTIONS, INTERPRETATION_LANGUAGES, OUTCOMES, type RequestStatus } from '../../shared/interpretationLanguages';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { CountInput } from '../forms/CountInput';
import { DateField } from '../forms/DateField';
import { TimeField } from '../forms/TimeField';
import { useContractForm } from '../forms/useContractForm';
import { useDuplicateQuestion } from './DuplicateQuestion';
import { interpreterOptions, InterpreterSuggestions } from './InterpreterSuggestions';
import { koreanFilter } from './koreanFilter';
import { requestInputOf, type RequestOpening } from './requestValues';

const LANGUAGE_OPTIONS = INTERPRETATION_LANGUAGES.map((l) => ({ value: l.code, label: l.label }));
const selectAllOnFocus = (e: React.FocusEvent<HTMLInputElement>) => e.currentTarget.select();
const USUAL = '최근 90일 가장 많이 쓴 것으로 채워 둠';

interface Props {
  opening: RequestOpening;
  onSaved: (saved: InterpretationRequest) => void;
  /** The office server was gone and the new request was kept on this PC to be sent later. */
  onKept?: () => void;
  onCancel: () => void;
  /** Offered on a saved record, for one entered by mistake (a booking that fell through is cancelled instead). */
  onDeleted?: () => void;
}

/** One request: the quick form (F3), a booking, and an edit all use it. Enter saves from any field. */
export function RequestForm({ opening, onSaved, onKept, onCancel, onDeleted }: Props) {
  const initial = opening.values;
  const form = useContractForm('interpretation.requests.save', { initialValues: initial, toInput: requestInputOf });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const duplicate = useDuplicateQuestion();
  const { values } = form;
  const methods = useChannel('interpretation.methods.list', { includeInactive: true });
  const staff = useChannel('staff.list', { includeInactive: true });
  const interpreters = useChannel('interpretation.interpreters.list', { language: values.language });

  // A retired way stays selectable only on the record that already uses it.
  const methodOptions = (methods.data ?? [])
    .filter((m) => m.active || String(m.id) === initial.methodId)
    .map((m) => ({ value: String(m.id), label: m.active ? m.name : `${m.name} (사용 안 함)` }));
  // Someone who has left stays readable on the records they handled, but is not offered for new ones.
  const staffOptions = (staff.data ?? [])
    .filter((s) => s.active || String(s.id) === initial.staffId || String(s.id) === initial.interpreterId)
    .map((s) => ({ value: String(s.id), label: `${s.name} (${s.departmentName})` }));
  // The usual language and way repeat from one visitor to the next on purpose; the form says so while they are untouched.
  const usual = (field: 'language' | 'methodId') => (opening.usual && values[field] === initial[field] ? USUAL : undefined);

  const remove = async () => {
    if (!initial.id) return;
    if (!confirmDelete) return setConfirmDelete(true);
    const result = await call('interpretation.requests.delete', { id: initial.id });
    if (!result.ok) return form.setFormError(result.error.message);
    onDeleted?.();
  };

  const statusOptions = initial.id ? ['완료', '예약', '취소'] : ['완료', '예약'];

  return (
    <ContractForm form={form} aria-label="통역 요청" onSaved={(saved) => onSaved(saved)} onKept={onKept} confirm={duplicate.confirm}>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select
            openOnFocus={false}
            label="언어"
            description={usual('language')}
            required
            searchable
            selectFirstOptionOnChange
            data-autofocus
            data={LANGUAGE_OPTIONS}
            filter={koreanFilter}
            onFocus={selectAllOnFocus}
            allowDeselect={false}
            {...form.getInputProps('language')}
          />
          <Select
            openOnFocus={false}
            label="지원 방법"
            description={usual('methodId')}
            required
            searchable
            selectFirstOptionOnChange
            data={methodOptions}
            filter={koreanFilter}
            onFocus={selectAllOnFocus}
            allowDeselect={false}
            nothingFoundMessage="설정 탭에서 지원 방법을 추가하세요"
            {...form.getInputProps('methodId')}
          />
        </SimpleGrid>
        {values.language === 'other' && <TextInput label="기타 언어명" placeholder="예: 아랍어" {...form.getInputProps('languageNote')} />}
        <InterpreterSuggestions language={values.language} interpreters={interpreters.data} />
        <SimpleGrid cols={2}>
          <Autocomplete
            openOnFocus={false}
            label="민원 업무"
            required
            placeholder="예: 전입신고 (목록에 없으면 직접 입력)"
            data={[...CIVIL_TASK_SUGGESTIONS]}
            filter={koreanFilter}
            selectFirstOptionOnChange
            {...form.getInputProps('task')}
          />
          <CountInput label="인원(명)" {...form.countProps('people')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Input.Wrapper label="상태" error={form.errorOf('status')}>
            <SegmentedControl fullWidth aria-label="상태" data={statusOptions} value={values.status} onChange={(v) => form.setFieldValue('status', v as RequestStatus)} />
          </Input.Wrapper>
          {values.status === '완료' ? (
            <Input.Wrapper label="결과" error={form.errorOf('outcome')}>
              <SegmentedControl fullWidth aria-label="결과" data={[...OUTCOMES]} value={values.outcome ?? ''} onChange={(v) => form.setFieldValue('outcome', v as (typeof OUTCOMES)[number])} />
            </Input.Wrapper>
          ) : (
            <Text size="sm" c="dimmed" mt="lg">
              {values.status === '예약' ? '예약은 통역이 끝난 뒤 완료로 바꾸면 실적에 들어갑니다.' : '취소된 예약은 실적에 들어가지 않습니다.'}
            </Text>
          )}
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Select openOnFocus={false} label="처리 직원" searchable clearable data={staffOptions} filter={koreanFilter} onFocus={selectAllOnFocus} {...form.getInputProps('staffId')} />
          <Select
            openOnFocus={false}
            label="통역한 특약관(선택)"
            searchable
            clearable
            data={interpreterOptions(values.language, interpreters.data, staffOptions)}
            filter={koreanFilter}
            onFocus={selectAllOnFocus}
            {...form.getInputProps('interpreterId')}
          />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <DateField label="날짜" required {...form.getInputProps('date')} />
          <TimeField label="시각" clearable {...form.getInputProps('time')} />
          <CountInput label="소요 시간(분)" {...form.countProps('minutes')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput label="국적(선택)" {...form.getInputProps('nationality')} />
          <TextInput label="메모(선택)" {...form.getInputProps('note')} />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          Enter 저장 · Esc 닫기 · 방문자 개인정보는 기록하지 않습니다
        </Text>
        {duplicate.question}
        <FormFooter
          onCancel={onCancel}
          cancelLabel="닫기"
          extra={
            initial.id &&
            onDeleted && (
              <Button variant={confirmDelete ? 'filled' : 'subtle'} color="red" onClick={remove}>
                {confirmDelete ? '한 번 더 누르면 삭제' : '잘못 입력한 기록 삭제'}
              </Button>
            )
          }
        />
      </Stack>
    </ContractForm>
  );
}
