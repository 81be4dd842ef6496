import type { Command } from 'commander';
import {
  ledgerTaskReminders,
  removeUnitContact,
  setUnitContact,
  unitContacts,
  type UnitContactView,
} from '../../services/ledger-contacts.service.ts';
import type { CliIo } from '../io.ts';
import { asCaller } from './ledger-scores.ts';
import { print, withTokenOptions, type TokenOptions } from './response.ts';

const KIND_ZH = { liaison: '联络员', head: '负责人' } as const;
const STATUS_ZH = { queued: '已排队发送', no_contact: '无联系人', no_channel: '无发送通道' } as const;

function contactLine(contact: UnitContactView): string {
  const addresses = [contact.phone, contact.email].filter(Boolean).join(' ');
  return `${contact.unit}(${contact.unitId}) ${KIND_ZH[contact.kind]} ${contact.name} ${addresses}`;
}

/**
 * `nuancheng ledger contacts list|set|remove` and `nuancheng ledger reminders <task>`: who the ledger's reminders
 * reach, and what a task was sent. Without a token, as the local operator who holds the store.
 */
export function registerLedgerContactCommands(program: Command, io: CliIo): void {
  const ledger =
    program.commands.find((command) => command.name() === 'ledger') ??
    program.command('ledger').description('the supervision ledger (督查督办台账)');
  const contacts = ledger
    .command('contacts')
    .description("the units' liaisons and heads the ledger's reminders reach (SMS or e-mail)");

  withTokenOptions(contacts.command('list').description("every unit's contacts, or one unit's"))
    .option('--unit <unit>', 'a unit id, full name or short form')
    .action(async (options: TokenOptions & { unit?: string }) => {
      const list = await asCaller(options, (ctx, principal) => unitContacts(ctx, principal, options.unit));
      print(io, options, { contacts: list }, () => (list.length === 0 ? ['尚无联系人'] : list.map(contactLine)));
    });

  withTokenOptions(
    contacts
      .command('set')
      .argument('<unit>', 'a unit id, full name or short form')
      .argument('<kind>', 'liaison or head')
      .argument('<name>', "the contact's name")
      .description("adds a unit's liaison or head, or replaces the addresses of one of that name"),
  )
    .option('--phone <mobile>', 'an 11-digit mainland mobile number')
    .option('--email <address>', 'an e-mail address')
    .action(
      async (unit: string, kind: string, name: string, options: TokenOptions & { phone?: string; email?: string }) => {
        const contact = await asCaller(options, (ctx, principal) =>
          setUnitContact(ctx, principal, unit, kind, name, { phone: options.phone, email: options.email }),
        );
        print(io, options, contact, () => [`已保存联系人: ${contactLine(contact)}`]);
      },
    );

  withTokenOptions(
    contacts
      .command('remove')
      .argument('<unit>', 'a unit id, full name or short form')
      .argument('<kind>', 'liaison or head')
      .argument('<name>', "the contact's name")
      .description("removes a unit's contact"),
  ).action(async (unit: string, kind: string, name: string, options: TokenOptions) => {
    const removed = await asCaller(options, (ctx, principal) => removeUnitContact(ctx, principal, unit, kind, name));
    print(io, options, removed, () => [`已删除联系人: ${unit} ${kind} ${name}`]);
  });

  withTokenOptions(
    ledger
      .command('reminders')
      .argument('<task>', 'the task id')
      .description('the reminders recorded for a task (queued, or why nothing could be sent)'),
  ).action(async (task: string, options: TokenOptions) => {
    const reminders = await asCaller(options, (ctx, principal) => ledgerTaskReminders(ctx, principal, task));
    print(io, options, { reminders }, () =>
      reminders.length === 0
        ? ['尚无提醒']
        : reminders.map(
            (r) =>
              `${r.at} ${r.kind} 时限${r.deadline} ${r.unitId} ${r.channel || '—'} ${r.recipient || '—'} ${STATUS_ZH[r.status]}`,
          ),
    );
  });
}
