import { useMessages } from '../../i18n/use-messages';
import { InputSections } from './input-sections';
import { MunicipalityPicker } from './municipality-picker';
import './scenario-editor.css';
import { PlanPeriod } from './plan-period';
import { YearGrid } from './year-grid';

/** The scenario editor: municipality, plan period, persons per year, and every other input in sections. */
export function ScenarioEditor() {
  const t = useMessages();
  return (
    <section className="scenario-editor panel" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading">{t.editor.heading}</h2>
      <div className="editor-top">
        <MunicipalityPicker />
        <PlanPeriod />
      </div>
      <YearGrid />
      <InputSections />
    </section>
  );
}
