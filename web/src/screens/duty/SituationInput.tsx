import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Input, InputNumber, Space, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { api, call, failureText, type PostBody, type PostCreated } from '../../api/client';
import { usePermission } from '../../app/session';
import { useDivisionShapes } from '../../map/DivisionMap';
import {
  beijingIso,
  beijingNowLocal,
  forecastFields,
  situationOf,
  trendFields,
  type DivisionRow,
  type ForecastKey,
  type TrendKey,
} from './situation-form';

/** A graded situation as stored, with the proposal and the warning drafts the grading made (4.2, 3.3.2). */
export type Graded = PostCreated<'/api/assessments'>;

type SituationBody = PostBody<'/api/assessments'>;

/** Load or enter a situation: the assess contract's JSON file, or a form of the nine divisions. */
export function SituationInput({ onGraded }: { onGraded: (graded: Graded) => void }) {
  const permission = usePermission('assessments.create');
  const queryClient = useQueryClient();
  const shapes = useDivisionShapes();
  const [at, setAt] = useState(beijingNowLocal());
  const [values, setValues] = useState<Record<string, DivisionRow['values']>>({});
  const [trends, setTrends] = useState<Partial<Record<TrendKey, boolean>>>({});
  const [hours, setHours] = useState({ fogExpectedHours: 0, frostExpectedDays: 0 });
  const [fileError, setFileError] = useState<string | null>(null);
  const grade = useMutation({
    mutationFn: (body: unknown) => call(api.POST('/api/assessments', { body: body as SituationBody })),
    onSuccess: (graded) => {
      // The grading proposes (4.2(1)) and drafts the warnings it implies (3.3.2): both lists change.
      void queryClient.invalidateQueries({ queryKey: ['proposals'] });
      void queryClient.invalidateQueries({ queryKey: ['warning-drafts'] });
      onGraded(graded);
    },
  });
  const rows = useMemo<DivisionRow[]>(
    () =>
      (shapes.data?.features ?? []).map((feature) => ({
        code: feature.properties.code,
        name: feature.properties.name,
        areaKm2: feature.properties.areaKm2,
        values: values[feature.properties.code] ?? {},
      })),
    [shapes.data, values],
  );
  const setValue = (code: string, key: ForecastKey, value: number | null) =>
    setValues((current) => ({ ...current, [code]: { ...current[code], [key]: value } }));

  const readFile = async (file: File | undefined) => {
    setFileError(null);
    if (!file) return;
    try {
      grade.mutate(JSON.parse(await file.text()) as unknown);
    } catch (error) {
      setFileError(`${file.name} 不是有效的 JSON:${(error as Error).message}`);
    }
  };

  const disabled = !permission.allowed;
  return (
    <section className="panel" aria-labelledby="situation-title">
      <h2 id="situation-title">录入天气形势并分级(预案 8.2、4.3)</h2>
      {disabled && <Alert type="info" showIcon title={permission.reason} style={{ marginBottom: 12 }} />}
      <Tabs
        items={[
          {
            key: 'form',
            label: '九个旗区表单',
            children: (
              <form
                aria-label="九个旗区的天气形势"
                onSubmit={(event) => {
                  event.preventDefault();
                  grade.mutate(situationOf(beijingIso(at), rows, trends, hours));
                }}
              >
                <Space wrap style={{ marginBottom: 12 }}>
                  <label>
                    时间(北京时间){' '}
                    <Input
                      type="datetime-local"
                      value={at}
                      onChange={(e) => setAt(e.target.value)}
                      style={{ width: 200 }}
                    />
                  </label>
                </Space>
                <div className="table-scroll">
                  <table className="plain-table situation-table">
                    <thead>
                      <tr>
                        <th scope="col">旗区</th>
                        {forecastFields.map((field) => (
                          <th scope="col" key={field.key}>
                            {field.label}({field.unit})
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((row) => (
                        <tr key={row.code}>
                          <th scope="row">{row.name}</th>
                          {forecastFields.map((field) => (
                            <td key={field.key}>
                              <InputNumber
                                size="small"
                                aria-label={`${row.name}${field.label}(${field.unit})`}
                                value={row.values[field.key] ?? null}
                                onChange={(value) => setValue(row.code, field.key, value)}
                                style={{ width: 90 }}
                                disabled={disabled}
                              />
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <fieldset className="trend-fields" disabled={disabled}>
                  <legend>值班预报员研判</legend>
                  {trendFields.map((field) => (
                    <Checkbox
                      key={field.key}
                      checked={trends[field.key] === true}
                      onChange={(e) => setTrends((current) => ({ ...current, [field.key]: e.target.checked }))}
                    >
                      {field.label}
                    </Checkbox>
                  ))}
                  <label>
                    大雾预计持续(小时){' '}
                    <InputNumber
                      size="small"
                      min={0}
                      value={hours.fogExpectedHours}
                      onChange={(v) => setHours((h) => ({ ...h, fogExpectedHours: v ?? 0 }))}
                    />
                  </label>
                  <label>
                    霜冻预计持续(天){' '}
                    <InputNumber
                      size="small"
                      min={0}
                      value={hours.frostExpectedDays}
                      onChange={(v) => setHours((h) => ({ ...h, frostExpectedDays: v ?? 0 }))}
                    />
                  </label>
                </fieldset>
                <Button type="primary" htmlType="submit" loading={grade.isPending} disabled={disabled}>
                  提交并分级
                </Button>
              </form>
            ),
          },
          {
            key: 'file',
            label: '上传 assess JSON',
            children: (
              <div>
                <label className="file-label">
                  选择天气形势文件(与 `nuancheng assess` 相同的 JSON){' '}
                  <input
                    type="file"
                    accept="application/json,.json"
                    disabled={disabled || grade.isPending}
                    onChange={(event) => void readFile(event.target.files?.[0])}
                  />
                </label>
                {fileError && <Alert type="error" title={fileError} />}
              </div>
            ),
          },
        ]}
      />
      {grade.error && (
        <Alert type="error" showIcon title={`分级失败:${failureText(grade.error)}`} style={{ marginTop: 12 }} />
      )}
    </section>
  );
}
