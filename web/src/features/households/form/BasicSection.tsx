import { FAMILY_CATEGORIES, LIVING_ARRANGEMENTS, RESIDENCE_TYPES } from '@nuanxin/shared';
import { Card, Col, Form, type FormInstance, Input, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField';
import { VillagePicker } from '../components/VillagePicker';
import type { RevealResult } from '../useReveal';
import type { HouseholdFormValues } from './form-values';
import { SensitiveInput } from './SensitiveInput';
import type { SectionProps } from './section-props';

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
