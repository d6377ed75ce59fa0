import type { charterCalls } from '../../../shared/api/charter';
import type { Handlers } from '../dispatch';
import { requireFile, type WindowContext } from '../context';
import { interventionMap } from '../store/charter/map';
import { addSignatory, deleteSignatory, listSignatories, updateSignatory, withdrawSignatory } from '../store/charter/signatories';
import { searchTerritory } from '../store/charter/territory';
import { adoptVersion, createVersion, listVersions, saveVersion } from '../store/charter/versions';

type CharterHandlers = Pick<Handlers, keyof typeof charterCalls>;

export function charterHandlers(ctx: WindowContext): CharterHandlers {
  const db = () => requireFile(ctx).db;
  const now = () => ctx.app.now().toISOString();
  return {
    'charter.versions': () => listVersions(db()),
    'charter.createVersion': ({ title }) => createVersion(db(), now(), title),
    'charter.saveVersion': ({ id, title, content }) => saveVersion(db(), id, title, content, now()),
    'charter.adoptVersion': ({ id, adoptedOn }) => adoptVersion(db(), id, adoptedOn, now()),
    'charter.signatories': () => listSignatories(db()),
    'charter.addSignatory': (input) => addSignatory(db(), input, now()),
    'charter.updateSignatory': ({ id, signatory }) => updateSignatory(db(), id, signatory, now()),
    'charter.withdrawSignatory': ({ id, withdrawnOn }) => withdrawSignatory(db(), id, withdrawnOn, now()),
    'charter.deleteSignatory': ({ id }) => {
      deleteSignatory(db(), id);
      return null;
    },
    'charter.searchTerritory': ({ query }) => searchTerritory(query),
    'charter.map': () => interventionMap(db()),
  };
}
