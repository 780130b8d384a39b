import { ArrowLeftOutlined, DownOutlined, EditOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Dropdown,
  Flex,
  Grid,
  Result,
  Skeleton,
  Space,
  Tabs,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import type { HouseholdDetailFieldsFragment } from '../../../gql/graphql';
import { describeError, errorCode } from '../../../graphql/errors';
import { useSession } from '../../auth/hooks/useSession';
import {
  CategoryTag,
  HardshipTag,
  LivingAloneTag,
  RiskTag,
  StatusTag,
} from '../components/HouseholdTags';
import { HouseholdQuery } from '../graphql';
import type { ListLocationState } from '../HouseholdListPage';
import { canRevealSensitive, canWriteHouseholds } from '../permissions';
import { AssessmentsTab } from './AssessmentsTab';
import { BasicTab } from './BasicTab';
import { ChildrenTab } from './ChildrenTab';
import { CloseHouseholdModal } from './CloseHouseholdModal';
import { ContactsTab } from './ContactsTab';
import { EconomyTab } from './EconomyTab';
import { HistoryTab } from './HistoryTab';
import { MembersTab } from './MembersTab';
import { parentsTitle } from '../household-names';
import { ChildSummary } from './summary';
import { TransferHouseholdModal } from './TransferHouseholdModal';

export type Household = HouseholdDetailFieldsFragment;

const DETAIL_TABS = [
  'basic',
  'members',
  'children',
  'economy',
  'contacts',
  'assessments',
  'history',
] as const;
type DetailTab = (typeof DETAIL_TABS)[number];

function tabOf(value: string | null): DetailTab {
  return DETAIL_TABS.find((tab) => tab === value) ?? 'basic';
}

/** One household file: a summary of what matters most, then its parts in tabs. */
export function HouseholdDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const isNarrow = screens.md === false;
  const { account } = useSession();
  const roles = account?.roles ?? [];
  const canWrite = canWriteHouseholds(roles);
  const canReveal = canRevealSensitive(roles);
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params.get('tab'));
  const [dialog, setDialog] = useState<'transfer' | 'close' | null>(null);
  const listSearch = (location.state as ListLocationState | null)?.listSearch ?? '';

  const context = useMemo(() => ({ additionalTypenames: ['Household', 'Assessment'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: HouseholdQuery,
    variables: { id },
    context,
    requestPolicy: 'cache-and-network',
  });
  const household = data?.household;
  useDocumentTitle(household ? parentsTitle(household) || household.fileNumber : undefined, {
    isSkipped: !household,
  });

  const back = (
    <Link to={`/households${listSearch}`} data-testid="household-back">
      <ArrowLeftOutlined /> {t('households.detail.backToList')}
    </Link>
  );

  if (!household) {
    if (error) {
      const isMissing = errorCode(error) === 'NOT_FOUND';
      return (
        <Card>
          <Result
            status={isMissing ? '404' : 'error'}
            title={isMissing ? t('households.detail.notFound') : describeError(error, t)}
            extra={
              <Space>
                {!isMissing && (
                  <Button onClick={() => refetch({ requestPolicy: 'network-only' })}>
                    {t('session.retry')}
                  </Button>
                )}
                <Button type="primary" onClick={() => void navigate('/households')}>
                  {t('households.detail.backToList')}
                </Button>
              </Space>
            }
          />
        </Card>
      );
    }
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} loading={fetching} />
      </Card>
    );
  }

  const isActive = household.status === 'ACTIVE';
  const setTab = (next: string) => {
    const nextParams = new URLSearchParams(params);
    if (next === 'basic') nextParams.delete('tab');
    else nextParams.set('tab', next);
    setParams(nextParams, { replace: true, state: location.state });
  };

  const actions = canWrite && isActive && (
    <Space wrap>
      <Button
        type="primary"
        icon={<EditOutlined />}
        data-testid="household-edit"
        onClick={() => void navigate(`/households/${household.id}/edit`, { state: location.state })}
      >
        {t('households.detail.edit')}
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'transfer', label: t('households.transfer.action') },
            { key: 'close', label: t('households.close.action'), danger: true },
          ],
          onClick: ({ key }) => setDialog(key as 'transfer' | 'close'),
        }}
      >
        <Button data-testid="household-more-actions">
          {t('households.detail.moreActions')} <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );

  const tabItems = [
    {
      key: 'basic',
      label: t('households.tabs.basic'),
      children: <BasicTab household={household} canReveal={canReveal} />,
    },
    {
      key: 'members',
      label: t('households.tabs.members'),
      children: <MembersTab household={household} canReveal={canReveal} />,
    },
    {
      key: 'children',
      label: t('households.tabs.children'),
      children: <ChildrenTab household={household} canReveal={canReveal} />,
    },
    {
      key: 'economy',
      label: t('households.tabs.economy'),
      children: <EconomyTab household={household} />,
    },
    {
      key: 'contacts',
      label: t('households.tabs.contacts'),
      children: <ContactsTab household={household} />,
    },
    {
      key: 'assessments',
      label: t('households.tabs.assessments', { n: household.assessments.length }),
      children: <AssessmentsTab household={household} canWrite={canWrite && isActive} />,
    },
    {
      key: 'history',
      label: t('households.tabs.history'),
      children: <HistoryTab household={household} />,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <div>{back}</div>
      <Card data-testid="household-summary">
        <Flex justify="space-between" align="start" gap={16} wrap>
          <Flex vertical gap={6} style={{ minWidth: 0, flex: '1 1 320px' }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="household-title">
                {parentsTitle(household) || household.fileNumber}
              </Typography.Title>
              <Flex gap={0} wrap>
                <CategoryTag category={household.category} />
                <StatusTag status={household.status} />
                <RiskTag level={household.riskLevel} />
                <HardshipTag level={household.hardshipLevel} />
                <LivingAloneTag arrangement={household.livingArrangement} />
              </Flex>
            </Flex>
            <Typography.Text type="secondary">
              <span data-testid="household-file-number">{household.fileNumber}</span>
              {' · '}
              {household.unit.name}
              {' · '}
              <span data-testid="household-address">{household.address}</span>
            </Typography.Text>
            <ChildSummary household={household} />
          </Flex>
          {!isNarrow && actions}
        </Flex>
        {isNarrow && actions && <div style={{ marginTop: 12 }}>{actions}</div>}
        {!isActive && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            title={t(
              household.status === 'MOVED'
                ? 'households.detail.movedNotice'
                : 'households.detail.closedNotice',
              { date: household.closedOn ?? '', reason: household.closeReason ?? '' },
            )}
          />
        )}
      </Card>

      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs activeKey={tab} onChange={setTab} items={tabItems} data-testid="household-tabs" />
      </Card>

      {dialog === 'transfer' && (
        <TransferHouseholdModal
          household={household}
          onClose={() => setDialog(null)}
          onDone={(saved) => {
            setDialog(null);
            void message.success(t('households.transfer.done', { unit: saved.unit.name }));
          }}
        />
      )}
      {dialog === 'close' && (
        <CloseHouseholdModal
          household={household}
          onClose={() => setDialog(null)}
          onDone={(saved) => {
            setDialog(null);
            void message.success(
              t(saved.status === 'MOVED' ? 'households.close.movedDone' : 'households.close.done'),
            );
          }}
        />
      )}
    </Flex>
  );
}
