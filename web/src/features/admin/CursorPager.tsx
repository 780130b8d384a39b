import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CursorPages } from './useCursorPages';

type Props = {
  pages: CursorPages;
  totalCount: number | undefined;
  pageSize: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null } | undefined;
  /** What is counted, e.g. "个账号". */
  unit: string;
  isFetching?: boolean;
};

/** "共 N 个 · 第 p / q 页" with previous and next, for a cursor connection. */
export function CursorPager({ pages, totalCount, pageSize, pageInfo, unit, isFetching }: Props) {
  const { t } = useTranslation();
  const pageCount =
    totalCount === undefined ? undefined : Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <Flex align="center" justify="end" gap={12} wrap style={{ marginTop: 16 }}>
      {totalCount !== undefined && (
        <Typography.Text type="secondary" data-testid="pager-total">
          {t('pager.total', { n: totalCount, unit })}
        </Typography.Text>
      )}
      {pageCount !== undefined && pageCount > 1 && (
        <Typography.Text type="secondary">
          {t('pager.page', { page: pages.pageNumber, pages: pageCount })}
        </Typography.Text>
      )}
      <Button
        size="small"
        icon={<LeftOutlined />}
        disabled={!pages.hasPrevious || isFetching}
        onClick={pages.previous}
      >
        {t('pager.previous')}
      </Button>
      <Button
        size="small"
        disabled={!pageInfo?.hasNextPage || !pageInfo.endCursor || isFetching}
        onClick={() => pageInfo?.endCursor && pages.next(pageInfo.endCursor)}
      >
        {t('pager.next')}
        <RightOutlined />
      </Button>
    </Flex>
  );
}
