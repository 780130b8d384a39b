import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

/** The error texts antd shows under the form field with this label (or this element). */
export function fieldErrors(field: string | HTMLElement): string[] {
  const input = typeof field === 'string' ? screen.getByLabelText(field) : field;
  const item = input.closest('.ant-form-item');
  if (!item) throw new Error(`No form item around the field "${String(field)}"`);
  return [...item.querySelectorAll('.ant-form-item-explain-error')].map((e) => e.textContent ?? '');
}

/** Waits until the field shows exactly these errors (in any order). */
export async function expectFieldErrors(
  field: string | HTMLElement,
  expected: string[],
): Promise<void> {
  await waitFor(() => expect(fieldErrors(field).sort()).toEqual([...expected].sort()));
}

/** Types into the field with this label in one go (a paste), which is much faster than typing. */
export async function fill(user: UserEvent, label: string, text: string): Promise<void> {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}
