import { DeleteOutlined } from '@ant-design/icons';
import {
  BIRTHDAY_CALENDARS,
  CAUSES_OF_DEATH,
  DISABILITY_TYPES,
  MARITAL_STATUSES,
  type MemberRelation,
  SEXES,
} from '@nuanxin/shared';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  type FormInstance,
  Input,
  Popconfirm,
  Radio,
  Row,
  Select,
} from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField';
import { gradeLabel } from '../field-format';
import type { RevealResult } from '../useReveal';
import type { FormFieldName } from './form-errors';
import {
  CHILD_RELATIONS,
  type HouseholdFormValues,
  type MemberList,
  PARENT_RELATIONS,
} from './form-values';
import { SensitiveInput } from './SensitiveInput';

type Props = {
  form: FormInstance<HouseholdFormValues>;
  list: MemberList;
  /** The Form.List field name (index) of this member. */
  name: number;
  /** The shared validation as an antd rule for a field. */
  sharedRule: (name: FormFieldName) => Rule;
  onRemove: () => void;
  reveal: {
    idNumber: (memberId: string) => Promise<RevealResult>;
    phone: (memberId: string) => Promise<RevealResult>;
  };
};

const GRADES = [1, 2, 3, 4] as const;

/** Fields narrow enough to share a row on a phone (Chinese names are short). */
const SHORT_FIELDS = new Set([
  'relation',
  'name',
  'birthDate',
  'birthdayCalendar',
  'deathDate',
  'causeOfDeath',
  'ethnicity',
  'maritalStatus',
  'disabilityType',
  'disabilityGrade',
]);

/** Yes / no / not known, for the member's pension, insurance, smartphone and WeChat. */
function yesNoItemProps() {
  return {
    getValueProps: (value: boolean | null | undefined) => ({
      value: value === true ? 'yes' : value === false ? 'no' : undefined,
    }),
    normalize: (value: string | undefined) =>
      value === 'yes' ? true : value === 'no' ? false : null,
  };
}

