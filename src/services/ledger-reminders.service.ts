import { systemPrincipal } from '../access/principal.ts';
import { payloadId } from '../alerts/dissemination/idempotency.ts';
import { splitSms } from '../alerts/dissemination/sms-text.ts';
import { shanghaiDate, trafficLight } from '../ledger/lights.ts';
import {
  dueReminders,
  reminderAddress,
  reminderAudience,
  reminderHorizon,
  reminderMessage,
  type ReminderKind,
} from '../ledger/reminders.ts';
import { listContacts, recordReminder, reminderCandidates } from '../store/ledger-contacts.repository.ts';
import { listEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { insertMessages, insertNewPayloads } from '../store/outbox.repository.ts';
import type { ServiceContext } from './context.ts';
import { ledgerPlan } from './ledger-parties.ts';
import { change } from './use-case.ts';

export interface ReminderOutcome {
  taskId: string;
  kind: ReminderKind;
  unit: string;
  queued: number;
  status: 'queued' | 'no_contact' | 'no_channel';
}

/**
 * Issue #12 item 3, a scheduled job: reminds the lead units' liaisons of open tasks near their deadline, tells
 * them when it has passed, and their heads once the escalation delay is over — through the outbox (SMS or
 * e-mail, the endpoint of that kind in the channel configuration). Every (task, kind, deadline, address) is
 * recorded once in `ledger_reminders`, in the same transaction as its message, so re-runs and a second server
 * add nothing, and a new deadline (re-import) reminds again. A unit without a contact of the kind is recorded as
 * `no_contact`, an address whose channel has no endpoint as `no_channel`: visible, not dropped.
 */
export async function remindDueTasks(ctx: ServiceContext, now: Date): Promise<ReminderOutcome[]> {
  const settings = ctx.plans.ledgerSettings();
  const today = shanghaiDate(now);
  const units = ctx.plans.units();
  return change(ctx, systemPrincipal('ledger.remind'), 'ledger.remind', async ({ trx, audit }) => {
    const at = now.toISOString();
    const tasks = await reminderCandidates(trx, reminderHorizon(today, settings.reminders));
    const endpoints = (await listEndpointRoutes(trx)).filter(
      (endpoint) => endpoint.kind === 'sms' || endpoint.kind === 'email',
    );
    const endpointFor = (channel: 'sms' | 'email') => endpoints.find((endpoint) => endpoint.kind === channel);
    const leadUnits = new Map(
      tasks
        .flatMap((task) => task.lead)
        .flatMap((name) => {
          const unit = units.tryResolve(name);
          return unit ? [[name, unit] as const] : [];
        }),
    );
    const contacts = await listContacts(trx, [...new Set([...leadUnits.values()].map((unit) => unit.id))]);
    const outcomes: ReminderOutcome[] = [];
    for (const task of tasks) {
      const kinds = dueReminders(
        { deadline: task.deadline, ongoing: false, node: task.node },
        today,
        settings.reminders,
      );
      if (kinds.length === 0) continue;
      const light = trafficLight(
        { deadline: task.deadline, ongoing: false, node: task.node },
        today,
        settings.warningDays,
      );
      for (const unitName of task.lead) {
        const unit = leadUnits.get(unitName);
        if (!unit) continue;
        for (const kind of kinds) {
          const identifier = `nuancheng.ledger-reminder.${task.id}.${kind}.${task.deadline}`;
          const base = { key: '', task_id: task.id, kind, deadline: task.deadline, unit_id: unit.id, at };
          const audience = contacts.filter(
            (contact) => contact.unitId === unit.id && contact.kind === reminderAudience[kind],
          );
          const message = reminderMessage(
            kind,
            {
              planTitle: ledgerPlan(ctx, task.planId).plan.meta.title,
              number: task.number,
              measureClause: task.measureClause,
              text: task.text,
              deadline: task.deadline,
              unit: unit.name,
              light,
            },
            today,
          );
          if (audience.length === 0) {
            const fresh = await recordReminder(trx, {
              ...base,
              key: `${task.id}/${kind}/${task.deadline}/${unit.id}/no-contact`,
              recipient: '',
              channel: '',
              status: 'no_contact',
              message_id: '',
            });
            if (fresh) outcomes.push({ taskId: task.id, kind, unit: unit.name, queued: 0, status: 'no_contact' });
            continue;
          }
          let queued = 0;
          let unsent = 0;
          for (const contact of audience) {
            const { channel, address } = reminderAddress(contact, settings.reminders.channel);
            const endpoint = endpointFor(channel);
            const id = endpoint ? payloadId(identifier, endpoint.id) : '';
            const fresh = await recordReminder(trx, {
              ...base,
              key: `${task.id}/${kind}/${task.deadline}/${channel}:${address}`,
              recipient: address,
              channel,
              status: endpoint ? 'queued' : 'no_channel',
              message_id: id,
            });
            if (!fresh) continue;
            if (!endpoint) {
              unsent += 1;
              continue;
            }
            await insertNewPayloads(trx, [
              {
                id,
                // A reminder belongs to no warning: its identifier stands where a warning's id would.
                warning_id: identifier,
                identifier,
                endpoint_id: endpoint.id,
                kind: channel,
                purpose: 'ledgerReminder',
                content: JSON.stringify(
                  channel === 'sms'
                    ? { kind: 'sms', segments: splitSms(message.textZh) }
                    : { kind: 'email', subject: message.subjectZh, text: message.textZh, attachments: [] },
                ),
                routing: JSON.stringify({ ledgerTask: task.id, reminder: kind, deadline: task.deadline }),
                created_at: at,
              },
            ]);
            queued += await insertMessages(trx, { id, endpointId: endpoint.id, recipients: [address] }, now);
          }
          if (queued + unsent === 0) continue;
          const status = queued > 0 ? 'queued' : 'no_channel';
          outcomes.push({ taskId: task.id, kind, unit: unit.name, queued, status });
        }
      }
    }
    for (const outcome of outcomes)
      await audit({
        action: 'ledger.reminded',
        subjectType: 'ledgerTask',
        subjectId: outcome.taskId,
        // Addresses stay out of the audit log (the reminders table holds them): the count and the outcome.
        payload: { kind: outcome.kind, unit: outcome.unit, messages: outcome.queued, status: outcome.status, today },
      });
    return outcomes;
  });
}
