import type { Principal } from '../access/principal.ts';
import { EMAIL, MOBILE, type ContactKind } from '../ledger/reminders.ts';
import type { CityUnit } from '../ledger/units.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import {
  deleteContact,
  findContact,
  listContacts,
  listReminders,
  saveContact,
  type ReminderRecord,
  type UnitContactRecord,
} from '../store/ledger-contacts.repository.ts';
import { ledgerTaskById } from '../store/ledger.repository.ts';
import type { ServiceContext } from './context.ts';
import { change, read } from './use-case.ts';

export type { UnitContactRecord } from '../store/ledger-contacts.repository.ts';

export interface UnitContactView extends UnitContactRecord {
  unit: string;
}

export interface ContactInput {
  phone?: string | null | undefined;
  email?: string | null | undefined;
}

/** A unit by its registry id or its name (full or short form); an unknown one is an error naming it. */
export function contactUnit(ctx: ServiceContext, unit: string): CityUnit {
  const units = ctx.plans.units();
  const found = units.byUnitId(unit) ?? units.tryResolve(unit);
  if (!found) throw new WorkflowError('not-found', 'unknown_unit', `单位名录中没有「${unit}」`, null, 'unit');
  return found;
}

function contactKind(kind: string): ContactKind {
  if (kind === 'liaison' || kind === 'head') return kind;
  throw new WorkflowError('invalid', 'invalid_kind', `联系人类别「${kind}」无效(liaison 或 head)`, null, 'kind');
}

function checked(input: ContactInput): { phone: string | null; email: string | null } {
  const phone = input.phone?.trim() || null;
  const email = input.email?.trim() || null;
  if (phone !== null && !MOBILE.test(phone))
    throw new WorkflowError('invalid', 'invalid_phone', `手机号「${phone}」不是11位大陆手机号`, null, 'phone');
  if (email !== null && !EMAIL.test(email))
    throw new WorkflowError('invalid', 'invalid_email', `电子邮箱「${email}」格式不正确`, null, 'email');
  if (phone === null && email === null)
    throw new WorkflowError('invalid', 'address_required', '联系人至少需要手机号或电子邮箱之一', null, 'phone');
  return { phone, email };
}

/** Phones stay out of the append-only audit log in full (as the outbox's entries keep them out): 138****5678. */
function masked(addresses: { phone: string | null; email: string | null }) {
  return {
    phone: addresses.phone && `${addresses.phone.slice(0, 3)}****${addresses.phone.slice(7)}`,
    email: addresses.email,
  };
}

/** The ledger contacts of every unit, or of one. */
export async function unitContacts(
  ctx: ServiceContext,
  principal: Principal,
  unit?: string,
): Promise<UnitContactView[]> {
  const only = unit === undefined ? undefined : contactUnit(ctx, unit);
  return read(ctx, principal, 'ledger.contacts.read', async (db) => {
    const contacts = await listContacts(db, only ? [only.id] : undefined);
    return contacts.map((contact) => ({ ...contact, unit: ctx.plans.units().byUnitId(contact.unitId)?.name ?? '' }));
  });
}

/** Adds a unit's liaison or head, or replaces the addresses of one of that name; audited. */
export async function setUnitContact(
  ctx: ServiceContext,
  principal: Principal,
  unit: string,
  kind: string,
  name: string,
  input: ContactInput,
): Promise<UnitContactView> {
  const found = contactUnit(ctx, unit);
  const contactKindChecked = contactKind(kind);
  const trimmed = name.trim();
  if (!trimmed) throw new WorkflowError('invalid', 'name_required', '联系人需要姓名', null, 'name');
  const addresses = checked(input);
  return change(ctx, principal, 'ledger.contacts.manage', async ({ trx, at, actor, audit }) => {
    const key = { unitId: found.id, kind: contactKindChecked, name: trimmed };
    const previous = await findContact(trx, key);
    const contact: UnitContactRecord = { ...key, ...addresses, updatedAt: at.toISOString(), updatedBy: actor };
    await saveContact(trx, contact);
    await audit({
      action: previous ? 'ledger.contact.updated' : 'ledger.contact.added',
      subjectType: 'unit',
      subjectId: found.id,
      payload: {
        kind: key.kind,
        name: key.name,
        ...masked(addresses),
        ...(previous ? { previous: masked(previous) } : {}),
      },
    });
    return { ...contact, unit: found.name };
  });
}

/** Removes a unit's contact; an unknown one is an error naming it. */
export async function removeUnitContact(
  ctx: ServiceContext,
  principal: Principal,
  unit: string,
  kind: string,
  name: string,
): Promise<{ removed: true }> {
  const found = contactUnit(ctx, unit);
  const key = { unitId: found.id, kind: contactKind(kind), name: name.trim() };
  return change(ctx, principal, 'ledger.contacts.manage', async ({ trx, audit }) => {
    const previous = await findContact(trx, key);
    if (!previous || !(await deleteContact(trx, key)))
      throw new WorkflowError(
        'not-found',
        'unknown_contact',
        `${found.name}没有联系人「${key.name}」(${key.kind})`,
        null,
        'name',
      );
    await audit({
      action: 'ledger.contact.removed',
      subjectType: 'unit',
      subjectId: found.id,
      payload: { kind: key.kind, name: key.name, ...masked(previous) },
    });
    return { removed: true as const };
  });
}

/** The reminders recorded for a task (addresses included, hence the contacts' reader only). */
export async function ledgerTaskReminders(
  ctx: ServiceContext,
  principal: Principal,
  taskId: string,
): Promise<ReminderRecord[]> {
  return read(ctx, principal, 'ledger.contacts.read', async (db) => {
    if (!(await ledgerTaskById(db, taskId)))
      throw new WorkflowError('not-found', 'unknown_task', `没有台账任务「${taskId}」`, null, 'id');
    return listReminders(db, taskId);
  });
}
