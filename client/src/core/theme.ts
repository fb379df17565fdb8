import { createTheme, darken, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type VariantColorsResolver } from '@mantine/core';

/**
 * Light, subtle and outline variants write their text in shade 9 of the colour darkened by a third: shade 6
 * is 2.3:1 for orange on its light background and even shade 9 of orange or yellow stays under WCAG AA's
 * 4.5:1; darkened, every colour is above 7:1. Filled ones keep the theme's choice of text colour.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  if (input.variant === 'light' || input.variant === 'subtle' || input.variant === 'outline') {
    const shades = input.theme.colors[parsed.color];
    if (!shades) return colors;
    const text = darken(shades[9], 0.35);
    return { ...colors, color: text, border: input.variant === 'outline' ? `1px solid ${text}` : colors.border };
  }
  return colors;
};

/**
 * Colours that meet WCAG AA: the primary shade 8 (white on blue 8 is 5.0:1, on blue 6 it was 3.6:1),
 * automatic black or white text on filled colours (black on orange and yellow), dimmed text in gray 7
 * (7.5:1 on white; gray 6 was 3.3:1), a focus ring on every control, not only when the keyboard moved,
 * and no sliding or fading for those whose system asks for reduced motion.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  luminanceThreshold: 0.2,
  focusRing: 'auto',
  respectReducedMotion: true,
  variantColorResolver,
  components: {
    // Touch targets at least 44 px high on phones (see also layout.css).
    Button: { defaultProps: { size: 'sm' } },
    // A loader announces itself: its aria-label needs a role to be allowed at all.
    Loader: { defaultProps: { role: 'status' } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': current.colors.gray[7],
    '--mantine-color-placeholder': current.colors.gray[7],
    '--mantine-color-anchor': current.colors.blue[8],
  },
  dark: {},
});
