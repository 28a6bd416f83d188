// A resizable split: width of the right-hand column, changed by dragging the separator or with the
// arrow keys when it has focus; remembered in localStorage. DOM only.
import { useCallback, useState, type KeyboardEvent, type PointerEvent } from 'react';

const KEY = 'drydock.sandbox.panesWidth';
const MIN = 280;
const MAX = 900;

export function useSplit(initial = 460) {
  const [width, setWidth] = useState<number>(() => {
    const stored = Number(window.localStorage?.getItem(KEY));
    return stored >= MIN && stored <= MAX ? stored : initial;
  });
  const set = useCallback((w: number) => {
    const clamped = Math.max(MIN, Math.min(MAX, Math.round(w)));
    setWidth(clamped);
    window.localStorage?.setItem(KEY, String(clamped));
  }, []);
  const onPointerDown = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      const startX = e.clientX;
      const startW = width;
      const target = e.currentTarget;
      target.setPointerCapture(e.pointerId);
      const move = (ev: globalThis.PointerEvent) => set(startW - (ev.clientX - startX));
      const up = () => {
        target.removeEventListener('pointermove', move);
        target.removeEventListener('pointerup', up);
      };
      target.addEventListener('pointermove', move);
      target.addEventListener('pointerup', up);
    },
    [width, set],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.key === 'ArrowLeft') set(width + 24);
      else if (e.key === 'ArrowRight') set(width - 24);
      else return;
      e.preventDefault();
    },
    [width, set],
  );
  const separatorProps = {
    role: 'separator' as const,
    'aria-orientation': 'vertical' as const,
    'aria-label': 'Resize the panes (arrow keys)',
    'aria-valuemin': MIN,
    'aria-valuemax': MAX,
    'aria-valuenow': width,
    tabIndex: 0,
    onPointerDown,
    onKeyDown,
  };
  return { width, separatorProps };
}
