import {
  type HouseholdViolation,
  type MemberRelation,
  type Sex,
  todayInShanghai,
  validateIdNumber,
} from '@nuanxin/shared';
import { Alert, App, Button, Flex, Form, Grid, theme } from 'antd';
import type { Rule } from 'antd/es/form';
import type { NamePath } from 'antd/es/form/interface';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import type { HouseholdDetailFieldsFragment } from '../../../gql/graphql';
import { describeError, errorDetail } from '../../../graphql/errors';
import { CreateHouseholdMutation, UpdateHouseholdMutation } from '../graphql';
import { useReveal } from '../useReveal';
import {
  fileViolations,
  type FormFieldName,
  formFieldOf,
  serverViolations,
  validateForm,
  violationsOf,
} from './form-errors';
import { isFormChanged } from './form-diff';
import { formToHouseholdFields, type HouseholdFormValues, type MemberList } from './form-values';
import { BasicSection } from './BasicSection';
import { ContactsSection } from './ContactsSection';
import { EconomySection } from './EconomySection';
import { MembersSection } from './MembersSection';
import { useLeaveGuard } from './useLeaveGuard';

type Props = {
  mode: 'create' | 'edit';
  /** The file being edited (its id, village and number). */
  household?: Pick<HouseholdDetailFieldsFragment, 'id' | 'unit' | 'fileNumber'>;
  initialValues: HouseholdFormValues;
  /** What the user started from: unsaved changes are measured against it. */
  base: HouseholdFormValues;
  version: number;
  /** Someone else saved the file first; the page offers to reapply these values. */
  onStale?: (mine: HouseholdFormValues) => void;
  /** Shown above the form (e.g. after the user's edits were reapplied). */
  notice?: ReactNode;
};

/** Rules about the members as a whole, shown with the list they concern. */
const LIST_REASONS: Record<string, MemberList> = {
  NO_PARENT: 'parents',
  TWO_FATHERS: 'parents',
  TWO_MOTHERS: 'parents',
  NO_CHILD: 'children',
  NO_DECEASED_CHILD: 'children',
  NO_DISABLED_CHILD: 'children',
};

/** Our paths are checked by formFieldOf; antd's type wants a literal path of the values. */
const asName = (name: FormFieldName) => name as NamePath<HouseholdFormValues>;

type FileMessages = Record<MemberList | 'other', string[]>;
const NO_MESSAGES: FileMessages = { parents: [], children: [], other: [] };

function groupFileMessages(violations: { reason?: string; message: string }[]): FileMessages {
  const out: FileMessages = { parents: [], children: [], other: [] };
  for (const v of violations) {
    const list = (v.reason && LIST_REASONS[v.reason]) || 'other';
    if (!out[list].includes(v.message)) out[list].push(v.message);
  }
  return out;
}

/**
 * The household form, for a new file or an edit: the same rules as the server before anything
 * is sent, then the server's answer on the fields it names.
 */
