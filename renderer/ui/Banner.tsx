// A full-width notice (warnings the user must see, e.g. a recovered database). Presentational. DOM only.
import type { ReactNode } from 'react';

export function Banner({ tone = 'warning', children }: { tone?: 'warning' | 'error' | 'info'; children: ReactNode }) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      {children}
    </div>
  );
}
