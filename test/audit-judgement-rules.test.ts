/**
 * The auditor, continued: figures with no base kind or year, rules against each other and
 * against the national norms a plan cites, and the smaller judgements (rounding, partial
 * breakdowns, unknown norm sets). Each capability with a plan it judges and one it leaves alone.
 */
import { describe, expect, it } from 'vitest'
import { auditPlan } from '../src/audit/audit.js'
import { base, fig, findings, perCapita, plan, problems } from './support/small-plan.js'

describe('9. a base or a year the document does not print', () => {
  const unknown = (beds: string) =>
    plan({
      figures: [
        fig('n', 'count', beds, { year: null }),
        fig('r', 'rate', '4.58', { per: '1000', base: 'unknown', year: null }),
        fig('nurses', 'count', '8400', { indicator: 'nurses', year: null }),
        fig('nr', 'rate', '4.2', {
          indicator: 'nurses',
          per: '1000',
          base: 'unknown',
          year: null,
        }),
      ],
    })

  it('still pairs the figures: 9160 beds at 4.58 and 8400 nurses at 4.2 both fit 2,000,000', () => {
    const a = auditPlan(unknown('9160'))
    expect(a.counts.error).toBe(0)
    expect(a.findings.map((f) => f.code)).toEqual(['implied-population'])
  })

  it('and finds them apart when 9600 beds need 2,096,000 people but 8400 nurses at most 2,002,000', () => {
    const [f] = findings(unknown('9600'), 'implied-population-conflict')
    expect(f?.messageZh).toContain('未注明')
  })
})

describe('10. the plan’s own rules must agree', () => {
  // nurses 3.5 and physicians 3.65 per 1,000 make 1:0.96, not 医护比 1:1.15
  const rules = (nurses: string) =>
    plan({
      rules: [
        perCapita('physicians', 'physicians', '3.65', '1000'),
        perCapita('nurses', 'nurses', nurses, '1000'),
        {
          id: 'ratio',
          label: { zh: '医护比' },
          type: 'ratio',
          quantity: 'nurses',
          comparator: 'ge',
          rounding: 'ceil',
          year: 2025,
          from: { kind: 'rule', id: 'physicians' },
          fromQuantity: 'physicians',
          value: '1.15',
          source: { document: 'made-up.txt', line: 9 },
        },
      ],
    })

  it('3.5 against 3.65 is 1:0.9589, a conflict with 1:1.15', () => {
    const [f] = findings(rules('3.5'), 'rule-conflict')
    expect(f?.numbers.recomputed).toBe('0.9589041095890410958904109589041095890411')
  })

  it('4.2 against 3.65 (seed 003 L688) is 1:1.1507, which prints as 1:1.15: no finding', () => {
    expect(problems(rules('4.2'))).toEqual([])
  })
})

describe('11. against the national norms a plan cites', () => {
  // 纲要 2015–2020: 2.5 physicians per 1,000 by 2020
  const cited = (value: string, set = 'gangyao-2015-2020') =>
    plan({
      norms: [{ set, year: 2020 }],
      rules: [perCapita('physicians', 'physicians', value, '1000', { year: 2020 })],
    })

  it('a plan asking 2.3 physicians per 1,000 is below the national 2.5', () => {
    const [f] = findings(cited('2.3'), 'below-national-norm')
    expect(f?.subjects).toEqual(['physicians', 'gangyao-2015-2020.physicians-per-1000'])
    expect([f?.numbers.stated, f?.numbers.recomputed]).toEqual(['0.0023', '0.0025'])
  })

  it('a plan asking 2.65 (seed 000 L31) meets it', () => {
    expect(findings(cited('2.65'), 'below-national-norm')).toEqual([])
  })

  it('a norm set the library does not know is an error, not silence', () => {
    const [f] = findings(cited('2.65', 'gangyao-2035'), 'unknown-norm-set')
    expect(f?.severity).toBe('error')
    expect(findings(cited('2.65'), 'unknown-norm-set')).toEqual([])
  })
})

describe('12. smaller judgements', () => {
  const sum = (total: string, complete: boolean, parts: string[]) =>
    plan({
      figures: [
        fig('total', 'count', total),
        ...parts.map((v, i) => fig(`p${i}`, 'count', v, { indicator: `beds.p${i}` })),
      ],
      relations: [
        {
          id: 'sum',
          type: 'sum',
          total: 'total',
          parts: parts.map((_, i) => `p${i}`),
          complete,
          source: { document: 'made-up.txt', line: 6 },
        },
      ],
    })

  it('parts each rounded to a whole count that miss their total by 1 are rounding, a miss of 50 a typo', () => {
    expect(findings(sum('101', true, ['34', '34', '34']), 'sum-mismatch')[0]?.explanation).toBe(
      'rounding',
    )
    // seed 000 L229: 2892 + 1611 + 2100 = 6603 against 6653
    expect(
      findings(sum('6653', true, ['2892', '1611', '2100']), 'sum-mismatch')[0]?.explanation,
    ).toBe('typo')
  })

  it('a partial 其中 breakdown gets a note with what is not itemised (seed 000 L260: 578 of 716)', () => {
    const [f] = findings(sum('716', false, ['578']), 'partial-breakdown')
    expect(f?.severity).toBe('info')
    expect(f?.message).toContain('138')
    expect(findings(sum('716', true, ['578', '138']), 'partial-breakdown')).toEqual([])
  })

  it('a complete breakdown that adds up gives nothing', () => {
    expect(auditPlan(sum('9160', true, ['6005', '2151', '1004'])).findings).toEqual([])
  })
})

it('13. linear cost: a plan whose figures are repeated ten times is audited with ten times the findings', () => {
  // seed 000 L229 ten times over, each copy with its own ids and indicator
  const copies = Array.from({ length: 10 }, (_, k) => [
    { ...fig(`t${k}`, 'count', '6653'), indicator: `beds${k}` },
    { ...fig(`a${k}`, 'count', '2892'), indicator: `beds${k}.a` },
    { ...fig(`b${k}`, 'count', '1611'), indicator: `beds${k}.b` },
    { ...fig(`c${k}`, 'count', '2100'), indicator: `beds${k}.c` },
  ]).flat()
  const relations = Array.from({ length: 10 }, (_, k) => ({
    id: `s${k}`,
    type: 'sum',
    total: `t${k}`,
    parts: [`a${k}`, `b${k}`, `c${k}`],
    complete: true,
    source: { document: 'made-up.txt', line: 229 },
  }))
  const a = auditPlan(plan({ figures: copies, relations, bases: [base('p', '1')] }))
  expect(a.counts.error).toBe(10)
})
