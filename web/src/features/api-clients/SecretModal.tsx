import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { name: string; secret: string; onClose: () => void };

/** Copies text; falls back to a selection copy where the Clipboard API is missing (plain http). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/**
 * The new client's secret, shown this once: the server keeps only its digest. The modal closes
 * only by the explicit button, so the secret is not lost to a stray click.
 */
export function SecretModal({ name, secret, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = async () => {
    if (await copyText(secret)) void message.success(t('apiClients.secretCopied'));
    else void message.error(t('apiClients.secretCopyFailed'));
  };

  return (
    <Modal
      open
      title={t('apiClients.secretTitle', { name })}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" data-testid="api-client-secret-done" onClick={onClose}>
          {t('apiClients.secretDone')}
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={t('apiClients.secretWarningTitle')}
        description={t('apiClients.secretWarning')}
        style={{ marginBottom: 16 }}
      />
      <Flex gap={8} align="start">
        <Input.TextArea
          readOnly
          value={secret}
          autoSize
          data-testid="api-client-secret"
          aria-label={t('apiClients.secret')}
          onFocus={(e) => e.target.select()}
          style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
        />
        <Button
          icon={<CopyOutlined />}
          data-testid="api-client-secret-copy"
          onClick={() => void copy()}
        >
          {t('apiClients.copy')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('apiClients.secretUsage')}
      </Typography.Paragraph>
    </Modal>
  );
}