/** The fields of one member, in a card; children and grandchildren get fewer of them. */
export function MemberFields({ form, list, name, sharedRule, onRemove, reveal }: Props) {
  const { t } = useTranslation();
  const relation = Form.useWatch([list, name, 'relation'], form) as MemberRelation | undefined;
  const memberName = Form.useWatch([list, name, 'name'], form) as string | undefined;
  const memberId = Form.useWatch([list, name, 'id'], form) as string | undefined;
  const isDeceased = Form.useWatch([list, name, 'isDeceased'], form) as boolean | undefined;
  const isChildList = list === 'children';
  const path = (field: string): FormFieldName => [list, name, field];
  const id = (field: string) => `${list}-${name}-${field}`;
  const relations = isChildList ? CHILD_RELATIONS : PARENT_RELATIONS;

  /** Four fields a row on a wide screen, three or two on smaller ones; on a phone two short ones. */
  const col = (key: string, node: ReactNode) => (
    <Col key={key} xs={SHORT_FIELDS.has(key) ? 12 : 24} sm={12} lg={8} xl={6}>
      {node}
    </Col>
  );

  const text = (field: string, max: number, extra?: { placeholder?: string }) => (
    <Form.Item
      name={[name, field]}
      label={t(`households.memberField.${field as 'name'}`)}
      htmlFor={id(field)}
      rules={[sharedRule(path(field))]}
    >
      <Input id={id(field)} maxLength={max} placeholder={extra?.placeholder} />
    </Form.Item>
  );

  const yesNo = (field: 'hasPension' | 'hasMedicalInsurance' | 'usesSmartphone' | 'usesWechat') => (
    <Form.Item
      name={[name, field]}
      label={t(`households.memberField.${field}`)}
      htmlFor={id(field)}
      {...yesNoItemProps()}
    >
      <Select
        id={id(field)}
        allowClear
        placeholder={t('households.notFilled')}
        options={[
          { value: 'yes', label: t('households.yes') },
          { value: 'no', label: t('households.no') },
        ]}
      />
    </Form.Item>
  );

  const title = [
    relation ? t(`households.enum.relation.${relation}`) : t('households.form.member'),
    memberName?.trim(),
  ]
    .filter(Boolean)
    .join(' · ');

  const fields: Record<string, ReactNode> = {
    relation: (
      <Form.Item
        name={[name, 'relation']}
        label={t('households.memberField.relation')}
        htmlFor={id('relation')}
        rules={[{ required: true, message: t('households.form.relationRequired') }]}
      >
        <Select
          id={id('relation')}
          options={relations.map((value) => ({
            value,
            label: t(`households.enum.relation.${value}`),
          }))}
        />
      </Form.Item>
    ),
    name: (
      <Form.Item
        name={[name, 'name']}
        label={t('households.memberField.name')}
        htmlFor={id('name')}
        rules={[sharedRule(path('name'))]}
      >
        <Input id={id('name')} maxLength={50} data-testid={`${list}-${name}-name`} />
      </Form.Item>
    ),
    sex: (
      <Form.Item
        name={[name, 'sex']}
        label={t('households.memberField.sex')}
        rules={[
          { required: true, message: t('households.form.sexRequired') },
          sharedRule(path('sex')),
        ]}
        dependencies={[[list, name, 'idNumber']]}
      >
        <Radio.Group
          id={id('sex')}
          optionType="button"
          buttonStyle="solid"
          options={SEXES.map((value) => ({ value, label: t(`households.enum.sex.${value}`) }))}
        />
      </Form.Item>
    ),
    idNumber: (
      <Form.Item
        name={[name, 'idNumber']}
        label={t('households.memberField.idNumber')}
        htmlFor={id('idNumber')}
        validateTrigger={['onBlur']}
        rules={[sharedRule(path('idNumber'))]}
        tooltip={t('households.form.idNumberHint')}
      >
        <SensitiveInput
          id={id('idNumber')}
          data-testid={`${list}-${name}-id-number`}
          maxLength={18}
          reveal={memberId ? () => reveal.idNumber(memberId) : undefined}
        />
      </Form.Item>
    ),
    birthDate: (
      <Form.Item
        name={[name, 'birthDate']}
        label={t('households.memberField.birthDate')}
        htmlFor={id('birthDate')}
        rules={[sharedRule(path('birthDate'))]}
        dependencies={[[list, name, 'idNumber']]}
      >
        <DateField id={id('birthDate')} data-testid={`${list}-${name}-birth-date`} />
      </Form.Item>
    ),
    birthdayCalendar: (
      <Form.Item
        name={[name, 'birthdayCalendar']}
        label={t('households.memberField.birthdayCalendar')}
      >
        <Radio.Group
          id={id('birthdayCalendar')}
          optionType="button"
          buttonStyle="solid"
          options={BIRTHDAY_CALENDARS.map((value) => ({
            value,
            label: t(`households.enum.calendar.${value}`),
          }))}
        />
      </Form.Item>
    ),
    deathDate: isDeceased && (
      <Form.Item
        name={[name, 'deathDate']}
        label={t('households.memberField.deathDate')}
        htmlFor={id('deathDate')}
        rules={[sharedRule(path('deathDate'))]}
      >
        <DateField id={id('deathDate')} data-testid={`${list}-${name}-death-date`} />
      </Form.Item>
    ),
    causeOfDeath: isDeceased && relation === 'CHILD' && (
      <Form.Item
        name={[name, 'causeOfDeath']}
        label={t('households.memberField.causeOfDeath')}
        htmlFor={id('causeOfDeath')}
        rules={[sharedRule(path('causeOfDeath'))]}
      >
        <Select
          id={id('causeOfDeath')}
          data-testid={`${list}-${name}-cause`}
          allowClear
          options={CAUSES_OF_DEATH.map((value) => ({
            value,
            label: t(`households.enum.cause.${value}`),
          }))}
        />
      </Form.Item>
    ),
    phone: (
      <Form.Item
        name={[name, 'phone']}
        label={t('households.memberField.phone')}
        htmlFor={id('phone')}
        rules={[sharedRule(path('phone'))]}
      >
        <SensitiveInput
          id={id('phone')}
          inputMode="tel"
          maxLength={20}
          reveal={memberId ? () => reveal.phone(memberId) : undefined}
        />
      </Form.Item>
    ),
    ethnicity: text('ethnicity', 20, { placeholder: t('households.form.ethnicityPlaceholder') }),
    maritalStatus: !isChildList && (
      <Form.Item
        name={[name, 'maritalStatus']}
        label={t('households.memberField.maritalStatus')}
        htmlFor={id('maritalStatus')}
      >
        <Select
          id={id('maritalStatus')}
          allowClear
          placeholder={t('households.notFilled')}
          options={MARITAL_STATUSES.map((value) => ({
            value,
            label: t(`households.enum.marital.${value}`),
          }))}
        />
      </Form.Item>
    ),
    disabilityType: (
      <Form.Item
        name={[name, 'disabilityType']}
        label={t('households.memberField.disabilityType')}
        htmlFor={id('disabilityType')}
        rules={[sharedRule(path('disabilityType'))]}
        dependencies={[[list, name, 'disabilityGrade']]}
      >
        <Select
          id={id('disabilityType')}
          allowClear
          placeholder={t('households.form.none')}
          options={DISABILITY_TYPES.map((value) => ({
            value,
            label: t(`households.enum.disability.${value}`),
          }))}
        />
      </Form.Item>
    ),
    disabilityGrade: (
      <Form.Item
        name={[name, 'disabilityGrade']}
        label={t('households.memberField.disabilityGrade')}
        htmlFor={id('disabilityGrade')}
        rules={[sharedRule(path('disabilityGrade'))]}
        dependencies={[[list, name, 'disabilityType']]}
      >
        <Select
          id={id('disabilityGrade')}
          allowClear
          placeholder={t('households.form.none')}
          options={GRADES.map((grade) => ({ value: grade, label: gradeLabel(t, grade) }))}
        />
      </Form.Item>
    ),
    healthStatus: text('healthStatus', 500, {
      placeholder: t('households.form.healthPlaceholder'),
    }),
    chronicDiseases: !isChildList && (
      <Form.Item
        name={[name, 'chronicDiseases']}
        label={t('households.memberField.chronicDiseases')}
        htmlFor={id('chronicDiseases')}
        tooltip={t('households.form.chronicHint')}
      >
        <Select
          id={id('chronicDiseases')}
          mode="tags"
          tokenSeparators={[',', '，', '、']}
          open={false}
          suffixIcon={null}
        />
      </Form.Item>
    ),
    mentalState: !isChildList && text('mentalState', 500),
    hobbies: !isChildList && text('hobbies', 500),
  };

  // A child's death or disability is what the file is about: right after who the child is.
  const order = isChildList
    ? [
        'relation',
        'name',
        'sex',
        'idNumber',
        'birthDate',
        'birthdayCalendar',
        'deathDate',
        'causeOfDeath',
        'disabilityType',
        'disabilityGrade',
        'healthStatus',
        'phone',
        'ethnicity',
      ]
    : [
        'relation',
        'name',
        'sex',
        'idNumber',
        'birthDate',
        'birthdayCalendar',
        'phone',
        'ethnicity',
        'deathDate',
        'maritalStatus',
        'healthStatus',
        'disabilityType',
        'disabilityGrade',
        'chronicDiseases',
        'mentalState',
        'hobbies',
      ];

  return (
    <Card
      size="small"
      title={title}
      data-testid={`member-form-${list}-${name}`}
      extra={
        <Flex gap={4} align="center">
          <Form.Item name={[name, 'isDeceased']} valuePropName="checked" noStyle>
            <Checkbox id={id('isDeceased')} data-testid={`${list}-${name}-deceased`}>
              {t('households.deceased')}
            </Checkbox>
          </Form.Item>
          <Popconfirm
            title={t('households.form.removeMemberConfirm', { name: memberName?.trim() || title })}
            description={memberId ? t('households.form.removeMemberHint') : undefined}
            okText={t('households.form.removeMember')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={onRemove}
          >
            <Button type="text" size="small" danger icon={<DeleteOutlined />}>
              {t('households.form.removeMember')}
            </Button>
          </Popconfirm>
        </Flex>
      }
    >
      <Row gutter={16}>{order.map((key) => (fields[key] ? col(key, fields[key]) : null))}</Row>
      {!isChildList && (
        <Row gutter={16}>
          <Col xs={12} lg={6}>
            {yesNo('hasPension')}
          </Col>
          <Col xs={12} lg={6}>
            {yesNo('hasMedicalInsurance')}
          </Col>
          <Col xs={12} lg={6}>
            {yesNo('usesSmartphone')}
          </Col>
          <Col xs={12} lg={6}>
            {yesNo('usesWechat')}
          </Col>
        </Row>
      )}
      <Form.Item
        name={[name, 'note']}
        label={t('households.memberField.note')}
        htmlFor={id('note')}
        rules={[sharedRule(path('note'))]}
        style={{ marginBottom: 0 }}
      >
        <Input id={id('note')} maxLength={1000} />
      </Form.Item>
    </Card>
  );
}
