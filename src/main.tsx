import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppRouter } from './features/app/routes';
import './styles.css';

/** Share links made before views had addresses (`#scenario=…`) open the simulator's address (`#/simulator?scenario=…`). */
function upgradeOldShareLink() {
  const old = /^#scenario=([^&]*)/.exec(location.hash);
  if (old) location.replace(`#/simulator?scenario=${old[1]}`);
}
upgradeOldShareLink();
window.addEventListener('hashchange', upgradeOldShareLink);

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
const router = createAppRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
