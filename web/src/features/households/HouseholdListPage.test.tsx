import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { townA, unitsResolver } from '../../test/admin-fixtures';
import { caseWorker } from '../../test/fixtures';
import type { MockResolvers } from '../../test/mock-transport';
import { currentUrl, renderApp, resetLocale } from '../../test/render-app';
import { setupUser } from '../../test/user';
import {
  emptyHistory,
  householdDetail,
  householdResponse,
  householdRow,
  householdsPage,
} from './test/household-fixtures';
import { setViewportWidth } from './test/viewport';

beforeEach(resetLocale);

const row = householdRow({ id: 'h-1', fileNumber: 'HH00000012' });
const other = householdRow({
  id: 'h-2',
  fileNumber: 'HH00000013',
  category: 'DISABLED_CHILD',
  riskLevel: 'LOW',
  hardshipLevel: 'ORDINARY',
  livingArrangement: 'WITH_SPOUSE',
  lastAssessedOn: null,
});

function resolvers(extra: MockResolvers = {}): MockResolvers {
  return {
    Me: () => ({ data: { me: caseWorker } }),
    Households: ({ after }) =>
      after
        ? householdsPage([other], { totalCount: 21 })
        : householdsPage([row], { totalCount: 21, hasNextPage: true, endCursor: 'WyJIMDEyIl0' }),
    Units: unitsResolver(townA, [townA]),
    Household: () => householdResponse(householdDetail()),
    HouseholdHistory: () => emptyHistory('h-1'),
    ...extra,
  };
}

/** Opens an antd Select by its label and picks an option. */
async function choose(user: ReturnType<typeof setupUser>, label: string, option: string) {
  await user.click(screen.getByLabelText(label));
  const options = await screen.findAllByTitle(option);
  const item = options.find((el) => el.classList.contains('ant-select-item-option'));
  await user.click(item ?? options[0]!);
}

