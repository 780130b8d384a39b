import { Tooltip, Typography } from 'antd';
import { useQuery } from 'urql';
import { UnitQuery } from '../units/graphql';

/**
 * A unit's name for an id recorded in the log. A unit outside the reader's subtree (a unit moved
 * away) answers NOT_FOUND: its id is shown, shortened.
 */
export function UnitName({ id }: { id: string }) {
  const [{ data, fetching }] = useQuery({ query: UnitQuery, variables: { id } });
  if (data) return <>{data.unit.name}</>;
  return (
    <Tooltip title={id}>
      <Typography.Text code>{fetching ? '…' : id.slice(0, 8)}</Typography.Text>
    </Tooltip>
  );
}
