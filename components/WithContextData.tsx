import { use, type ReactNode } from 'react';
import { loadContextData, type ContextData } from '~/lib/panel/context-data';

/** Renders `children` with the context data, suspending (inside the caller's Suspense) until it is loaded. */
export function WithContextData({ children }: { children: (data: ContextData) => ReactNode }) {
  return <>{children(use(loadContextData()))}</>;
}
