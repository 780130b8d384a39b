import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { townA, unitsResolver } from '../../../test/admin-fixtures';
import { caseWorker } from '../../../test/fixtures';
import type { MockResolvers } from '../../../test/mock-transport';
import { renderApp, resetLocale } from '../../../test/render-app';
import { setupUser } from '../../../test/user';
import { emptyHistory, householdDetail, householdResponse } from '../test/household-fixtures';
import { setViewportWidth } from '../test/viewport';

beforeEach(resetLocale);
beforeEach(() => setViewportWidth(1366));

const assessment = {
  __typename: 'Assessment' as const,
  id: 'a-1',
  assessedOn: '2025-06-01',
  assessorName: '张晓梅',
  griefTrauma: 4,
  healing: 2,
  acceptance: 3,
  futureAttitude: 2,
  physicalHealth: 3,
  mentalHealth: 2,
  riskLevel: 'HIGH' as const,
  needs: ['PSYCHOLOGICAL' as const],
  notes: '清明前后情绪低落，需要多陪伴',
  createdAt: '2025-06-01T02:00:00.000Z',
};

function resolvers(extra: MockResolvers = {}): MockResolvers {
  return {
    Me: () => ({ data: { me: caseWorker } }),
    Units: unitsResolver(townA, [townA]),
    Household: () => householdResponse(householdDetail({ assessments: [assessment] })),
    HouseholdHistory: () => emptyHistory('h-1'),
    ...extra,
  };
}

describe('household file', () => {
  it('shows what matters first: category, risk, hardship and the child who died', async () => {
    renderApp('/households/h-1', resolvers());
    const summary = await screen.findByTestId('household-summary');
    expect(within(summary).getByText('王建国、李秀英')).toBeTruthy();
    for (const tag of ['失独家庭', '高风险', '困难']) {
      expect(within(summary).getByText(tag)).toBeTruthy();
    }
    expect(within(summary).getByTestId('household-child-summary').textContent).toBe(
      '子女 王磊：已故 · 2012-06-01 · 疾病 · 终年32岁',
    );
    // 基本信息: phone masked, category history.
    expect(screen.getByTestId('household-phone').textContent).toContain('0634****5678');
    expect(screen.getByTestId('category-history').textContent).toBe('2018-05-29 建档：失独家庭');
  });

  it('keeps the tab in the URL and shows the economy in yuan', async () => {
    const user = setupUser();
    const { router } = renderApp('/households/h-1', resolvers());
    await user.click(await screen.findByText('经济与需求'));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=economy'));
    const economy = screen.getByTestId('household-economy');
    expect(within(economy).getByText('¥18,000.00')).toBeTruthy();
    expect(within(economy).getByText('¥50,000.00')).toBeTruthy();
    expect(within(economy).getByText('养老金、扶助金/补贴')).toBeTruthy();
  });

  it('shows assessments with their scales and records a new one', async () => {
    const user = setupUser();
    const { variablesOf } = renderApp(
      '/households/h-1?tab=assessments',
      resolvers({
        RecordAssessment: () => ({ data: { recordAssessment: { ...assessment, id: 'a-2' } } }),
      }),
    );
    const card = await screen.findByTestId('assessment-card');
    expect(within(card).getByText('当前')).toBeTruthy();
    expect(within(card).getByTestId('scale-griefTrauma').textContent).toContain('4 / 5');
    expect(within(card).getByTestId('scale-griefTrauma').textContent).toContain('1 轻微 — 5 严重');
    expect(within(card).getByText('清明前后情绪低落，需要多陪伴')).toBeTruthy();

    await user.click(screen.getByTestId('assessment-create'));
    const drawer = await screen.findByTestId('assessment-drawer');
    const scales = [
      '哀伤创伤程度',
      '疗愈程度',
      '接纳程度',
      '对未来生活的态度',
      '身体健康',
      '心理健康',
    ];
    for (const [index, label] of scales.entries()) {
      const item = within(drawer).getByText(label).closest('.ant-form-item') as HTMLElement;
      await user.click(within(item).getByText(String((index % 5) + 1)));
    }
    await user.click(within(drawer).getByText('中风险'));
    await user.click(within(drawer).getByText('医疗'));
    await user.click(screen.getByTestId('assessment-submit'));

    await waitFor(() => expect(variablesOf('RecordAssessment')).toHaveLength(1));
    expect(variablesOf('RecordAssessment')[0]).toMatchObject({
      input: {
        householdId: 'h-1',
        assessorName: '王芳',
        griefTrauma: 1,
        healing: 2,
        acceptance: 3,
        futureAttitude: 4,
        physicalHealth: 5,
        mentalHealth: 1,
        riskLevel: 'MEDIUM',
        needs: ['MEDICAL'],
        notes: null,
      },
    });
  });

  it('lets a viewer read but not edit, reveal or assess', async () => {
    renderApp(
      '/households/h-1?tab=members',
      resolvers({ Me: () => ({ data: { me: { ...caseWorker, roles: ['VIEWER'] } } }) }),
    );
    await screen.findByTestId('household-members');
    expect(screen.queryByTestId('household-edit')).toBeNull();
    expect(screen.queryByText('显示')).toBeNull();
    expect(screen.getAllByText('3701**********1234').length).toBe(1);
  });

  it('closes a file after the dialog asks for a date and reason', async () => {
    const user = setupUser();
    const { variablesOf } = renderApp(
      '/households/h-1',
      resolvers({
        CloseHousehold: () => ({
          data: {
            closeHousehold: householdDetail({
              status: 'CLOSED',
              closedOn: '2025-10-01',
              closeReason: '夫妇均已去世',
            }),
          },
        }),
      }),
    );
    await user.click(await screen.findByTestId('household-more-actions'));
    await user.click(await screen.findByText('注销或迁出'));
    const dialog = await screen.findByTestId('close-modal');
    await user.click(within(dialog).getByText('确认'));
    expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
    expect(variablesOf('CloseHousehold')).toHaveLength(0);

    await user.click(within(dialog).getByLabelText('原因'));
    await user.paste('夫妇均已去世');
    await user.click(within(dialog).getByText('确认'));
    await waitFor(() => expect(variablesOf('CloseHousehold')).toHaveLength(1));
    expect(variablesOf('CloseHousehold')[0]).toMatchObject({
      input: { id: 'h-1', version: 3, reason: '夫妇均已去世', movedAway: false },
    });
    expect(await screen.findByText('户档已注销')).toBeTruthy();
  });
});
