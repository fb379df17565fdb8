import { useId as useReactId } from 'react';

/**
 * Replaces @mantine/hooks' useId in the build (vite.config.ts, stableMantineIds). Mantine's starts from React's
 * id and then, in a layout effect, swaps it for a random one: every input, select, popover and app shell it
 * mounts is rendered a second time, synchronously, inside the commit that mounted it. On the dashboard that
 * second render of the whole app bar and filters was the longest task after the first paint (~50 ms, ~200 ms
 * on a slow phone). React's id is already unique and stable, so it is kept. Same contract as Mantine's: a
 * given id wins; otherwise `mantine-` and React's id, reduced to characters any selector accepts.
 */
export function useId(staticId?: string): string {
  const id = useReactId();
  return typeof staticId === 'string' ? staticId : `mantine-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}
