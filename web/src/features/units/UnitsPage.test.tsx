import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { district, townA, townB, unitNode, unitsResolver } from '../../test/admin-fixtures';
import { unitAdmin } from '../../test/fixtures';
import { expectFieldErrors, fill } from '../../test/form-helpers';
import { graphQLError, type MockResolvers } from '../../test/mock-transport';
import { renderApp, resetLocale } from '../../test/render-app';
import { setupUser } from '../../test/user';

beforeEach(resetLocale);

const village = unitNode({
  id: 'unit-70',
  name: '明湖社区',
  kind: 'VILLAGE',
  code: '370102001001',
  parentId: townA.id,
  depth: 5,
});
const all = [district, townA, townB, village];

function resolvers(extra: MockResolvers = {}): MockResolvers {
  return {
    Me: () => ({ data: { me: unitAdmin } }),
    Units: unitsResolver(district, all),
    Unit: ({ id }) => ({ data: { unit: { ...all.find((u) => u.id === id), parent: null } } }),
    ...extra,
  };
}

/** Clicks a unit in the tree (the district is expanded from the start). */
async function selectUnit(user: ReturnType<typeof setupUser>, name: string) {
  const node = await screen.findByText(name, { selector: '[data-testid="unit-node"] span' });
  await user.click(node);
  await waitFor(() => expect(screen.getByTestId('unit-details-name').textContent).toBe(name));
}

function kindOptions(): string[] {
  const group = screen.getByTestId('unit-kind-options');
  return [...group.querySelectorAll('label')].map((label) => label.textContent ?? '');
}

