/** The six scales of an assessment, 1 to 5 each (server: Assessment type). */
export const SCALES = [
  'griefTrauma',
  'healing',
  'acceptance',
  'futureAttitude',
  'physicalHealth',
  'mentalHealth',
] as const;
export type Scale = (typeof SCALES)[number];

/** Grief trauma is the one scale where a higher score is worse. */
export const HIGHER_IS_WORSE: Record<Scale, boolean> = {
  griefTrauma: true,
  healing: false,
  acceptance: false,
  futureAttitude: false,
  physicalHealth: false,
  mentalHealth: false,
};

/** How worrying a score is, 1 (fine) to 5 (most worrying), whatever the scale's direction. */
export function concernOf(scale: Scale, value: number): number {
  return HIGHER_IS_WORSE[scale] ? value : 6 - value;
}
