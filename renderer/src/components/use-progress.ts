import { useEffect, useState } from 'react';
import type { Progress } from '../../../shared/api/progress';

/**
 * While `active` (a long call is pending), asks the main side every `intervalMs` what the
 * window's long task is doing. Polling, not push: it works over Electron's IPC and over the test
 * host's HTTP bridge alike. `task` keeps only that call's progress (another may run meanwhile).
 * Returns null when inactive or before the first answer.
 */
export function useProgress(active: boolean, task?: string, intervalMs = 300): Progress | null {
  const [progress, setProgress] = useState<Progress | null>(null);

  useEffect(() => {
    if (!active) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const result = await window.api['progress.current']();
        if (stopped) return;
        const current = result.ok ? result.value : null;
        setProgress(current && (task === undefined || current.task === task) ? current : null);
      } catch {
        // A missed poll only delays the bar; the call itself reports its own failure.
      }
      if (!stopped) timer = setTimeout(() => void poll(), intervalMs);
    };
    timer = setTimeout(() => void poll(), Math.min(intervalMs, 150));
    return () => {
      stopped = true;
      clearTimeout(timer);
      setProgress(null);
    };
  }, [active, task, intervalMs]);

  return active ? progress : null;
}
