import { Button, Group, Select, TextInput } from '@mantine/core';
import { endOfMonth, format, startOfMonth, startOfYear, subYears, endOfYear } from 'date-fns';
import { RESULT_FILTERS, type RequestFilter } from '../../shared/contract/interpretation';
import { INTERPRETATION_LANGUAGES, type LanguageCode } from '../../shared/interpretationLanguages';
import type { AppError } from '../../shared/result';
import { useChannel } from '../api/useChannel';
import { DateField } from '../forms/DateField';
import { koreanFilter } from './koreanFilter';
import { todayDate } from './dates';

export type ListFilter = Required<RequestFilter>;

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
export const thisMonth = (): Pick<ListFilter, 'from' | 'to'> => ({ from: iso(startOfMonth(todayDate())), to: iso(endOfMonth(todayDate())) });
const PRESETS = [
  { label: '이번 달', range: thisMonth },
  { label: '올해', range: () => ({ from: iso(startOfYear(todayDate())), to: iso(endOfYear(todayDate())) }) },
  { label: '지난해', range: () => ({ from: iso(startOfYear(subYears(todayDate(), 1))), to: iso(endOfYear(subYears(todayDate(), 1))) }) },
];

/** Period and the four filters the desk asks by (language, way, outcome, staff), plus words in the task. */
export function RequestFilters({ filter, onChange, error }: { filter: ListFilter; onChange: (f: ListFilter) => void; error: AppError | null }) {
  const methods = useChannel('interpretation.methods.list', { includeInactive: true });
  const staff = useChannel('staff.list', { includeInactive: true });
  const set = <K extends keyof ListFilter>(key: K, value: ListFilter[K]) => onChange({ ...filter, [key]: value });

  return (
    <Group align="flex-end" gap="sm">
      <DateField label="시작일" value={filter.from} onChange={(v) => set('from', v)} error={error?.field === 'from' ? error.message : undefined} w={190} />
      <DateField label="종료일" value={filter.to} onChange={(v) => set('to', v)} error={error?.field === 'to' ? error.message : undefined} w={190} />
      <Button.Group>
        {PRESETS.map((p) => (
          <Button key={p.label} variant="default" onClick={() => onChange({ ...filter, ...p.range() })}>
            {p.label}
          </Button>
        ))}
      </Button.Group>
      <Select openOnFocus={false} label="언어" placeholder="전체" clearable searchable filter={koreanFilter} w={140}
        data={INTERPRETATION_LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
        value={filter.language} onChange={(v) => set('language', v as LanguageCode | null)} />
      <Select openOnFocus={false} label="지원 방법" placeholder="전체" clearable searchable filter={koreanFilter} w={240}
        data={(methods.data ?? []).map((m) => ({ value: String(m.id), label: m.name }))}
        value={filter.methodId ? String(filter.methodId) : null} onChange={(v) => set('methodId', v ? Number(v) : null)} />
      <Select openOnFocus={false} label="결과" placeholder="전체" clearable w={150} data={[...RESULT_FILTERS]} value={filter.result} onChange={(v) => set('result', v as ListFilter['result'])} />
      <Select openOnFocus={false} label="처리 직원" placeholder="전체" clearable searchable filter={koreanFilter} w={160}
        data={(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
        value={filter.staffId ? String(filter.staffId) : null} onChange={(v) => set('staffId', v ? Number(v) : null)} />
      <TextInput label="민원 업무 검색" placeholder="예: 여권" value={filter.task} onChange={(e) => set('task', e.currentTarget.value)} w={150} />
    </Group>
  );
}
