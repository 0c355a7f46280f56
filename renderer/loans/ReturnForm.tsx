import { Checkbox, Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { loanStateLabel, type LoanRow } from '../../shared/contract/loans';
import { monthDay } from '../../shared/korean/reportFormat';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { FormFooter } from '../app/FormFooter';
import { useAppState } from '../app/SessionContext';
import { SubmitForm } from '../app/SubmitForm';
import { deskNow } from '../../shared/korean/deskClock';
import { DeskStaffSelect } from './DeskStaffSelect';
import { enterSaves } from './enterSaves';
import { useDeskForm } from './useDeskForm';

const FIELDS = ['loanId', 'returnDate', 'returnTime', 'condition', 'toRepair', 'receivedBy', 'note'];

interface Props {
  openLoans: LoanRow[];
  staff: { id: number; name: string }[];
  initialLoanId?: number;
  onSaved: (loan: LoanRow) => void;
  onCancel: () => void;
}

const optionLabel = (l: LoanRow) =>
  `${l.assetNumber} · ${l.borrowerName ?? '성명 없음'} · ${monthDay(l.startedAt.slice(0, 10))} 대여 · ${l.state === 'overdue' ? loanStateLabel(l) : `${monthDay(l.dueDate)}까지`}`;

/** The quick return form: pick the loan by asset number or name, Enter. */
export function ReturnForm({ openLoans, staff, initialLoanId, onSaved, onCancel }: Props) {
  const { session } = useAppState();
  const [now] = useState(deskNow);
  const { form, setForm, set, error, saving, submit } = useDeskForm(
    {
      loanId: (initialLoanId ?? (openLoans.length === 1 ? openLoans[0].id : null)) as number | null,
      returnDate: now.date,
      returnTime: now.time,
      condition: 'good' as 'good' | 'damaged',
      toRepair: false,
      receivedBy: session?.staffId ?? null,
      note: '',
    },
    'receivedBy',
  );

  const save = () =>
    submit(
      () =>
        call('loans.return', {
          loanId: form.loanId ?? 0,
          returnDate: form.returnDate,
          returnTime: form.returnTime,
          condition: form.condition,
          toRepair: form.condition === 'damaged' && form.toRepair,
          receivedBy: form.receivedBy ?? undefined,
          note: form.note,
        }),
      onSaved,
    );

  return (
    <SubmitForm onSubmit={save} aria-label="휠체어 반납" onKeyDown={enterSaves(() => void save())}>
      <Stack gap="sm">
        <Select
          label="반납할 대여"
          placeholder="자산번호나 대여자 이름을 입력하세요"
          autoFocus
          searchable
          selectFirstOptionOnChange
          allowDeselect={false}
          data={openLoans.map((l) => ({ value: String(l.id), label: optionLabel(l) }))}
          value={form.loanId ? String(form.loanId) : null}
          onChange={(v) => set('loanId', v ? Number(v) : null)}
          error={errorFor(error, 'loanId')}
          nothingFoundMessage="대여 중인 휠체어가 없습니다"
        />
        <SimpleGrid cols={2}>
          <TextInput type="date" label="반납일" value={form.returnDate} onChange={(e) => set('returnDate', e.currentTarget.value)} error={errorFor(error, 'returnDate')} />
          <TextInput type="time" label="반납 시각" value={form.returnTime} onChange={(e) => set('returnTime', e.currentTarget.value)} error={errorFor(error, 'returnTime')} />
        </SimpleGrid>
        <Radio.Group
          label="반납 상태"
          value={form.condition}
          onChange={(v) => setForm((f) => ({ ...f, condition: v as 'good' | 'damaged', toRepair: v === 'damaged' }))}
          error={errorFor(error, 'condition')}
        >
          <Group gap="lg" mt={4}>
            <Radio value="good" label="양호" />
            <Radio value="damaged" label="파손·고장" />
          </Group>
        </Radio.Group>
        {form.condition === 'damaged' && (
          <Checkbox label="수리 중으로 돌리기 (수리 전까지 대여하지 않음)" checked={form.toRepair} onChange={(e) => set('toRepair', e.currentTarget.checked)} />
        )}
        <SimpleGrid cols={2}>
          <DeskStaffSelect label="반납 받은 직원" staff={staff} value={form.receivedBy} onChange={(v) => set('receivedBy', v)} error={errorFor(error, 'receivedBy')} />
          <TextInput label="반납 메모" placeholder={form.condition === 'damaged' ? '예: 오른쪽 브레이크 헐거움' : ''} value={form.note} onChange={(e) => set('note', e.currentTarget.value)} error={errorFor(error, 'note')} />
        </SimpleGrid>
        <FormFooter error={formError(error, FIELDS)} onCancel={onCancel} saving={saving} submitLabel="반납 저장 (Enter)" />
      </Stack>
    </SubmitForm>
  );
}
