import { createTheme, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
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

/** Secondary text colours that Mantine draws below 4.5:1 by default (dimmed, error, light variants). */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[9],
    '--mantine-color-anchor': t.colors.blue[8],
    '--mantine-color-red-light-color': t.colors.red[9],
    '--mantine-color-blue-light-color': t.colors.blue[9],
    '--mantine-primary-color-light-color': t.colors.blue[9],
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
