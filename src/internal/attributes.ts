/**
 * Numeric attributes a page writes by hand (`timeout="10s"`, `limit="-3"`,
 * `heading-level="99"`): a value an element cannot use gets a console warning
 * and the default, never NaN or a number that makes a browser API throw.
 */
import type {ComplexAttributeConverter} from 'lit';

/** The longest delay timers and `AbortSignal.timeout` take: 2³¹ − 1 ms, about 24 days. */
export const MAX_DELAY = 2 ** 31 - 1;

/** The whole numbers an attribute takes, and what it falls back to. */
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

/** A converter for the attribute `name`: whole numbers in `range`, else a warning and the fallback. */
export function integerAttribute(
  name: string,
  range: Range,
): ComplexAttributeConverter<number> {
  return {
    fromAttribute(value) {
      if (value === null) return range.fallback;
      const number = value.trim() ? Number(value) : NaN;
      const used = inRange(number, range);
      if (used !== number)
        console.warn(
          `municipal-widgets: ${name}="${value}" is not a whole number from ${range.min} to ${range.max}; using ${range.fallback}`,
        );
      return used;
    },
    toAttribute: String,
  };
}
