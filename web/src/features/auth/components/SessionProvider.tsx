import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { type CreateClient, createGraphQLClient } from '../../../graphql/client';
import { errorCode } from '../../../graphql/errors';
import { LogoutMutation, MeQuery } from '../graphql';
import { type Account, type Session, SessionContext, type SessionState } from '../hooks/useSession';

type Props = {
  children: ReactNode;
  /** Tests pass a client with a fake transport. */
  createClient?: CreateClient;
};

/**
 * Owns the signed-in account and the urql client. Each session gets a new client, so nothing
 * cached for one account (or for nobody) can be shown to the next.
 */
export function SessionProvider({ children, createClient = createGraphQLClient }: Props) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  // A session can end on the server (idle expiry, revoked): the next failing request says so.
  const expire = useCallback(() => {
    setState((s) => (s.status === 'signed-in' ? { status: 'signed-out', reason: 'expired' } : s));
  }, []);

  // A stale `me` (the password was reset meanwhile) shows when the server refuses the next
  // request: RequireAuth then takes the user to the change-password page.
  const requirePasswordChange = useCallback(() => {
    setState((s) =>
      s.status === 'signed-in' && !s.account.mustChangePassword
        ? { ...s, account: { ...s.account, mustChangePassword: true } }
        : s,
    );
  }, []);

  const [client, setClient] = useState(() =>
    createClient({ onUnauthenticated: expire, onPasswordChangeRequired: requirePasswordChange }),
  );
  const freshClient = useCallback(
    () =>
      setClient(
        createClient({
          onUnauthenticated: expire,
          onPasswordChangeRequired: requirePasswordChange,
        }),
      ),
    [createClient, expire, requirePasswordChange],
  );

  const isLoading = state.status === 'loading';
  useEffect(() => {
    if (!isLoading) return;
    let isCurrent = true;
    void client
      .query(MeQuery, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then(({ data, error }) => {
        if (!isCurrent) return;
        if (error) setState({ status: 'error', error });
        else if (data?.me) setState({ status: 'signed-in', account: data.me });
        else setState({ status: 'signed-out' });
      });
    return () => {
      isCurrent = false;
    };
  }, [client, isLoading]);

  const signIn = useCallback(
    (account: Account) => {
      freshClient();
      setState({ status: 'signed-in', account });
    },
    [freshClient],
  );

  const signOut = useCallback(async () => {
    const { error } = await client.mutation(LogoutMutation, {}).toPromise();
    // UNAUTHENTICATED means the server had already ended the session: that is success here.
    if (error && errorCode(error) !== 'UNAUTHENTICATED') return error;
    freshClient();
    setState({ status: 'signed-out', reason: 'logout' });
    return undefined;
  }, [client, freshClient]);

  const reload = useCallback(() => setState({ status: 'loading' }), []);

  const refresh = useCallback(async () => {
    const { data, error } = await client
      .query(MeQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (error) return error;
    setState(data?.me ? { status: 'signed-in', account: data.me } : { status: 'signed-out' });
    return undefined;
  }, [client]);

  const session = useMemo<Session>(
    () => ({
      state,
      account: state.status === 'signed-in' ? state.account : null,
      signIn,
      signOut,
      reload,
      refresh,
    }),
    [state, signIn, signOut, reload, refresh],
  );

  return (
    <UrqlProvider value={client}>
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
    </UrqlProvider>
  );
}
