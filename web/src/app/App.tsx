import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { queryClient } from './query';
import { screens } from './screens';
import { ScreenGate } from './ScreenGate';
import { Shell } from './Shell';

const router = createBrowserRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      ...screens.map((screen) => ({
        path: screen.path === '/' ? undefined : screen.path.slice(1),
        index: screen.path === '/',
        lazy: async () => {
          const { default: Component } = await screen.load();
          return {
            element: (
              <ScreenGate screen={screen}>
                <Component />
              </ScreenGate>
            ),
          };
        },
      })),
      { path: 'login', lazy: async () => ({ Component: (await import('../screens/login/LoginScreen')).default }) },
      { path: '*', lazy: async () => ({ Component: (await import('./NotFound')).default }) },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
