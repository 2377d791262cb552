/**
 * Usage texts of the command and its subcommands, in English and Chinese.
 */
import type { Lang } from '../report/grid.js'
import { COMMANDS } from './grammar.js'

type Text = { readonly en: string; readonly zh: string }

const COMMON: Text = {
  en: `Options for every command:
  -f, --format table|json|csv|markdown   output format (default table)
      --lang en|zh                       language of labels, headers and messages (default en)
      --width N                          fit text tables to N columns (default: COLUMNS, the
                                         terminal's width, else 100; 0 for no limit); labels
                                         wrap, numbers are never cut
      --columns KEY,...                  the columns of text tables to show, in this order
      --no-bom                           CSV without the byte-order mark it starts with
  -o, --out FILE                         write the output to FILE (refuses to overwrite)
      --force                            let --out replace an existing file
  -h, --help                             this help
      --version                          the version`,
  zh: `所有命令通用的选项：
  -f, --format table|json|csv|markdown   输出格式（默认 table）
      --lang en|zh                       标签、表头与说明的语言（默认 en）
      --width N                          文本表格宽度为 N 列（默认取 COLUMNS 或终端宽度，否则
                                         为 100；0 表示不限）；名称换行，数字不截断
      --columns KEY,...                  文本表格显示的列及其顺序
      --no-bom                           CSV 开头不写字节顺序标记（默认写入）
  -o, --out FILE                         输出写入 FILE（不覆盖已有文件）
      --force                            允许 --out 覆盖已有文件
  -h, --help                             本帮助
      --version                          版本号`,
}

const BASE: Text = {
  en: `  --base KIND=VALUE     set the plan's base of a kind (resident, registered, elderly,
                        children, service) in the target year, or add one; KIND:YEAR=VALUE
                        for another year; ID=VALUE replaces the plan base ID. Vintage
                        "estimate", source "command line". 1950000, 1,950,000, 195万 and
                        1.95e6 are read alike (repeatable)`,
  zh: `  --base KIND=VALUE     设定目标年份某类人口基数（resident 常住、registered 户籍、
                        elderly 老年、children 儿童、service 服务），没有则新增；其他年份写作
                        KIND:YEAR=VALUE；ID=VALUE 替换规划中编号为 ID 的基数。口径为“估计”，
                        来源为“命令行”。1950000、1,950,000、195万、1.95e6 均可（可重复）`,
}

const ROWS: Text = {
  en: `  --rules GLOB          only the rules whose id matches (beds-*, *-per-1000,ambulance*)`,
  zh: `  --rules GLOB          只显示编号与通配符相符的规则（如 beds-*、*-per-1000,ambulance*）`,
}

const GROWTH: Text = {
  en: `  --population BASE=growth:FROMYEAR:FROMVALUE
                        grow a base geometrically (the same percentage every year, not the
                        same number) from FROMVALUE in FROMYEAR to its value in its own year`,
  zh: `  --population BASE=growth:FROMYEAR:FROMVALUE
                        按几何增长（每年增长率相同，而非每年增量相同）由 FROMYEAR 年的
                        FROMVALUE 增至该基数所在年份的数值`,
}

const join = (...parts: readonly Text[]): Text => ({
  en: parts.map((p) => p.en).join('\n'),
  zh: parts.map((p) => p.zh).join('\n'),
})

