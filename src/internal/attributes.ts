/**
 * Numeric attributes a page writes by hand (`timeout="10s"`, `limit="-3"`,
 * `heading-level="99"`): a value an element cannot use gets a console warning
 * and the default, never NaN or a number that makes a browser API throw.
 */
import type {ComplexAttributeConverter} from 'lit';
import {inRange, type Range} from '../feed/range.js';

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
