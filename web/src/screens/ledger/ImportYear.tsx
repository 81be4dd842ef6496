import { useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useState } from 'react';
import { csrfToken, type PostResult } from '../../api/client';
import { usePermission } from '../../app/session';

type Imported = PostResult<'/api/ledger/import'>;
interface Problem {
  sheet: string | null;
  cell: string | null;
  reason: string;
}
type Outcome = { file: string; imported: Imported } | { file: string; problems: Problem[] };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function upload(plan: string, year: number, file: File): Promise<Outcome> {
  const query = new URLSearchParams({ plan, year: String(year), file: file.name });
  const token = csrfToken();
  const response = await fetch(`/api/ledger/import?${query.toString()}`, {
    method: 'POST',
    headers: { 'content-type': XLSX, ...(token ? { 'X-CSRF-Token': token } : {}) },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as {
    error?: { message?: string; problems?: Problem[] };
  };
  if (response.ok) return { file: file.name, imported: body as Imported };
  if (body.error?.problems) return { file: file.name, problems: body.error.problems };
  throw new Error(body.error?.message ?? `${response.status}`);
}

/**
 * 导入任务分解表: the year's task table as offices keep it (contracts/ledger.md), for the plan's coordinator. A file
 * with any bad cell stores nothing; each bad cell is listed so the office can fix the sheet and send it again.
 */
export function ImportYear({ plan, year }: { plan: string | undefined; year: number | undefined }) {
  const permission = usePermission('ledger.import');
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const why = !permission.allowed ? permission.reason : !plan || !year ? '请先选择预案和年度' : null;
  const start = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file || !plan || !year) return;
    setBusy(true);
    setOutcome(null);
    setError(null);
    try {
      const result = await upload(plan, year, file);
      setOutcome(result);
      if ('imported' in result) void queryClient.invalidateQueries({ queryKey: ['ledger'] });
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <label className="file-label" title={why ?? undefined}>
        导入任务分解表(.xlsx){' '}
        <input
          type="file"
          accept={`.xlsx,${XLSX}`}
          disabled={why !== null || busy}
          data-testid="ledger-import"
          onChange={(event) => {
            void start(event.target.files);
            event.target.value = '';
          }}
        />
      </label>
      {outcome && 'imported' in outcome && (
        <span className="muted" data-testid="ledger-import-result">
          {outcome.file}:已导入 {outcome.imported.imported} 项(新建 {outcome.imported.created} 项,更新{' '}
          {outcome.imported.updated} 项)
        </span>
      )}
      {outcome && 'problems' in outcome && (
        <Alert
          type="error"
          data-testid="ledger-import-problems"
          title={`${outcome.file}:有 ${outcome.problems.length} 处问题,整个文件未导入`}
          description={
            <ul className="compact-list">
              {outcome.problems.map((problem, index) => (
                <li key={index}>
                  {problem.cell ? `${problem.sheet}!${problem.cell}:` : ''}
                  {problem.reason}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {error && <Alert type="error" title={error} />}
    </>
  );
}
