/** What the coordinator has picked to send to members, across the three lists. */
export type Selection = { ads: number[]; candidates: number[]; places: number[] };
export type SelectionKind = keyof Selection;
export const emptySelection: Selection = { ads: [], candidates: [], places: [] };
