import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { idNumberCheckDigit } from '@nuanxin/shared';
import { print } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { townA, unitNode, unitsResolver } from '../../../test/admin-fixtures';
import { caseWorker } from '../../../test/fixtures';
import { expectFieldErrors, fieldErrors } from '../../../test/form-helpers';
import { graphQLError, type MockResolvers } from '../../../test/mock-transport';
import { currentUrl, renderApp, resetLocale } from '../../../test/render-app';
import { setupUser } from '../../../test/user';
import {
  child,
  emptyHistory,
  father,
  householdDetail,
  householdResponse,
  mother,
} from '../test/household-fixtures';
import { setViewportWidth } from '../test/viewport';

beforeEach(resetLocale);
beforeEach(() => setViewportWidth(1366));

const village = unitNode({ id: 'v-1', name: '东杓山村委会', kind: 'VILLAGE', parentId: townA.id });

/** A valid ID number of 钢城区 for the birth date; the sequence's last digit gives the sex. */
function validId(birth: string, sequence: string): string {
  const first17 = `370117${birth.replaceAll('-', '')}${sequence}`;
  return first17 + idNumberCheckDigit(first17);
}

const stored = {
  data: {
    household: {
      __typename: 'Household',
      id: 'h-1',
      phone: '06345555678',
      members: [
        {
          __typename: 'HouseholdMember',
          id: father.id,
          idNumber: validId('1952-03-14', '123'),
          phone: '13905341234',
        },
        {
          __typename: 'HouseholdMember',
          id: mother.id,
          idNumber: validId('1955-07-08', '234'),
          phone: null,
        },
        { __typename: 'HouseholdMember', id: child.id, idNumber: null, phone: null },
      ],
    },
  },
};

function resolvers(extra: MockResolvers = {}): MockResolvers {
  return {
    Me: () => ({ data: { me: caseWorker } }),
    Units: unitsResolver(townA, [townA, village]),
    Unit: () => ({ data: { unit: townA } }),
    Household: () => householdResponse(householdDetail()),
    HouseholdHistory: () => emptyHistory('h-1'),
    HouseholdSensitiveValues: () => stored,
    ...extra,
  };
}

const card = (list: 'parents' | 'children', index: number) =>
  screen.getByTestId(`member-form-${list}-${index}`);

describe('new household form', () => {
  it('shows the Chinese error for a wrong ID number without asking the server', async () => {
    const user = setupUser();
    const { calls } = renderApp('/households/new', resolvers());
    const fatherCard = await screen.findByTestId('member-form-parents-0');
    const idField = within(fatherCard).getByLabelText('身份证号');
    await user.click(idField);
    await user.paste('370117195203141230');
    fireEvent.blur(idField);

    await expectFieldErrors(idField, ['身份证号校验位不正确，请核对后重新输入']);
    await user.click(screen.getByTestId('household-form-submit'));
    // Still there, with the other required fields; nothing was sent.
    await expectFieldErrors(idField, ['身份证号校验位不正确，请核对后重新输入']);
    expect(calls.some((op) => op.kind === 'mutation')).toBe(false);
  });

  it('fills birth date and sex from a valid ID number, and flags a mismatch', async () => {
    const user = setupUser();
    renderApp('/households/new', resolvers());
    const childCard = await screen.findByTestId('member-form-children-0');
    await user.click(within(childCard).getByLabelText('身份证号'));
    await user.paste(validId('1980-01-01', '132'));

    await waitFor(() =>
      expect((within(childCard).getByLabelText('出生日期') as HTMLInputElement).value).toBe(
        '1980-01-01',
      ),
    );
    expect((within(childCard).getByLabelText('女') as HTMLInputElement).checked).toBe(true);

    // The father starts as 男; a woman's ID number on him is flagged on the sex field.
    const fatherCard = card('parents', 0);
    const fatherId = within(fatherCard).getByLabelText('身份证号');
    await user.click(fatherId);
    await user.paste(validId('1952-03-14', '122'));
    fireEvent.blur(fatherId);
    const sexItem = within(fatherCard).getByLabelText('男');
    await waitFor(() =>
      expect(fieldErrors(sexItem)).toEqual(['性别与身份证号不一致（身份证号中为女）']),
    );
  });

  it('warns before leaving with unsaved changes', async () => {
    const user = setupUser();
    const { router } = renderApp('/households/new', resolvers());
    await user.click(await screen.findByTestId('household-form-address'));
    await user.paste('钢城区艾山街道3组12号');
    await user.click(screen.getByText('返回'));
    expect(await screen.findByText('离开此页面？')).toBeTruthy();
    await user.click(screen.getByText('继续编辑'));
    expect(currentUrl(router)).toBe('/households/new');
    await user.click(screen.getByText('返回'));
    await user.click(await screen.findByText('放弃修改并离开'));
    await waitFor(() => expect(currentUrl(router)).toBe('/households'));
  });
});

