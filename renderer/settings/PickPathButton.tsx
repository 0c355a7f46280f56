import { Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import { call } from '../api/client';

/**
 * The PC's own folder or file picker. Only the app has one; the browser preview cannot hand out a
 * path, so there the button is not shown and the path is typed.
 */
export function PickPathButton({ kind, onPicked }: { kind: 'folder' | 'file'; onPicked: (path: string) => void }) {
  const [available, setAvailable] = useState(false);
  useEffect(() => setAvailable(Boolean(window.minwon)), []);
  if (!available) return null;
  const pick = async () => {
    const result = await call('backup.choosePath', { kind });
    if (result.ok && result.value.path) onPicked(result.value.path);
  };
  return (
    <Button variant="default" onClick={() => void pick()}>
      {kind === 'folder' ? '폴더 고르기…' : '파일 고르기…'}
    </Button>
  );
}
