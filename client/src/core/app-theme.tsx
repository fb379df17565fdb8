import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';

/** Phones: up to Mantine's `xs` breakpoint (36em, 576 px). */
export const PHONE_QUERY = '(max-width: 36em)';

/**
 * The theme with what depends on the language and the screen: every dialog's close button is named
 * ("Close"), dialogs fill a phone's screen, and wide tables scroll inside their own focusable region.
 */
export function AppThemeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const phone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false }) ?? false;
  const close = t('actions.close');
  const localTheme = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Modal: { defaultProps: { fullScreen: phone, closeButtonProps: { 'aria-label': close } } },
          Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          TableScrollContainer: { defaultProps: { tabIndex: 0 } },
        },
      }),
    [phone, close],
  );
  return (
    <MantineProvider defaultColorScheme="light" theme={localTheme} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}
