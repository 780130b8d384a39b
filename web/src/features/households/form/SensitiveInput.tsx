import { EditOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../graphql/errors';
import type { RevealResult } from '../useReveal';
import type { SensitiveValue } from './form-values';

type Props = {
  id?: string;
  value?: SensitiveValue;
  onChange?: (value: SensitiveValue) => void;
  /** Form.Item validates on blur through it. */
  onBlur?: () => void;
  /** Fetches the stored value (audited) when the user chooses to change it. */
  reveal?: () => Promise<RevealResult>;
  inputMode?: 'tel' | 'text';
  maxLength?: number;
  placeholder?: string;
  'data-testid'?: string;
  'aria-invalid'?: boolean;
};

/**
 * An ID number or phone in the form. A stored value shows masked and read-only; "修改" fetches it
 * (the server audits that) so the user can correct it, and "恢复" puts the stored value back.
 * Values nobody asked to change are never unmasked into the form.
 */
export function SensitiveInput({
  id,
  value,
  onChange,
  onBlur,
  reveal,
  inputMode = 'text',
  maxLength,
  placeholder,
  'data-testid': testId,
  'aria-invalid': ariaInvalid,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isRevealing, setRevealing] = useState(false);
  const current = value ?? { masked: null, isUnlocked: true, value: '', revealed: null };

  if (!current.isUnlocked && current.masked) {
    const unlock = async () => {
      if (!reveal) {
        onChange?.({ ...current, isUnlocked: true, value: '', revealed: null });
        return;
      }
      setRevealing(true);
      const result = await reveal();
      setRevealing(false);
      if ('error' in result) {
        // Without the stored value the user can still type the whole number again.
        void message.warning(
          t('households.form.revealFailed', { reason: describeError(result.error, t) }),
        );
        onChange?.({ ...current, isUnlocked: true, value: '', revealed: null });
      } else {
        const stored = result.value ?? '';
        onChange?.({ ...current, isUnlocked: true, value: stored, revealed: stored || null });
      }
    };
    return (
      <Space.Compact style={{ width: '100%' }}>
        <Input
          id={id}
          data-testid={testId}
          value={current.masked}
          readOnly
          aria-readonly
          style={{ fontVariantNumeric: 'tabular-nums' }}
        />
        <Tooltip title={t('households.form.unlockHint')}>
          <Button
            icon={<EditOutlined />}
            loading={isRevealing}
            onClick={() => void unlock()}
            data-testid={testId ? `${testId}-unlock` : undefined}
          >
            {t('households.form.unlock')}
          </Button>
        </Tooltip>
      </Space.Compact>
    );
  }

  const input = (
    <Input
      id={id}
      data-testid={testId}
      value={current.value}
      onChange={(event) => onChange?.({ ...current, isUnlocked: true, value: event.target.value })}
      onBlur={onBlur}
      inputMode={inputMode}
      maxLength={maxLength}
      placeholder={placeholder}
      autoComplete="off"
      aria-invalid={ariaInvalid}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    />
  );
  if (!current.masked) return input;
  return (
    <Space.Compact style={{ width: '100%' }}>
      {input}
      <Tooltip title={t('households.form.relockHint')}>
        <Button
          icon={<UndoOutlined />}
          aria-label={t('households.form.relock')}
          onClick={() => onChange?.({ ...current, isUnlocked: false, value: '', revealed: null })}
        />
      </Tooltip>
    </Space.Compact>
  );
}
