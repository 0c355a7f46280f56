import { Alert, Checkbox, Group, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { loanDueDate, wheelchairKinds, type BorrowerWarning, type LendInput, type LoanRow, type Wheelchair } from '../../shared/contract/loans';
import { monthDay } from '../../shared/korean/reportFormat';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { FormFooter } from '../app/FormFooter';
import { useAppState } from '../app/SessionContext';
import { SubmitForm } from '../app/SubmitForm';
import { dateWithWeekday, deskNow } from '../../shared/korean/deskClock';
import { DeskStaffSelect } from './DeskStaffSelect';
import { enterSaves } from './enterSaves';
import { useDeskForm } from './useDeskForm';

const FIELDS = ['wheelchairId', 'borrowerName', 'borrowerPhone', 'relation', 'consent', 'idChecked', 'purpose', 'startDate', 'startTime', 'lentBy', 'note'];

export interface LentLoan {
  loan: LoanRow;
  /** What the clerk typed, for the hand-over form printed while the borrower is at the desk. */
  fullName: string;
  fullPhone: string;
  lentByName: string | null;
}

interface Props {
  freeWheelchairs: Wheelchair[];
  staff: { id: number; name: string }[];
  initialWheelchairId?: number;
  onSaved: (lent: LentLoan) => void;
  onCancel: () => void;
}

/** The quick lend form: name, phone, consent, Enter. Everything else starts filled in. */
export function LendForm({ freeWheelchairs, staff, initialWheelchairId, onSaved, onCancel }: Props) {
  const { session, settings } = useAppState();
  const [now] = useState(deskNow);
  const { form, set, error, saving, submit } = useDeskForm(
    {
      borrowerName: '',
      borrowerPhone: '',
      relation: 'self' as 'self' | 'guardian',
      consent: false,
      idChecked: false,
      purpose: 'outside' as 'outside' | 'in_hall',
      wheelchairId: (initialWheelchairId ?? freeWheelchairs[0]?.id ?? null) as number | null,
      startDate: now.date,
      startTime: now.time,
      lentBy: session?.staffId ?? null,
      note: '',
    },
    'lentBy',
  );
  const warnings = useBorrowerWarnings(form.borrowerName, form.borrowerPhone);

  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(form.startDate);
  const due = validDate ? loanDueDate(form.startDate, form.purpose, settings?.defaultLoanDays ?? 7) : null;

  const save = () => {
    const input: LendInput = {
      // 0 is never a wheelchair: the main answers "휠체어를 선택하세요" beside the field.
      wheelchairId: form.wheelchairId ?? 0,
      borrowerName: form.borrowerName,
      borrowerPhone: form.borrowerPhone,
      relation: form.relation,
      consent: form.consent,
      idChecked: form.idChecked,
      purpose: form.purpose,
      startDate: form.startDate,
      startTime: form.startTime,
      lentBy: form.lentBy ?? undefined,
      note: form.note,
    };
    return submit(
      () => call('loans.lend', input),
      (loan) => onSaved({ loan, fullName: form.borrowerName.trim(), fullPhone: form.borrowerPhone.trim(), lentByName: loan.lentByName }),
    );
  };

  return (
    <SubmitForm onSubmit={save} aria-label="휠체어 대여" onKeyDown={enterSaves(() => void save())}>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <TextInput label="대여자 성명" autoFocus value={form.borrowerName} onChange={(e) => set('borrowerName', e.currentTarget.value)} error={errorFor(error, 'borrowerName')} autoComplete="off" />
          <TextInput label="연락처" placeholder="010-1234-5678" inputMode="tel" value={form.borrowerPhone} onChange={(e) => set('borrowerPhone', e.currentTarget.value)} error={errorFor(error, 'borrowerPhone')} autoComplete="off" />
        </SimpleGrid>
        <Radio.Group label="대여자 구분" value={form.relation} onChange={(v) => set('relation', v as 'self' | 'guardian')} error={errorFor(error, 'relation')}>
          <Group gap="lg" mt={4}>
            <Radio value="self" label="본인" />
            <Radio value="guardian" label="보호자" />
          </Group>
        </Radio.Group>
        <Checkbox
          label="개인정보 수집·이용 동의 (성명·연락처, 반납 안내용, 반납 후 보유기간 경과 시 파기)"
          checked={form.consent}
          onChange={(e) => set('consent', e.currentTarget.checked)}
          error={errorFor(error, 'consent')}
        />
        <Checkbox label="신분증 확인 (번호는 적지 않음)" checked={form.idChecked} onChange={(e) => set('idChecked', e.currentTarget.checked)} />
        {warnings.length > 0 && (
          <Alert color="orange" title="이전 대여에서 반납이 늦었던 분입니다" role="alert">
            {warnings.map((w) => (
              <Text size="sm" key={w.loanId}>
                {w.assetNumber} · {monthDay(w.startedAt.slice(0, 10))} 대여 · 반납 예정 {monthDay(w.dueDate)} ·{' '}
                {w.returnedAt ? `${monthDay(w.returnedAt.slice(0, 10))} 반납 (${w.daysOverdue}일 늦음)` : `아직 반납 안 됨 (${w.daysOverdue}일 연체)`}
              </Text>
            ))}
          </Alert>
        )}
        <Radio.Group
          label="대여 용도"
          description="외부 대여는 성명·연락처와 동의가 필요합니다. 민원실 내 이용은 당일 반납이며 성명 없이도 됩니다."
          value={form.purpose}
          onChange={(v) => set('purpose', v as 'outside' | 'in_hall')}
          error={errorFor(error, 'purpose')}
        >
          <Group gap="lg" mt={4}>
            <Radio value="outside" label="외부 대여" />
            <Radio value="in_hall" label="민원실 내 이용" />
          </Group>
        </Radio.Group>
        <Select
          label="휠체어"
          searchable
          selectFirstOptionOnChange
          allowDeselect={false}
          data={freeWheelchairs.map((w) => ({ value: String(w.id), label: `${w.assetNumber} (${wheelchairKinds[w.kind]})` }))}
          value={form.wheelchairId ? String(form.wheelchairId) : null}
          onChange={(v) => set('wheelchairId', v ? Number(v) : null)}
          error={errorFor(error, 'wheelchairId')}
          nothingFoundMessage="대여 가능한 휠체어가 없습니다"
        />
        <SimpleGrid cols={3}>
          <TextInput type="date" label="대여일" value={form.startDate} onChange={(e) => set('startDate', e.currentTarget.value)} error={errorFor(error, 'startDate')} />
          <TextInput type="time" label="대여 시각" value={form.startTime} onChange={(e) => set('startTime', e.currentTarget.value)} error={errorFor(error, 'startTime')} />
          <div>
            <Text size="sm" fw={500}>
              반납 예정일
            </Text>
            <Text mt={6} aria-label="반납 예정일" data-testid="due-date">
              {due ? dateWithWeekday(due) : '-'}
            </Text>
          </div>
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <DeskStaffSelect label="대여 직원" staff={staff} value={form.lentBy} onChange={(v) => set('lentBy', v)} error={errorFor(error, 'lentBy')} />
          <TextInput label="비고" value={form.note} onChange={(e) => set('note', e.currentTarget.value)} error={errorFor(error, 'note')} />
        </SimpleGrid>
        <FormFooter error={formError(error, FIELDS)} onCancel={onCancel} saving={saving} submitLabel="대여 저장 (Enter)" />
      </Stack>
    </SubmitForm>
  );
}

/** Looks up the person's earlier late or overdue loans as their name or phone is typed. */
function useBorrowerWarnings(name: string, phone: string): BorrowerWarning[] {
  const [warnings, setWarnings] = useState<BorrowerWarning[]>([]);
  useEffect(() => {
    const digits = phone.replace(/\D/g, '');
    if (!name.trim() && digits.length < 9) return setWarnings([]);
    let current = true;
    const timer = setTimeout(() => {
      void call('loans.borrowerHistory', { borrowerName: name.trim().slice(0, 50), borrowerPhone: digits.slice(0, 20) }).then(
        (r) => current && setWarnings(r.ok ? r.value : []),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [name, phone]);
  return warnings;
}
