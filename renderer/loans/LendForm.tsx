import { Alert, Checkbox, Group, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { loanDueDate, wheelchairKinds, type BorrowerWarning, type LoanRow, type Wheelchair } from '../../shared/contract/loans';
import { isCalendarDate } from '../../shared/dateRange';
import { dateWithWeekday, deskNow } from '../../shared/korean/deskClock';
import { monthDay } from '../../shared/korean/reportFormat';
import { call } from '../api/client';
import { FormFooter } from '../app/FormFooter';
import { useAppState } from '../app/SessionContext';
import { ContractForm } from '../forms/ContractForm';
import { DateField } from '../forms/DateField';
import { TimeField } from '../forms/TimeField';
import { useContractForm } from '../forms/useContractForm';
import { DeskStaffSelect } from './DeskStaffSelect';
import { usePersonAtPc } from './usePersonAtPc';

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
  /** The office server was gone and the loan was kept on this PC to be sent later. */
  onKept?: () => void;
  onCancel: () => void;
}

/** The quick lend form: name, phone, consent, Enter. Everything else starts filled in. */
export function LendForm({ freeWheelchairs, staff, initialWheelchairId, onSaved, onKept, onCancel }: Props) {
  const { session, settings } = useAppState();
  const now = deskNow();
  const firstFree = initialWheelchairId ?? freeWheelchairs[0]?.id;
  const form = useContractForm('loans.lend', {
    initialValues: {
      borrowerName: '',
      borrowerPhone: '',
      relation: 'self' as 'self' | 'guardian',
      consent: false,
      idChecked: false,
      purpose: 'outside' as 'outside' | 'in_hall',
      wheelchairId: firstFree ? String(firstFree) : null,
      startDate: now.date,
      startTime: now.time,
      lentBy: session?.staffId ? String(session.staffId) : null,
      note: '',
    },
    toInput: (v) => ({
      ...v,
      // 0 is never a wheelchair: the contract answers "휠체어를 선택하세요" beside the field.
      wheelchairId: Number(v.wheelchairId) || 0,
      lentBy: v.lentBy ? Number(v.lentBy) : undefined,
    }),
  });
  usePersonAtPc(form, 'lentBy');
  const { values } = form;
  const warnings = useBorrowerWarnings(values.borrowerName, values.borrowerPhone);
  const due = isCalendarDate(values.startDate) ? loanDueDate(values.startDate, values.purpose, settings?.defaultLoanDays ?? 7) : null;

  return (
    <ContractForm
      form={form}
      aria-label="휠체어 대여"
      onSaved={(loan, v) => onSaved({ loan, fullName: v.borrowerName.trim(), fullPhone: v.borrowerPhone.trim(), lentByName: loan.lentByName })}
      onKept={onKept}
    >
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <TextInput label="대여자 성명" autoFocus autoComplete="off" {...form.getInputProps('borrowerName')} />
          <TextInput label="연락처" placeholder="010-1234-5678" inputMode="tel" autoComplete="off" {...form.getInputProps('borrowerPhone')} />
        </SimpleGrid>
        <Radio.Group label="대여자 구분" {...form.getInputProps('relation')}>
          <Group gap="lg" mt={4}>
            <Radio value="self" label="본인" />
            <Radio value="guardian" label="보호자" />
          </Group>
        </Radio.Group>
        <Checkbox
          label="개인정보 수집·이용 동의 (성명·연락처, 반납 안내용, 반납 후 보유기간 경과 시 파기)"
          {...form.getInputProps('consent', { type: 'checkbox' })}
        />
        <Checkbox label="신분증 확인 (번호는 적지 않음)" {...form.getInputProps('idChecked', { type: 'checkbox' })} />
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
          {...form.getInputProps('purpose')}
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
          nothingFoundMessage="대여 가능한 휠체어가 없습니다"
          {...form.getInputProps('wheelchairId')}
        />
        <SimpleGrid cols={3}>
          <DateField label="대여일" {...form.getInputProps('startDate')} />
          <TimeField label="대여 시각" {...form.getInputProps('startTime')} />
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
          <DeskStaffSelect label="대여 직원" staff={staff} {...form.getInputProps('lentBy')} />
          <TextInput label="비고" description="대여에 필요한 사항만(예: 보호자 대리 수령). 건강 상태는 적지 않습니다." {...form.getInputProps('note')} />
        </SimpleGrid>
        <FormFooter onCancel={onCancel} submitLabel="대여 저장 (Enter)" />
      </Stack>
    </ContractForm>
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
