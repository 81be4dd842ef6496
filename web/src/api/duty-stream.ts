import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

export interface LevelsNotice {
  kind: 'levels';
  assessmentId: string;
  at: string;
  changes: Array<{ hazard: string; kind: string; from: string | null; to: string | null; clause: string }>;
}

/**
 * The duty room's event stream (`/api/duty/stream`, for those who may read the drafts): a drafted or decided
 * warning refreshes the drafts at once, a level the continuous grading reached refreshes the latest grading and is
 * kept to be shown until dismissed. Without the right (`enabled` false) nothing is opened.
 */
export function useDutyStream(enabled: boolean): [LevelsNotice | null, () => void] {
  const queryClient = useQueryClient();
  const [latest, setLatest] = useState<LevelsNotice | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/api/duty/stream');
    source.addEventListener('draft', () => void queryClient.invalidateQueries({ queryKey: ['warning-drafts'] }));
    source.addEventListener('levels', (event) => {
      const notice = JSON.parse((event as MessageEvent<string>).data) as LevelsNotice;
      void queryClient.invalidateQueries({ queryKey: ['assessment-latest'] });
      void queryClient.invalidateQueries({ queryKey: ['warning-drafts'] });
      if (notice.changes.some((change) => change.kind !== 'unchanged')) setLatest(notice);
    });
    return () => source.close();
  }, [enabled, queryClient]);
  return [latest, () => setLatest(null)];
}
