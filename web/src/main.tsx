import 'antd/dist/reset.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { createAppRouter } from './app/router';
import { SessionGate } from './features/auth/components/SessionGate';
import { SessionProvider } from './features/auth/components/SessionProvider';

const router = createAppRouter();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <SessionProvider>
        <SessionGate>
          <RouterProvider router={router} />
        </SessionGate>
      </SessionProvider>
    </AppProviders>
  </StrictMode>,
);
