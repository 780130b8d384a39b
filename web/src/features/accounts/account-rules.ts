/** What the server accepts (server/src/modules/accounts/account.inputs.ts). */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{2,63}$/;
export const PHONE_PATTERN = /^[0-9+\- ]{5,20}$/;
export const DISPLAY_NAME_MAX_LENGTH = 100;
