import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { describeError } from '../../../graphql/errors';

type Props = {
  /** The masked value as the API returns it; nothing is shown when there is none. */
  masked: string | null | undefined;
  /** Fetches the real value (audited on the server); the error if that failed. */
  reveal: () => Promise<{ value: string | null } | { error: CombinedError }>;
  /** Whether the user's role may ask at all; without it only the masked value shows. */
  canReveal: boolean;
  'data-testid'?: string;
};

/**
 * A masked ID number or phone with a small "显示" action. The real value is fetched only when
 * asked for (each time: the server writes every reveal to the audit log) and "隐藏" forgets it.
 */
export function Revealable({ masked, reveal, canReveal, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [value, setValue] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(false);

  if (!masked) return <Typography.Text type="secondary">—</Typography.Text>;

  const show = async () => {
    setLoading(true);
    const result = await reveal();
    setLoading(false);
    if ('error' in result) {
      void message.error(
        describeError(result.error, t, {
          overrides: { FORBIDDEN: t('households.reveal.forbidden') },
        }),
      );
    } else setValue(result.value ?? '');
  };

  return (
    <Flex gap={4} align="center" wrap data-testid={testId}>
      <Typography.Text
        style={{ fontVariantNumeric: 'tabular-nums', letterSpacing: 0.5 }}
        data-testid={testId ? `${testId}-value` : undefined}
        copyable={value ? { text: value, tooltips: [t('households.reveal.copy')] } : false}
      >
        {value ?? masked}
      </Typography.Text>
      {canReveal &&
        (value === null ? (
          <Button
            type="link"
            size="small"
            icon={<EyeOutlined />}
            loading={isLoading}
            onClick={() => void show()}
            title={t('households.reveal.auditHint')}
          >
            {t('households.reveal.show')}
          </Button>
        ) : (
          <Button
            type="link"
            size="small"
            icon={<EyeInvisibleOutlined />}
            onClick={() => setValue(null)}
          >
            {t('households.reveal.hide')}
          </Button>
        ))}
    </Flex>
  );
}
