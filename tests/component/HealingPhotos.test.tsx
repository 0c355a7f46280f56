import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HealingProgram } from '../../shared/contract/healing';
import { HealingPhotos } from '../../renderer/trainings/healing/HealingPhotos';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

const program: HealingProgram = {
  id: 4,
  date: '2024-05-17',
  place: '태종대',
  activity: '숲길 걷기',
  participants: 20,
  participantStaff: [],
  costWon: 0,
  note: '',
  photos: [{ id: 9, caption: '단체 사진', mimeType: 'image/png', sizeBytes: 70 }],
  createdByName: null,
  updatedByName: null,
};
const fileInput = () => document.querySelector('input[type="file"]') as HTMLInputElement;

describe('healing program photos', () => {
  beforeEach(() => call.mockReset());

  it('shows a stored photo from its data: URL with its caption as the alternative text', async () => {
    call.mockResolvedValue({ ok: true, value: { id: 9, caption: '단체 사진', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' } });
    renderWithTheme(<HealingPhotos program={program} />);
    const img = await screen.findByRole('img', { name: '단체 사진' });
    expect(img.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(call).toHaveBeenCalledWith('healing.photo', { photoId: 9 });
  });

  it('sends a chosen photo as base64 with its caption, and refuses a file over 5MB before sending', async () => {
    call.mockImplementation((channel: string) =>
      Promise.resolve(channel === 'healing.photo' ? { ok: true, value: { id: 9, caption: '', dataUrl: 'data:image/png;base64,AA==' } } : { ok: true, value: {} }),
    );
    renderWithTheme(<HealingPhotos program={program} />);
    await userEvent.upload(fileInput(), new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], '../../../../evil.jpg', { type: 'image/jpeg' }));
    await userEvent.type(screen.getByRole('textbox', { name: '사진 설명' }), '요트 위에서');
    await userEvent.click(screen.getByRole('button', { name: '사진 올리기' }));
    // The file's own name is never sent: the main process names the stored file itself.
    await vi.waitFor(() => expect(call).toHaveBeenCalledWith('healing.addPhoto', { programId: 4, caption: '요트 위에서', contentBase64: '/9j/4A==' }));

    call.mockClear();
    await userEvent.upload(fileInput(), new File([new Uint8Array(5 * 1024 * 1024 + 1024)], 'big.jpg', { type: 'image/jpeg' }));
    await userEvent.click(screen.getByRole('button', { name: '사진 올리기' }));
    expect(await screen.findByText('사진은 5MB 이하만 올릴 수 있습니다.')).toBeTruthy();
    expect(call).not.toHaveBeenCalledWith('healing.addPhoto', expect.anything());
  });
});
