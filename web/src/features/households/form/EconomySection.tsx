import {
  ELDER_CARE_WISHES,
  HARDSHIP_LEVELS,
  INCOME_SOURCES,
  NEEDS,
  parseYuan,
} from '@nuanxin/shared';
import { Card, Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './section-props';

/** Yuan typed by hand, checked with the shared parser (never floats). */
const YUAN_RULE: Rule = {
  validator: async (_, value: string | undefined) => {
    if (!value?.trim()) return;
    const parsed = parseYuan(value);
    if (!parsed.ok) throw new Error(parsed.message);
  },
};

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
