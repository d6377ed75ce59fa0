/** LHEO 2.3's namespace: a document in another one (2.2 was http://www.lheo.org/2.2) is refused. */
export const lheoNamespace = 'http://lheo.gouv.fr/2.3';
