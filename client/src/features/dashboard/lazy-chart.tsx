import { useInViewport } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

// The chart libraries (recharts, ~120 KB compressed) load only when a chart scrolls into view.
export const LazyBucketChart = lazy(() => import('./bucket-chart').then((m) => ({ default: m.BucketChart })));
export const LazyFlowChart = lazy(() => import('./flow-chart').then((m) => ({ default: m.FlowChart })));

/** Renders its chart once the box has been on screen; the box keeps its height meanwhile. */
export function WhenVisible({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const { ref, inViewport } = useInViewport();
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (inViewport) setSeen(true);
  }, [inViewport]);
  return (
    <div ref={ref} style={{ minHeight }}>
      {seen ? <Suspense fallback={null}>{children}</Suspense> : null}
    </div>
  );
}
