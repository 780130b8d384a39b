import { ArrowLeftOutlined } from '@ant-design/icons';
import { todayInShanghai } from '@nuanxin/shared';
import { Alert, Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import type { HouseholdDetailFieldsFragment } from '../../../gql/graphql';
import { describeError, errorCode } from '../../../graphql/errors';
import { useSession } from '../../auth/hooks/useSession';
import { parentsTitle } from '../household-names';
import { HouseholdCurrentQuery, HouseholdQuery } from '../graphql';
import { canWriteHouseholds } from '../permissions';
import { ConflictModal, type ConflictState } from './ConflictModal';
import { changeKey, formChanges, mergeFormValues } from './form-diff';
import { householdToFormValues, type HouseholdFormValues, newHouseholdValues } from './form-values';
import { HouseholdEditor } from './HouseholdEditor';

type Start = {
  values: HouseholdFormValues;
  base: HouseholdFormValues;
  version: number;
  household?: HouseholdDetailFieldsFragment;
  /** Remounts the form with new values (after a conflict was resolved). */
  generation: number;
  notice?: 'reapplied' | 'discarded';
};

/** 新建户档 at /households/new, 编辑户档 at /households/:id/edit. */
export function HouseholdFormPage({ mode }: { mode: 'create' | 'edit' }) {
  const { account } = useSession();
  if (!account || !canWriteHouseholds(account.roles)) return <NoWriteAccess />;
  return mode === 'create' ? <CreatePage /> : <EditPage />;
}

function NoWriteAccess() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        status="403"
        title={t('households.form.forbiddenTitle')}
        subTitle={t('households.form.forbiddenDescription')}
        extra={
          <Button type="primary" onClick={() => void navigate('/households')}>
            {t('households.detail.backToList')}
          </Button>
        }
      />
    </Card>
  );
}

function PageHeading({ title, back }: { title: string; back: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }}>
      <Link to={back} state={location.state}>
        <ArrowLeftOutlined /> {t('households.form.back')}
      </Link>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="household-form-title">
        {title}
      </Typography.Title>
    </Flex>
  );
}

function CreatePage() {
  const { t } = useTranslation();
  const { account } = useSession();
  const [start] = useState(() => {
    const values = newHouseholdValues(
      todayInShanghai(),
      account?.unit.kind === 'VILLAGE' ? account.unit.id : undefined,
    );
    return { values, base: values };
  });
  useDocumentTitle(t('households.form.createTitle'));
  return (
    <>
      <PageHeading title={t('households.form.createTitle')} back="/households" />
      <HouseholdEditor mode="create" initialValues={start.values} base={start.base} version={0} />
    </>
  );
}

function EditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const client = useClient();
  const navigate = useNavigate();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: HouseholdQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [start, setStart] = useState<Start | null>(null);
  const [conflict, setConflict] = useState<
    (ConflictState & { mine: HouseholdFormValues; current: HouseholdDetailFieldsFragment }) | null
  >(null);
  const [conflictError, setConflictError] = useState<string | null>(null);

  // The form starts from the version loaded when the page opened; later fetches do not reset it.
  const loaded = data?.household;
  if (loaded && !start) {
    const values = householdToFormValues(loaded);
    setStart({ values, base: values, version: loaded.version, household: loaded, generation: 0 });
  }
  const household = start?.household ?? loaded;
  const title = household
    ? t('households.form.editTitle', { name: parentsTitle(household) || household.fileNumber })
    : t('households.form.editTitleLoading');
  useDocumentTitle(title);

  if (!start || !household) {
    if (error) {
      return (
        <Card>
          <Result
            status={errorCode(error) === 'NOT_FOUND' ? '404' : 'error'}
            title={
              errorCode(error) === 'NOT_FOUND'
                ? t('households.detail.notFound')
                : describeError(error, t)
            }
            extra={
              <Button onClick={() => refetch({ requestPolicy: 'network-only' })}>
                {t('session.retry')}
              </Button>
            }
          />
        </Card>
      );
    }
    return (
      <Card>
        <Skeleton active loading={fetching} paragraph={{ rows: 8 }} />
      </Card>
    );
  }

  if (household.status !== 'ACTIVE') {
    return (
      <Card>
        <Result
          status="info"
          title={t('households.form.closedCannotEdit')}
          extra={
            <Button type="primary" onClick={() => void navigate(`/households/${household.id}`)}>
              {t('households.form.backToFile')}
            </Button>
          }
        />
      </Card>
    );
  }

  /** Someone saved first: fetch the file as it is now and show what they changed. */
  const onStale = async (mine: HouseholdFormValues) => {
    setConflictError(null);
    const result = await client
      .query(HouseholdCurrentQuery, { id: household.id }, { requestPolicy: 'network-only' })
      .toPromise();
    const current = result.data?.household;
    if (!current) {
      setConflictError(result.error ? describeError(result.error, t) : t('errors.UNKNOWN'));
      return;
    }
    const theirs = householdToFormValues(current);
    const lastSave = current.history.nodes.find((entry) => entry.action !== 'household.reveal');
    setConflict({
      mine,
      current,
      changes: formChanges(start.base, theirs),
      myChangeKeys: new Set(formChanges(start.base, mine).map(changeKey)),
      unitChange:
        current.unit.id !== household.unit.id
          ? { from: household.unit.name, to: current.unit.name }
          : undefined,
      lastChange: lastSave ? { actorName: lastSave.actorName, at: lastSave.at } : undefined,
      isClosed: current.status !== 'ACTIVE',
      newVersion: current.version,
    });
  };

  const resolve = (choice: 'reapplied' | 'discarded') => {
    if (!conflict) return;
    const theirs = householdToFormValues(conflict.current);
    setStart({
      values: choice === 'reapplied' ? mergeFormValues(start.base, conflict.mine, theirs) : theirs,
      base: theirs,
      version: conflict.current.version,
      household: conflict.current,
      generation: start.generation + 1,
      notice: choice,
    });
    setConflict(null);
  };

  return (
    <>
      <PageHeading title={title} back={`/households/${household.id}`} />
      <HouseholdEditor
        key={start.generation}
        mode="edit"
        household={household}
        initialValues={start.values}
        base={start.base}
        version={start.version}
        onStale={(mine) => void onStale(mine)}
        notice={
          <>
            {start.notice && (
              <Alert
                type={start.notice === 'reapplied' ? 'warning' : 'info'}
                showIcon
                closable
                style={{ marginBottom: 16 }}
                data-testid="conflict-notice"
                title={t(
                  start.notice === 'reapplied'
                    ? 'households.conflict.reappliedNotice'
                    : 'households.conflict.discardedNotice',
                )}
              />
            )}
            {conflictError && (
              <Alert type="error" showIcon style={{ marginBottom: 16 }} title={conflictError} />
            )}
          </>
        }
      />
      {conflict && (
        <ConflictModal
          conflict={conflict}
          onReapply={() => resolve('reapplied')}
          onDiscard={() => resolve('discarded')}
        />
      )}
    </>
  );
}
