/**
 * Running a compiled plan on one case: each rule in dependency order either keeps the plan's
 * own count (nothing it reads changed) or is counted again by the integer kernels. Nothing is
 * allocated per rule. Where a kernel cannot give the decimal kernels' count, or the decimal
 * evaluation would refuse something (a count past 2^53 − 1, a gap on a count past 10^15),
 * the run stops and the caller evaluates the case with the decimal kernels.
 */
import {
  bigCountOfProduct,
  CEIL,
  countOfProduct,
  exactDecimal,
  NONE,
  SAFE,
  UNDECIDED,
} from '../../kernel/integer.js'
import {
  COMPOUND,
  CONSTANT,
  FACILITIES,
  FROM_BASE,
  FROM_CONSTANT,
  FROM_RULE,
  type Program,
} from './program.js'
import { Rationals } from './rational.js'

/** The largest count a gap compares as a number (`toDecimal` accepts up to 10^15). */
const GAP_LIMIT = 1e15

/** A case's inputs and the counts it gives, reused from case to case. @internal */
export class CaseState {
  readonly pops: Rationals
  readonly popSet: Uint8Array
  readonly coef: Rationals
  readonly valSet: Uint8Array
  readonly count: Float64Array
  readonly amount: Rationals
  readonly amountOk: Uint8Array
  readonly dirty: Uint8Array
  /** The bases and rules the case set (each once), and how many. */
  readonly touchedPops: Int32Array
  readonly touchedValues: Int32Array
  pops_ = 0
  values_ = 0
  /** Set when only the decimal kernels can evaluate the case. */
  bail = false

  constructor(p: Program) {
    const bases = p.baseIds.length
    const rules = p.ruleIds.length
    this.pops = new Rationals(bases)
    for (let i = 0; i < bases; i++) this.pops.copy(p.pops, i)
    this.popSet = new Uint8Array(bases)
    this.coef = new Rationals(rules)
    this.valSet = new Uint8Array(rules)
    this.count = new Float64Array(rules)
    this.amount = new Rationals(rules)
    this.amountOk = new Uint8Array(rules)
    this.dirty = new Uint8Array(rules)
    this.touchedPops = new Int32Array(bases)
    this.touchedValues = new Int32Array(rules)
  }

  /** Marks a base as set by the case. */
  touchPop(i: number): void {
    if (this.popSet[i] === 1) return
    this.popSet[i] = 1
    this.touchedPops[this.pops_++] = i
  }

  /** Marks a rule's value as set by the case. */
  touchValue(i: number): void {
    if (this.valSet[i] === 1) return
    this.valSet[i] = 1
    this.touchedValues[this.values_++] = i
  }

  /** Back to the plan's own inputs. */
  reset(p: Program): void {
    for (let t = 0; t < this.pops_; t++) {
      const i = this.touchedPops[t] as number
      this.pops.copy(p.pops, i)
      this.popSet[i] = 0
    }
    for (let t = 0; t < this.values_; t++) this.valSet[this.touchedValues[t] as number] = 0
    this.pops_ = 0
    this.values_ = 0
    this.bail = false
  }
}

/** The count of `a[ai] × k[ki]`, or UNDECIDED. */
function countAt(
  a: Rationals,
  ai: number,
  k: Rationals,
  ki: number,
  mode: number,
  roundings: number,
): number {
  const an = a.n[ai] as number
  const kn = k.n[ki] as number
  if (!Number.isNaN(an) && !Number.isNaN(kn)) {
    const c = countOfProduct(an, kn, a.d[ai] as number, k.d[ki] as number, mode)
    if (c !== UNDECIDED) return c <= SAFE ? c : UNDECIDED
  }
  const [x, dx] = a.bigAt(ai)
  const [y, dy] = k.bigAt(ki)
  return bigCountOfProduct(x, y, dx, dy, mode, roundings)
}

/** Whether a trajectory's bases changed, or its counts may pass 2^53 (then: false). */
function trajectoryChanged(p: Program, s: CaseState, i: number): boolean {
  for (let t = p.trajStart[i] as number; t < (p.trajEnd[i] as number); t++) {
    if (s.popSet[p.trajBases[t] as number] === 1) return true
  }
  return false
}

/** Every count of a trajectory (any value between its two ends) stays below 2^53 − 2. */
function trajectoryFits(p: Program, s: CaseState, i: number, coef: Rationals): boolean {
  for (let t = p.trajStart[i] as number; t < (p.trajEnd[i] as number); t++) {
    const b = p.trajBases[t] as number
    const to = countAt(s.pops, b, coef, i, CEIL, 2)
    const from = countAt(s.pops, b, p.trajFrom, i, CEIL, 2)
    if (to === UNDECIDED || from === UNDECIDED || to > SAFE - 2 || from > SAFE - 2) return false
  }
  return true
}