describe('unit tree', () => {
  it('shows the own unit with its children, kinds and codes', async () => {
    renderApp('/admin/units', resolvers());

    const town = await screen.findByText('大明湖街道计生协', {
      selector: '[data-testid="unit-node"] span',
    });
    const node = town.closest('[data-testid="unit-node"]') as HTMLElement;
    expect(within(node).getByText('镇街')).toBeTruthy();
    expect(within(node).getByText('370102001')).toBeTruthy();
    expect(screen.getByText('解放路街道计生协')).toBeTruthy();
    expect(
      screen.getByText('历下区计生协', { selector: '[data-testid="unit-node"] span' }),
    ).toBeTruthy();
  });

  it('offers the kinds that may sit under the selected unit', async () => {
    const user = setupUser();
    renderApp('/admin/units', resolvers());

    await selectUnit(user, '历下区计生协');
    await user.click(screen.getByTestId('unit-add-child'));
    expect(await screen.findByText('在“历下区计生协”下新增单位')).toBeTruthy();
    expect(kindOptions()).toEqual(['镇街', '功能区', '驻地企业']);
    await user.click(screen.getByText('取消'));
    await waitFor(() => expect(screen.queryByTestId('unit-kind-options')).toBeNull());

    await selectUnit(user, '大明湖街道计生协');
    await user.click(screen.getByTestId('unit-add-child'));
    await waitFor(() => expect(kindOptions()).toEqual(['村居']));
    await user.click(screen.getByText('取消'));

    // Nothing goes under a village.
    await user.click(
      await screen.findByText('大明湖街道计生协', { selector: '[data-testid="unit-node"] span' }),
    );
    const switcher = screen
      .getByText('大明湖街道计生协', { selector: '[data-testid="unit-node"] span' })
      .closest('.ant-tree-treenode')
      ?.querySelector('.ant-tree-switcher') as HTMLElement;
    await user.click(switcher);
    await selectUnit(user, '明湖社区');
    expect((screen.getByTestId('unit-add-child') as HTMLButtonElement).disabled).toBe(true);
  });

  it('adds a unit and shows a taken code on the code field', async () => {
    const user = setupUser();
    let attempts = 0;
    const { variablesOf } = renderApp(
      '/admin/units',
      resolvers({
        CreateUnit: ({ input }) => {
          attempts += 1;
          if (attempts === 1) {
            return graphQLError('CONFLICT', { field: 'input.code', reason: 'DUPLICATE_CODE' });
          }
          const values = input as { name: string; kind: 'TOWN'; code: string };
          return {
            data: {
              createUnit: unitNode({
                id: 'unit-9',
                name: values.name,
                kind: values.kind,
                code: values.code,
                parentId: district.id,
              }),
            },
          };
        },
      }),
    );

    await selectUnit(user, '历下区计生协');
    await user.click(screen.getByTestId('unit-add-child'));
    await screen.findByTestId('unit-kind-options');
    await fill(user, '单位名称', '泉城路街道计生协');
    // Full-width digits from a Chinese input method are read as ordinary digits.
    await fill(user, '单位编码', '３７０１０２００３');
    await user.click(screen.getByText('保存'));

    await expectFieldErrors('单位编码', ['该编码已被其他单位使用']);
    expect(variablesOf('CreateUnit')[0]).toEqual({
      input: {
        parentId: district.id,
        kind: 'TOWN',
        name: '泉城路街道计生协',
        code: '370102003',
        sortOrder: 0,
      },
    });

    await user.click(screen.getByText('保存'));
    expect(await screen.findByText('已新增“泉城路街道计生协”')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('unit-details-name').textContent).toBe('泉城路街道计生协'),
    );
  });

  it('says why a unit cannot be deactivated', async () => {
    const user = setupUser();
    renderApp(
      '/admin/units',
      resolvers({
        DeactivateUnit: () => graphQLError('CONFLICT', { reason: 'HAS_ACTIVE_ACCOUNTS', count: 2 }),
      }),
    );

    await selectUnit(user, '解放路街道计生协');
    await user.click(screen.getByTestId('unit-deactivate'));
    expect((await screen.findAllByText('停用“解放路街道计生协”？')).length).toBeGreaterThan(0);
    await user.click(screen.getByText('停用', { selector: '.ant-modal-confirm button span' }));

    expect(
      await screen.findByText('该单位及其下级单位仍有 2 个启用的账号，请先停用这些账号'),
    ).toBeTruthy();
  });

  it('opens at /admin and shows inactive units on request, greyed', async () => {
    const user = setupUser();
    const closed = unitNode({
      id: 'unit-9',
      name: '已撤销街道',
      kind: 'TOWN',
      parentId: district.id,
      isActive: false,
    });
    const { router, variablesOf } = renderApp(
      '/admin',
      resolvers({
        Units: (variables) => {
          const filter = variables.filter as { parentId?: string; includeInactive?: boolean };
          const units = filter.includeInactive ? [...all, closed] : all;
          return unitsResolver(district, units)(variables);
        },
      }),
    );

    await screen.findByText('大明湖街道计生协', { selector: '[data-testid="unit-node"] span' });
    expect(router.state.location.pathname).toBe('/admin/units');
    expect(screen.queryByText('已撤销街道')).toBeNull();

    await user.click(screen.getByTestId('units-show-inactive'));
    const name = await screen.findByText('已撤销街道');
    const node = name.closest('[data-testid="unit-node"]') as HTMLElement;
    expect(within(node).getByText('已停用')).toBeTruthy();
    expect(name.getAttribute('style')).toContain('color');
    expect(variablesOf('Units')).toContainEqual({
      filter: { parentId: district.id, includeInactive: true },
      first: 200,
      after: null,
    });
  });

  it('reloads a unit someone else changed, and saves with its new version', async () => {
    const user = setupUser();
    let version = 1;
    const { variablesOf } = renderApp(
      '/admin/units',
      resolvers({
        Unit: ({ id }) => ({
          data: { unit: { ...all.find((u) => u.id === id), version: 2, parent: null } },
        }),
        UpdateUnit: ({ input }) => {
          const values = input as { version: number; name: string };
          if (values.version !== version + 1) {
            return graphQLError('CONFLICT', { reason: 'STALE_VERSION', currentVersion: 2 });
          }
          version = values.version;
          return { data: { updateUnit: { ...townB, name: values.name, version: 3 } } };
        },
      }),
    );

    await selectUnit(user, '解放路街道计生协');
    await user.click(screen.getByTestId('unit-edit'));
    const name = await screen.findByLabelText('单位名称');
    await user.clear(name);
    await fill(user, '单位名称', '解放路街道');
    await user.click(screen.getByText('保存'));

    expect((await screen.findByRole('alert')).textContent).toContain(
      '该记录已被他人修改，已重新加载最新内容，请核对后再提交',
    );
    await user.click(screen.getByText('保存'));
    expect(await screen.findByText('已保存“解放路街道”')).toBeTruthy();
    expect(
      variablesOf('UpdateUnit').map((v) => (v as { input: { version: number } }).input.version),
    ).toEqual([1, 2]);
  });

  it('finds units by name on the server, naming their parents', async () => {
    const user = setupUser();
    const { variablesOf } = renderApp(
      '/admin/units',
      resolvers({
        UnitSearch: () => ({
          data: {
            units: {
              __typename: 'UnitConnection',
              nodes: [
                { ...village, parent: { __typename: 'Unit', id: townA.id, name: townA.name } },
              ],
              totalCount: 1,
            },
          },
        }),
      }),
    );

    await screen.findByText('大明湖街道计生协', { selector: '[data-testid="unit-node"] span' });
    await user.type(screen.getByPlaceholderText('按名称搜索单位'), '明湖{Enter}');

    expect(await screen.findByText('上级：大明湖街道计生协')).toBeTruthy();
    expect(variablesOf('UnitSearch')[0]).toEqual({
      filter: { search: '明湖', includeInactive: false },
      first: 50,
    });
    await user.click(screen.getByText('明湖社区'));
    await waitFor(() =>
      expect(screen.getByTestId('unit-details-name').textContent).toBe('明湖社区'),
    );
    expect(screen.getByText('大明湖街道计生协', { selector: '.ant-descriptions *' })).toBeTruthy();
  });

  it('does not let the administrator move or deactivate their own unit', async () => {
    const user = setupUser();
    renderApp('/admin/units', resolvers());

    await selectUnit(user, '历下区计生协');
    expect((screen.getByTestId('unit-move') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('unit-deactivate') as HTMLButtonElement).disabled).toBe(true);
  });
});
