import { useMantineTheme } from '@mantine/core';
import { Layer, Rectangle, Sankey, Tooltip } from 'recharts';
import { useFormat } from '../../core/format';

interface SankeyNodeProps {
  x: number;
  y: number;
  width: number;
  height: number;
  index: number;
  payload: { name: string; side: 'from' | 'to' };
}

export interface FlowChartProps {
  width: number;
  nodes: Array<{ name: string; side: 'from' | 'to' }>;
  links: Array<{ source: number; target: number; value: number }>;
}

export function FlowChart({ width, nodes, links }: FlowChartProps) {
  const theme = useMantineTheme();
  const format = useFormat();

  function renderNode({ x, y, width: w, height, payload }: SankeyNodeProps) {
    const left = payload.side === 'from';
    return (
      <Layer>
        <Rectangle x={x} y={y} width={w} height={height} fill={theme.colors.blue[6]} fillOpacity={0.9} />
        <text
          x={left ? x + w + 6 : x - 6}
          y={y + height / 2}
          textAnchor={left ? 'start' : 'end'}
          dominantBaseline="middle"
          fontSize={13}
          fill="currentColor"
        >
          {payload.name}
        </text>
      </Layer>
    );
  }

  return (
    <Sankey
      width={width}
      height={Math.max(160, nodes.length * 40)}
      data={{ nodes, links }}
      node={renderNode}
      nodePadding={24}
      margin={{ top: 10, bottom: 10, left: 10, right: 10 }}
      link={{ stroke: theme.colors.blue[3] }}
    >
      <Tooltip formatter={(value: number) => format.number(value)} />
    </Sankey>
  );
}
