import type { ChartFrameLabels } from '../../components/chart-frame';
import type { Messages } from '../../i18n';
import type { Formatter } from '../../lib/format';
import type { FanMetric } from './fan-series';

export const frameLabels = (t: Messages): ChartFrameLabels => ({ showTable: t.chartFrame.showTable, downloadCsv: t.chartFrame.downloadCsv });

/** Kroner metrics show in millions; persons and unit-months as whole numbers. */
export const isKroner = (metric: FanMetric) => metric === 'income' || metric === 'net';

/** A value of the metric for a title or a table cell, in the language of `format`. */
export const formatMetric = (metric: FanMetric, value: number, format: Formatter) =>
  isKroner(metric) ? format.formatMillionKroner(value) : format.formatNumber(value);

/** A tick of the metric's axis (the axis label carries the unit), in the language of `format`. */
export const formatTick = (metric: FanMetric, value: number, format: Formatter) =>
  isKroner(metric) ? format.formatMillions(value) : format.formatNumber(value);
