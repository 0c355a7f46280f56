import { Combobox, InputBase, useCombobox } from '@mantine/core';
import { useEffect, useState, type FocusEvent } from 'react';
import type { LoanRow } from '../../shared/contract/loans';
import { useOpenLoanSearch } from './useOpenLoanSearch';

interface Props {
  label: string;
  openLoans: LoanRow[];
  optionLabel: (loan: LoanRow) => string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
  onFocus?: (event: FocusEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  autoFocus?: boolean;
}

/**
 * Picks an open loan by what the desk knows of the visitor: the name or its 초성, the phone's last digits,
 * or the asset number. A Select cannot do it (it only filters the masked labels, and it would not keep the
 * first match chosen once the core's answer arrives), so this is Mantine's Combobox with that search.
 */
export function OpenLoanPicker({ label, openLoans, optionLabel, value = null, onChange, error, onFocus, onBlur, autoFocus }: Props) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const selected = openLoans.find((l) => String(l.id) === value) ?? null;
  const [search, setSearch] = useState(selected ? optionLabel(selected) : '');
  // The chosen loan's own label shows every loan again, as a Select does.
  const filtering = search !== (selected ? optionLabel(selected) : '');
  const { loans, searching } = useOpenLoanSearch(openLoans, filtering ? search : '', optionLabel);
  const shownIds = loans.map((l) => l.id).join(',');

  // Whatever the search finds first is chosen, so Enter takes it, also when the core's answer comes later.
  useEffect(() => {
    if (filtering && shownIds) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shownIds, filtering]);

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        const loan = openLoans.find((l) => String(l.id) === id);
        onChange(id);
        setSearch(loan ? optionLabel(loan) : '');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target withAriaAttributes withExpandedAttribute>
        <InputBase
          label={label}
          placeholder="이름, 초성(ㅇㅇㅎ), 연락처 끝자리나 자산번호"
          autoFocus={autoFocus}
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
          value={search}
          error={error}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={onFocus}
          onKeyDown={(event) => {
            // Nothing offered yet (the core is still looking): Enter must not save the loan chosen before.
            if (event.key === 'Enter' && filtering && loans.length === 0) event.preventDefault();
          }}
          onBlur={(event) => {
            combobox.closeDropdown();
            // Leaving the box with a half-typed search keeps the chosen loan, and shows it again.
            setSearch(selected ? optionLabel(selected) : '');
            onBlur?.(event);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options>
          {loans.map((l) => (
            <Combobox.Option value={String(l.id)} key={l.id} active={String(l.id) === value}>
              {optionLabel(l)}
            </Combobox.Option>
          ))}
          {loans.length === 0 && <Combobox.Empty>{searching ? '찾는 중…' : openLoans.length ? '찾는 대여가 없습니다' : '대여 중인 휠체어가 없습니다'}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
