import { Anchor } from '@mantine/core';
import { Link } from 'react-router-dom';
import { PRODUCT_NAME } from '../components/page-title';

export function ProductName() {
  return (
    <Anchor component={Link} to="/" fw={700} fz="xl" c="inherit" underline="hover">
      {PRODUCT_NAME}
    </Anchor>
  );
}
