import { useCallback } from 'react';
import { type CombinedError, useClient } from 'urql';
import {
  RevealHouseholdPhoneQuery,
  RevealMemberIdNumbersQuery,
  RevealMemberPhonesQuery,
} from './graphql';

const NETWORK_ONLY = { requestPolicy: 'network-only' } as const;

export type RevealResult = { value: string | null } | { error: CombinedError };

/**
 * Asks the server for an unmasked value. Always from the network: every reveal must reach the
 * server, which writes it to the audit log, and nothing unmasked is kept in the cache for later.
 */
export function useReveal(householdId: string) {
  const client = useClient();
  const householdPhone = useCallback(async (): Promise<RevealResult> => {
    const { data, error } = await client
      .query(RevealHouseholdPhoneQuery, { id: householdId }, NETWORK_ONLY)
      .toPromise();
    return error ? { error } : { value: data?.household.phone ?? null };
  }, [client, householdId]);

  const memberIdNumber = useCallback(
    async (memberId: string): Promise<RevealResult> => {
      const { data, error } = await client
        .query(RevealMemberIdNumbersQuery, { id: householdId }, NETWORK_ONLY)
        .toPromise();
      if (error) return { error };
      return { value: data?.household.members.find((m) => m.id === memberId)?.idNumber ?? null };
    },
    [client, householdId],
  );

  const memberPhone = useCallback(
    async (memberId: string): Promise<RevealResult> => {
      const { data, error } = await client
        .query(RevealMemberPhonesQuery, { id: householdId }, NETWORK_ONLY)
        .toPromise();
      if (error) return { error };
      return { value: data?.household.members.find((m) => m.id === memberId)?.phone ?? null };
    },
    [client, householdId],
  );

  return { householdPhone, memberIdNumber, memberPhone };
}