/** Sets rule i's count (and the amount it gives the rules that read it). */
function counted(s: CaseState, i: number, c: number): void {
  s.count[i] = c
  s.amount.setSmall(i, c, 1)
  s.amountOk[i] = 1
}

function nothing(s: CaseState, i: number): true {
  s.count[i] = Number.NaN
  s.amountOk[i] = 0
  return true
}

/** Σ round(beds × coefficient) over the rule's facilities; false to fall back. */
function facilitySum(p: Program, s: CaseState, i: number): boolean {
  const mode = p.mode[i] as number
  const missing = p.noData[i] === 1
  if (mode === NONE) return missing && nothing(s, i) // an exact sum read by another rule: fall back
  const start = p.facStart[i] as number
  const end = p.facEnd[i] as number
  const roundings = p.roundings[i] as number
  const limit = SAFE - (end - start) // the exact sum, counted once, stays safe too
  let sum = 0
  for (let j = start; j < end; j++) {
    const c = countAt(p.beds, j, s.coef, i, mode, roundings)
    if (c === UNDECIDED) return false
    if (!missing) {
      sum += c
      if (sum > limit) return false
    }
  }
  if (missing) return nothing(s, i)
  if (p.gap[i] === 1 && sum > GAP_LIMIT) return false
  counted(s, i, sum)
  return true
}

/** Evaluates rule i of the case; false when only the decimal kernels can. */
function step(p: Program, s: CaseState, i: number): boolean {
  const kind = p.kind[i] as number
  const from = p.from[i] as number
  const src = p.src[i] as number
  let dirty = s.valSet[i] === 1
  if (!dirty && kind !== CONSTANT) {
    if (from === FROM_RULE) dirty = s.dirty[src] === 1
    else if (from === FROM_BASE) dirty = s.popSet[src] === 1 || trajectoryChanged(p, s, i)
  }
  if (kind === CONSTANT || !dirty) {
    s.dirty[i] = 0
    s.count[i] = p.baseCount[i] as number
    s.amountOk[i] = p.baseAmountOk[i] as number
    s.amount.copy(p.baseAmount, i)
    return true
  }
  s.dirty[i] = 1
  if (kind === FACILITIES) return facilitySum(p, s, i)
  let amounts: Rationals = p.constant
  let at = i
  if (from === FROM_BASE) {
    amounts = s.pops
    at = src
  } else if (from === FROM_RULE) {
    if (s.amountOk[src] === 0) return nothing(s, i) // input missing, or a range
    amounts = s.amount
    at = src
  } else if (from !== FROM_CONSTANT) return false
  const own = s.valSet[i] === 1
  const coef = own ? s.coef : p.coef
  const mode = p.mode[i] as number
  const roundings = p.roundings[i] as number
  if (kind === COMPOUND) {
    const c = countAt(amounts, at, coef, i, CEIL, 1)
    if (c === UNDECIDED) return false
    const floor = p.floor[i] as number
    counted(s, i, c > floor ? c : floor)
    return p.gap[i] === 0 || (s.count[i] as number) <= GAP_LIMIT
  }
  if (!own && p.hasValue[i] === 0) {
    // a range: no count, but its upper end must still count within 2^53 − 1
    nothing(s, i)
    return mode === NONE || countAt(amounts, at, p.rangeMax, i, mode, roundings) !== UNDECIDED
  }
  if (mode === NONE) {
    if (p.gap[i] === 1 || !amounts.small(at) || !coef.small(i)) return false
    const n = (amounts.n[at] as number) * (coef.n[i] as number)
    const d = (amounts.d[at] as number) * (coef.d[i] as number)
    const exact = n <= SAFE && d <= SAFE ? exactDecimal(n, d) : null
    if (exact === null) return false
    s.count[i] = Number.NaN
    s.amount.setSmall(i, exact[0], exact[1])
    s.amountOk[i] = 1
    return true
  }
  const c = countAt(amounts, at, coef, i, mode, roundings)
  if (c === UNDECIDED || (p.gap[i] === 1 && c > GAP_LIMIT)) return false
  counted(s, i, c)
  return from !== FROM_BASE || p.trajStart[i] === p.trajEnd[i] || trajectoryFits(p, s, i, coef)
}

/**
 * Runs the rules of `order` on the case held in `s`; false (and `s.bail`) when the case must
 * be evaluated by the decimal kernels. @internal
 */
export function runCase(p: Program, s: CaseState, order: Int32Array): boolean {
  if (s.bail) return false
  for (let o = 0; o < order.length; o++) {
    if (!step(p, s, order[o] as number)) {
      s.bail = true
      return false
    }
  }
  return true
}
