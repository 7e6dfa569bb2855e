import type { ChartFrameLabels } from '../../components/chart-frame';
import type { Messages } from '../../i18n';
import { formatMillionKroner, formatMillions, formatNumber } from '../../lib/format';
import type { FanMetric } from './fan-series';

export const frameLabels = (t: Messages): ChartFrameLabels => ({ showTable: t.chartFrame.showTable, downloadCsv: t.chartFrame.downloadCsv });

/** Kroner metrics show in millions; persons and unit-months as whole numbers. */
export const isKroner = (metric: FanMetric) => metric === 'income' || metric === 'net';

/** A value of the metric for a title or a table cell. */
export const formatMetric = (metric: FanMetric, value: number) => (isKroner(metric) ? formatMillionKroner(value) : formatNumber(value));

/** A tick of the metric's axis (the axis label carries the unit). */
export const formatTick = (metric: FanMetric, value: number) => (isKroner(metric) ? formatMillions(value) : formatNumber(value));
