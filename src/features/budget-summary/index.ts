export { BudgetSummary } from './budget-summary';
export { budgetCsvRows } from './budget-csv';
