import { useId } from 'react';
import { InvestmentTable } from '../../components/investment-table';
import type { Projection } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { hasInvestment } from '../../report/investment-rows';

/**
 * The investment budget beside the operating budget on the plan: the yearly table where the plan
 * buys or builds dwellings, else a sentence saying it holds none and how to add them. Dwellings
 * marked acquired without a cost per dwelling are named, since they make an investment of 0 kr.
 */
export function InvestmentSection({ projection, acquisitionCost }: { readonly projection: Projection; readonly acquisitionCost: number }) {
  const t = useMessages();
  const captionId = useId();
  const units = projection.capital.horizon.units;
  return (
    <section className="budget investment" aria-labelledby={`${captionId}-heading`}>
      <h3 id={`${captionId}-heading`}>{t.investment.heading}</h3>
      {hasInvestment(projection) ? (
        <>
          <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <InvestmentTable projection={projection} captionId={captionId} className="data-table budget-table investment-table" />
          </div>
          {acquisitionCost === 0 && <p className="field-warning">{t.investment.noCost(units)}</p>}
          <p className="muted">{t.investment.note}</p>
        </>
      ) : (
        <p className="muted">{t.investment.none}</p>
      )}
    </section>
  );
}
