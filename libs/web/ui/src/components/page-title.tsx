import { Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';

export const PRODUCT_NAME = 'Videnbro';

export interface PageTitleProps {
  children: string;
  /** When the tab should say something other than the heading. */
  documentTitle?: string;
}

/** The page's one `<h1>`, also shown in the browser tab as "<title> · Videnbro". */
export function PageTitle({ children, documentTitle }: PageTitleProps) {
  useDocumentTitle(`${documentTitle ?? children} · ${PRODUCT_NAME}`);
  return (
    <Title order={1} mb="md">
      {children}
    </Title>
  );
}
