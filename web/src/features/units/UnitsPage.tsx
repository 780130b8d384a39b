import { ApartmentOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Grid,
  Input,
  List,
  Row,
  Spin,
  Switch,
  Tag,
  Tree,
  Typography,
  theme,
} from 'antd';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { describeError, errorDetail } from '../../graphql/errors';
import { useSession } from '../auth/hooks/useSession';
import {
  DeactivateUnitMutation,
  ReactivateUnitMutation,
  UnitQuery,
  UnitSearchQuery,
} from './graphql';
import { MoveUnitModal } from './MoveUnitModal';
import { type UnitAction, UnitDetails } from './UnitDetails';
import { UnitFormModal } from './UnitFormModal';
import { UnitKindTag } from './UnitKindTag';
import { findUnit, type UnitNode, useUnitTree } from './useUnitTree';

type SelectedUnit = UnitNode & { parent?: { id: string; name: string } | null };

type TreeNode = { key: string; title: ReactNode; isLeaf?: boolean; children?: TreeNode[] };

type Dialog = { kind: 'addChild' | 'edit' | 'move'; unit: UnitNode } | null;

const SEARCH_LIMIT = 50;

/** 组织机构: the user's subtree as a tree, a name search, and changes to the selected unit. */
export function UnitsPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message, modal } = App.useApp();
  const client = useClient();
  const { account } = useSession();
  const [showInactive, setShowInactive] = useState(false);
  const tree = useUnitTree(showInactive);
  const [expandedKeys, setExpandedKeys] = useState<string[] | null>(null);
  const [selected, setSelected] = useState<SelectedUnit | null>(null);
  const [searchText, setSearchText] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [, deactivateUnit] = useMutation(DeactivateUnitMutation);
  const [, reactivateUnit] = useMutation(ReactivateUnitMutation);

  // urql runs the query again whenever the context object changes: keep it the same.
  const searchContext = useMemo(() => ({ additionalTypenames: ['Unit'] }), []);
  const [search] = useQuery({
    query: UnitSearchQuery,
    variables: {
      filter: { search: searchText, includeInactive: showInactive },
      first: SEARCH_LIMIT,
    },
    pause: searchText === '',
    requestPolicy: 'cache-and-network',
    context: searchContext,
  });

  // The tree's copy is the freshest (it is replaced after every change); a search result may
  // not be loaded in the tree.
  const current: SelectedUnit | null = selected
    ? { ...selected, ...findUnit(tree.root, tree.children, selected.id) }
    : null;
  const parentName = current
    ? (findUnit(tree.root, tree.children, current.parentId)?.name ?? current.parent?.name)
    : undefined;

  const screens = Grid.useBreakpoint();
  const detailsRef = useRef<HTMLDivElement>(null);
  const select = (unit: SelectedUnit) => {
    setSelected(unit);
    // Below lg the details sit under the tree, out of sight on a phone.
    if (screens.lg === false) {
      window.setTimeout(() =>
        detailsRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' }),
      );
    }
  };

  /** Fetches a unit again (someone else changed it) and shows the fresh copy everywhere. */
  const reloadUnit = async (id: string) => {
    const { data } = await client
      .query(UnitQuery, { id }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!data) return;
    tree.replaceUnit(data.unit);
    setSelected((s) => (s?.id === id ? data.unit : s));
    setDialog((d) => (d?.unit.id === id ? { ...d, unit: data.unit } : d));
  };

  /** Reloads the branches a change touched: only those shown in the tree. */
  const refreshAfterChange = async (unit: UnitNode, parentIds: (string | null)[]) => {
    const shown = parentIds.filter((id) => findUnit(tree.root, tree.children, id));
    await tree.refreshAround(unit.id, shown);
  };

  const setActive = (unit: UnitNode, isActive: boolean) => {
    modal.confirm({
      title: t(isActive ? 'units.reactivateConfirmTitle' : 'units.deactivateConfirmTitle', {
        name: unit.name,
      }),
      content: t(isActive ? 'units.reactivateConfirm' : 'units.deactivateConfirm'),
      okText: t(isActive ? 'units.reactivate' : 'units.deactivate'),
      okButtonProps: { danger: !isActive },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const variables = { id: unit.id, version: unit.version };
        const result = isActive ? await reactivateUnit(variables) : await deactivateUnit(variables);
        if (result.error) {
          void message.error(describeError(result.error, t));
          if (errorDetail(result.error).reason === 'STALE_VERSION') await reloadUnit(unit.id);
          return;
        }
        const data = result.data;
        const changed =
          data && ('deactivateUnit' in data ? data.deactivateUnit : data.reactivateUnit);
        if (!changed) return;
        void message.success(
          t(isActive ? 'units.reactivated' : 'units.deactivated', { name: unit.name }),
        );
        setSelected(changed);
        await refreshAfterChange(changed, [changed.parentId]);
      },
    });
  };

  const onAction = (action: UnitAction) => {
    if (!current) return;
    if (action === 'deactivate') setActive(current, false);
    else if (action === 'reactivate') setActive(current, true);
    else setDialog({ kind: action, unit: current });
  };

  const unitTitle = (unit: UnitNode, extra?: ReactNode) => (
    <Flex
      gap={6}
      align="center"
      wrap
      data-testid="unit-node"
      data-unit-id={unit.id}
      style={{ paddingBlock: 2 }}
    >
      <span style={unit.isActive ? undefined : { color: token.colorTextDisabled }}>
        {unit.name}
      </span>
      <UnitKindTag kind={unit.kind} />
      {unit.code && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {unit.code}
        </Typography.Text>
      )}
      {!unit.isActive && <Tag style={{ marginInlineEnd: 0 }}>{t('units.inactive')}</Tag>}
      {extra}
    </Flex>
  );

  const toTreeNode = (unit: UnitNode): TreeNode => ({
    key: unit.id,
    title: unitTitle(unit),
    // Child counts cover active children only; with inactive units shown, loading tells.
    isLeaf: showInactive ? undefined : unit.childCount === 0,
    children: tree.children[unit.id]?.map(toTreeNode),
  });
  const treeData = tree.root ? [toTreeNode(tree.root)] : [];

  const isSearching = searchText !== '';
  const searchResults = search.data?.units;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={11} xl={10}>
        <Card
          title={
            <Flex gap={8} align="center">
              <ApartmentOutlined />
              {t('units.treeTitle')}
            </Flex>
          }
          extra={
            <Flex gap={6} align="center">
              <Switch
                size="small"
                checked={showInactive}
                onChange={setShowInactive}
                data-testid="units-show-inactive"
                aria-label={t('units.showInactive')}
              />
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('units.showInactive')}
              </Typography.Text>
            </Flex>
          }
        >
          <Input.Search
            allowClear
            placeholder={t('units.searchPlaceholder')}
            aria-label={t('units.searchPlaceholder')}
            data-testid="units-search"
            maxLength={SEARCH_LIMIT}
            onSearch={(value) => setSearchText(value.trim())}
            onChange={(e) => e.target.value === '' && setSearchText('')}
            style={{ marginBottom: 12 }}
          />
          {tree.error && !isSearching && (
            <Alert
              type="error"
              showIcon
              title={describeError(tree.error, t)}
              action={
                <Button size="small" onClick={tree.reload}>
                  {t('session.retry')}
                </Button>
              }
              style={{ marginBottom: 12 }}
            />
          )}
          {isSearching ? (
            <>
              {search.error && (
                <Alert type="error" showIcon title={describeError(search.error, t)} />
              )}
              {searchResults && searchResults.totalCount > searchResults.nodes.length && (
                <Typography.Paragraph type="secondary">
                  {t('units.searchTruncated', {
                    n: searchResults.totalCount,
                    shown: searchResults.nodes.length,
                  })}
                </Typography.Paragraph>
              )}
              <List
                loading={search.fetching && !searchResults}
                dataSource={searchResults?.nodes ?? []}
                locale={{ emptyText: <Empty description={t('units.searchEmpty')} /> }}
                renderItem={(unit) => (
                  <List.Item
                    onClick={() => select(unit)}
                    style={{
                      cursor: 'pointer',
                      paddingInline: 8,
                      background: unit.id === current?.id ? token.controlItemBgActive : undefined,
                    }}
                  >
                    {unitTitle(
                      unit,
                      unit.parent && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('units.under', { parent: unit.parent.name })}
                        </Typography.Text>
                      ),
                    )}
                  </List.Item>
                )}
              />
            </>
          ) : tree.root === undefined ? (
            <Flex justify="center" style={{ padding: 24 }}>
              <Spin aria-label={t('session.loading')} />
            </Flex>
          ) : (
            <div style={{ overflowX: 'auto' }}>
              <Tree<TreeNode>
                blockNode
                showLine
                treeData={treeData}
                loadData={(node) => tree.loadChildren(String(node.key))}
                loadedKeys={Object.keys(tree.children)}
                expandedKeys={expandedKeys ?? (tree.root ? [tree.root.id] : [])}
                onExpand={(keys) => setExpandedKeys(keys.map(String))}
                selectedKeys={current ? [current.id] : []}
                onSelect={(_keys, { node }) => {
                  const unit = findUnit(tree.root, tree.children, String(node.key));
                  if (unit) select(unit);
                }}
              />
            </div>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={13} xl={14} ref={detailsRef}>
        {current ? (
          <UnitDetails
            unit={current}
            parentName={parentName}
            isOwnUnit={current.id === account?.unit.id}
            onAction={onAction}
          />
        ) : (
          <Card>
            <Empty description={t('units.selectHint')} />
          </Card>
        )}
      </Col>

      {(dialog?.kind === 'addChild' || dialog?.kind === 'edit') && (
        <UnitFormModal
          mode={dialog.kind === 'addChild' ? 'create' : 'edit'}
          unit={dialog.unit}
          onClose={() => setDialog(null)}
          onStale={() => void reloadUnit(dialog.unit.id)}
          onSaved={(unit) => {
            const isCreate = dialog.kind === 'addChild';
            setDialog(null);
            void message.success(
              t(isCreate ? 'units.created' : 'units.saved', { name: unit.name }),
            );
            setSelected(unit);
            if (isCreate) {
              setExpandedKeys((keys) => [
                ...new Set([...(keys ?? (tree.root ? [tree.root.id] : [])), dialog.unit.id]),
              ]);
            }
            void refreshAfterChange(unit, [unit.parentId]);
          }}
        />
      )}
      {dialog?.kind === 'move' && (
        <MoveUnitModal
          unit={dialog.unit}
          onClose={() => setDialog(null)}
          onStale={() => void reloadUnit(dialog.unit.id)}
          onMoved={(unit, oldParentId) => {
            setDialog(null);
            void message.success(t('units.moved', { name: unit.name }));
            setSelected(unit);
            void refreshAfterChange(unit, [oldParentId, unit.parentId]);
          }}
        />
      )}
    </Row>
  );
}
