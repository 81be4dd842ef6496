import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { GetResult } from './client';

export type WarningMessage = GetResult<'/api/warnings'>['warnings'][number]['latest'];
export type StreamState = 'connecting' | 'open' | 'reconnecting';

/**
 * Live warnings over the server's event stream (`/api/warnings/stream`): each committed message refreshes the
 * warning lists and is handed to `onMessage`. The browser's EventSource resumes with Last-Event-ID after a
 * dropped connection, so nothing committed meanwhile is missed.
 */
export function useWarningStream(onMessage?: (message: WarningMessage) => void): StreamState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  }, [onMessage]);
  useEffect(() => {
    const source = new EventSource('/api/warnings/stream');
    source.onopen = () => setState('open');
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'reconnecting' : 'connecting');
    source.addEventListener('warning', (event) => {
      const message = JSON.parse((event as MessageEvent<string>).data) as WarningMessage;
      void queryClient.invalidateQueries({ queryKey: ['warnings'] });
      handler.current?.(message);
    });
    return () => source.close();
  }, [queryClient]);
  return state;
}
