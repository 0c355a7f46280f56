import { Checkbox, Group, MultiSelect, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Interpreter, InterpreterInput } from '../../shared/contract/interpretation';
import { INTERPRETATION_LANGUAGES, languageLabel, LEVELS, type LanguageCode, type LanguageLevel } from '../../shared/interpretationLanguages';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { useChannel } from '../api/useChannel';
import { FormFooter } from '../app/FormFooter';
import { SubmitForm } from '../app/SubmitForm';
import { enterSaves } from './enterSaves';
import { koreanFilter } from './koreanFilter';

type Draft = Required<InterpreterInput>;

/** One 외국어 특약관: a staff member, the languages they can interpret in with a level each, and when they are free. */
export function InterpreterForm({ editing, onSaved, onCancel }: { editing: Interpreter | null; onSaved: () => void; onCancel: () => void }) {
  const staff = useChannel('staff.list', { includeInactive: false });
  const [draft, setDraft] = useState<Draft>(
    editing
      ? { staffId: editing.staffId, languages: editing.languages.map(({ language, level }) => ({ language, level })), availability: editing.availability, active: editing.active }
      : { staffId: 0, languages: [], availability: '', active: true },
  );
  const [error, setError] = useState<AppError | null>(null);

  const setLanguages = (codes: string[]) =>
    setDraft((d) => ({ ...d, languages: codes.map((c) => d.languages.find((l) => l.language === c) ?? { language: c as LanguageCode, level: '중' }) }));
  const setLevel = (language: LanguageCode, level: LanguageLevel) =>
    setDraft((d) => ({ ...d, languages: d.languages.map((l) => (l.language === language ? { ...l, level } : l)) }));

  const save = async () => {
    const result = await call('interpretation.interpreters.save', draft);
    if (!result.ok) return setError(result.error);
    setError(null);
    onSaved();
  };

  return (
    <SubmitForm onSubmit={save} aria-label="특약관" onKeyDown={enterSaves}>
      <Stack>
        <Select openOnFocus={false} label="직원" required searchable filter={koreanFilter} disabled={!!editing} data-autofocus
          data={(staff.data ?? []).map((s) => ({ value: String(s.id), label: `${s.name} (${s.departmentName})` }))}
          value={draft.staffId ? String(draft.staffId) : editing ? String(editing.staffId) : null}
          onChange={(v) => setDraft({ ...draft, staffId: v ? Number(v) : 0 })} error={errorFor(error, 'staffId')}
          nothingFoundMessage="직원·부서 메뉴에서 직원을 먼저 등록하세요" />
        <MultiSelect openOnFocus={false} label="통역 가능 언어" required searchable filter={koreanFilter}
          data={INTERPRETATION_LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
          value={draft.languages.map((l) => l.language)} onChange={setLanguages} error={errorFor(error, 'languages')} />
        {draft.languages.map((l) => (
          <Group key={l.language} justify="space-between">
            <Text size="sm">{languageLabel(l.language)} 수준</Text>
            <SegmentedControl aria-label={`${languageLabel(l.language)} 수준`} data={[...LEVELS]} value={l.level} onChange={(v) => setLevel(l.language, v as LanguageLevel)} />
          </Group>
        ))}
        <TextInput label="가능 시간·연락" placeholder="예: 평일 오전, 내선 1234" value={draft.availability} onChange={(e) => setDraft({ ...draft, availability: e.currentTarget.value })} error={errorFor(error, 'availability')} />
        <Checkbox label="특약관 명단에 포함" checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.currentTarget.checked })} />
        <FormFooter error={formError(error, ['staffId', 'languages', 'availability'])} onCancel={onCancel} cancelLabel="닫기" />
      </Stack>
    </SubmitForm>
  );
}