export function HouseholdEditor({
  mode,
  household,
  initialValues,
  base,
  version,
  onStale,
  notice,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<HouseholdFormValues>();
  const [, createHousehold] = useMutation(CreateHouseholdMutation);
  const [, updateHousehold] = useMutation(UpdateHouseholdMutation);
  const reveal = useReveal(household?.id ?? '');
  const today = useMemo(() => todayInShanghai(), []);
  const [isDirty, setDirty] = useState(() => isFormChanged(base, initialValues));
  const [isSaving, setSaving] = useState(false);
  const [hasTriedSave, setTriedSave] = useState(false);
  const [fileMessages, setFileMessages] = useState<FileMessages>(NO_MESSAGES);
  const [submitError, setSubmitError] = useState<CombinedError | string | null>(null);
  const { dialog: leaveDialog, allowLeave } = useLeaveGuard(isDirty && !isSaving);

  const currentValues = useCallback(() => form.getFieldsValue(true) as HouseholdFormValues, [form]);

  const sharedRule = useCallback(
    (name: FormFieldName): Rule => ({
      validator: async () => {
        const values = currentValues();
        const messages = violationsOf(validateForm(values, today), name, values).map(
          (v) => v.message,
        );
        if (messages.length) throw new Error([...new Set(messages)].join('；'));
      },
    }),
    [currentValues, today],
  );

  /** Fills birth date and sex from a valid ID number when they are empty; flags a mismatch. */
  const deriveFromIdNumbers = (changed: Partial<HouseholdFormValues>) => {
    for (const list of ['parents', 'children'] as const) {
      const entries = Object.entries(changed[list] ?? {});
      for (const [key, change] of entries) {
        const index = Number(key);
        if (!change || !('idNumber' in change || 'relation' in change)) continue;
        const member = form.getFieldValue([list, index]) as HouseholdFormValues['parents'][number];
        if ('relation' in change && !member.sex) {
          const sex: Partial<Record<MemberRelation, Sex>> = { FATHER: 'MALE', MOTHER: 'FEMALE' };
          const preset = member.relation ? sex[member.relation] : undefined;
          if (preset) form.setFieldValue([list, index, 'sex'], preset);
        }
        if (!('idNumber' in change) || !member.idNumber?.isUnlocked) continue;
        const checked = validateIdNumber(member.idNumber.value, { today });
        if (!checked.ok) continue;
        if (!member.birthDate)
          form.setFieldValue([list, index, 'birthDate'], checked.value.birthDate);
        if (!member.sex) form.setFieldValue([list, index, 'sex'], checked.value.sex);
        void form
          .validateFields([
            [list, index, 'idNumber'],
            [list, index, 'birthDate'],
            [list, index, 'sex'],
          ])
          .catch(() => undefined);
      }
    }
  };

  const onValuesChange = (changed: Partial<HouseholdFormValues>) => {
    deriveFromIdNumbers(changed);
    const values = currentValues();
    setDirty(isFormChanged(base, values));
    setSubmitError(null);
    if (hasTriedSave) {
      setFileMessages(groupFileMessages(fileViolations(validateForm(values, today), values)));
    }
  };

  const showViolations = (
    violations: HouseholdViolation[] | { field: string; reason?: string; message: string }[],
    values: HouseholdFormValues,
  ) => {
    const byField = new Map<string, { name: FormFieldName; errors: string[] }>();
    const unplaced: { reason?: string; message: string }[] = [];
    for (const v of violations) {
      const name = formFieldOf(v.field, values);
      if (!name) {
        unplaced.push(v);
        continue;
      }
      const key = JSON.stringify(name);
      const entry = byField.get(key) ?? { name, errors: [] };
      if (!entry.errors.includes(v.message)) entry.errors.push(v.message);
      byField.set(key, entry);
    }
    form.setFields(
      [...byField.values()].map(({ name, errors }) => ({ name: asName(name), errors })),
    );
    setFileMessages(groupFileMessages(unplaced));
    const first = [...byField.values()][0];
    if (first) form.scrollToField(asName(first.name), { block: 'center' });
  };

  const showServerError = (error: CombinedError, values: HouseholdFormValues) => {
    const detail = errorDetail(error);
    if (detail.code === 'BAD_USER_INPUT') {
      const violations = serverViolations(error);
      if (violations.length) showViolations(violations, values);
      else setSubmitError(error);
      return;
    }
    if (detail.code === 'CONFLICT' && detail.reason === 'STALE_VERSION' && onStale) {
      onStale(values);
      return;
    }
    if (detail.code === 'CONFLICT' && detail.reason === 'ID_NUMBER_IN_ANOTHER_FILE') {
      const unit = detail.extensions.otherUnitName;
      const text =
        typeof unit === 'string' && unit
          ? t('households.form.idNumberInAnotherFileAt', { unit })
          : t('households.form.idNumberInAnotherFile');
      const name = detail.field ? formFieldOf(detail.field, values) : undefined;
      if (name) {
        form.setFields([{ name: asName(name), errors: [text] }]);
        form.scrollToField(asName(name), { block: 'center' });
      } else setSubmitError(text);
      return;
    }
    if (detail.code === 'CONFLICT' && detail.reason === 'HOUSEHOLD_CLOSED') {
      setSubmitError(t('households.form.closedCannotEdit'));
      return;
    }
    setSubmitError(error);
  };

  const save = async () => {
    setTriedSave(true);
    setSubmitError(null);
    try {
      await form.validateFields();
    } catch (failure) {
      const values = currentValues();
      setFileMessages(groupFileMessages(fileViolations(validateForm(values, today), values)));
      const first = (failure as { errorFields?: { name: FormFieldName }[] }).errorFields?.[0];
      if (first) form.scrollToField(asName(first.name), { block: 'center' });
      return;
    }
    const values = currentValues();
    const violations = validateForm(values, today);
    if (violations.length) {
      showViolations(violations, values);
      return;
    }
    setFileMessages(NO_MESSAGES);
    setSaving(true);
    try {
      // Unchanged ID numbers and phones are left out: the server keeps them, so saving reveals nothing.
      const fields = formToHouseholdFields(values, undefined, mode === 'edit');
      const result =
        mode === 'edit' && household
          ? await updateHousehold({
              input: {
                ...fields,
                id: household.id,
                version,
                categoryChangeReason: values.categoryChangeReason?.trim() || null,
              },
            })
          : await createHousehold({ input: { ...fields, unitId: values.unitId ?? '' } });
      if (result.error) {
        showServerError(result.error, values);
        return;
      }
      const saved =
        result.data &&
        ('createHousehold' in result.data
          ? result.data.createHousehold
          : result.data.updateHousehold);
      if (!saved) return;
      allowLeave();
      void message.success(
        mode === 'edit'
          ? t('households.form.saved')
          : t('households.form.created', { fileNumber: saved.fileNumber }),
      );
      void navigate(`/households/${saved.id}`, {
        state: location.state,
        replace: mode === 'create',
      });
    } finally {
      setSaving(false);
    }
  };

  const cancel = () =>
    void navigate(household ? `/households/${household.id}` : '/households', {
      state: location.state,
    });

  const reveals = useMemo(
    () => ({ idNumber: reveal.memberIdNumber, phone: reveal.memberPhone }),
    [reveal.memberIdNumber, reveal.memberPhone],
  );

  return (
    <>
      {notice}
      <Form<HouseholdFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        requiredMark={false}
        data-testid="household-form"
        name="household"
      >
        <Flex vertical gap={16}>
          <BasicSection
            form={form}
            sharedRule={sharedRule}
            mode={mode}
            unitName={household?.unit.name}
            baseCategory={base.category}
            revealPhone={household ? reveal.householdPhone : undefined}
          />
          <MembersSection
            form={form}
            list="parents"
            sharedRule={sharedRule}
            messages={fileMessages.parents}
            reveal={reveals}
          />
          <MembersSection
            form={form}
            list="children"
            sharedRule={sharedRule}
            messages={fileMessages.children}
            reveal={reveals}
          />
          <EconomySection sharedRule={sharedRule} />
          <ContactsSection sharedRule={sharedRule} />
        </Flex>
      </Form>

      <div
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 5,
          marginTop: 16,
          marginInline: screens.md ? -24 : -12,
          padding: screens.md ? '12px 24px' : '10px 12px',
          background: token.colorBgContainer,
          borderTop: `1px solid ${token.colorBorderSecondary}`,
          boxShadow: '0 -2px 8px rgba(0, 0, 0, 0.04)',
        }}
      >
        {(submitError || fileMessages.other.length > 0) && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="household-form-error"
            style={{ marginBottom: 10 }}
            title={
              submitError
                ? typeof submitError === 'string'
                  ? submitError
                  : describeError(submitError, t)
                : fileMessages.other.join('；')
            }
          />
        )}
        <Flex justify="end" gap={8} align="center">
          {isDirty && (
            <span
              style={{ color: token.colorTextSecondary, marginInlineEnd: 'auto', fontSize: 13 }}
            >
              {t('households.form.unsaved')}
            </span>
          )}
          <Button onClick={cancel}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={isSaving}
            onClick={() => void save()}
            data-testid="household-form-submit"
          >
            {mode === 'edit' ? t('common.save') : t('households.form.createSubmit')}
          </Button>
        </Flex>
      </div>
      {leaveDialog}
    </>
  );
}
