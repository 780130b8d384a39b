import { toHalfWidth } from '@nuanxin/shared';
import { Alert, Button, Checkbox, Drawer, Flex, Form, Grid, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import type { AccountRowFieldsFragment, Role } from '../../gql/graphql';
import { describeError, errorDetail } from '../../graphql/errors';
import { showErrorOnField } from '../../graphql/form-errors';
import { useSession } from '../auth/hooks/useSession';
import { passwordPolicyHint, passwordPolicyRules } from '../auth/password-rules';
import { grantableRoles } from '../auth/roles';
import { UnitPicker } from '../units/UnitPicker';
import { DISPLAY_NAME_MAX_LENGTH, PHONE_PATTERN, USERNAME_PATTERN } from './account-rules';
import { CreateAccountMutation, UpdateAccountMutation } from './graphql';

export type AccountRow = AccountRowFieldsFragment;

type Values = {
  username: string;
  displayName: string;
  phone?: string;
  unitId: string;
  roles: Role[];
  password?: string;
};

type Props = {
  /** The account to edit; without it a new one is created. */
  account?: AccountRow;
  /** The unit a new account starts in (the list's unit filter, else the user's own unit). */
  defaultUnitId?: string;
  onClose: () => void;
  onSaved: (account: AccountRow, isNew: boolean) => void;
  /** Someone else changed the account meanwhile: reload the list (and so its version). */
  onStale: () => void;
};

/** Creates an account with an initial password, or edits name, phone, unit and roles. */
export function AccountFormDrawer({ account, defaultUnitId, onClose, onSaved, onStale }: Props) {
  const { t } = useTranslation();
  const { account: me } = useSession();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const [{ fetching: isCreating }, createAccount] = useMutation(CreateAccountMutation);
  const [{ fetching: isUpdating }, updateAccount] = useMutation(UpdateAccountMutation);
  const [error, setError] = useState<CombinedError | null>(null);

  const isNew = !account;
  const isSelf = !!account && account.id === me?.id;
  const grantable = grantableRoles(me?.roles ?? []);
  // Roles the account already has stay visible, even those this user may not grant.
  const roleOptions = [...new Set([...grantable, ...(account?.roles ?? [])])];

  const submit = async (values: Values) => {
    setError(null);
    const displayName = values.displayName.trim();
    const phone = values.phone ? values.phone : null;
    let result;
    if (isNew) {
      result = await createAccount({
        input: {
          username: values.username.trim(),
          displayName,
          phone,
          unitId: values.unitId,
          roles: values.roles,
          password: values.password ?? '',
        },
      });
    } else {
      // Unit and roles are sent only when changed: a change ends the person's sessions.
      const isUnitChanged = values.unitId !== account.unit.id;
      const isRolesChanged = [...values.roles].sort().join() !== [...account.roles].sort().join();
      result = await updateAccount({
        input: {
          id: account.id,
          version: account.version,
          displayName,
          phone,
          unitId: isUnitChanged ? values.unitId : null,
          roles: isRolesChanged ? values.roles : null,
        },
      });
    }
    if (result.error) {
      const field = (name: keyof Values, label: string) => ({ name, label });
      const isShown = showErrorOnField(form, result.error, t, {
        username: field('username', t('accounts.username')),
        displayName: field('displayName', t('accounts.displayName')),
        phone: field('phone', t('accounts.phone')),
        unitId: field('unitId', t('accounts.unit')),
        roles: field('roles', t('accounts.roles')),
        password: field('password', t('accounts.initialPassword')),
      });
      if (!isShown) setError(result.error);
      if (errorDetail(result.error).reason === 'STALE_VERSION') onStale();
      return;
    }
    const data = result.data;
    if (data) onSaved('createAccount' in data ? data.createAccount : data.updateAccount, isNew);
  };

  return (
    <Drawer
      open
      title={
        isNew ? t('accounts.createTitle') : t('accounts.editTitle', { name: account.displayName })
      }
      size={screens.sm ? 520 : '100%'}
      onClose={onClose}
      destroyOnHidden
      data-testid="account-drawer"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            data-testid="account-submit"
            loading={isCreating || isUpdating}
            onClick={() => form.submit()}
          >
            {isNew ? t('accounts.create') : t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => setError(null)}
        initialValues={
          account
            ? {
                username: account.username,
                displayName: account.displayName,
                phone: account.phone ?? '',
                unitId: account.unit.id,
                roles: account.roles,
              }
            : { unitId: defaultUnitId ?? me?.unit.id, roles: [] }
        }
      >
        <Form.Item
          name="username"
          label={t('accounts.username')}
          htmlFor="account-username"
          extra={isNew ? t('accounts.usernameHint') : undefined}
          normalize={(value: string) => toHalfWidth(value ?? '').trim()}
          rules={
            isNew
              ? [
                  { required: true, message: t('accounts.usernameRequired') },
                  { pattern: USERNAME_PATTERN, message: t('accounts.usernameInvalid') },
                ]
              : []
          }
        >
          <Input
            id="account-username"
            data-testid="account-username"
            autoComplete="off"
            disabled={!isNew}
            maxLength={64}
          />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('accounts.displayName')}
          htmlFor="account-display-name"
          rules={[
            { required: true, whitespace: true, message: t('accounts.displayNameRequired') },
            { max: DISPLAY_NAME_MAX_LENGTH, message: t('accounts.displayNameTooLong') },
          ]}
        >
          <Input
            id="account-display-name"
            data-testid="account-display-name"
            maxLength={DISPLAY_NAME_MAX_LENGTH}
          />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('accounts.phone')}
          htmlFor="account-phone"
          normalize={(value: string) => toHalfWidth(value ?? '').trim()}
          rules={[{ pattern: PHONE_PATTERN, message: t('accounts.phoneInvalid') }]}
        >
          <Input id="account-phone" data-testid="account-phone" inputMode="tel" maxLength={20} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('accounts.unit')}
          htmlFor="account-unit"
          extra={isSelf ? t('accounts.selfUnitRolesHint') : undefined}
          rules={[{ required: true, message: t('accounts.unitRequired') }]}
        >
          <UnitPicker id="account-unit" data-testid="account-unit" disabled={isSelf} />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('accounts.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('accounts.rolesRequired') }]}
        >
          <Checkbox.Group
            data-testid="account-roles"
            disabled={isSelf}
            options={roleOptions.map((role) => ({
              value: role,
              label: t(`role.${role}`),
              disabled: !grantable.includes(role),
            }))}
          />
        </Form.Item>
        {isNew && (
          <Form.Item
            name="password"
            label={t('accounts.initialPassword')}
            htmlFor="account-password"
            dependencies={['username']}
            extra={
              <>
                {passwordPolicyHint(t)}
                <br />
                {t('accounts.initialPasswordHint')}
              </>
            }
            rules={[
              { required: true, message: t('accounts.passwordRequired') },
              ...passwordPolicyRules(t, () => form.getFieldValue('username') as string | undefined),
            ]}
          >
            <Input.Password
              id="account-password"
              data-testid="account-password"
              autoComplete="new-password"
            />
          </Form.Item>
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={describeError(error, t, {
              overrides: { FORBIDDEN: t('accounts.forbidden') },
            })}
          />
        )}
        {!isNew && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            {t('accounts.rightsChangeHint')}
          </Typography.Paragraph>
        )}
        {/* Enter in a field submits, as in any form. */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Drawer>
  );
}
