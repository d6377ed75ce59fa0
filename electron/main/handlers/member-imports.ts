import type { Handlers } from '../dispatch';
import type { WindowContext } from '../context';
import { fail } from '../errors';

type MemberImportHandlers = Pick<
  Handlers,
  | 'finess.read'
  | 'finess.preview'
  | 'finess.commit'
  | 'membersWorkbook.read'
  | 'membersWorkbook.preview'
  | 'membersWorkbook.commit'
  | 'register.export'
>;

const notYet = (): never => fail('INTERNAL', 'Cette fonction arrive bientôt : réessayez après la prochaine mise à jour.');

// FINESS extract import, members workbook import, register export (issue 2, section 5).
export function memberImportHandlers(_ctx: WindowContext): MemberImportHandlers {
  return {
    'finess.read': notYet,
    'finess.preview': notYet,
    'finess.commit': notYet,
    'membersWorkbook.read': notYet,
    'membersWorkbook.preview': notYet,
    'membersWorkbook.commit': notYet,
    'register.export': notYet,
  };
}
