import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiClientFieldsFragment } from '../../gql/graphql';
import { district, townA, townB, unitsResolver } from '../../test/admin-fixtures';
import { unitAdmin } from '../../test/fixtures';
import { fill } from '../../test/form-helpers';
import type { MockResolvers } from '../../test/mock-transport';
import { renderApp, resetLocale } from '../../test/render-app';
import { setupUser } from '../../test/user';

beforeEach(resetLocale);

const SECRET = 'nxk_4f9c2e7a1b3d5f60718293a4b5c6d7e8';

function apiClient(attrs: Partial<ApiClientFieldsFragment> & { id: string; name: string }) {
  return {
    __typename: 'ApiClient' as const,
    scope: 'read' as const,
    secretHint: 'd7e8',
    createdAt: '2025-09-01T02:00:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    version: 1,
    unit: { __typename: 'Unit', id: district.id, name: district.name },
    ...attrs,
  };
}

function clientsPage(nodes: ReturnType<typeof apiClient>[]) {
  return {
    data: {
      apiClients: {
        __typename: 'ApiClientConnection',
        nodes,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        totalCount: nodes.length,
      },
    },
  };
}

describe('API clients', () => {
  it('shows the secret of a new client once, with a warning, and never again', async () => {
    const user = setupUser();
    const created = apiClient({ id: 'cli-1', name: '省级平台', scope: 'read_write' });
    let isCreated = false;
    const resolvers: MockResolvers = {
      Me: () => ({ data: { me: unitAdmin } }),
      Units: unitsResolver(district, [district, townA, townB]),
      ApiClients: () => clientsPage(isCreated ? [created] : []),
      CreateApiClient: () => {
        isCreated = true;
        return {
          data: {
            createApiClient: {
              __typename: 'CreateApiClientPayload',
              client: created,
              secret: SECRET,
            },
          },
        };
      },
    };
    const { variablesOf } = renderApp('/admin/api-clients', resolvers);

    await user.click(await screen.findByTestId('api-client-create'));
    await fill(user, '名称', '省级平台');
    await user.click(screen.getByText('读写'));
    await user.click(screen.getByText('新建客户端', { selector: '.ant-modal-footer button span' }));

    const secret = (await screen.findByTestId('api-client-secret')) as HTMLTextAreaElement;
    expect(secret.value).toBe(SECRET);
    expect(screen.getByText('密钥只显示这一次')).toBeTruthy();
    expect(variablesOf('CreateApiClient')[0]).toEqual({
      input: { name: '省级平台', unitId: district.id, scope: 'read_write' },
    });
    // A stray Escape does not lose the secret.
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('api-client-secret')).toBeTruthy();

    await user.click(screen.getByTestId('api-client-secret-done'));
    await waitFor(() => expect(screen.queryByTestId('api-client-secret')).toBeNull());
    expect(document.body.textContent).not.toContain(SECRET);

    // The list knows only the last characters.
    const row = (await screen.findByText('省级平台', { selector: 'td' })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText('…d7e8')).toBeTruthy();
    expect(within(row).getByText('读写')).toBeTruthy();
  });

  it('revokes a client after confirmation', async () => {
    const user = setupUser();
    let revoked = false;
    const client = apiClient({ id: 'cli-2', name: '平安保险' });
    renderApp('/admin/api-clients', {
      Me: () => ({ data: { me: unitAdmin } }),
      ApiClients: () =>
        clientsPage([revoked ? { ...client, revokedAt: '2025-09-02T04:00:00.000Z' } : client]),
      RevokeApiClient: () => {
        revoked = true;
        return { data: { revokeApiClient: { ...client, revokedAt: '2025-09-02T04:00:00.000Z' } } };
      },
    });

    const row = (await screen.findByText('平安保险', { selector: 'td' })).closest(
      'tr',
    ) as HTMLElement;
    await user.click(within(row).getByText('吊销'));
    expect(await screen.findByText('吊销后该客户端的密钥立即失效，且不能恢复。')).toBeTruthy();
    await user.click(screen.getByText('吊销', { selector: '.ant-popconfirm button span' }));

    expect(await screen.findByText('已于 2025-09-02 12:00 吊销')).toBeTruthy();
  });
});
