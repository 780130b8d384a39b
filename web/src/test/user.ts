import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';

/**
 * userEvent without its pointer-events check: the check reads the computed style of every
 * ancestor, and with antd's many style rules jsdom takes a second or more per click.
 */
export function setupUser() {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}
