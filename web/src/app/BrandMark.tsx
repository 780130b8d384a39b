import { BRAND } from './theme';

/** The heart-in-a-square mark, also used as the favicon. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill={BRAND.primary} />
      <path
        d="M16 25s-8.5-5.2-8.5-11.1A4.6 4.6 0 0 1 16 11.2a4.6 4.6 0 0 1 8.5 2.7C24.5 19.8 16 25 16 25z"
        fill={BRAND.warm}
      />
    </svg>
  );
}
