import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AppProviders, createAppServices } from './app/providers';
import { routes } from './app/routes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const services = createAppServices();
const router = createBrowserRouter(routes);

createRoot(container).render(
  <StrictMode>
    <AppProviders services={services}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
