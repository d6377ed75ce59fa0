import { SaxesParser } from 'saxes';
import { lheoNamespace } from './namespace';

/** An element as the import reads it: local name, children, text; attributes kept for @numero / @ref. */
export type XmlNode = { name: string; ns: string; attributes: Record<string, string>; children: XmlNode[]; text: string; line: number };

export const lheoLimits = {
  /** A regional catalogue is a few megabytes; larger files are refused before reading. */
  maxBytes: 20 * 1024 * 1024,
  maxElements: 500_000,
  maxDepth: 64,
};

export class LheoRefusal extends Error {}

/**
 * Reads an LHEO document with saxes, a non-validating streaming parser that never fetches
 * anything: a DOCTYPE is refused outright (so no DTD, no internal or external entity, no billion
 * laughs), only the five predefined entities exist, and element count and depth are bounded.
 */
export function parseLheo(text: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  let elements = 0;
  parser.on('doctype', () => {
    throw new LheoRefusal('contient une déclaration DOCTYPE (DTD ou entités) : un fichier LHEO n’en a pas, et elle pourrait servir à lire des fichiers de l’ordinateur.');
  });
  parser.on('opentag', (tag) => {
    elements += 1;
    if (elements > lheoLimits.maxElements) throw new LheoRefusal('compte trop d’éléments pour une offre de formation.');
    if (stack.length >= lheoLimits.maxDepth) throw new LheoRefusal('est imbriqué trop profondément pour une offre de formation.');
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (typeof attribute === 'object' && attribute.prefix !== 'xmlns' && attribute.local !== 'xmlns') attributes[attribute.local] = attribute.value;
    }
    const node: XmlNode = { name: tag.local ?? tag.name, ns: tag.uri ?? '', attributes, children: [], text: '', line: parser.line };
    stack.at(-1)?.children.push(node);
    if (!root) root = node;
    stack.push(node);
  });
  parser.on('text', (value) => {
    const current = stack.at(-1);
    if (current) current.text += value;
  });
  parser.on('cdata', (value) => {
    const current = stack.at(-1);
    if (current) current.text += value;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof LheoRefusal) throw error;
    throw new LheoRefusal(`n’est pas un document XML lisible (${(error as Error).message.replace(/^.*?:\d+:\d+: /, '')}).`);
  }
  if (!root) throw new LheoRefusal('est vide.');
  const top = root as XmlNode;
  if (top.name !== 'lheo') throw new LheoRefusal(`n’est pas une offre LHEO (son élément racine est « ${top.name} »).`);
  if (top.ns !== lheoNamespace) throw new LheoRefusal(`n’est pas au format LHEO 2.3 (espace de noms « ${top.ns || 'aucun'} » au lieu de « ${lheoNamespace} ») : demandez à l’organisme un export LHEO 2.3.`);
  return top;
}

export const child = (node: XmlNode | undefined, name: string) => node?.children.find((c) => c.name === name);
export const childrenOf = (node: XmlNode | undefined, name: string) => node?.children.filter((c) => c.name === name) ?? [];
export const textOf = (node: XmlNode | undefined) => node?.text.trim().replace(/\s+/g, ' ') ?? '';
