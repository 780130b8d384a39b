import { describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import i18n from '../i18n';
import { badInputDetail, describeError, errorCode, errorDetail } from './errors';

const zh = i18n.getFixedT('zh-CN');
const en = i18n.getFixedT('en-US');

function serverError(code: string, extensions: Record<string, unknown> = {}, message = 'msg') {
  return new CombinedError({ graphQLErrors: [{ message, extensions: { code, ...extensions } }] });
}

const networkError = new CombinedError({ networkError: new TypeError('Failed to fetch') });

describe('errorCode', () => {
  it.each([
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'BAD_USER_INPUT',
    'NOT_FOUND',
    'CONFLICT',
    'TOO_MANY_REQUESTS',
    'INTERNAL_SERVER_ERROR',
  ])('reads %s from extensions.code', (code) => {
    expect(errorCode(serverError(code))).toBe(code);
  });

  it('treats a failed request without GraphQL errors as a network error', () => {
    expect(errorCode(networkError)).toBe('NETWORK');
  });

  it('prefers the GraphQL code when an HTTP error response carried a body', () => {
    const error = new CombinedError({
      networkError: new Error('Unauthorized'),
      graphQLErrors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(errorCode(error)).toBe('UNAUTHENTICATED');
  });

  it('calls request errors and unknown codes UNKNOWN', () => {
    expect(errorCode(serverError('GRAPHQL_VALIDATION_FAILED'))).toBe('UNKNOWN');
    expect(errorCode(new CombinedError({ graphQLErrors: ['no extensions'] }))).toBe('UNKNOWN');
  });
});

describe('describeError', () => {
  it.each([
    ['UNAUTHENTICATED', '登录已失效，请重新登录'],
    ['FORBIDDEN', '您没有执行此操作的权限'],
    ['NOT_FOUND', '记录不存在或无权访问'],
    ['CONFLICT', '操作冲突：数据可能已被修改或已存在，请刷新后重试'],
    ['TOO_MANY_REQUESTS', '操作过于频繁，请稍后再试'],
    ['INTERNAL_SERVER_ERROR', '服务器出错，请稍后重试'],
    ['SOMETHING_ELSE', '发生未知错误，请稍后重试'],
  ])('maps %s to Chinese text', (code, text) => {
    expect(describeError(serverError(code), zh)).toBe(text);
  });

  it('maps network failures', () => {
    expect(describeError(networkError, zh)).toBe('无法连接服务器，请检查网络后重试');
    expect(describeError(networkError, en)).toBe(
      'Cannot reach the server. Please check your connection and try again.',
    );
  });

  it('never shows the server message for internal errors', () => {
    const text = describeError(
      serverError('INTERNAL_SERVER_ERROR', {}, 'relation "x" does not exist'),
      zh,
    );
    expect(text).not.toContain('relation');
  });

  it('lets a screen override the text for a code', () => {
    const text = describeError(serverError('UNAUTHENTICATED'), zh, {
      overrides: { UNAUTHENTICATED: '用户名或密码错误' },
    });
    expect(text).toBe('用户名或密码错误');
    // Other codes keep the common text.
    expect(describeError(networkError, zh, { overrides: { UNAUTHENTICATED: 'x' } })).toBe(
      '无法连接服务器，请检查网络后重试',
    );
  });

  describe('BAD_USER_INPUT', () => {
    const fieldLabel = (field: string) =>
      ({ 'input.members.0.idNumber': '身份证号', 'input.name': '姓名' })[field];

    it('names the field and the reason when the screen knows the field', () => {
      const error = serverError('BAD_USER_INPUT', {
        field: 'input.members.0.idNumber',
        reason: 'CHECKSUM',
      });
      expect(describeError(error, zh, { fieldLabel })).toBe('身份证号校验位不正确');
      expect(describeError(error, en, { fieldLabel: () => 'ID number' })).toBe(
        'ID number has an invalid check digit',
      );
    });

    it('understands class-validator constraint names', () => {
      const error = serverError('BAD_USER_INPUT', { field: 'input.name', reason: 'ISNOTEMPTY' });
      expect(describeError(error, zh, { fieldLabel })).toBe('姓名不能为空');
    });

    it('falls back to extensions.message, then to the error message', () => {
      const withExtensionMessage = serverError(
        'BAD_USER_INPUT',
        { field: 'input.unknown', reason: 'WEIRD', message: '日期不能晚于今天' },
        'ignored',
      );
      expect(describeError(withExtensionMessage, zh, { fieldLabel })).toBe(
        '输入有误：日期不能晚于今天',
      );

      const withMessageOnly = serverError('BAD_USER_INPUT', { field: 'input.x' }, 'Too many rows');
      expect(describeError(withMessageOnly, zh)).toBe('输入有误：Too many rows');
    });

    it('uses the generic text when there is nothing more to say', () => {
      expect(describeError(serverError('BAD_USER_INPUT', {}, ''), zh)).toBe(
        '输入有误，请检查后重试',
      );
    });

    it('exposes the details for forms', () => {
      const error = serverError(
        'BAD_USER_INPUT',
        { field: 'input.name', reason: 'maxLength' },
        'name is too long',
      );
      expect(badInputDetail(error)).toEqual({
        field: 'input.name',
        reason: 'TOO_LONG',
        message: 'name is too long',
      });
      expect(badInputDetail(serverError('FORBIDDEN'))).toBeUndefined();
    });
  });
});

describe('reasons with a sentence of their own', () => {
  it('names the conflict instead of the generic text', () => {
    expect(describeError(serverError('CONFLICT', { reason: 'STALE_VERSION' }), zh)).toBe(
      '该记录已被他人修改，已重新加载最新内容，请核对后再提交',
    );
    expect(
      describeError(
        serverError('CONFLICT', { field: 'input.username', reason: 'DUPLICATE_USERNAME' }),
        zh,
      ),
    ).toBe('该用户名已被使用');
  });

  it('counts the accounts that block a deactivation', () => {
    const error = serverError('CONFLICT', { reason: 'HAS_ACTIVE_ACCOUNTS', count: 3 });
    expect(describeError(error, zh)).toBe(
      '该单位及其下级单位仍有 3 个启用的账号，请先停用这些账号',
    );
    expect(describeError(error, en)).toBe(
      '3 active accounts remain in this unit or below it; disable them first',
    );
  });

  it('gives password rules with the policy limits', () => {
    const error = serverError('BAD_USER_INPUT', { field: 'input.password', reason: 'MIN_LENGTH' });
    expect(describeError(error, zh)).toBe('密码长度至少10位');
  });

  it('reads class-validator pattern failures as an invalid format', () => {
    const error = serverError('BAD_USER_INPUT', { field: 'username', reason: 'MATCHES' });
    expect(describeError(error, zh, { fieldLabel: () => '用户名' })).toBe('用户名格式不正确');
  });

  it('exposes code, field, reason and extensions', () => {
    const error = serverError('CONFLICT', { field: 'input.code', reason: 'DUPLICATE_CODE' });
    expect(errorDetail(error)).toEqual({
      code: 'CONFLICT',
      field: 'input.code',
      reason: 'DUPLICATE_CODE',
      extensions: { code: 'CONFLICT', field: 'input.code', reason: 'DUPLICATE_CODE' },
    });
  });
});
