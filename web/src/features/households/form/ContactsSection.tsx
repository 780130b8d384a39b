import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CONTACT_KINDS } from '@nuanxin/shared';
import { Button, Card, Col, Empty, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField';
import type { SectionProps } from './section-props';

/** 联系人: the named contact persons, and the signed family doctor. */
export function ContactsSection({ sharedRule }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Card title={t('households.tabs.contacts')} id="household-form-contacts">
      <Form.List name="contacts">
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 && (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('households.detail.noContacts')}
                style={{ marginBlock: 8 }}
              />
            )}
            {fields.map((field) => {
              const id = (name: string) => `contacts-${field.name}-${name}`;
              return (
                <Row key={field.key} gutter={12} align="top" data-testid="contact-form-row">
                  <Col xs={24} sm={12} lg={5}>
                    <Form.Item
                      name={[field.name, 'kind']}
                      label={t('households.contact.kind')}
                      htmlFor={id('kind')}
                      rules={[
                        { required: true, message: t('households.form.contactKindRequired') },
                      ]}
                    >
                      <Select
                        id={id('kind')}
                        options={CONTACT_KINDS.map((value) => ({
                          value,
                          label: t(`households.enum.contactKind.${value}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12} lg={5}>
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t('households.contact.name')}
                      htmlFor={id('name')}
                      rules={[sharedRule(['contacts', field.name, 'name'])]}
                    >
                      <Input id={id('name')} maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12} lg={5}>
                    <Form.Item
                      name={[field.name, 'phone']}
                      label={t('households.contact.phone')}
                      htmlFor={id('phone')}
                      rules={[sharedRule(['contacts', field.name, 'phone'])]}
                    >
                      <Input id={id('phone')} inputMode="tel" maxLength={20} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} sm={10} lg={7}>
                    <Form.Item
                      name={[field.name, 'organization']}
                      label={t('households.contact.organization')}
                      htmlFor={id('organization')}
                      rules={[sharedRule(['contacts', field.name, 'organization'])]}
                    >
                      <Input id={id('organization')} maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={2} lg={2}>
                    <Form.Item label=" " colon={false}>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('households.form.removeContact')}
                        onClick={() => remove(field.name)}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              );
            })}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ kind: 'ASSOCIATION_WORKER' })}
              style={{ marginBottom: 24 }}
            >
              {t('households.form.addContact')}
            </Button>
          </>
        )}
      </Form.List>

      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('households.detail.familyDoctor')}
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item
            name="familyDoctorName"
            label={t('households.field.familyDoctorName')}
            htmlFor="household-doctor-name"
            rules={[sharedRule('familyDoctorName')]}
          >
            <Input id="household-doctor-name" maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="familyDoctorPhone"
            label={t('households.field.familyDoctorPhone')}
            htmlFor="household-doctor-phone"
            rules={[sharedRule('familyDoctorPhone')]}
          >
            <Input id="household-doctor-phone" inputMode="tel" maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="familyDoctorSignedOn"
            label={t('households.field.familyDoctorSignedOn')}
            htmlFor="household-doctor-signed-on"
            rules={[sharedRule('familyDoctorSignedOn')]}
          >
            <DateField id="household-doctor-signed-on" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
