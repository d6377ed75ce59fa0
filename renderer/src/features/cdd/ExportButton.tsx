import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import { WrittenFile } from '../../components/WrittenFile';
import type { WrittenFile as WrittenFileInfo } from '../../../../shared/api/desktop';
import { ProgressBar } from '../../components/ProgressBar';
import { useProgress } from '../../components/use-progress';
import type { AnalysisQuery } from '../../../../shared/api/cdd';
import { failureMessage } from './queries';

/** "Exporter l’analyse vers Excel…": the save dialog is the main process's; the figures go out as numbers. */
export function ExportButton({ query }: { query: AnalysisQuery }) {
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string; written?: WrittenFileInfo } | null>(null);
  const exportAnalysis = useMutation({
    mutationFn: () => call('cdd.exportAnalysis', query),
    onMutate: () => setMessage(null),
    onSuccess: (result) => setMessage({ tone: 'success', text: `Analyse exportée dans « ${result.fileName} ».`, written: result.written }),
    onError: (e) => {
      const text = failureMessage(e);
      setMessage(text ? { tone: 'error', text } : null);
    },
  });
  const progress = useProgress(exportAnalysis.isPending, 'cdd.exportAnalysis');
  return (
    <div className="export">
      <button type="button" disabled={exportAnalysis.isPending} onClick={() => exportAnalysis.mutate()}>
        {exportAnalysis.isPending ? 'Export en cours…' : 'Exporter l’analyse vers Excel…'}
      </button>
      {exportAnalysis.isPending ? <ProgressBar progress={progress} fallbackLabel="Export en cours" /> : null}
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
          {message.written ? <WrittenFile written={message.written} canOpenFile /> : null}
        </Notice>
      ) : null}
    </div>
  );
}
