/**
 * The numbers of a stated figure that its own figures contradict, shared by the relation checks.
 */
import { Dec, decimalString } from '../../decimal.js'
import type { Bounds } from '../../kernel/bounds.js'
import type { Figure } from '../../plan/schema.js'
import { intervalJson } from '../figure-bounds.js'

/**
 * The numbers of a stated figure its own figures contradict, and whether a typo explains it.
 * @internal
 */
export function misfit(stated: Figure, recomputed: Dec, interval: Bounds) {
  const residual = new Dec(stated.value).minus(recomputed)
  return {
    numbers: {
      stated: stated.value,
      recomputed: decimalString(recomputed),
      interval: intervalJson(interval),
      residual: decimalString(residual),
    },
    explanation: typoLike(residual) ? ('typo' as const) : ('unknown' as const),
  }
}

/** A residual with one non-zero digit (50, 0.01, 700) hints at a single mistyped digit. @internal */
export function typoLike(residual: Dec): boolean {
  const digits = decimalString(residual.abs())
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '')
  return digits.length === 1
}