describe('editing a household', () => {
  it('puts each server violation on its member field', async () => {
    const user = setupUser();
    renderApp(
      '/households/h-1/edit',
      resolvers({
        UpdateHousehold: () =>
          graphQLError('BAD_USER_INPUT', {
            field: 'input.members.1.idNumber',
            reason: 'CHECKSUM',
            violations: [
              {
                field: 'input.members.1.idNumber',
                reason: 'CHECKSUM',
                message: '身份证号校验位不正确，请核对后重新输入',
              },
              {
                field: 'input.members.2.deathDate',
                reason: 'BEFORE_BIRTH',
                message: '死亡日期不能早于出生日期',
              },
            ],
          }),
      }),
    );
    const motherCard = await screen.findByTestId('member-form-parents-1');
    await user.click(screen.getByTestId('household-form-submit'));

    await expectFieldErrors(within(motherCard).getByLabelText('身份证号'), [
      '身份证号校验位不正确，请核对后重新输入',
    ]);
    await expectFieldErrors(within(card('children', 0)).getByLabelText('死亡日期'), [
      '死亡日期不能早于出生日期',
    ]);
    // The father's field is untouched.
    expect(fieldErrors(within(card('parents', 0)).getByLabelText('身份证号'))).toEqual([]);
  });

  it('names the village of the other file holding an ID number', async () => {
    const user = setupUser();
    renderApp(
      '/households/h-1/edit',
      resolvers({
        UpdateHousehold: () =>
          graphQLError('CONFLICT', {
            field: 'input.members.0.idNumber',
            reason: 'ID_NUMBER_IN_ANOTHER_FILE',
            otherUnitName: '棋山村',
          }),
      }),
    );
    await screen.findByTestId('member-form-parents-0');
    await user.click(screen.getByTestId('household-form-submit'));
    await expectFieldErrors(within(card('parents', 0)).getByLabelText('身份证号'), [
      '该身份证号已在棋山村的另一户档中',
    ]);
  });

  it('leaves unchanged ID numbers and phones out, so saving reveals nothing', async () => {
    const user = setupUser();
    const { variablesOf } = renderApp(
      '/households/h-1/edit',
      resolvers({
        UpdateHousehold: () =>
          householdResponse(householdDetail({ version: 4, address: '钢城区艾山街道新址8号' })),
      }),
    );
    const address = await screen.findByTestId('household-form-address');
    expect((within(card('parents', 0)).getByLabelText('身份证号') as HTMLInputElement).value).toBe(
      '3701**********1234',
    );
    await user.clear(address);
    await user.paste('钢城区艾山街道新址8号');
    await user.click(screen.getByTestId('household-form-submit'));

    await waitFor(() => expect(variablesOf('UpdateHousehold')).toHaveLength(1));
    const input = (variablesOf('UpdateHousehold')[0] as { input: Record<string, unknown> }).input;
    expect(input).toMatchObject({ id: 'h-1', version: 3, address: '钢城区艾山街道新址8号' });
    const members = input.members as {
      id: string;
      idNumber: string | null;
      phone: string | null;
    }[];
    // Masked and untouched: left out, and the server keeps what it has (no audited reveal).
    expect(members.map((m) => [m.id, m.idNumber, m.phone])).toEqual([
      [father.id, undefined, undefined],
      [mother.id, undefined, null],
      [child.id, null, null],
    ]);
    expect(input.phone).toBeUndefined();
    expect(variablesOf('HouseholdSensitiveValues')).toHaveLength(0);
  });

  it('on STALE_VERSION lists what changed on the server and reapplies the edits on the new version', async () => {
    const user = setupUser();
    let saves = 0;
    const current = householdDetail({
      version: 4,
      hardshipLevel: 'ORDINARY',
      members: [father, { ...mother, healthStatus: '高血压' }, child],
    });
    const { variablesOf } = renderApp(
      '/households/h-1/edit',
      resolvers({
        UpdateHousehold: () => {
          saves += 1;
          return saves === 1
            ? graphQLError('CONFLICT', { reason: 'STALE_VERSION' })
            : householdResponse({ ...current, version: 5, address: '钢城区艾山街道新址8号' });
        },
        HouseholdCurrent: () => ({
          data: {
            household: {
              ...current,
              history: {
                __typename: 'HouseholdHistoryConnection',
                nodes: [
                  {
                    __typename: 'AuditEntry',
                    id: '91',
                    at: '2025-10-01T02:05:00.000Z',
                    actorName: '李主任',
                    action: 'household.update',
                  },
                ],
              },
            },
          },
        }),
      }),
    );
    const address = await screen.findByTestId('household-form-address');
    await user.clear(address);
    await user.paste('钢城区艾山街道新址8号');
    await user.click(screen.getByTestId('household-form-submit'));

    const dialog = await screen.findByTestId('conflict-dialog');
    expect(within(dialog).getByText(/李主任 于 2025-10-01 10:05 保存了此户档/)).toBeTruthy();
    const changes = within(dialog)
      .getAllByTestId('conflict-change')
      .map((c) => c.textContent);
    expect(changes).toEqual(['困难程度困难一般', '李秀英 · 健康状况—高血压']);
    await user.click(within(dialog).getByTestId('conflict-reapply'));

    expect(await screen.findByTestId('conflict-notice')).toBeTruthy();
    expect((screen.getByTestId('household-form-address') as HTMLInputElement).value).toBe(
      '钢城区艾山街道新址8号',
    );
    await user.click(screen.getByTestId('household-form-submit'));
    await waitFor(() => expect(variablesOf('UpdateHousehold')).toHaveLength(2));
    const retry = (variablesOf('UpdateHousehold')[1] as { input: Record<string, unknown> }).input;
    expect(retry).toMatchObject({
      version: 4,
      address: '钢城区艾山街道新址8号',
      hardshipLevel: 'ORDINARY',
    });
    expect((retry.members as { healthStatus: string | null }[])[1]?.healthStatus).toBe('高血压');
  });
});

