import { Card, Col, Descriptions, Empty, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Household } from './HouseholdDetailPage';

/** 联系人: the household's contact persons (双岗联系人) and its signed family doctor. */
export function ContactsTab({ household }: { household: Household }) {
  const { t } = useTranslation();
  const hasDoctor =
    !!household.familyDoctorName ||
    !!household.familyDoctorPhone ||
    !!household.familyDoctorSignedOn;
  return (
    <Flex vertical gap={16} data-testid="household-contacts">
      {household.contacts.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('households.detail.noContacts')}
        />
      ) : (
        <Row gutter={[16, 16]}>
          {household.contacts.map((contact) => (
            <Col key={contact.id} xs={24} md={12} xl={8}>
              <Card size="small">
                <Flex vertical gap={4}>
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text strong>{contact.name}</Typography.Text>
                    <Tag>{t(`households.enum.contactKind.${contact.kind}`)}</Tag>
                  </Flex>
                  {contact.organization && (
                    <Typography.Text type="secondary">{contact.organization}</Typography.Text>
                  )}
                  {contact.phone && (
                    <Typography.Link href={`tel:${contact.phone}`}>{contact.phone}</Typography.Link>
                  )}
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('households.detail.familyDoctor')}
        </Typography.Title>
        {hasDoctor ? (
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 3 }}
            items={[
              {
                key: 'name',
                label: t('households.field.familyDoctorName'),
                children: household.familyDoctorName ?? '—',
              },
              {
                key: 'phone',
                label: t('households.field.familyDoctorPhone'),
                children: household.familyDoctorPhone ? (
                  <Typography.Link href={`tel:${household.familyDoctorPhone}`}>
                    {household.familyDoctorPhone}
                  </Typography.Link>
                ) : (
                  '—'
                ),
              },
              {
                key: 'signedOn',
                label: t('households.field.familyDoctorSignedOn'),
                children: household.familyDoctorSignedOn ?? '—',
              },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">
            {t('households.detail.noFamilyDoctor')}
          </Typography.Text>
        )}
      </div>
    </Flex>
  );
}
