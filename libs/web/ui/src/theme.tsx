import { createTheme, darken, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Mantine's defaults, with colours dark enough for WCAG AA text contrast on white (4.5:1):
 * the primary blue at shade 8 (5.0:1) instead of 6 (3.6:1).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
});

/**
 * Text on every colour's light variant (badges, light buttons) at its darkest shade, darkened further:
 * Mantine's own (shade 8 here) stays below 4.5:1 on the tinted background for green, teal, orange and
 * yellow (axe found the status and result-type badges); this reaches 4.5:1 for every palette colour.
 */
const lightVariantTexts = (colors: Readonly<Record<string, readonly string[]>>) =>
  Object.fromEntries(
    Object.entries(colors).map(([name, shades]) => [
      `--mantine-color-${name}-light-color`,
      darken(shades[9], 0.3),
    ]),
  );

/** Secondary text colours that Mantine draws below 4.5:1 by default (dimmed, error, light variants). */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    ...lightVariantTexts(t.colors),
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[9],
    // Shade 9: links also sit on light-blue tints (unread notifications).
    '--mantine-color-anchor': t.colors.blue[9],
    '--mantine-primary-color-light-color': darken(t.colors.blue[9], 0.3),
  },
  dark: {},
});

export interface UiProviderProps {
  children: ReactNode;
  /** `test` turns off transitions and portals, for tests. */
  env?: 'default' | 'test';
}

export function UiProvider({ children, env }: UiProviderProps) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme="light"
      env={env}
    >
      {children}
    </MantineProvider>
  );
}
