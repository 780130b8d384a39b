import { isEnumValue } from '@nuanxin/shared';
import type { TFunction } from 'i18next';
import type { HouseholdHistoryQuery } from '../../../gql/graphql';
import { asRecord, changeRows } from '../../audit/audit-format';
import { formatFieldValue } from '../field-format';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS } from '../form/form-values';

export type HistoryEntry = HouseholdHistoryQuery['household']['history']['nodes'][number];

/** Actions recorded against a household (server/src/modules/households). */
const ACTION_KEYS = {
  'household.create': 'create',
  'household.update': 'update',
  'household.transfer': 'transfer',
  'household.close': 'close',
  'household.move_away': 'moveAway',
  'household.reveal': 'reveal',
  'assessment.create': 'assessment',
} as const;
const ACTIONS = Object.keys(ACTION_KEYS) as (keyof typeof ACTION_KEYS)[];

/** Fields of `changes` with a label under `households.field`. */
const LABELLED_FIELDS = [
  ...HOUSEHOLD_FIELDS,
  'status',
  'closedOn',
  'riskLevel',
  'contacts',
] as const;

/** One line of an entry: "住址：旧 → 新", or a sentence of its own ("新增成员 王磊"). */
export type HistoryLine =
  { kind: 'change'; label: string; old: string; new: string } | { kind: 'note'; text: string };

export function actionLabel(action: string, t: TFunction): string {
  return isEnumValue(ACTIONS, action)
    ? t(`households.history.actions.${ACTION_KEYS[action]}`)
    : action;
}

export function fieldLabel(field: string, t: TFunction): string {
  return isEnumValue(LABELLED_FIELDS, field) ? t(`households.field.${field}`) : field;
}

function memberFieldLabel(field: string, t: TFunction): string {
  return isEnumValue(MEMBER_FIELDS, field) ? t(`households.memberField.${field}`) : field;
}

/** "ASSOCIATION_WORKER:张晓梅" as "计生协工作人员 张晓梅". */
function contactText(value: unknown, t: TFunction): string {
  if (!Array.isArray(value) || value.length === 0) return '—';
  return value
    .map((item) => {
      const [kind = '', ...rest] = String(item).split(':');
      return `${formatFieldValue('kind', kind, t)} ${rest.join(':')}`;
    })
    .join(t('households.separator'));
}

/** The lines of an entry's changes and details, readably. */
export function historyLines(entry: HistoryEntry, t: TFunction): HistoryLine[] {
  const details = asRecord(entry.details) ?? {};
  const lines: HistoryLine[] = [];
  if (entry.action === 'household.create') return lines;
  for (const change of changeRows(entry.changes)) {
    const parts = change.field.split('.');
    if (parts[0] === 'members' && parts.length === 2) {
      const name = parts[1] ?? '';
      lines.push({
        kind: 'note',
        text:
          change.new === 'removed'
            ? t('households.history.memberRemoved', { name })
            : t('households.history.memberAdded', { name }),
      });
    } else if (parts[0] === 'members' && parts.length >= 3) {
      const field = parts.at(-1) ?? '';
      const name = parts.slice(1, -1).join('.');
      lines.push({
        kind: 'change',
        label: t('households.history.memberField', { name, field: memberFieldLabel(field, t) }),
        old: formatFieldValue(field, change.old, t),
        new: formatFieldValue(field, change.new, t),
      });
    } else if (change.field === 'contacts') {
      lines.push({
        kind: 'change',
        label: fieldLabel('contacts', t),
        old: contactText(change.old, t),
        new: contactText(change.new, t),
      });
    } else if (change.field === 'unitId') {
      // The old village may now be outside the reader's units; the entry names the new one.
      const to = typeof details.toUnitName === 'string' ? details.toUnitName : '';
      if (to)
        lines.push({ kind: 'note', text: t('households.history.transferredTo', { unit: to }) });
    } else {
      lines.push({
        kind: 'change',
        label: fieldLabel(change.field, t),
        old: formatFieldValue(change.field, change.old, t),
        new: formatFieldValue(change.field, change.new, t),
      });
    }
  }
  if (typeof details.reason === 'string' && details.reason) {
    lines.push({ kind: 'note', text: t('households.history.reason', { reason: details.reason }) });
  }
  if (entry.action === 'assessment.create' && typeof details.assessedOn === 'string') {
    lines.push({
      kind: 'note',
      text: t('households.history.assessedOn', { date: details.assessedOn }),
    });
  }
  return lines;
}

/** What a reveal entry unmasked: "王建国的身份证号", "家庭联系电话". */
export function revealedText(
  entry: HistoryEntry,
  memberNames: Map<string, string>,
  t: TFunction,
): string {
  const details = asRecord(entry.details) ?? {};
  const field = details.field === 'idNumber' ? 'idNumber' : 'phone';
  const memberId = typeof details.memberId === 'string' ? details.memberId : null;
  if (!memberId) return t('households.history.revealedHouseholdPhone');
  const name = memberNames.get(memberId) ?? t('households.history.formerMember');
  return t(`households.history.revealed.${field}`, { name });
}

export type HistoryItem =
  { kind: 'entry'; entry: HistoryEntry } | { kind: 'reveals'; entries: HistoryEntry[] };

const REVEAL_GROUP_MS = 60_000;

/**
 * Entries in order, with consecutive reveals by the same person within a minute as one item:
 * opening a member's ID number unmasks the whole file's at once, and a save sends them back.
 */
export function groupHistory(entries: HistoryEntry[]): HistoryItem[] {
  const items: HistoryItem[] = [];
  for (const entry of entries) {
    const last = items.at(-1);
    if (entry.action === 'household.reveal') {
      const previous = last?.kind === 'reveals' ? last.entries.at(-1) : undefined;
      if (
        last?.kind === 'reveals' &&
        previous &&
        previous.actorName === entry.actorName &&
        Math.abs(Date.parse(previous.at) - Date.parse(entry.at)) <= REVEAL_GROUP_MS
      ) {
        last.entries.push(entry);
        continue;
      }
      items.push({ kind: 'reveals', entries: [entry] });
    } else items.push({ kind: 'entry', entry });
  }
  return items;
}
