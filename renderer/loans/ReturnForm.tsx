import { Checkbox, Group, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { loanStateLabel, type LoanRow } from '../../shared/contract/loans';
import { deskNow } from '../../shared/korean/deskClock';
import { monthDay } from '../../shared/korean/reportFormat';
import { FormFooter } from '../app/FormFooter';
import { useAppState } from '../app/SessionContext';
import { ContractForm } from '../forms/ContractForm';
import { DateField } from '../forms/DateField';
import { TimeField } from '../forms/TimeField';
import { useContractForm } from '../forms/useContractForm';
import { DeskStaffSelect } from './DeskStaffSelect';
import { OpenLoanPicker } from './OpenLoanPicker';
import { usePersonAtPc } from './usePersonAtPc';

interface Props {
  openLoans: LoanRow[];
  staff: { id: number; name: string }[];
  initialLoanId?: number;
  onSaved: (loan: LoanRow) => void;
  /** The office server was gone and the return was kept on this PC to be sent later. */
  onKept?: () => void;
  onCancel: () => void;
}

const optionLabel = (l: LoanRow) =>
  `${l.assetNumber} · ${l.borrowerName ?? '성명 없음'} · ${monthDay(l.startedAt.slice(0, 10))} 대여 · ${l.state === 'overdue' ? loanStateLabel(l) : `${monthDay(l.dueDate)}까지`}`;

/** The quick return form: find the loan by name, 초성, phone digits or asset number, Enter. */
export function ReturnForm({ openLoans, staff, initialLoanId, onSaved, onKept, onCancel }: Props) {
  const { session } = useAppState();
  const now = deskNow();
  const onlyLoan = openLoans.length === 1 ? openLoans[0].id : undefined;
  const form = useContractForm('loans.return', {
    initialValues: {
      loanId: initialLoanId || onlyLoan ? String(initialLoanId ?? onlyLoan) : null,
      returnDate: now.date,
      returnTime: now.time,
      condition: 'good' as 'good' | 'damaged',
      toRepair: false,
      receivedBy: session?.staffId ? String(session.staffId) : null,
      note: '',
    },
    toInput: (v) => ({
      ...v,
      loanId: Number(v.loanId) || 0,
      toRepair: v.condition === 'damaged' && v.toRepair,
      receivedBy: v.receivedBy ? Number(v.receivedBy) : undefined,
    }),
  });
  usePersonAtPc(form, 'receivedBy');
  const damaged = form.values.condition === 'damaged';

  return (
    <ContractForm form={form} aria-label="휠체어 반납" onSaved={(loan) => onSaved(loan)} onKept={onKept}>
      <Stack gap="sm">
        <OpenLoanPicker label="반납할 대여" autoFocus openLoans={openLoans} optionLabel={optionLabel} {...form.getInputProps('loanId')} />
        <SimpleGrid cols={2}>
          <DateField label="반납일" {...form.getInputProps('returnDate')} />
          <TimeField label="반납 시각" {...form.getInputProps('returnTime')} />
        </SimpleGrid>
        <Radio.Group
          label="반납 상태"
          {...form.getInputProps('condition')}
          // A damaged wheelchair goes to repair unless the desk unticks it.
          onChange={(v) => form.setValues({ condition: v as 'good' | 'damaged', toRepair: v === 'damaged' })}
        >
          <Group gap="lg" mt={4}>
            <Radio value="good" label="양호" />
            <Radio value="damaged" label="파손·고장" />
          </Group>
        </Radio.Group>
        {damaged && <Checkbox label="수리 중으로 돌리기 (수리 전까지 대여하지 않음)" {...form.getInputProps('toRepair', { type: 'checkbox' })} />}
        <SimpleGrid cols={2}>
          <DeskStaffSelect label="반납 받은 직원" staff={staff} {...form.getInputProps('receivedBy')} />
          <TextInput label="반납 메모" description="휠체어의 상태만 적습니다." placeholder={damaged ? '예: 오른쪽 브레이크 헐거움' : ''} {...form.getInputProps('note')} />
        </SimpleGrid>
        <FormFooter onCancel={onCancel} submitLabel="반납 저장 (Enter)" />
      </Stack>
    </ContractForm>
  );
}
