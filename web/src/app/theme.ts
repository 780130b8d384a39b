import type { ThemeConfig } from 'antd';

/** Brand colours: a calm teal for actions, a warm accent used sparingly (the heart mark). */
export const BRAND = {
  primary: '#2b7a78',
  warm: '#f4a261',
} as const;

// antd derives the light tints from the seed colour, but for a deep teal they come out grey
// (#afbab8); these are the same hue, lightened, for selected menu items and info boxes.
const TEAL_TINTS = {
  bg: '#e9f3f2',
  bgHover: '#d7eae8',
  border: '#a9cfcb',
  borderHover: '#7fb7b2',
};

export const APP_HEADER_HEIGHT = 56;

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.primary,
    colorPrimaryBg: TEAL_TINTS.bg,
    colorPrimaryBgHover: TEAL_TINTS.bgHover,
    colorPrimaryBorder: TEAL_TINTS.border,
    colorPrimaryBorderHover: TEAL_TINTS.borderHover,
    controlItemBgActive: TEAL_TINTS.bg,
    controlItemBgActiveHover: TEAL_TINTS.bgHover,
    colorInfo: BRAND.primary,
    colorInfoBg: TEAL_TINTS.bg,
    colorInfoBgHover: TEAL_TINTS.bgHover,
    colorInfoBorder: TEAL_TINTS.border,
    colorInfoBorderHover: TEAL_TINTS.borderHover,
    colorBgLayout: '#f4f6f6',
    borderRadius: 6,
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      siderBg: '#ffffff',
      headerHeight: APP_HEADER_HEIGHT,
      headerPadding: '0 16px',
    },
  },
};
