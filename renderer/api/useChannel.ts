import { useCallback, useEffect, useState } from 'react';
import type { ChannelName, Input, Output } from '../../shared/contract';
import type { AppError } from '../../shared/result';
import { call, onRecordsChanged } from './client';

/** Loads a channel's answer for the screen, and reloads it after a change. */
export function useChannel<K extends ChannelName>(channel: K, input: Input<K>) {
  const [data, setData] = useState<Output<K> | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(input ?? null);

  const reload = useCallback(async () => {
    setLoading(true);
    const result = await call(channel, JSON.parse(key) as Input<K>);
    if (result.ok) {
      setData(result.value);
      setError(null);
    } else setError(result.error);
    setLoading(false);
  }, [channel, key]);

  useEffect(() => {
    void reload();
    return onRecordsChanged(() => void reload());
  }, [reload]);

  return { data, error, loading, reload };
}
