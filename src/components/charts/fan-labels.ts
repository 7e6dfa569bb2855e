import type { ChartFrameLabels } from '../chart-frame';
import type { Messages } from '../../i18n';
import type { Formatter } from '../../lib/format';
import { isKroner, type FanMetric } from '../../report/fan-series';

export const frameLabels = (t: Messages): ChartFrameLabels => ({ showTable: t.chartFrame.showTable, downloadCsv: t.chartFrame.downloadCsv });

/** A value of the metric for a title or a table cell, in the language of `format`: kroner in millions. */
export const formatMetric = (metric: FanMetric, value: number, format: Formatter) =>
  isKroner(metric) ? format.formatMillionKroner(value) : format.formatNumber(value);

/** A tick of the metric's axis (the axis label carries the unit), in the language of `format`. */
export const formatTick = (metric: FanMetric, value: number, format: Formatter) =>
  isKroner(metric) ? format.formatMillions(value) : format.formatNumber(value);
