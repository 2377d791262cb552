/**
 * `bedstaff/csv`: CSV in and out. A grid as CSV text, and a plan's facilities or population
 * bases read from a spreadsheet's CSV, every row validated against the plan schema.
 *
 * @packageDocumentation
 * @module bedstaff/csv
 */

export { csvTable } from '../report/csv.js'
export { basesFromCsv, facilitiesFromCsv } from '../report/csv-import.js'
