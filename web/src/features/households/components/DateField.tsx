import { todayInShanghai } from '@nuanxin/shared';
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CSSProperties } from 'react';

const FORMAT = 'YYYY-MM-DD';

type Props = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Dates after today (in Shanghai) cannot be chosen: births, deaths, registrations. */
  isPastOnly?: boolean;
  placeholder?: string;
  disabled?: boolean;
  'data-testid'?: string;
  style?: CSSProperties;
};

/** A date picker whose value is an ISO `YYYY-MM-DD` string, as the API sends and takes it. */
export function DateField({
  id,
  value,
  onChange,
  isPastOnly = true,
  placeholder,
  disabled,
  'data-testid': testId,
  style,
}: Props) {
  const today = todayInShanghai();
  return (
    <DatePicker
      id={id}
      data-testid={testId}
      value={value ? dayjs(value, FORMAT) : null}
      onChange={(date: Dayjs | null) => onChange?.(date ? date.format(FORMAT) : null)}
      format={FORMAT}
      placeholder={placeholder ?? FORMAT}
      disabled={disabled}
      disabledDate={isPastOnly ? (date) => date.format(FORMAT) > today : undefined}
      style={{ width: '100%', ...style }}
      inputReadOnly={false}
    />
  );
}
