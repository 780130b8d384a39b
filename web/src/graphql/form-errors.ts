import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { describeError, errorDetail } from './errors';

/** A form field a server error may point at: its name in the form and its label. */
export type ServerField = { name: string; label: string };

/**
 * Where a server error points, without the argument name: `input.username` (a service's own
 * check) and `username` (class-validator on the input type) both become `username`.
 */
export function serverFieldPath(field: string): string {
  return field.replace(/^input\./, '');
}

/**
 * Shows a failed mutation's error on the form field it names (BAD_USER_INPUT `input.password`,
 * CONFLICT DUPLICATE_USERNAME `input.username`, BAD_USER_INPUT `currentPassword`...). `fields`
 * maps server paths (without `input.`) to the form's fields. Returns false when the error names
 * no field of this form, so the caller shows it elsewhere.
 */
export function showErrorOnField(
  form: FormInstance,
  error: CombinedError,
  t: TFunction,
  fields: Record<string, ServerField>,
): boolean {
  const { field } = errorDetail(error);
  const target = field ? fields[serverFieldPath(field)] : undefined;
  if (!target) return false;
  const text = describeError(error, t, { fieldLabel: () => target.label });
  form.setFields([{ name: target.name, errors: [text] }]);
  return true;
}
