import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  CONTACT_KINDS,
  ELDER_CARE_WISHES,
  FAMILY_CATEGORIES,
  HARDSHIP_LEVELS,
  INCOME_SOURCES,
  LIVING_ARRANGEMENTS,
  NEEDS,
  parseYuan,
  RESIDENCE_TYPES,
} from '@nuanxin/shared';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Form,
  type FormInstance,
  Input,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField';
import { VillagePicker } from '../components/VillagePicker';
import type { RevealResult } from '../useReveal';
import type { FormFieldName } from './form-errors';
import type { HouseholdFormValues } from './form-values';
import { SensitiveInput } from './SensitiveInput';

type SectionProps = {
  sharedRule: (name: FormFieldName) => Rule;
};

/** Yuan typed by hand, checked with the shared parser (never floats). */
const YUAN_RULE: Rule = {
  validator: async (_, value: string | undefined) => {
    if (!value?.trim()) return;
    const parsed = parseYuan(value);
    if (!parsed.ok) throw new Error(parsed.message);
  },
};

/** 基本信息: village, category, registration, address and phone, how the family lives. */
export function BasicSection({
  form,
  sharedRule,
  mode,
  unitName,
  baseCategory,
  revealPhone,
}: SectionProps & {
  form: FormInstance<HouseholdFormValues>;
  mode: 'create' | 'edit';
  unitName?: string;
  baseCategory?: string;
  revealPhone?: () => Promise<RevealResult>;
}) {
  const { t } = useTranslation();
  const category = Form.useWatch('category', form);
  const isCategoryChanged = mode === 'edit' && !!baseCategory && category !== baseCategory;

  return (
    <Card title={t('households.tabs.basic')} id="household-form-basic">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          {mode === 'create' ? (
            <Form.Item
              name="unitId"
              label={t('households.field.unit')}
              htmlFor="household-unit"
              extra={t('households.form.villageHint')}
              rules={[{ required: true, message: t('households.form.unitRequired') }]}
            >
              <VillagePicker id="household-unit" data-testid="household-form-unit" />
            </Form.Item>
          ) : (
            <Form.Item label={t('households.field.unit')} extra={t('households.form.unitEditHint')}>
              <Typography.Text>{unitName}</Typography.Text>
            </Form.Item>
          )}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="registeredOn"
            label={t('households.field.registeredOn')}
            htmlFor="household-registered-on"
            rules={[sharedRule('registeredOn')]}
          >
            <DateField id="household-registered-on" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="category"
            label={t('households.field.category')}
            rules={[{ required: true, message: t('households.form.categoryRequired') }]}
          >
            <Radio.Group
              id="household-category"
              data-testid="household-form-category"
              optionType="button"
              buttonStyle="solid"
              options={FAMILY_CATEGORIES.map((value) => ({
                value,
                label: t(`households.enum.category.${value}`),
              }))}
            />
          </Form.Item>
        </Col>
        {isCategoryChanged && (
          <Col xs={24} md={12}>
            <Form.Item
              name="categoryChangeReason"
              label={t('households.form.categoryChangeReason')}
              htmlFor="household-category-reason"
              extra={t('households.form.categoryChangeHint')}
              rules={[{ max: 500, message: t('households.form.reasonTooLong') }]}
            >
              <Input id="household-category-reason" maxLength={500} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24}>
          <Form.Item
            name="address"
            label={t('households.field.address')}
            htmlFor="household-address"
            rules={[sharedRule('address')]}
          >
            <Input id="household-address" data-testid="household-form-address" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="phone"
            label={t('households.field.phone')}
            htmlFor="household-phone"
            rules={[sharedRule('phone')]}
          >
            <SensitiveInput
              id="household-phone"
              inputMode="tel"
              maxLength={20}
              reveal={revealPhone}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="residenceType"
            label={t('households.field.residenceType')}
            rules={[{ required: true, message: t('households.form.residenceRequired') }]}
          >
            <Radio.Group
              id="household-residence"
              data-testid="household-form-residence"
              optionType="button"
              buttonStyle="solid"
              options={RESIDENCE_TYPES.map((value) => ({
                value,
                label: t(`households.enum.residence.${value}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="livingArrangement"
            label={t('households.field.livingArrangement')}
            htmlFor="household-living"
            rules={[{ required: true, message: t('households.form.livingRequired') }]}
          >
            <Select
              id="household-living"
              data-testid="household-form-living"
              options={LIVING_ARRANGEMENTS.map((value) => ({
                value,
                label: t(`households.enum.living.${value}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="tags"
            label={t('households.field.tags')}
            htmlFor="household-tags"
            extra={t('households.form.tagsHint')}
            rules={[sharedRule('tags')]}
          >
            <Select
              id="household-tags"
              mode="tags"
              tokenSeparators={[',', '，', '、']}
              open={false}
              suffixIcon={null}
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

/** 经济与需求: income, debts, hardship, the biggest difficulty, needs and wishes. */
export function EconomySection({ sharedRule }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Card title={t('households.tabs.economy')} id="household-form-economy">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="hardshipLevel"
            label={t('households.field.hardshipLevel')}
            extra={t('households.form.hardshipHint')}
            rules={[{ required: true, message: t('households.form.hardshipRequired') }]}
          >
            <Radio.Group
              id="household-hardship"
              data-testid="household-form-hardship"
              optionType="button"
              buttonStyle="solid"
              options={HARDSHIP_LEVELS.map((value) => ({
                value,
                label: t(`households.enum.hardship.${value}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="incomeSources" label={t('households.field.incomeSources')}>
            <Checkbox.Group
              options={INCOME_SOURCES.map((value) => ({
                value,
                label: t(`households.enum.income.${value}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="yearlyIncome"
            label={t('households.field.yearlyIncomeFen')}
            htmlFor="household-yearly-income"
            rules={[YUAN_RULE, sharedRule('yearlyIncome')]}
          >
            <Input
              id="household-yearly-income"
              inputMode="decimal"
              suffix={t('households.form.yuan')}
              maxLength={20}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="debt"
            label={t('households.field.debtFen')}
            htmlFor="household-debt"
            rules={[YUAN_RULE, sharedRule('debt')]}
          >
            <Input
              id="household-debt"
              inputMode="decimal"
              suffix={t('households.form.yuan')}
              maxLength={20}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="debtNote"
            label={t('households.field.debtNote')}
            htmlFor="household-debt-note"
            rules={[sharedRule('debtNote')]}
          >
            <Input.TextArea
              id="household-debt-note"
              rows={2}
              maxLength={500}
              placeholder={t('households.form.debtNotePlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="biggestDifficulty"
            label={t('households.field.biggestDifficulty')}
            htmlFor="household-difficulty"
            rules={[sharedRule('biggestDifficulty')]}
          >
            <Input.TextArea id="household-difficulty" rows={3} maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="needs" label={t('households.field.needs')}>
            <Checkbox.Group
              options={NEEDS.map((value) => ({ value, label: t(`households.enum.need.${value}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="elderCareWish"
            label={t('households.field.elderCareWish')}
            htmlFor="household-elder-care"
          >
            <Select
              id="household-elder-care"
              allowClear
              placeholder={t('households.notFilled')}
              options={ELDER_CARE_WISHES.map((value) => ({
                value,
                label: t(`households.enum.elderCare.${value}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="wishes"
            label={t('households.field.wishes')}
            htmlFor="household-wishes"
            rules={[sharedRule('wishes')]}
          >
            <Input.TextArea id="household-wishes" rows={3} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

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
