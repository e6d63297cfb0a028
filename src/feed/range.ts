/** Whole numbers within limits: the feed's timeouts, and the elements' numeric attributes. */

/** The longest delay timers and `AbortSignal.timeout` take: 2³¹ − 1 ms, about 24 days. */
export const MAX_DELAY = 2 ** 31 - 1;

/** The whole numbers a value may be, and what it falls back to. */
export interface Range {
  min: number;
  max: number;
  fallback: number;
}

/** `value` when it is a whole number in the range, else the range's fallback. */
export const inRange = (value: unknown, {min, max, fallback}: Range): number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max
    ? (value as number)
    : fallback;
