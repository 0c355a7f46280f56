import { Checkbox, Group, MultiSelect, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import type { Interpreter } from '../../shared/contract/interpretation';
import { INTERPRETATION_LANGUAGES, languageLabel, LEVELS, type LanguageCode, type LanguageLevel } from '../../shared/interpretationLanguages';
import { useChannel } from '../api/useChannel';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { useContractForm } from '../forms/useContractForm';
import { koreanFilter } from './koreanFilter';

/** One 외국어 특약관: a staff member, the languages they can interpret in with a level each, and when they are free. */
export function InterpreterForm({ editing, onSaved, onCancel }: { editing: Interpreter | null; onSaved: () => void; onCancel: () => void }) {
  const staff = useChannel('staff.list', { includeInactive: false });
  const form = useContractForm('interpretation.interpreters.save', {
    initialValues: {
      staffId: editing ? String(editing.staffId) : null,
      languages: (editing?.languages ?? []).map(({ language, level }) => ({ language, level })),
      availability: editing?.availability ?? '',
      active: editing?.active ?? true,
    },
    toInput: (v) => ({ ...v, staffId: Number(v.staffId) || 0 }),
  });
  const { languages } = form.values;

  const setLanguages = (codes: string[]) =>
    form.setFieldValue(
      'languages',
      codes.map((c) => languages.find((l) => l.language === c) ?? { language: c as LanguageCode, level: '중' as LanguageLevel }),
    );

  return (
    <ContractForm form={form} aria-label="특약관" onSaved={() => onSaved()}>
      <Stack>
        <Select
          openOnFocus={false}
          label="직원"
          required
          searchable
          filter={koreanFilter}
          disabled={!!editing}
          data-autofocus
          data={(staff.data ?? []).map((s) => ({ value: String(s.id), label: `${s.name} (${s.departmentName})` }))}
          nothingFoundMessage="직원·부서 메뉴에서 직원을 먼저 등록하세요"
          {...form.getInputProps('staffId')}
        />
        <MultiSelect
          openOnFocus={false}
          label="통역 가능 언어"
          required
          searchable
          filter={koreanFilter}
          data={INTERPRETATION_LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
          {...form.getInputProps('languages')}
          value={languages.map((l) => l.language)}
          onChange={setLanguages}
        />
        {languages.map((l, i) => (
          <Group key={l.language} justify="space-between">
            <Text size="sm">{languageLabel(l.language)} 수준</Text>
            <SegmentedControl
              aria-label={`${languageLabel(l.language)} 수준`}
              data={[...LEVELS]}
              value={l.level}
              onChange={(v) => form.setFieldValue(`languages.${i}.level`, v as LanguageLevel)}
            />
          </Group>
        ))}
        <TextInput label="가능 시간·연락" placeholder="예: 평일 오전, 내선 1234" {...form.getInputProps('availability')} />
        <Checkbox label="특약관 명단에 포함" {...form.getInputProps('active', { type: 'checkbox' })} />
        <FormFooter onCancel={onCancel} cancelLabel="닫기" />
      </Stack>
    </ContractForm>
  );
}