describe('household list', () => {
  beforeEach(() => setViewportWidth(1366));

  it('shows what a worker needs at a glance: parents, village, category, risk, hardship', async () => {
    renderApp('/households', resolvers());
    const tableRow = (await screen.findByText('HH00000012')).closest('tr') as HTMLElement;
    const cells = within(tableRow);
    expect(cells.getByText('王建国')).toBeTruthy();
    expect(cells.getByText('73岁')).toBeTruthy();
    expect(cells.getByText('（已故）')).toBeTruthy();
    expect(cells.getByText('东杓山村委会')).toBeTruthy();
    expect(cells.getByText('失独家庭')).toBeTruthy();
    expect(cells.getByText('高风险')).toBeTruthy();
    expect(cells.getByText('困难')).toBeTruthy();
    expect(cells.getByText('独居')).toBeTruthy();
    expect(cells.getByText('2025-06-01')).toBeTruthy();
    expect(screen.getByTestId('pager-total').textContent).toBe('共 21 户');
  });

  it('reads every filter, the sort and the page from the URL', async () => {
    const { variablesOf } = renderApp(
      '/households?q=%E7%8E%8B&unit=unit-7&category=BEREAVED&hardship=HARDSHIP&residence=RURAL' +
        '&risk=HIGH,MEDIUM&status=ACTIVE,MOVED&age=70-79&alone=1&sort=RISK&after=WyJIMDEyIl0',
      resolvers(),
    );
    expect(await screen.findByText('HH00000013')).toBeTruthy();
    expect(variablesOf('Households')[0]).toEqual({
      filter: {
        search: '王',
        unitId: 'unit-7',
        categories: ['BEREAVED'],
        hardshipLevels: ['HARDSHIP'],
        residenceTypes: ['RURAL'],
        riskLevels: ['HIGH', 'MEDIUM'],
        statuses: ['ACTIVE', 'MOVED'],
        minParentAge: 70,
        maxParentAge: 79,
        livingAlone: true,
      },
      sort: 'RISK',
      first: 20,
      after: 'WyJIMDEyIl0',
    });
    // The controls show the same state, the secondary filters unfolded.
    expect((screen.getByLabelText('输入姓名或户档编号搜索') as HTMLInputElement).value).toBe('王');
    const panel = screen.getByTestId('households-more-filter-panel');
    expect(within(panel).getByText('70–79岁')).toBeTruthy();
    expect(within(panel).getByText('有独居老人')).toBeTruthy();
    expect(screen.getByText('按风险（高到低）')).toBeTruthy();
    expect(screen.getByText('第 2 / 2 页')).toBeTruthy();
  });

  it('writes the search, filters, sort and page to the URL, a new filter starting on page 1', async () => {
    const user = setupUser();
    const { router, variablesOf } = renderApp('/households', resolvers());
    await screen.findByText('HH00000012');

    await user.type(screen.getByLabelText('输入姓名或户档编号搜索'), '王建国{Enter}');
    await waitFor(() =>
      expect(currentUrl(router)).toBe('/households?q=%E7%8E%8B%E5%BB%BA%E5%9B%BD'),
    );

    await user.click(screen.getByText('下一页'));
    await waitFor(() =>
      expect(currentUrl(router)).toBe(
        '/households?q=%E7%8E%8B%E5%BB%BA%E5%9B%BD&after=WyJIMDEyIl0',
      ),
    );
    expect(await screen.findByText('HH00000013')).toBeTruthy();

    await choose(user, '家庭类别', '失独家庭');
    await waitFor(() =>
      expect(currentUrl(router)).toBe(
        '/households?q=%E7%8E%8B%E5%BB%BA%E5%9B%BD&category=BEREAVED',
      ),
    );
    await choose(user, '排序', '按建档日期（新到旧）');
    await waitFor(() => expect(currentUrl(router)).toContain('&sort=REGISTERED_ON_DESC'));

    await user.click(screen.getByTestId('households-more-filters'));
    await choose(user, '父母年龄', '80岁及以上');
    await waitFor(() => expect(currentUrl(router)).toContain('&age=80%2B'));
    expect(variablesOf('Households').at(-1)).toMatchObject({
      filter: { search: '王建国', categories: ['BEREAVED'], minParentAge: 80, maxParentAge: null },
      sort: 'REGISTERED_ON_DESC',
      after: null,
    });

    // Back goes to the previous state of the list.
    router.navigate(-1);
    await waitFor(() => expect(currentUrl(router)).not.toContain('age='));
  });

  it('opens a file when its row is clicked, and returns to the same list', async () => {
    const user = setupUser();
    const { router } = renderApp('/households?risk=HIGH', resolvers());
    await user.click(await screen.findByText('王建国'));
    await waitFor(() => expect(currentUrl(router)).toBe('/households/h-1'));
    expect(await screen.findByTestId('household-title')).toBeTruthy();
    await user.click(screen.getByTestId('household-back'));
    await waitFor(() => expect(currentUrl(router)).toBe('/households?risk=HIGH'));
  });

  it('offers 新建户档 to case workers but not to viewers', async () => {
    const { unmount } = renderApp('/households', resolvers());
    expect(await screen.findByTestId('household-create')).toBeTruthy();
    unmount();
    renderApp(
      '/households',
      resolvers({ Me: () => ({ data: { me: { ...caseWorker, roles: ['VIEWER'] } } }) }),
    );
    await screen.findByText('HH00000012');
    expect(screen.queryByTestId('household-create')).toBeNull();
  });
});

describe('household list on a phone', () => {
  it('shows one card per household, which opens the file', async () => {
    const user = setupUser();
    const { router } = renderApp('/households', resolvers());
    const card = (await screen.findByText('HH00000012')).closest(
      '[data-testid="household-card"]',
    ) as HTMLElement;
    expect(within(card).getByText('王建国')).toBeTruthy();
    expect(within(card).getByText('高风险')).toBeTruthy();
    expect(screen.queryByTestId('households-table')).toBeNull();
    await user.click(card);
    await waitFor(() => expect(currentUrl(router)).toBe('/households/h-1'));
  });
});
