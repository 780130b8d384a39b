import { ArrowRightOutlined, EyeOutlined } from '@ant-design/icons';
import { formatDateTimeShanghai } from '@nuanxin/shared';
import { Alert, Button, Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { describeError } from '../../../graphql/errors';
import { HouseholdHistoryQuery } from '../graphql';
import {
  actionLabel,
  groupHistory,
  type HistoryEntry,
  historyLines,
  revealedText,
} from './history-format';
import type { Household } from './HouseholdDetailPage';

const PAGE_SIZE = 30;

/** 变更记录: every change to the file, newest first, with who made it and when (Shanghai time). */
export function HistoryTab({ household }: { household: Household }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <Flex vertical data-testid="household-history">
      {cursors.map((after, index) => (
        <HistoryPage
          key={after ?? 'first'}
          household={household}
          after={after}
          isLast={index === cursors.length - 1}
          onMore={(endCursor) => setCursors([...cursors, endCursor])}
        />
      ))}
    </Flex>
  );
}

function HistoryPage({
  household,
  after,
  isLast,
  onMore,
}: {
  household: Household;
  after: string | null;
  isLast: boolean;
  onMore: (endCursor: string) => void;
}) {
  const { t } = useTranslation();
  // A save changes the version; the first page follows it, so a new entry shows at once.
  const context = useMemo(() => ({ additionalTypenames: ['Household', 'AuditEntry'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: HouseholdHistoryQuery,
    variables: { id: household.id, first: PAGE_SIZE, after },
    context,
    requestPolicy: after ? 'cache-first' : 'cache-and-network',
  });
  const memberNames = useMemo(
    () => new Map(household.members.map((m) => [m.id, m.name])),
    [household.members],
  );

  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={describeError(error, t)}
        action={
          <Button size="small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            {t('session.retry')}
          </Button>
        }
      />
    );
  }
  if (!data) return <Skeleton active loading={fetching} />;
  const history = data.household.history;
  if (!after && history.nodes.length === 0) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('households.history.none')} />
    );
  }

  const items = groupHistory(history.nodes).map((item) => {
    if (item.kind === 'reveals') {
      const first = item.entries[0] as HistoryEntry;
      const what = [...new Set(item.entries.map((e) => revealedText(e, memberNames, t)))];
      return {
        key: first.id,
        color: 'gray',
        icon: <EyeOutlined />,
        content: (
          <EntryHeader entry={first} title={t('households.history.actions.reveal')}>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {what.join(t('households.separator'))}
            </Typography.Text>
          </EntryHeader>
        ),
      };
    }
    const { entry } = item;
    const lines = historyLines(entry, t);
    return {
      key: entry.id,
      color: entry.action === 'household.create' ? 'green' : 'blue',
      content: (
        <EntryHeader entry={entry} title={actionLabel(entry.action, t)}>
          {lines.map((line, index) =>
            line.kind === 'note' ? (
              <Typography.Text key={index} style={{ display: 'block' }}>
                {line.text}
              </Typography.Text>
            ) : (
              <Flex key={index} gap={6} wrap align="baseline" data-testid="history-change">
                <Typography.Text type="secondary">{line.label}</Typography.Text>
                <Typography.Text delete type="secondary">
                  {line.old}
                </Typography.Text>
                <ArrowRightOutlined style={{ fontSize: 11 }} aria-label={t('audit.becomes')} />
                <Typography.Text>{line.new}</Typography.Text>
              </Flex>
            ),
          )}
        </EntryHeader>
      ),
    };
  });

  return (
    <>
      <Timeline items={items} style={{ marginTop: after ? 0 : 8 }} />
      {isLast && history.pageInfo.hasNextPage && history.pageInfo.endCursor && (
        <Flex justify="center">
          <Button onClick={() => history.pageInfo.endCursor && onMore(history.pageInfo.endCursor)}>
            {t('households.history.more', { n: history.totalCount })}
          </Button>
        </Flex>
      )}
    </>
  );
}

function EntryHeader({
  entry,
  title,
  children,
}: {
  entry: HistoryEntry;
  title: string;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const actor =
    entry.actorName ??
    (entry.actorKind === 'system' ? t('audit.actorKind.system') : t('audit.actorKind.apiClient'));
  return (
    <Flex vertical gap={2} data-testid="history-entry">
      <Flex gap={8} wrap align="baseline">
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {formatDateTimeShanghai(entry.at)} · {actor}
        </Typography.Text>
      </Flex>
      {children}
    </Flex>
  );
}
