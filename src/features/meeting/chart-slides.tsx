import type { ReactNode } from 'react';
import { BudgetChart, GrantChart, HousingChart, ProgrammeChart } from '../../components/charts';
import type { Projection } from '../../engine';

/** The charts, one per slide: the same views as the forecast (src/components/charts), drawn from the what-if's projection. */
export function chartSlides(projection: Projection): readonly ReactNode[] {
  return [
    <GrantChart key="grant" projection={projection} />,
    <BudgetChart key="budget" projection={projection} />,
    <HousingChart key="housing" projection={projection} />,
    <ProgrammeChart key="programme" projection={projection} />,
  ];
}
