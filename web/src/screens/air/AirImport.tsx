import { Alert, Progress } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { csrfToken, type PostResult } from '../../api/client';
import { usePermission } from '../../app/session';

type ImportOutcome = PostResult<'/api/air/imports'>;

/** One file up with its upload progress (fetch has none for request bodies, XMLHttpRequest does). */
function upload(file: File, onProgress: (percent: number) => void): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/air/imports?file=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('content-type', 'text/csv');
    const token = csrfToken();
    if (token) request.setRequestHeader('X-CSRF-Token', token);
    request.upload.onprogress = (event) =>
      event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      const body = JSON.parse(request.responseText || '{}') as unknown;
      if (request.status === 200) resolve(body as ImportOutcome);
      else reject(new Error((body as { error?: { message?: string } }).error?.message ?? `${request.status}`));
    };
    request.onerror = () => reject(new Error('网络错误'));
    request.send(file);
  });
}

/** The ecology bureau's import of national feed files: a progress bar per file, a refused row named by line. */
export function AirImport() {
  const permission = usePermission('air.import');
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Array<{ name: string; percent: number; outcome?: ImportOutcome; error?: string }>>(
    [],
  );
  const start = async (files: FileList | null) => {
    if (!files) return;
    const list = [...files];
    setRows(list.map((file) => ({ name: file.name, percent: 0 })));
    for (const [index, file] of list.entries()) {
      const update = (change: Partial<(typeof rows)[number]>) =>
        setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
      try {
        update({ outcome: await upload(file, (percent) => update({ percent })), percent: 100 });
      } catch (error) {
        update({ error: (error as Error).message });
      }
    }
    void queryClient.invalidateQueries({ queryKey: ['air'] });
  };
  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">导入国家空气质量小时数据</h2>
      {!permission.allowed ? (
        <Alert type="info" showIcon title={permission.reason} />
      ) : (
        <label className="file-label">
          选择数据文件(china_sites_YYYYMMDD.csv,可多选){' '}
          <input type="file" accept=".csv,text/csv" multiple onChange={(event) => void start(event.target.files)} />
        </label>
      )}
      <ul className="compact-list" data-testid="import-results">
        {rows.map((row) => (
          <li key={row.name}>
            {row.name}
            <Progress
              percent={row.percent}
              size="small"
              aria-label={`${row.name} 上传进度`}
              status={row.error || (row.outcome && !row.outcome.ok) ? 'exception' : undefined}
            />
            {row.error && <span className="why-not">{row.error}</span>}
            {row.outcome?.ok === true && (
              <span>
                已导入 {row.outcome.stationHours} 个站点小时({row.outcome.firstHour} 至 {row.outcome.lastHour})
                {row.outcome.newFile ? '' : ',此前已导入,数据未变'}
              </span>
            )}
            {row.outcome?.ok === false && (
              <span className="why-not">
                第 {row.outcome.line} 行第 {row.outcome.column} 列:{row.outcome.reason}(整个文件未导入)
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
