import { PlusOutlined } from '@ant-design/icons';
import type { MemberRelation } from '@nuanxin/shared';
import { Alert, Button, Card, Empty, Flex, Form, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import type { RevealResult } from '../useReveal';
import type { FormFieldName } from './form-errors';
import { type HouseholdFormValues, type MemberList, newMember } from './form-values';
import { MemberFields } from './MemberFields';

type Props = {
  form: FormInstance<HouseholdFormValues>;
  list: MemberList;
  sharedRule: (name: FormFieldName) => Rule;
  /** Rules about the list as a whole (no parent, no deceased child...), from the last save. */
  messages: string[];
  reveal: {
    idNumber: (memberId: string) => Promise<RevealResult>;
    phone: (memberId: string) => Promise<RevealResult>;
  };
};

const ADDABLE: Record<MemberList, readonly MemberRelation[]> = {
  parents: ['FATHER', 'MOTHER', 'OTHER'],
  children: ['CHILD', 'GRANDCHILD'],
};

/**
 * 家庭成员 (parents and others) or 子女与第三代: a card per person and buttons to add one. A
 * father or mother can be added only while the file has none.
 */
export function MembersSection({ form, list, sharedRule, messages, reveal }: Props) {
  const { t } = useTranslation();
  const members = (Form.useWatch(list, form) ?? []) as HouseholdFormValues['parents'];
  const has = (relation: MemberRelation) => members.some((m) => m?.relation === relation);

  return (
    <Card
      title={t(
        list === 'parents' ? 'households.form.parentsTitle' : 'households.form.childrenTitle',
      )}
      id={`household-form-${list}`}
    >
      <Form.List name={list}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={16}>
            {messages.length > 0 && (
              <Alert
                type="error"
                showIcon
                role="alert"
                data-testid={`${list}-errors`}
                title={messages.length === 1 ? messages[0] : undefined}
                description={
                  messages.length > 1 ? (
                    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                      {messages.map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                    </ul>
                  ) : undefined
                }
              />
            )}
            {fields.length === 0 && (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t(
                  list === 'parents' ? 'households.detail.noMembers' : 'households.detail.noChild',
                )}
              />
            )}
            {fields.map((field) => (
              <MemberFields
                key={field.key}
                form={form}
                list={list}
                name={field.name}
                sharedRule={sharedRule}
                onRemove={() => remove(field.name)}
                reveal={reveal}
              />
            ))}
            <Flex gap={8} wrap>
              {ADDABLE[list].map((relation) => (
                <Button
                  key={relation}
                  icon={<PlusOutlined />}
                  disabled={(relation === 'FATHER' || relation === 'MOTHER') && has(relation)}
                  onClick={() => add(newMember(relation))}
                  data-testid={`add-member-${relation}`}
                >
                  {t(`households.form.add.${relation}`)}
                </Button>
              ))}
            </Flex>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
