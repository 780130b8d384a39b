import { createContext, useContext } from 'react';
import type { CombinedError } from 'urql';
import type { AccountFieldsFragment } from '../../../gql/graphql';

export type Account = AccountFieldsFragment;

export type SessionState =
  | { status: 'loading' }
  /** The server could not be asked who is signed in (network down, server error). */
  | { status: 'error'; error: CombinedError }
  /** `reason` tells an explicit sign-out from a session that ended on the server. */
  | { status: 'signed-out'; reason?: 'logout' | 'expired' }
  | { status: 'signed-in'; account: Account };

export type Session = {
  state: SessionState;
  /** The signed-in account, or null. */
  account: Account | null;
  /** Starts a session for the account a successful `login` returned. */
  signIn: (account: Account) => void;
  /** Ends the session on the server; resolves to the error if that failed. */
  signOut: () => Promise<CombinedError | undefined>;
  /** Asks the server again who is signed in (after a failed first attempt). */
  reload: () => void;
  /**
   * Fetches the signed-in account again without leaving the page (after a password change);
   * resolves to the error if that failed.
   */
  refresh: () => Promise<CombinedError | undefined>;
};

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