const DETAILS: Readonly<Record<string, Text>> = {
  evaluate: join(
    {
      en: `Evaluates every rule of a plan (.json, .yaml or .yml). A text table opens with what a
planner asks first: for the target year, each headline quantity with its rule, base,
requirement, stock, gap, limit and document line, then the audit's error count and first
findings. Full tables only with --table or --all. JSON gives the whole evaluation; CSV the
rules table (or the one --table).
  --table NAME          rules, levels, facilities, grades or tables (repeatable; CSV takes one)
  --all                 the summary and every table
  --only short|computed|binding
                        only the rules short of their stock, computed, or binding (约束性)
  --year Y              year of the facility, grade and table summaries (default: target year)`,
      zh: `计算规划（.json、.yaml 或 .yml）的全部规则。文本表格首先给出规划人员最关心的内容：
目标年份各主要资源的规则、人口基数、需配置数、现状、差距、约束类型与原文行号，随后是审核的
错误数与前几项发现。完整表格需用 --table 或 --all。JSON 输出全部结果；CSV 输出规则表
（或 --table 指定的一张表）。
  --table NAME          rules、levels、facilities、grades 或 tables（可重复；CSV 只能一张）
  --all                 摘要及全部表格
  --only short|computed|binding
                        只显示低于现状需求的、已计算的或约束性的规则
  --year Y              机构、等级与床位表汇总的年份（默认目标年份）`,
    },
    BASE,
    ROWS,
  ),
  audit: {
    en: `Recomputes every stated figure of a plan and lists the findings.
Exit status 1 when there is an error finding, 0 otherwise.`,
    zh: `重算规划中的每个数据并列出发现的问题。
存在“错误”级别的发现时退出码为 1，否则为 0。`,
  },
  yearly: join(
    {
      en: `Each per-capita rule's count in each year, on that year's population (from --population,
else the plan's base of that year) and that year's value (from the rule's trajectory).
  --from YEAR, --to YEAR   the years (default: the plan's base and target years)
  --set RULE=VALUE         another value for a rule (repeatable)`,
      zh: `逐年计算各按人口配置的规则：人口取该年数值（来自 --population，否则取规划中该年的
人口基数），标准值取该年数值（按规则的逐步达到轨迹）。
  --from YEAR, --to YEAR   起止年份（默认规划的基期与目标年份）
  --set RULE=VALUE         改变某条规则的标准值（可重复）`,
    },
    GROWTH,
    BASE,
    ROWS,
  ),
  sensitivity: join(
    {
      en: `A tornado table: each rule's value moved down and up by a percentage, one at a time, and
the summed counts of each quantity at low, as written and high, largest swing first.
  --percent P           how far each value moves, in percent of itself (default 10)
  --outputs Q,...       the quantities reported (beds, nurses, …; default all counted)`,
      zh: `敏感性（龙卷风）表：逐条将规则标准值下调、上调一定百分比，给出各类资源合计数在
下调、原值、上调时的数值，按摆幅从大到小排列。
  --percent P           调整幅度，占标准值的百分比（默认 10）
  --outputs Q,...       输出的资源类型（beds、nurses 等；默认全部）`,
    },
    BASE,
    ROWS,
  ),
  montecarlo: join(
    {
      en: `Seeded, reproducible runs: every rule stated as a range (5-6 per 10,000) and every
--population range drawn uniformly, and each rule's counts summarised by percentiles.
  --runs N              how many runs (default 1000, at most 100000)
  --seed S              the generator's seed (default 0); the same seed, the same output
  --interval 90         the interval shown: p5 to p95 (the one the library gives)
  --population BASE=LO-HI
                        draw a base uniformly between LO and HI (repeatable)`,
      zh: `可复现的随机模拟：每条区间规则（如每万人口5-6名）及每个 --population 区间均匀取值，
按百分位数汇总各规则的取整值。
  --runs N              模拟次数（默认 1000，最多 100000）
  --seed S              随机种子（默认 0）；种子相同，结果相同
  --interval 90         显示的区间：P5 至 P95（目前提供的唯一区间）
  --population BASE=LO-HI
                        在 LO 与 HI 之间均匀抽取该人口基数（可重复）`,
    },
    BASE,
    ROWS,
  ),
  sweep: join(
    {
      en: `Evaluates one case per row of CASES.csv and prints the counts, a row per case as it is
evaluated. Columns: "case" (its name), bases (by id, or by kind as resident or
resident:2025) and rule values (by rule id); an empty cell keeps the plan's value.
  --outputs RULE,...    the rules whose counts are printed (default: the headline rules)
  --threads N           count on N worker threads (1 to 64), rows still printed in order`,
      zh: `按 CASES.csv 的每一行计算一种情形，逐行输出取整值。列：“case”（情形名称）、人口基数
（按编号，或按类型如 resident、resident:2025）与规则标准值（按规则编号）；空单元格沿用
规划数值。
  --outputs RULE,...    输出其取整值的规则（默认主要规则）
  --threads N           用 N 个工作线程计算（1 至 64），仍按行序输出`,
    },
    BASE,
    ROWS,
  ),
  scenario: join(
    {
      en: `Evaluates a plan under a scenario.
  --set RULE=VALUE                      override a rule's value (repeatable)
  --population BASE=VALUE               set a base's value (repeatable)`,
      zh: `按情景计算规划。
  --set RULE=VALUE                      改变规则的标准值（可重复）
  --population BASE=VALUE               设定人口基数（可重复）`,
    },
    GROWTH,
    {
      en: '  --year Y, --table NAME, --all, --rules, --only   as for evaluate',
      zh: '  --year Y、--table NAME、--all、--rules、--only   与 evaluate 相同',
    },
  ),
  compare: {
    en: 'Evaluates a plan under each scenario file (JSON or YAML) and compares the results.',
    zh: '按每个情景文件（JSON 或 YAML）计算规划并比较结果。',
  },
  total: {
    en: `Reads a per-capita norm and computes the total it requires of a population.
  --base KIND=VALUE     the population: resident, registered, elderly, children or service
  --year Y              the base's year (default: this year)
  --vintage V           census-6, census-7, yearbook, projection, derived or estimate
                        (default estimate)
  --rounding R          ceil, floor, half-up, half-even or none (default: floor for a cap
                        such as 不超过, ceil otherwise)
  --quantity Q          the quantity, when the text does not name it
Example: bedstaff total "每千常住人口4.58张" --base resident=2000000 --format json`,
    zh: `读取按人口配置的标准，计算某一人口所需的总量。
  --base KIND=VALUE     人口：resident、registered、elderly、children 或 service
  --year Y              人口基数的年份（默认今年）
  --vintage V           census-6、census-7、yearbook、projection、derived 或 estimate
                        （默认 estimate）
  --rounding R          ceil、floor、half-up、half-even 或 none（默认：上限如“不超过”向下
                        取整，其余向上取整）
  --quantity Q          文本未写明资源类型时指定
示例：bedstaff total "每千常住人口4.58张" --base resident=2000000 --format json`,
  },
  schema: {
    en: 'Prints the JSON Schema of plan files (always JSON).',
    zh: '输出规划文件的 JSON Schema（总是 JSON）。',
  },
  'import-csv': {
    en: `Reads facilities or population bases from a CSV file with a header row and prints
the validated JSON array (always JSON). Columns:
  facilities: id,name,table,category,grade,gradePrinted,owner,group,open_YYYY...,
              approved_YYYY...,newBuilt,newOpened,note,document,line,quote,source_note
  bases:      id,kind,value,year,vintage,ageMin,ageMax,from,multiplier,label_zh,label_en,
              document,line,quote,source_note
A bad cell is reported by its spreadsheet row (the header is row 1) and column.`,
    zh: `从带表头的 CSV 文件读取机构或人口基数，输出校验后的 JSON 数组（总是 JSON）。列：
  facilities: id,name,table,category,grade,gradePrinted,owner,group,open_YYYY...,
              approved_YYYY...,newBuilt,newOpened,note,document,line,quote,source_note
  bases:      id,kind,value,year,vintage,ageMin,ageMax,from,multiplier,label_zh,label_en,
              document,line,quote,source_note
出错的单元格按电子表格行号（表头为第 1 行）与列名报告。`,
  },
}

/** The help of the whole command (also what `bedstaff` alone prints). */
export function globalHelp(lang: Lang = 'en'): string {
  const lines = Object.values(COMMANDS).map((c) => `  bedstaff ${c.usage}`)
  const zh = lang === 'zh'
  return `${zh ? 'bedstaff：卫生资源规划的精确计算' : 'bedstaff: exact arithmetic for health-resource planning'}

${zh ? '用法：' : 'Usage:'}
${lines.join('\n')}

${COMMON[lang]}

${
  zh
    ? `退出码：0 正常，1 审核发现错误，2 输入有误，3 内部错误。
运行 bedstaff 命令 --help 查看该命令的选项。`
    : `Exit status: 0 ok, 1 the audit found errors, 2 bad input, 3 internal error.
Run bedstaff COMMAND --help for a command's options.`
}
`
}

/** The help of one subcommand. */
export function commandHelp(command: string, lang: Lang = 'en'): string {
  const spec = COMMANDS[command]
  return `${lang === 'zh' ? '用法' : 'Usage'}: bedstaff ${spec?.usage ?? command}

${DETAILS[command]?.[lang] ?? ''}

${COMMON[lang]}
`
}
