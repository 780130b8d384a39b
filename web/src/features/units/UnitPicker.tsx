import type { UnitKind } from '@nuanxin/shared';
import { Flex, TreeSelect, Typography } from 'antd';
import { type CSSProperties, type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { UnitQuery, UnitSearchQuery } from './graphql';
import { type UnitNode, useUnitTree } from './useUnitTree';

type PickerNode = {
  key: string;
  value: string;
  title: ReactNode;
  isLeaf: boolean;
  disabled?: boolean;
  children?: PickerNode[];
};

type Props = {
  id?: string;
  value?: string | null;
  onChange?: (unitId: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  /** Units that may not be chosen (still shown, to find the ones below them). */
  isUnitDisabled?: (unit: UnitNode) => boolean;
  /** Units whose subtree is not offered (the unit being moved). */
  isSubtreeHidden?: (unit: UnitNode) => boolean;
  /** Narrows the search results to these kinds. */
  searchKinds?: UnitKind[];
  'data-testid'?: string;
  style?: CSSProperties;
};

// The server accepts 1 to 50 characters for a name search.
const MAX_SEARCH_LENGTH = 50;

/**
 * Chooses an active unit of the user's subtree: a tree that loads as it is expanded, or, while
 * the user types, the units whose name matches (searched on the server, so deep units are found
 * without expanding their way down).
 */
export function UnitPicker({
  id,
  value,
  onChange,
  placeholder,
  allowClear,
  disabled,
  isUnitDisabled,
  isSubtreeHidden,
  searchKinds,
  'data-testid': testId,
  style,
}: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const tree = useUnitTree(false);
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<{ text: string; units: UnitNode[] } | null>(null);
  const [fetchedLabels, setFetchedLabels] = useState<Record<string, string>>({});
  const [expandedKeys, setExpandedKeys] = useState<string[] | null>(null);

  const searchText = search.trim().slice(0, MAX_SEARCH_LENGTH);
  const kindsKey = searchKinds?.join(',');
  useEffect(() => {
    if (!searchText) return;
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      void client
        .query(UnitSearchQuery, {
          filter: {
            search: searchText,
            kinds: kindsKey ? (kindsKey.split(',') as UnitKind[]) : null,
          },
          first: 50,
        })
        .toPromise()
        .then(({ data }) => {
          if (isCurrent) setResults({ text: searchText, units: data?.units.nodes ?? [] });
        });
    }, 250);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [client, searchText, kindsKey]);

  const knownLabel = useMemo(() => {
    if (!value) return undefined;
    if (tree.root?.id === value) return tree.root.name;
    for (const units of [...Object.values(tree.children), results?.units ?? []]) {
      const unit = units.find((u) => u.id === value);
      if (unit) return unit.name;
    }
    return fetchedLabels[value];
  }, [value, tree.root, tree.children, results, fetchedLabels]);

  // A unit chosen before (an account's unit, a filter from the URL) may not be loaded yet.
  useEffect(() => {
    if (!value || knownLabel !== undefined) return;
    let isCurrent = true;
    void client
      .query(UnitQuery, { id: value })
      .toPromise()
      .then(({ data }) => {
        const name = data?.unit.name;
        if (isCurrent && name) setFetchedLabels((l) => ({ ...l, [value]: name }));
      });
    return () => {
      isCurrent = false;
    };
  }, [client, value, knownLabel]);

  const toNode = (unit: UnitNode, context?: string): PickerNode => {
    const isHidden = isSubtreeHidden?.(unit) ?? false;
    const children = isHidden || context ? undefined : tree.children[unit.id];
    return {
      key: unit.id,
      value: unit.id,
      title: (
        <Flex gap={6} align="baseline" wrap={false}>
          <span>{unit.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {context ? `${t(`unitKind.${unit.kind}`)} · ${context}` : t(`unitKind.${unit.kind}`)}
          </Typography.Text>
        </Flex>
      ),
      isLeaf: isHidden || !!context || unit.childCount === 0,
      disabled: isUnitDisabled?.(unit),
      children: children?.map((child) => toNode(child)),
    };
  };

  const isSearching = searchText !== '';
  const treeData: PickerNode[] = isSearching
    ? results?.text === searchText
      ? results.units.map((unit) => toNode(unit, parentName(unit) ?? t('unitPicker.topLevel')))
      : []
    : tree.root
      ? [toNode(tree.root)]
      : [];

  return (
    <TreeSelect<{ value: string; label: ReactNode } | undefined>
      id={id}
      data-testid={testId}
      style={{ width: '100%', ...style }}
      placeholder={placeholder ?? t('unitPicker.placeholder')}
      allowClear={allowClear}
      disabled={disabled}
      labelInValue
      value={value ? { value, label: knownLabel ?? t('session.loading') } : undefined}
      onChange={(next) => onChange?.(next?.value)}
      treeData={treeData}
      loadData={async (node) => {
        if (typeof node.value === 'string') await tree.loadChildren(node.value);
      }}
      treeLoadedKeys={Object.keys(tree.children)}
      treeExpandedKeys={isSearching ? [] : (expandedKeys ?? (tree.root ? [tree.root.id] : []))}
      onTreeExpand={(keys) => setExpandedKeys(keys.map(String))}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterTreeNode: false,
        autoClearSearchValue: true,
      }}
      notFoundContent={isSearching ? t('unitPicker.noMatch') : t('session.loading')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 280, maxWidth: '90vw' } } }}
    />
  );
}

function parentName(unit: UnitNode & { parent?: { name: string } | null }): string | undefined {
  return unit.parent?.name;
}
