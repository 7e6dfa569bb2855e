import { useId, useState } from 'react';
import type { Messages } from '../../i18n';
import { downloadText, toCsv, type CsvDialect } from '../../lib/csv';
import type { WorkbookInput } from '../../report/xlsx';
import { budgetCsvRows } from './budget-csv';
import { downloadBytes, fileSlug, XLSX_TYPE } from '../../lib/download';

interface ToolbarProps {
  /** Everything the workbook needs; the CSV reads the projection from it. */
  readonly input: WorkbookInput;
  readonly t: Messages;
}

type XlsxState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed' };

/** Print, and the budget as CSV (in the dialect chosen here) or as an XLSX workbook. */
export function SummaryToolbar({ input, t }: ToolbarProps) {
  const s = t.budgetSummary;
  const id = useId();
  const [dialect, setDialect] = useState<CsvDialect>('nb');
  const [xlsx, setXlsx] = useState<XlsxState>({ kind: 'idle' });
  const base = `${s.filePrefix}-${fileSlug(input.scenario.name)}-${input.madeOn}`;

  const { municipality: m } = input;
  const head = {
    scenario: input.scenario.name,
    municipality: m ? `${m.name} (${m.county}), ${m.code}` : s.noMunicipality,
    edition: input.reference.edition,
    madeOn: input.madeOn,
  };
  const downloadCsv = () => downloadText(`${base}.csv`, toCsv(budgetCsvRows(input.projection, t, input.range, head), dialect));
  const downloadXlsx = async () => {
    setXlsx({ kind: 'busy' });
    try {
      // The workbook code and ExcelJS are fetched only now, when a workbook is asked for.
      const { budgetWorkbook } = await import('../../report/xlsx');
      const file = `${base}.xlsx`;
      downloadBytes(file, await budgetWorkbook(input), XLSX_TYPE);
      setXlsx({ kind: 'done', file });
    } catch {
      setXlsx({ kind: 'failed' });
    }
  };

  return (
    <div className="summary-toolbar" role="group" aria-label={s.toolbar}>
      <button type="button" className="button-primary" onClick={() => window.print()}>
        {s.print}
      </button>
      <span className="summary-dialect">
        <label htmlFor={`${id}-dialect`}>{s.dialect}</label>
        <select id={`${id}-dialect`} value={dialect} onChange={(e) => setDialect(e.target.value === 'plain' ? 'plain' : 'nb')}>
          <option value="nb">{s.dialects.nb}</option>
          <option value="plain">{s.dialects.plain}</option>
        </select>
      </span>
      <button type="button" className="button-secondary" onClick={downloadCsv}>
        {s.downloadCsv}
      </button>
      <button type="button" className="button-secondary" onClick={() => void downloadXlsx()} disabled={xlsx.kind === 'busy'}>
        {s.downloadXlsx}
      </button>
      <p className="summary-status" role="status">
        {xlsx.kind === 'busy' && s.xlsxBusy}
        {xlsx.kind === 'done' && s.xlsxDone(xlsx.file)}
        {xlsx.kind === 'failed' && s.xlsxFailed}
      </p>
    </div>
  );
}
