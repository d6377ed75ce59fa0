import type { Handlers } from '../dispatch';
import type { WindowContext } from '../context';
import { fail } from '../errors';
import type { cddCalls } from '../../../shared/api/cdd';

type CddHandlers = Pick<Handlers, keyof typeof cddCalls>;

const notYet = (): never => fail('INTERNAL', 'Cette fonction arrive bientôt dans Passerelles : réessayez après la mise à jour.');

// Occupations, CDD collection workbooks and import, consolidated view, pooling analysis (issue 3).
// Temporary: every call answers "not yet" until the store and workbooks land (same commit series).
export function cddHandlers(_ctx: WindowContext): CddHandlers {
  return {
    'occupations.list': notYet,
    'occupations.create': notYet,
    'occupations.rename': notYet,
    'occupations.addSynonym': notYet,
    'occupations.removeSynonym': notYet,
    'occupations.merge': notYet,
    'settings.get': notYet,
    'settings.update': notYet,
    'cdd.prepareCollection': notYet,
    'cdd.readReturned': notYet,
    'cdd.mapColumns': notYet,
    'cdd.resolveOccupations': notYet,
    'cdd.commitReturned': notYet,
    'cdd.imports': notYet,
    'cdd.missing': notYet,
    'cdd.dataRange': notYet,
    'cdd.consolidated': notYet,
    'cdd.drillDown': notYet,
    'cdd.analysis': notYet,
    'cdd.exportAnalysis': notYet,
  };
}
