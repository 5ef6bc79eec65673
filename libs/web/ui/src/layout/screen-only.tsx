import { Box } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './print.module.css';

/** Shown on screen, left out when the page is printed (buttons, filters, navigation). */
export function ScreenOnly({ children }: { children: ReactNode }) {
  return <Box className={classes.screenOnly}>{children}</Box>;
}
