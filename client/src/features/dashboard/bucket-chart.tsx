import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';

export interface BucketChartProps {
  rows: Array<{ label: string; count: number }>;
  horizontalBars: boolean;
}

/** Counts of cases are whole numbers: the value axis never shows 0.75 or 2.25. */
export function BucketChart({ rows, horizontalBars }: BucketChartProps) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  return (
    <BarChart
      h={horizontalBars ? Math.max(120, rows.length * 32 + 40) : 240}
      data={rows}
      dataKey="label"
      orientation={horizontalBars ? 'vertical' : 'horizontal'}
      series={[{ name: 'count', label: t('cases'), color: 'blue.8' }]}
      valueFormatter={(v) => format.number(v)}
      xAxisProps={horizontalBars ? { allowDecimals: false } : undefined}
      yAxisProps={horizontalBars ? { width: 150 } : { allowDecimals: false }}
      withBarValueLabel
      // No animation: on a slow phone each frame re-renders the chart for nothing a reader needs.
      barProps={{ isAnimationActive: false }}
      tooltipAnimationDuration={0}
      maxBarWidth={56}
      gridAxis={horizontalBars ? 'x' : 'y'}
    />
  );
}
