import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DiscardQuestion } from '../../renderer/forms/DiscardQuestion';
import { FormModal } from '../../renderer/forms/FormModal';
import { WheelchairForm } from '../../renderer/loans/WheelchairForm';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

/** A page with the wheelchair form in a dialog, and the shell's question. */
function Page() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <DiscardQuestion />
      <FormModal opened={open} onClose={() => setOpen(false)} title="휠체어 등록">
        <WheelchairForm editing={null} onSaved={() => setOpen(false)} onCancel={() => setOpen(false)} />
      </FormModal>
    </>
  );
}

const question = () => screen.queryByRole('dialog', { name: '저장하지 않은 입력이 있습니다' });
const form = () => screen.queryByRole('dialog', { name: '휠체어 등록' });

describe('typed input is never lost without a question', () => {
  beforeEach(() => call.mockReset().mockResolvedValue({ ok: true, value: { id: 1 } }));

  it('closes an untouched form at once', async () => {
    renderWithTheme(<Page />);
    await userEvent.click(screen.getByRole('button', { name: '닫기' }));
    await waitFor(() => expect(form()).toBeNull());
    expect(question()).toBeNull();
  });

  it('asks once on ✕ and on 취소 with something typed; 계속 입력 keeps it, 버리기 closes', async () => {
    renderWithTheme(<Page />);
    await userEvent.type(screen.getByRole('textbox', { name: '자산번호' }), 'W-09');
    await userEvent.click(screen.getByRole('button', { name: '닫기' }));
    expect(await screen.findByText('입력한 내용을 저장하지 않고 버릴까요?')).toBeTruthy();
    expect(screen.getAllByRole('dialog', { name: '저장하지 않은 입력이 있습니다' })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: '계속 입력' }));
    await waitFor(() => expect(question()).toBeNull());
    expect(screen.getByRole('textbox', { name: '자산번호' })).toHaveProperty('value', 'W-09');

    await userEvent.click(screen.getByRole('button', { name: '취소' }));
    await userEvent.click(await screen.findByRole('button', { name: '버리기' }));
    await waitFor(() => expect(form()).toBeNull());
    expect(call).not.toHaveBeenCalled();
  });

  it('closes without a question once what was typed is saved', async () => {
    renderWithTheme(<Page />);
    await userEvent.type(screen.getByRole('textbox', { name: '자산번호' }), 'W-09{Enter}');
    await waitFor(() => expect(form()).toBeNull());
    expect(question()).toBeNull();
    expect(call).toHaveBeenCalledWith('loans.saveWheelchair', { id: undefined, assetNumber: 'W-09', kind: 'manual', note: '' });
  });

  it('in the app, closing the window with something typed asks in Korean and closes only once told to', async () => {
    const bridge = { call: vi.fn() };
    Object.assign(window, { minwon: bridge });
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    try {
      renderWithTheme(<Page />);
      await userEvent.type(screen.getByRole('textbox', { name: '자산번호' }), 'W-09');
      const closing = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(closing);
      expect(closing.defaultPrevented).toBe(true);
      await userEvent.click(await screen.findByRole('button', { name: '버리기' }));
      await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
      // The close that follows is let through, with no second question.
      const again = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(again);
      expect(again.defaultPrevented).toBe(false);
    } finally {
      close.mockRestore();
      delete (window as { minwon?: unknown }).minwon;
    }
  });

  it('starts the next wheelchair from 수동, not from the kind of the one just registered', async () => {
    renderWithTheme(<WheelchairForm editing={null} onSaved={() => {}} />);
    await userEvent.click(screen.getByRole('combobox', { name: '종류' }));
    await userEvent.click(await screen.findByRole('option', { name: '전동' }));
    await userEvent.type(screen.getByRole('textbox', { name: '자산번호' }), 'W-10{Enter}');
    await waitFor(() => expect(call).toHaveBeenCalledWith('loans.saveWheelchair', expect.objectContaining({ assetNumber: 'W-10', kind: 'electric' })));
    await waitFor(() => expect(screen.getByRole('combobox', { name: '종류' })).toHaveProperty('value', '수동'));
    expect(screen.getByRole('textbox', { name: '자산번호' })).toHaveProperty('value', '');
  });
});