describe('reveal', () => {
  it('asks the server with reveal: true and shows the ID number', async () => {
    const user = setupUser();
    const { calls } = renderApp(
      '/households/h-1?tab=members',
      resolvers({
        RevealMemberIdNumbers: () => ({
          data: {
            household: {
              __typename: 'Household',
              id: 'h-1',
              members: stored.data.household.members.map(({ id, idNumber }) => ({
                __typename: 'HouseholdMember',
                id,
                idNumber,
              })),
            },
          },
        }),
      }),
    );
    const field = await screen.findByTestId(`member-${father.id}-id-number`);
    expect(within(field).getByText('3701**********1234')).toBeTruthy();
    await user.click(within(field).getByText('显示'));

    expect(await within(field).findByText(validId('1952-03-14', '123'))).toBeTruthy();
    const reveal = calls.find(
      (op) => op.query && print(op.query).includes('RevealMemberIdNumbers'),
    );
    expect(reveal && print(reveal.query)).toContain('idNumber(reveal: true)');
    expect(reveal?.variables).toEqual({ id: 'h-1' });
    // Only the one asked for is shown.
    const motherField = screen.getByTestId(`member-${mother.id}-id-number`);
    expect(within(motherField).getByText('3701**********2346')).toBeTruthy();
    fireEvent.click(within(field).getByText('隐藏'));
    expect(within(field).getByText('3701**********1234')).toBeTruthy();
  });
});
