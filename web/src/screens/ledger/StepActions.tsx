import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { failureText } from '../../api/client';
import {
  stepButtons,
  stepPermission,
  useCityUnits,
  useLedgerParties,
  type LedgerTask,
  type StepButton,
  type StepKey,
} from './ledger-model';
import { evidenceOf, takeStep, type StepBody } from './ledger-steps';

/** Steps that need more than a click: what the form asks. */
const asks: Partial<Record<StepKey, 'units' | 'report' | 'reason'>> = {
  setUp: 'units',
  progress: 'report',
  feedback: 'report',
  return: 'reason',
};

function StepForm({ button, task, onDone }: { button: StepButton; task: LedgerTask; onDone: () => void }) {
  const units = useCityUnits();
  const [files, setFiles] = useState<File[]>([]);
  const queryClient = useQueryClient();
  const take = useMutation({
    mutationFn: async (values: { lead?: string[]; partners?: string[]; text?: string; reason?: string }) => {
      const body: StepBody = { ...values, files: await Promise.all(files.map(evidenceOf)) };
      return takeStep(button.step, task.id, body);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['ledger'] });
      onDone();
    },
  });
  const unitOptions = (units.data?.units ?? []).map((unit) => ({ value: unit.name, label: unit.name }));
  const kind = asks[button.step];
  return (
    <Form
      layout="vertical"
      initialValues={{ lead: task.lead, partners: task.partners }}
      onFinish={(values) => take.mutate(values)}
      aria-label={button.zh}
    >
      {kind === 'units' && (
        <>
          <Form.Item label="牵头单位" name="lead" rules={[{ required: true, message: '请选择牵头单位' }]}>
            <Select mode="multiple" options={unitOptions} showSearch aria-label="牵头单位" />
          </Form.Item>
          <Form.Item label="配合单位" name="partners">
            <Select mode="multiple" options={unitOptions} showSearch aria-label="配合单位" />
          </Form.Item>
        </>
      )}
      {kind === 'report' && (
        <>
          <Form.Item label="办理情况" name="text" rules={[{ required: true, message: '请填写办理情况' }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <label className="file-label">
            佐证材料(可多选,每个不超过 10 MB){' '}
            <input type="file" multiple onChange={(event) => setFiles([...(event.target.files ?? [])])} />
          </label>
        </>
      )}
      {kind === 'reason' && (
        <Form.Item label="退回理由" name="reason" rules={[{ required: true, message: '退回须说明理由' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
      {take.error && <Alert type="error" title={failureText(take.error)} />}
      <Button htmlType="submit" type="primary" loading={take.isPending} style={{ marginTop: 8 }}>
        确认{button.zh}
      </Button>
    </Form>
  );
}

/**
 * The chain's buttons for a task at its node: each enabled for whom it is, disabled with the reason otherwise.
 * A step that asks for more (the lead units, a report with evidence, a return's reason) opens its form. A
 * worklist shows one party's steps (`only`): the unit's own, or the coordinator's.
 */
export function StepActions({ task, only }: { task: LedgerTask; only?: StepButton['by'] }) {
  const parties = useLedgerParties();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<StepButton | null>(null);
  const direct = useMutation({
    mutationFn: (button: StepButton) => takeStep(button.step, task.id, {}),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
  const here = stepButtons.filter((button) => button.from.includes(task.node) && (!only || button.by === only));
  if (here.length === 0) return null;
  return (
    <div className="toolbar" data-testid="step-actions">
      {here.map((button) => {
        const permission = stepPermission(parties, task, button);
        return (
          <span key={button.step}>
            <Button
              type={button.step === 'return' ? 'default' : 'primary'}
              danger={button.step === 'return'}
              disabled={!permission.allowed}
              title={permission.reason ?? undefined}
              loading={direct.isPending && direct.variables?.step === button.step}
              onClick={() => (asks[button.step] ? setOpen(button) : direct.mutate(button))}
            >
              {button.zh}
            </Button>
            {!permission.allowed && <span className="why-not"> {permission.reason}</span>}
          </span>
        );
      })}
      {direct.error && <Alert type="error" title={failureText(direct.error)} />}
      <Modal
        open={open !== null}
        title={open ? `${open.zh}:${task.number} ${task.text}` : ''}
        footer={null}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        {open && <StepForm button={open} task={task} onDone={() => setOpen(null)} />}
      </Modal>
    </div>
  );
}
